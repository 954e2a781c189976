# Somali (Soomaali).

# translated_from: 1a70bf3b
site-title = Waxa socda
# translated_from: 7f0da9d1
site-tagline = Barnaamijyo bilaash ah oo loogu talagalay qoysaska leh dhallaan iyo carruur ka yar shan sano

## Page furniture
# translated_from: 63ca411d
skip-to-content = U gudub qaybta ugu muhiimsan
# translated_from: 9ec1a93c
nav-label = Liiska ugu weyn
# translated_from: 6f654701
nav-menu = Liiska
# translated_from: 95c0bf9a
nav-whats-on = Waxa socda
# translated_from: 029bef2a
nav-festivals = Damaashaadyada
# translated_from: 61cdaa79
language-picker-label = Ku akhri boggan luqad kale
# translated_from: 8c72c3fd
language-picker-heading = Dooro luqaddaada
# translated_from: 8e4f0181
home-intro = Barnaamijyo bilaash ah oo loogu talagalay qoysaska leh dhallaan iyo carruur yaryar. Dooro luqaddaada si aad u aragto waxa socda.
# translated_from: fe86fc3a
footer-text = Barnaamijyadu waa bilaash haddii aan qiimo la qorin. Boos qabsashada waxaa lagu sameeyaa bog kale oo internetka ah.
# translated_from: eb04a362
untranslated = Weli lama turjumin
# translated_from: 7d1af794
back-to-listing = Dib ugu noqo liiska barnaamijyada

## The what's-on listing
# translated_from: 95c0bf9a
listing-heading = Waxa socda
# translated_from: a89b27da
listing-intro = Barnaamijyo bilaash ah iyo kuwo qiimo jaban oo loogu talagalay qoysaska leh dhallaan iyo carruur ka yar shan sano.
# translated_from: 61baa34d
listing-empty = Hadda ma jiraan barnaamijyo soo socda. Fadlan dib u eeg dhawaan.
# translated_from: cff99024
listing-soon = Toddobaadyada soo socda
# translated_from: e8ca2145
listing-this-week = Toddobaadkan
# translated_from: 2f023d7f
listing-next-week = Toddobaadka soo socda
# translated_from: 6fb1b97b
listing-regular-heading = Hawlaha joogtada ah
# translated_from: a6570cd7
listing-jump-label = U gudub
# translated_from: 8d808c8f
listing-regular-when = { $days } { $time }
# translated_from: 88042d9c
listing-regular-when-until = { $days } { $time }, { $until }
# translated_from: f72e9958
listing-months = Bil kasta
# translated_from: 4c1d27e8
listing-previous = Hore
# translated_from: dfa8ff5f
listing-next = Xiga
# translated_from: b35f3e8b
listing-month-title = { $listing }: { $month }
# translated_from: 8f978e9b
listing-month-page = { $month }, bogga { $page }
# translated_from: 60531663
listing-count = { $count ->
    [one] Hal barnaamij oo soo socda
   *[other] { $count } barnaamij oo soo socda
}
# translated_from: 695be67a
listing-regular-note = Hawlaha joogtada ah waxaan halkan ku tusinaynaa { $weeks ->
    [one] toddobaadka soo socda
   *[other] { $weeks }-da toddobaad ee soo socda
}. Fur hawsha si aad u aragto dhammaan taariikhaheeda.
# translated_from: a546e712
day-today = Maanta
# translated_from: 32ee0387
day-tomorrow = Berri

