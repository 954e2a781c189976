# Italian (italiano).

# translated_from: 1a70bf3b
site-title = Cosa c'è
# translated_from: 7f0da9d1
site-tagline = Eventi gratuiti per famiglie con neonati e bambini sotto i cinque anni

## Page furniture
# translated_from: 63ca411d
skip-to-content = Vai al contenuto principale
# translated_from: 9ec1a93c
nav-label = Menu principale
# translated_from: 6f654701
nav-menu = Menu
# translated_from: 95c0bf9a
nav-whats-on = Cosa c'è
# translated_from: 029bef2a
nav-festivals = Festival
# translated_from: 61cdaa79
language-picker-label = Leggi questa pagina in un'altra lingua
# translated_from: 8c72c3fd
language-picker-heading = Scegli la tua lingua
# translated_from: 8e4f0181
home-intro = Eventi gratuiti per famiglie con neonati e bambini piccoli. Scegli la tua lingua per vedere cosa c'è.
# translated_from: fe86fc3a
footer-text = Gli eventi sono gratuiti, salvo quando è indicato un prezzo. La prenotazione si fa su un altro sito.
# translated_from: eb04a362
untranslated = Non ancora tradotto
# translated_from: 7d1af794
back-to-listing = Torna agli eventi

## The what's-on listing
# translated_from: 95c0bf9a
listing-heading = Cosa c'è
# translated_from: a89b27da
listing-intro = Eventi gratuiti o a basso costo per famiglie con neonati e bambini sotto i cinque anni.
# translated_from: 61baa34d
listing-empty = Al momento non ci sono eventi in programma. Torna a trovarci presto.
# translated_from: cff99024
listing-soon = Prossime settimane
# translated_from: e8ca2145
listing-this-week = Questa settimana
# translated_from: 2f023d7f
listing-next-week = La prossima settimana
# translated_from: 6fb1b97b
listing-regular-heading = Attività regolari
# translated_from: a6570cd7
listing-jump-label = Vai a
# translated_from: 8d808c8f
listing-regular-when = { $days } { $time }
# translated_from: 88042d9c
listing-regular-when-until = { $days } { $time }, { $until }
# translated_from: f72e9958
listing-months = Per mese
# translated_from: 4c1d27e8
listing-previous = Precedente
# translated_from: dfa8ff5f
listing-next = Successiva
# translated_from: b35f3e8b
listing-month-title = { $listing }: { $month }
# translated_from: 8f978e9b
listing-month-page = { $month }, pagina { $page }
# translated_from: 60531663
listing-count = { $count ->
    [one] Un evento in programma
   *[other] { $count } eventi in programma
}
# translated_from: 695be67a
listing-regular-note = Le attività regolari sono mostrate per { $weeks ->
    [one] la prossima settimana
   *[other] le prossime { $weeks } settimane
}. Apri un'attività per vedere tutte le date.
# translated_from: a546e712
day-today = Oggi
# translated_from: 32ee0387
day-tomorrow = Domani

## Events
# translated_from: 75282e4f
event-when = Quando
# translated_from: 2afffaec
event-where = Dove
# translated_from: a22de705
event-dates = Date
# translated_from: 1aefcc83
event-ages = Età
# translated_from: 2c60d22f
event-cost = Prezzo
# translated_from: bd7b5402
event-siblings = Anche i fratelli e le sorelle più grandi sono i benvenuti
# translated_from: 7023a02d
event-spoken-languages = Lingue parlate
# translated_from: 0450f1b9
event-accessibility = Accessibilità
# translated_from: 39e5533d
event-book = Prenota un posto
# translated_from: edabc417
event-book-hint = La prenotazione si apre su un altro sito.
# translated_from: baaf4960
event-drop-in = Basta venire – non serve prenotare
# translated_from: 5a191da3
event-cancelled = Annullato
# translated_from: 5fc97192
event-cancelled-note = Questo evento è stato annullato. Ci dispiace.
# translated_from: 3517ff05
event-past = Questo evento è finito.
# translated_from: adaeea80
event-map-link = Vedi { $venue } sulla mappa
# translated_from: 5095e1e4
event-directions = Indicazioni stradali
# translated_from: d5016f1f
event-next-dates = Prossime date
# translated_from: df155054
event-next-date = Prossimo incontro
# translated_from: 01620ed6
event-more-dates = { $count ->
    [one] e un'altra data
   *[other] e altre { $count } date
}
# translated_from: 41cb867c
event-repeats-week = { $weekday ->
    [mon] Ogni lunedì
    [tue] Ogni martedì
    [wed] Ogni mercoledì
    [thu] Ogni giovedì
    [fri] Ogni venerdì
    [sat] Ogni sabato
   *[sun] Ogni domenica
}
# translated_from: c7261d4e
event-repeats-2weeks = { $weekday ->
    [mon] Un lunedì sì e uno no
    [tue] Un martedì sì e uno no
    [wed] Un mercoledì sì e uno no
    [thu] Un giovedì sì e uno no
    [fri] Un venerdì sì e uno no
    [sat] Un sabato sì e uno no
   *[sun] Una domenica sì e una no
}
# translated_from: fe30b417
event-repeats-month = { $weekday ->
    [mon] { $nth ->
            [first] Il primo lunedì del mese
            [second] Il secondo lunedì del mese
            [third] Il terzo lunedì del mese
            [fourth] Il quarto lunedì del mese
           *[last] L'ultimo lunedì del mese
        }
    [tue] { $nth ->
            [first] Il primo martedì del mese
            [second] Il secondo martedì del mese
            [third] Il terzo martedì del mese
            [fourth] Il quarto martedì del mese
           *[last] L'ultimo martedì del mese
        }
    [wed] { $nth ->
            [first] Il primo mercoledì del mese
            [second] Il secondo mercoledì del mese
            [third] Il terzo mercoledì del mese
            [fourth] Il quarto mercoledì del mese
           *[last] L'ultimo mercoledì del mese
        }
    [thu] { $nth ->
            [first] Il primo giovedì del mese
            [second] Il secondo giovedì del mese
            [third] Il terzo giovedì del mese
            [fourth] Il quarto giovedì del mese
           *[last] L'ultimo giovedì del mese
        }
    [fri] { $nth ->
            [first] Il primo venerdì del mese
            [second] Il secondo venerdì del mese
            [third] Il terzo venerdì del mese
            [fourth] Il quarto venerdì del mese
           *[last] L'ultimo venerdì del mese
        }
    [sat] { $nth ->
            [first] Il primo sabato del mese
            [second] Il secondo sabato del mese
            [third] Il terzo sabato del mese
            [fourth] Il quarto sabato del mese
           *[last] L'ultimo sabato del mese
        }
   *[sun] { $nth ->
            [first] La prima domenica del mese
            [second] La seconda domenica del mese
            [third] La terza domenica del mese
            [fourth] La quarta domenica del mese
           *[last] L'ultima domenica del mese
        }
}
# translated_from: 12969e3b
event-repeats-until = fino al giorno { $date }
# translated_from: 8c15154d
event-no-session = Non c'è incontro nei giorni: { $dates }
# translated_from: 79f96c62
event-session-moved = Nuovo orario: { $time }
# translated_from: a2c92788
event-part-of = Fa parte di { $festival }
# translated_from: b714fe40
event-flagship = In evidenza nel festival
# translated_from: 656894dd
event-all-day = Tutto il giorno
# translated_from: ed0e894f
event-about = Informazioni sull'evento

## Ages of children (whole years)
# translated_from: 8c6efe43
ages-bump = Gravidanza
# translated_from: 64beae57
ages-bump-to = { $to ->
    [one] Dalla gravidanza fino a 1 anno
   *[other] Dalla gravidanza fino a { $to } anni
}
# translated_from: 60c948ee
ages-range = { $to ->
    [one] Da { $from } a { $to } anno
   *[other] Da { $from } a { $to } anni
}
# translated_from: 934bc570
ages-single = { $age ->
    [one] 1 anno
   *[other] { $age } anni
}
# translated_from: 88b5941e
ages-months = { $to ->
    [one] Da { $from } a { $to } mese
   *[other] Da { $from } a { $to } mesi
}
# translated_from: 8913b969
ages-months-years = { $to ->
    [one] Da { $from } mesi a { $to } anno
   *[other] Da { $from } mesi a { $to } anni
}

# translated_from: 80a3b01f
cost-free = Gratis

## Festivals
# translated_from: e588bec8
festival-dates = { $from } – { $to }
# translated_from: 349fbea9
festival-programme = Programma
# translated_from: a8a979e3
festival-highlights = In evidenza
# translated_from: 2502b617
festival-ended = Questo festival è finito. Grazie a tutti quelli che sono venuti.
# translated_from: 6369372c
festival-no-upcoming = Non ci sono altri eventi in questo festival.
# translated_from: 86fcd427
festival-count = { $count ->
    [one] Un evento
   *[other] { $count } eventi
}

## Venues
# translated_from: 8fde98b3
venue-address = Indirizzo
# translated_from: ad9c3e68
venue-area = Zona
# translated_from: 1a477ec7
venue-upcoming = Prossimamente qui
# translated_from: 837bb42e
venue-none = Al momento qui non c'è niente in programma.
# translated_from: 61d09293
venue-map-link = Vedi sulla mappa (OpenStreetMap)