## Events
# translated_from: 75282e4f
event-when = Goorma
# translated_from: 2afffaec
event-where = Halkee
# translated_from: a22de705
event-dates = Taariikhaha
# translated_from: 1aefcc83
event-ages = Da'da
# translated_from: 2c60d22f
event-cost = Qiimaha
# translated_from: bd7b5402
event-siblings = Walaalaha waaweyn sidoo kale waa lagu soo dhaweynayaa
# translated_from: 7023a02d
event-spoken-languages = Luqadaha lagaga hadlo
# translated_from: 0450f1b9
event-accessibility = Fududaynta gelitaanka
# translated_from: 39e5533d
event-book = Boos qabso
# translated_from: edabc417
event-book-hint = Boos qabsashadu waxay ka furmaysaa bog kale oo internetka ah.
# translated_from: baaf4960
event-drop-in = Kaalay adigoon boos qabsan – boos qabsasho looma baahna
# translated_from: 5a191da3
event-cancelled = Waa la joojiyey
# translated_from: 5fc97192
event-cancelled-note = Barnaamijkan waa la joojiyey. Waan ka xunnahay.
# translated_from: 3517ff05
event-past = Barnaamijkan wuu dhammaaday.
# translated_from: adaeea80
event-map-link = Ka eeg khariidadda: { $venue }
# translated_from: 5095e1e4
event-directions = Tilmaamaha jidka
# translated_from: d5016f1f
event-next-dates = Taariikhaha soo socda
# translated_from: df155054
event-next-date = Marka xigta
# translated_from: 01620ed6
event-more-dates = { $count ->
    [one] iyo hal taariikh oo kale
   *[other] iyo { $count } taariikhood oo kale
}
# translated_from: 41cb867c
event-repeats-week = { $weekday ->
    [mon] Isniin kasta
    [tue] Talaado kasta
    [wed] Arbaco kasta
    [thu] Khamiis kasta
    [fri] Jimce kasta
    [sat] Sabti kasta
   *[sun] Axad kasta
}
# translated_from: c7261d4e
event-repeats-2weeks = { $weekday ->
    [mon] Isniinta, labadii toddobaadba mar
    [tue] Talaadada, labadii toddobaadba mar
    [wed] Arbacada, labadii toddobaadba mar
    [thu] Khamiista, labadii toddobaadba mar
    [fri] Jimcaha, labadii toddobaadba mar
    [sat] Sabtida, labadii toddobaadba mar
   *[sun] Axadda, labadii toddobaadba mar
}
# translated_from: fe30b417
event-repeats-month = { $weekday ->
    [mon] Isniinta
    [tue] Talaadada
    [wed] Arbacada
    [thu] Khamiista
    [fri] Jimcaha
    [sat] Sabtida
   *[sun] Axadda
} { $nth ->
    [first] koowaad
    [second] labaad
    [third] saddexaad
    [fourth] afraad
   *[last] ugu dambeeya
} ee bil kasta
# translated_from: 12969e3b
event-repeats-until = ilaa { $date }
# translated_from: 8c15154d
event-no-session = Kulan ma jiro maalmahan: { $dates }
# translated_from: 79f96c62
event-session-moved = Waqti cusub: { $time }
# translated_from: a2c92788
event-part-of = Qayb ka mid ah { $festival }
# translated_from: b714fe40
event-flagship = Barnaamijka ugu muhiimsan damaashaadka
# translated_from: 656894dd
event-all-day = Maalinta oo dhan
# translated_from: ed0e894f
event-about = Ku saabsan barnaamijkan

## Ages of children (whole years)
# translated_from: 8c6efe43
ages-bump = Uurka
# translated_from: 64beae57
ages-bump-to = { $to ->
    [one] Laga bilaabo uurka ilaa 1 sano
   *[other] Laga bilaabo uurka ilaa { $to } sano
}
# translated_from: 60c948ee
ages-range = { $from } ilaa { $to } sano
# translated_from: 934bc570
ages-single = { $age ->
    [one] 1 sano
   *[other] { $age } sano
}
# translated_from: 88b5941e
ages-months = { $from } ilaa { $to } bilood
# translated_from: 8913b969
ages-months-years = { $from } bilood ilaa { $to } sano

# translated_from: 80a3b01f
cost-free = Bilaash

## Festivals
# translated_from: e588bec8
festival-dates = { $from } ilaa { $to }
# translated_from: 349fbea9
festival-programme = Jadwalka
# translated_from: a8a979e3
festival-highlights = Waxyaabaha ugu muhiimsan
# translated_from: 2502b617
festival-ended = Damaashaadkan wuu dhammaaday. Waxaan u mahadcelinaynaa qof kasta oo yimid.
# translated_from: 6369372c
festival-no-upcoming = Ma jiraan barnaamijyo kale oo damaashaadkan ka mid ah.
# translated_from: 86fcd427
festival-count = { $count ->
    [one] Hal barnaamij
   *[other] { $count } barnaamij
}

## Venues
# translated_from: 8fde98b3
venue-address = Cinwaanka
# translated_from: ad9c3e68
venue-area = Xaafadda
# translated_from: 1a477ec7
venue-upcoming = Barnaamijyada soo socda ee halkan
# translated_from: 837bb42e
venue-none = Hadda halkan wax barnaamij ah looma qorsheyn.
# translated_from: 61d09293
venue-map-link = Ka eeg khariidadda (OpenStreetMap)

## Not found
# translated_from: 0977cec1
not-found-heading = Bogga lama helin
# translated_from: e9210e75
not-found-text = Waan ka xunnahay, boggan ma aanu helin. Waxaa laga yaabaa in meel kale loo raray, ama in barnaamijku dhammaaday.
# translated_from: b067bd43
not-found-home = Eeg waxa socda

## Print
# translated_from: bc05c2e4
print-scan-to-book = Iskaan garee si aad boos u qabsato
# translated_from: fa7a8716
print-scan-festival = Iskaan garee si aad u aragto jadwalka oo dhan
# translated_from: fa6cbf23
print-how-to-book = Dhammaan barnaamijyadu waxay u yihiin qoysaska leh dhallaan iyo carruur ka yar shan sano. Si aad boos u qabsato, kamaradda taleefankaaga ku iskaan garee koodhka ku ag yaal barnaamijka, ama qor linkiga gaaban ee hoostiisa ku qoran.
# translated_from: 4cc55801
print-no-events = Jadwalka weli waa la diyaarinayaa: iskaan garee koodhka si aad u aragto barnaamijyada ugu cusub.
# translated_from: 9966b274
print-booking-sheet-title = Iskaan garee si aad boos u qabsato: { $festival }
# translated_from: 4d3c6224
print-sheet-hint = Kamaradda taleefankaaga u jeedi koodh, ama qor linkiga hoostiisa ku qoran.
# translated_from: 4481e036
print-redirect-title = Waxaan kuu geynaynaa { $host }
# translated_from: a0089c97
print-redirect-text = Linkigan wuxuu ku geynayaa { $host }. Haddii boggu uusan iskiis u furmin, isticmaal linkiga hoose.
# translated_from: 4ec5317a
print-download-pdf = Soo deji PDF-ka diyaarka u ah daabacaadda
# translated_from: a35b4ab8
print-index-heading = Waraaqaha faafinta iyo waraaqaha koodhadhka QR ee la daabacayo
# translated_from: cb07727a
print-index-intro = Faylal PDF ah oo diyaar u ah madbacadda (oo leh meel dheeraad ah iyo calaamadaha goynta), iyo bogag internet ah oo laga daabaci karo kombiyuutarka.
# translated_from: 575472b9
print-index-file = Faylka
# translated_from: 65b2218a
print-index-kind = Nooca
# translated_from: 4c4fdcbf
print-index-language = Luqadda
# translated_from: beca2fc8
print-index-pages = Bogagga
# translated_from: 709f7e84
print-index-size = Cabbirka
# translated_from: eded66ef
print-index-web-page = Bog internet
# translated_from: 6b73e84f
print-index-leaflet = Warqad faafin
print-index-area-leaflet = Warqad faafin xaafadeed
# translated_from: 9a151b76
print-index-qr-sheet = Warqadda koodhadhka QR
print-index-poster = Boodhka xayaysiinta
# translated_from: 84484e5d
print-contact = Su'aalo ma qabtaa? Nala soo xiriir
# translated_from: 98d283a8
print-partners = Waxaan u mahadcelineynaa la-hawlgalayaashayada
print-area-title = Dhacdooyinka qoysaska ee { $area }
# translated_from: c6dcc8d7
print-index-translated = La turjumay
share-programme = Eeg barnaamijka oo dhan
print-index-link-preview = Muuqaalka xiriirka
print-index-post = Qoraal baraha bulshada
print-index-story = Sheeko baraha bulshada
print-index-preview = Muuqaal hore