## Not found
# translated_from: 0977cec1
not-found-heading = Pagina non trovata
# translated_from: e9210e75
not-found-text = Ci dispiace, non troviamo questa pagina. Forse è stata spostata, o l'evento è finito.
# translated_from: b067bd43
not-found-home = Vedi cosa c'è

## Print
# translated_from: bc05c2e4
print-scan-to-book = Scansiona per prenotare
# translated_from: fa7a8716
print-scan-festival = Scansiona per il programma completo
# translated_from: fa6cbf23
print-how-to-book = Tutti gli eventi sono per famiglie con neonati e bambini sotto i cinque anni. Per prenotare, inquadra il codice accanto a un evento con la fotocamera del telefono, oppure scrivi il link breve stampato sotto.
# translated_from: 4cc55801
print-no-events = Il programma è in preparazione: scansiona il codice per vedere gli ultimi eventi.
# translated_from: 9966b274
print-booking-sheet-title = Scansiona per prenotare: { $festival }
# translated_from: 4d3c6224
print-sheet-hint = Inquadra un codice con la fotocamera del telefono, oppure scrivi il link stampato sotto.
# translated_from: 4481e036
print-redirect-title = Ti stiamo portando su { $host }
# translated_from: a0089c97
print-redirect-text = Questo link porta a { $host }. Se la pagina non si apre da sola, usa il link qui sotto.
# translated_from: 4ec5317a
print-download-pdf = Scarica il PDF pronto per la stampa
# translated_from: a35b4ab8
print-index-heading = Volantini e fogli con codici QR da stampare
# translated_from: cb07727a
print-index-intro = PDF pronti per la tipografia (con abbondanza e segni di taglio) e pagine web da stampare dal browser.
# translated_from: 575472b9
print-index-file = Documento
# translated_from: 65b2218a
print-index-kind = Tipo
# translated_from: 4c4fdcbf
print-index-language = Lingua
# translated_from: beca2fc8
print-index-pages = Pagine
# translated_from: 709f7e84
print-index-size = Dimensione
# translated_from: eded66ef
print-index-web-page = Pagina web
# translated_from: 6b73e84f
print-index-leaflet = Volantino
print-index-area-leaflet = Volantino di quartiere
# translated_from: 9a151b76
print-index-qr-sheet = Foglio con codici QR
print-index-poster = Locandina
# translated_from: 84484e5d
print-contact = Domande? Contattaci
# translated_from: 98d283a8
print-partners = Grazie ai nostri partner
print-area-title = Eventi per famiglie a { $area }
# translated_from: c6dcc8d7
print-index-translated = Tradotto
share-programme = Vedi il programma completo
print-index-link-preview = Anteprima del link
print-index-post = Post per i social
print-index-story = Storia per i social
print-index-preview = Anteprima

## Filters on the listing
filter-heading = Trova le attività per te
filter-links-heading = Attività per età e zona
filter-more = Altre scelte
filter-age = Età del bambino
filter-area = Zona
filter-festival = Festival
filter-day = Giorno
filter-date = Data
filter-spoken = Lingua parlata
filter-free = Solo attività gratuite
filter-any-age = Qualsiasi età
filter-any-area = Qualsiasi zona
filter-change = Cambia
filter-any-festival = Qualsiasi festival
filter-any-day = Qualsiasi giorno
filter-any-language = Qualsiasi lingua
filter-this-week = Questa settimana
filter-this-weekend = Questo fine settimana
filter-on-date = In una data
filter-clear = Togli i filtri
filter-show-all = Vedi tutte le attività
filter-none = Nessuna attività corrisponde a queste scelte. Prova con meno filtri.
filter-area-heading = Attività a { $area }
filter-age-heading = Attività: { $group }
# translated_from: 93f96851
filter-age-area-heading = Attività a { $area }: { $group }
filter-age-bump = In attesa di un bambino
filter-age-0-1 = Neonati sotto 1 anno
filter-age-1-2 = Bambini di 1 anno
filter-age-2-3 = Bambini di 2 anni
filter-age-3-4 = Bambini di 3 e 4 anni
filter-age-siblings = Fratelli e sorelle più grandi benvenuti