## Filters on the listing
filter-heading = Hel munaasabadaha adiga kuu habboon
filter-links-heading = Munaasabadaha iyadoo loo eegayo da'da iyo xaafadda
filter-more = Doorashooyin kale
filter-age = Da'da ilmahaaga
filter-area = Xaafadda
filter-festival = Bandhig
filter-day = Maalinta
filter-date = Taariikhda
filter-spoken = Luqadda lagu hadlo
filter-free = Kaliya munaasabadaha bilaashka ah
filter-any-age = Da' kasta
filter-any-area = Xaafad kasta
filter-change = Beddel
filter-any-festival = Bandhig kasta
filter-any-day = Maalin kasta
filter-any-language = Luqad kasta
filter-this-week = Toddobaadkan
filter-this-weekend = Dhammaadka toddobaadkan
filter-on-date = Taariikh gaar ah
filter-clear = Tirtir shaandhooyinka
filter-show-all = Muuji dhammaan munaasabadaha
filter-none = Munaasabad ku habboon doorashooyinkan ma jirto. Isku day shaandhooyin ka yar.
filter-area-heading = Munaasabadaha { $area }
filter-age-heading = Munaasabadaha: { $group }
# translated_from: 93f96851
filter-age-area-heading = Munaasabadaha { $area }: { $group }
filter-age-bump = Uur leh
filter-age-0-1 = Ilmo ka yar 1 sano
filter-age-1-2 = Carruur 1 sano jir ah
filter-age-2-3 = Carruur 2 sano jir ah
filter-age-3-4 = Carruur 3 iyo 4 sano jir ah
filter-age-siblings = Walaalaha waaweyn waa la soo dhaweynayaa

## Calendars, news feed and sharing
# translated_from: 7636dee0
calendar-add = Ku dar kalandarkayga
# translated_from: 4f39b02e
calendar-add-hint = Taariikhda waxay ku kaydisaa kalandarka taleefankaaga, waxaana lagu xasuusinayaa maalin ka hor.
# translated_from: e580a020
calendar-subscribe-heading = Barnaamijyada kalandarkaaga
# translated_from: e39f382a
calendar-subscribe-intro = Hal mar is-diiwaangeli, barnaamijyada cusub iyo kuwa isbeddelaana waxay iskood ugu soo bixi doonaan kalandarka taleefankaaga.
# translated_from: 6ce96545
calendar-subscribe-festival-intro = Is-diiwaangeli jadwalka damaashaadkan, isbeddelladuna waxay iskood ugu soo bixi doonaan kalandarka taleefankaaga.
# translated_from: 092ccfc7
calendar-subscribe = Is-diiwaangeli
# translated_from: 227ed874
calendar-download = Soo deji (.ics)
# translated_from: 7264f2b3
calendar-subscribe-all = Dhammaan barnaamijyada
# translated_from: e8ccf2ec
calendar-subscribe-area = Barnaamijyada { $area }
# translated_from: ac46929c
calendar-reminder = Berri: { $title }
# translated_from: 6e9e328e
calendar-cancelled-title = Waa la joojiyey: { $title }
# translated_from: ab2a2d0b
feed-link = Wararka barnaamijyada soo socda (Atom)
# translated_from: fe14676c
share-heading = U sheeg saaxiib
# translated_from: 05c4e376
share-whatsapp = Ku wadaag WhatsApp
# translated_from: 9791a402
share-link-label = Xiriirka boggan
# translated_from: 181fcf5a
share-link-hint = Farta ku hay xiriirka si aad u koobiyeyso, kadibna ku dheji fariin.

## Newsletter (`whatson newsletter`)
newsletter-dates = { $from } ilaa { $to }
newsletter-title = { listing-heading }: { $dates }
newsletter-preheader = { $count ->
    [one] Hal barnaamij oo qoysaska ah
   *[other] { $count } barnaamij oo qoysaska ah
}, { $dates }
newsletter-view-online = Ka akhri warsidahan bogga internetka
newsletter-festivals-heading = Damaashaadyada toddobaadyadan
newsletter-changed-heading = Cusub iyo wax la beddelay
newsletter-new = Cusub
newsletter-changed = La cusboonaysiiyay
newsletter-empty = Weli wax looma qorsheyn toddobaadyadan. Bogga internetka ka eeg taariikhaha dambe.
newsletter-more = { $count ->
    [one] Hal barnaamij oo kale ayaa bogga ku jira
   *[other] { $count } barnaamij oo kale ayaa bogga ku jira
}
newsletter-see-all = Wax walba ka eeg bogga internetka
newsletter-why = Emailkan waad heleysaa sababtoo ah waxaad codsatay war ku saabsan barnaamijyada qoysaska.
## Family finder and links page
# translated_from: 95365e56
event-for-areas = Kaliya qoysaska ku nool { $areas }
# translated_from: 799f4441
finder-heading = Raadi hawlo loogu talagalay qoyskaaga
# translated_from: bda19bbe
finder-intro = Noo sheeg halka aad ku nooshahay iyo da'da ilmahaaga, oo arag waxa aad aadi karto, kuwa ugu dhow marka hore.
# translated_from: 0717c62f
finder-private = Waxa aad qorto waxay ku jiraan taleefankaaga: meelna looma diro.
# translated_from: 5df2eef2
finder-postcode = Koodhka boostadaada
# translated_from: a7a5d7af
finder-postcode-hint = Tusaale ahaan SW9 0AB
# translated_from: 42def42c
finder-area = Ama dooro xaafaddaada
# translated_from: 27a1475b
finder-area-from-postcode = Isticmaal koodhka boostadayda
# translated_from: a3d79158
finder-elsewhere = Meel kale ayaan ku noolahay
# translated_from: 40b58176
finder-submit = Tus hawlaha
# translated_from: 7527ea70
finder-results-heading = Qoysaska ku nool { $area }: { $group }
# translated_from: 29f28704
finder-results-everyone = Qof kasta wuu u furan yahay: { $group }
# translated_from: 420c4cdf
finder-outside = Koodhka boostadaadu kuma jiro xaafadaha boggani daboolo. Hawlahan qof kasta wuu u furan yahay.
# translated_from: 311c6a5e
finder-bad-postcode = Taasi uma eka koodh boostada. U qor sidan SW9 0AB, ama dooro xaafaddaada.
# translated_from: cb8abacc
finder-whole-postcode = Fadlan qor koodhka boostada oo dhan (sida SW9 0AB), ama dooro xaafaddaada.
# translated_from: 2e2e0744
finder-need-postcode = Qor koodhka boostadaada, ama dooro xaafaddaada.
# translated_from: ed9b7d17
finder-none = Hadda waxba kuma habboona: isku day da' kale, ama arag wax kasta oo socda.
# translated_from: 6f153385
finder-more = Arag dhammaan, iyo taariikhaha dambe
# translated_from: a5c085b8
finder-choose-area = Dooro halka aad ku nooshahay
# translated_from: 205543f7
finder-choose-age = Immisa jir buu yahay ilmahaagu?
# translated_from: ddc17eef
finder-start-again = Dib u bilow
# translated_from: cc347cf6
finder-area-heading = Qoysaska ku nool { $area }
# translated_from: 59caf89e
finder-everyone-heading = Qof kasta wuu u furan yahay
# translated_from: b7a8a9c5
finder-results-note = Waxaa la muujinayaa oo keliya hawlaha aad aadi karto.
# translated_from: e7d832db
links-heading = Xiriirro
# translated_from: 0caac519
links-intro = Waxa qoysaska u socda, bandhigga iyo xiriirro faa'iido leh.
# translated_from: ca80bb86
links-next-events = Dhawaan
# translated_from: 64f3165c
print-index-links = Bogga xiriirrada ee warbixinta baraha bulshada
# translated_from: 3a39550a
print-index-links-intro = Ku dar xiriirkan gaaban warbixinta koontooyinka baraha bulshada ee adeegga, ama daabac koodhkiisa QR: wuxuu furayaa bogga xiriirrada, oo leh bandhigga hadda socda iyo xiriirro faa'iido leh.