## Calendars, news feed and sharing
# translated_from: 7636dee0
calendar-add = Aggiungi al mio calendario
# translated_from: 4f39b02e
calendar-add-hint = Salva la data nel calendario del telefono, con un promemoria il giorno prima.
# translated_from: e580a020
calendar-subscribe-heading = Gli eventi nel tuo calendario
# translated_from: e39f382a
calendar-subscribe-intro = Iscriviti una volta sola: gli eventi nuovi o modificati compariranno da soli nel calendario del tuo telefono.
# translated_from: 6ce96545
calendar-subscribe-festival-intro = Iscriviti al programma di questo festival: le modifiche compariranno da sole nel calendario del tuo telefono.
# translated_from: 092ccfc7
calendar-subscribe = Iscriviti
# translated_from: 227ed874
calendar-download = Scarica (.ics)
# translated_from: 7264f2b3
calendar-subscribe-all = Tutti gli eventi
# translated_from: e8ccf2ec
calendar-subscribe-area = Eventi a { $area }
# translated_from: ac46929c
calendar-reminder = Domani: { $title }
# translated_from: 6e9e328e
calendar-cancelled-title = Annullato: { $title }
# translated_from: ab2a2d0b
feed-link = Feed di notizie sui prossimi eventi (Atom)
# translated_from: fe14676c
share-heading = Dillo a un'amica o a un amico
# translated_from: 05c4e376
share-whatsapp = Condividi su WhatsApp
# translated_from: 9791a402
share-link-label = Link a questa pagina
# translated_from: 181fcf5a
share-link-hint = Tieni premuto il link per copiarlo, poi incollalo in un messaggio.

## Newsletter (`whatson newsletter`)
newsletter-dates = { $from } – { $to }
newsletter-title = { listing-heading }: { $dates }
newsletter-preheader = { $count ->
    [one] Un evento per famiglie
   *[other] { $count } eventi per famiglie
}, { $dates }
newsletter-view-online = Leggi questa newsletter sul sito
newsletter-festivals-heading = Festival in queste settimane
newsletter-changed-heading = Novità e modifiche
newsletter-new = Nuovo
newsletter-changed = Aggiornato
newsletter-empty = Per queste settimane non è ancora previsto nulla. Guarda il sito per le date successive.
newsletter-more = { $count ->
    [one] Un altro evento sul sito
   *[other] Altri { $count } eventi sul sito
}
newsletter-see-all = Vedi tutto sul sito
newsletter-why = Ricevi questa e-mail perché hai chiesto notizie sugli eventi per famiglie.
## Family finder and links page
# translated_from: 95365e56
event-for-areas = Solo per le famiglie che abitano a { $areas }
# translated_from: 799f4441
finder-heading = Trova attività per la tua famiglia
# translated_from: bda19bbe
finder-intro = Dicci dove abiti e quanti anni ha il tuo bambino o la tua bambina, e vedi a cosa puoi andare, in ordine di data.
# translated_from: 0717c62f
finder-private = Quello che scrivi resta sul tuo telefono: non viene inviato da nessuna parte.
# translated_from: 5df2eef2
finder-postcode = Il tuo codice postale
# translated_from: a7a5d7af
finder-postcode-hint = Per esempio SW9 0AB
# translated_from: 42def42c
finder-area = Oppure scegli la tua zona
# translated_from: 27a1475b
finder-area-from-postcode = Usa il mio codice postale
# translated_from: a3d79158
finder-elsewhere = Abito altrove
# translated_from: 40b58176
finder-submit = Mostra le attività
# translated_from: 7527ea70
finder-results-heading = Per le famiglie che abitano a { $area }: { $group }
# translated_from: 29f28704
finder-results-everyone = Aperte a tutti: { $group }
# translated_from: 420c4cdf
finder-outside = Il tuo codice postale non è in nessuna delle zone di questo sito. Queste attività sono aperte a tutti.
# translated_from: 311c6a5e
finder-bad-postcode = Non sembra un codice postale. Scrivilo come SW9 0AB, oppure scegli la tua zona.
# translated_from: cb8abacc
finder-whole-postcode = Scrivi il codice postale completo (come SW9 0AB), oppure scegli la tua zona.
# translated_from: 2e2e0744
finder-need-postcode = Scrivi il tuo codice postale, oppure scegli la tua zona.
# translated_from: ed9b7d17
finder-none = Al momento non c'è niente: prova un'altra età, o guarda tutto il programma.
# translated_from: 6f153385
finder-more = Vedile tutte, con le date successive
# translated_from: a5c085b8
finder-choose-area = Scegli dove abiti
# translated_from: 205543f7
finder-choose-age = Quanti anni ha il tuo bambino?
# translated_from: ddc17eef
finder-start-again = Ricomincia
# translated_from: cc347cf6
finder-area-heading = Per le famiglie che abitano a { $area }
# translated_from: 59caf89e
finder-everyone-heading = Aperte a tutti
# translated_from: b7a8a9c5
finder-results-note = Sono mostrate solo le attività a cui puoi andare.
# translated_from: e7d832db
links-heading = Link
# translated_from: 0caac519
links-intro = Il programma per le famiglie, il festival e link utili.
# translated_from: ca80bb86
links-next-events = Prossimamente
# translated_from: 64f3165c
print-index-links = Pagina di link per i profili social
# translated_from: 3a39550a
print-index-links-intro = Metti questo link breve nella bio degli account social del servizio, o stampa il suo codice QR: apre la pagina di link, con il festival in corso e link utili.
