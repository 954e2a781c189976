# French (français).

# translated_from: 1a70bf3b
site-title = Agenda
# translated_from: 7f0da9d1
site-tagline = Activités gratuites pour les familles avec bébés et enfants de moins de cinq ans

## Page furniture
# translated_from: 63ca411d
skip-to-content = Aller au contenu principal
# translated_from: 9ec1a93c
nav-label = Menu principal
# translated_from: 6f654701
nav-menu = Menu
# translated_from: 95c0bf9a
nav-whats-on = Agenda
# translated_from: 029bef2a
nav-festivals = Festivals
# translated_from: 61cdaa79
language-picker-label = Lire cette page dans une autre langue
# translated_from: 8c72c3fd
language-picker-heading = Choisissez votre langue
# translated_from: 8e4f0181
home-intro = Activités gratuites pour les familles avec bébés et jeunes enfants. Choisissez votre langue pour voir l'agenda.
# translated_from: fe86fc3a
footer-text = Les activités sont gratuites sauf si un prix est indiqué. La réservation se fait sur un autre site.
# translated_from: eb04a362
untranslated = Pas encore traduit
# translated_from: 7d1af794
back-to-listing = Retour à l'agenda

## The what's-on listing
# translated_from: 95c0bf9a
listing-heading = Agenda
# translated_from: a89b27da
listing-intro = Activités gratuites ou à petit prix pour les familles avec bébés et enfants de moins de cinq ans.
# translated_from: 61baa34d
listing-empty = Il n'y a pas d'événement prévu pour le moment. Revenez voir bientôt.
# translated_from: cff99024
listing-soon = Semaines à venir
# translated_from: e8ca2145
listing-this-week = Cette semaine
# translated_from: 2f023d7f
listing-next-week = La semaine prochaine
# translated_from: 6fb1b97b
listing-regular-heading = Activités régulières
# translated_from: a6570cd7
listing-jump-label = Aller à
# translated_from: 8d808c8f
listing-regular-when = { $days } { $time }
# translated_from: 88042d9c
listing-regular-when-until = { $days } { $time }, { $until }
# translated_from: f72e9958
listing-months = Par mois
# translated_from: 4c1d27e8
listing-previous = Précédent
# translated_from: dfa8ff5f
listing-next = Suivant
# translated_from: b35f3e8b
listing-month-title = { $listing }: { $month }
# translated_from: 8f978e9b
listing-month-page = { $month }, page { $page }
# translated_from: 60531663
listing-count = { $count ->
    [one] { $count } événement à venir
   *[other] { $count } événements à venir
}
# translated_from: 695be67a
listing-regular-note = Les activités régulières sont affichées pour { $weeks ->
    [one] la semaine à venir
   *[other] les { $weeks } prochaines semaines
}. Ouvrez une activité pour voir toutes ses dates.
# translated_from: a546e712
day-today = Aujourd'hui
# translated_from: 32ee0387
day-tomorrow = Demain

## Events
# translated_from: 75282e4f
event-when = Quand
# translated_from: 2afffaec
event-where = Où
# translated_from: a22de705
event-dates = Dates
# translated_from: 1aefcc83
event-ages = Âges
# translated_from: 2c60d22f
event-cost = Prix
# translated_from: bd7b5402
event-siblings = Les frères et sœurs plus âgés sont les bienvenus
# translated_from: 7023a02d
event-spoken-languages = Langues parlées
# translated_from: 0450f1b9
event-accessibility = Accessibilité
# translated_from: 39e5533d
event-book = Réserver une place
# translated_from: edabc417
event-book-hint = La réservation s'ouvre sur un autre site.
# translated_from: baaf4960
event-drop-in = Venez directement – pas besoin de réserver
# translated_from: 5a191da3
event-cancelled = Annulé
# translated_from: 5fc97192
event-cancelled-note = Cet événement est annulé. Nous en sommes désolés.
# translated_from: 3517ff05
event-past = Cet événement est terminé.
# translated_from: adaeea80
event-map-link = Voir { $venue } sur une carte
# translated_from: 5095e1e4
event-directions = Itinéraire
# translated_from: d5016f1f
event-next-dates = Prochaines dates
# translated_from: df155054
event-next-date = Prochaine séance
# translated_from: 01620ed6
event-more-dates = { $count ->
    [one] et { $count } autre date
   *[other] et { $count } autres dates
}
# translated_from: 41cb867c
event-repeats-week = { $weekday ->
    [mon] Tous les lundis
    [tue] Tous les mardis
    [wed] Tous les mercredis
    [thu] Tous les jeudis
    [fri] Tous les vendredis
    [sat] Tous les samedis
   *[sun] Tous les dimanches
}
# translated_from: c7261d4e
event-repeats-2weeks = { $weekday ->
    [mon] Un lundi sur deux
    [tue] Un mardi sur deux
    [wed] Un mercredi sur deux
    [thu] Un jeudi sur deux
    [fri] Un vendredi sur deux
    [sat] Un samedi sur deux
   *[sun] Un dimanche sur deux
}
# translated_from: fe30b417
event-repeats-month = Le { $nth ->
    [first] premier
    [second] deuxième
    [third] troisième
    [fourth] quatrième
   *[last] dernier
} { $weekday ->
    [mon] lundi
    [tue] mardi
    [wed] mercredi
    [thu] jeudi
    [fri] vendredi
    [sat] samedi
   *[sun] dimanche
} du mois
# translated_from: 12969e3b
event-repeats-until = jusqu'au { $date }
# translated_from: 8c15154d
event-no-session = Pas de séance ces jours-là : { $dates }
# translated_from: 79f96c62
event-session-moved = Nouvel horaire : { $time }
# translated_from: a2c92788
event-part-of = Fait partie de { $festival }
# translated_from: b714fe40
event-flagship = Temps fort du festival
# translated_from: 656894dd
event-all-day = Toute la journée
# translated_from: ed0e894f
event-about = À propos de cet événement

## Ages of children (whole years)
# translated_from: 8c6efe43
ages-bump = Grossesse
# translated_from: 64beae57
ages-bump-to = { $to ->
    [one] De la grossesse à { $to } an
   *[other] De la grossesse à { $to } ans
}
# translated_from: 60c948ee
ages-range = { $to ->
    [one] De { $from } à { $to } an
   *[other] De { $from } à { $to } ans
}
# translated_from: 934bc570
ages-single = { $age ->
    [0] Moins d'un an
    [one] { $age } an
   *[other] { $age } ans
}
# translated_from: 88b5941e
ages-months = De { $from } à { $to } mois
# translated_from: 8913b969
ages-months-years = { $to ->
    [one] De { $from } mois à { $to } an
   *[other] De { $from } mois à { $to } ans
}

# translated_from: 80a3b01f
cost-free = Gratuit

## Festivals
# translated_from: e588bec8
festival-dates = Du { $from } au { $to }
# translated_from: 349fbea9
festival-programme = Programme
# translated_from: a8a979e3
festival-highlights = Temps forts
# translated_from: 2502b617
festival-ended = Ce festival est terminé. Merci à tous ceux qui sont venus.
# translated_from: 6369372c
festival-no-upcoming = Il n'y a plus d'événement prévu dans ce festival.
# translated_from: 86fcd427
festival-count = { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}

## Venues
# translated_from: 8fde98b3
venue-address = Adresse
# translated_from: ad9c3e68
venue-area = Quartier
# translated_from: 1a477ec7
venue-upcoming = Prochainement ici
# translated_from: 837bb42e
venue-none = Rien n'est prévu ici pour le moment.
# translated_from: 61d09293
venue-map-link = Voir sur une carte (OpenStreetMap)

## Not found
# translated_from: 0977cec1
not-found-heading = Page introuvable
# translated_from: e9210e75
not-found-text = Désolés, nous ne trouvons pas cette page. Elle a peut-être été déplacée, ou l'événement est peut-être terminé.
# translated_from: b067bd43
not-found-home = Voir l'agenda

## Print
# translated_from: bc05c2e4
print-scan-to-book = Scannez pour réserver
# translated_from: fa7a8716
print-scan-festival = Scannez pour voir tout le programme
# translated_from: fa6cbf23
print-how-to-book = Tous les événements sont destinés aux familles avec bébés et enfants de moins de cinq ans. Pour réserver, scannez le code à côté d'un événement avec l'appareil photo de votre téléphone, ou tapez le lien court écrit en dessous.
# translated_from: 4cc55801
print-no-events = Le programme est en préparation : scannez le code pour voir les derniers événements.
# translated_from: 9966b274
print-booking-sheet-title = Scannez pour réserver : { $festival }
# translated_from: 4d3c6224
print-sheet-hint = Pointez l'appareil photo de votre téléphone vers un code, ou tapez le lien écrit en dessous.
# translated_from: 4481e036
print-redirect-title = Redirection vers { $host }
# translated_from: a0089c97
print-redirect-text = Ce lien mène à { $host }. Si la page ne s'ouvre pas toute seule, utilisez le lien ci-dessous.
# translated_from: 4ec5317a
print-download-pdf = Télécharger le PDF prêt à imprimer
# translated_from: a35b4ab8
print-index-heading = Dépliants et feuilles de codes QR à imprimer
# translated_from: cb07727a
print-index-intro = PDF prêts pour l'imprimeur (avec fond perdu et traits de coupe), et pages web à imprimer depuis un navigateur.
# translated_from: 575472b9
print-index-file = Fichier
# translated_from: 65b2218a
print-index-kind = Type
# translated_from: 4c4fdcbf
print-index-language = Langue
# translated_from: beca2fc8
print-index-pages = Pages
# translated_from: 709f7e84
print-index-size = Taille
# translated_from: eded66ef
print-index-web-page = Page web
# translated_from: 6b73e84f
print-index-leaflet = Dépliant
print-index-area-leaflet = Dépliant du quartier
# translated_from: 9a151b76
print-index-qr-sheet = Feuille de codes QR
print-index-poster = Affiche
# translated_from: 84484e5d
print-contact = Des questions ? Contactez-nous
# translated_from: 98d283a8
print-partners = Merci à nos partenaires
print-area-title = Activités pour les familles à { $area }
# translated_from: c6dcc8d7
print-index-translated = Traduit
share-programme = Voir tout le programme
print-index-link-preview = Aperçu du lien
print-index-post = Publication pour les réseaux sociaux
print-index-story = Story pour les réseaux sociaux
print-index-preview = Aperçu

## Filters on the listing
filter-heading = Trouvez des activités pour vous
filter-links-heading = Activités par âge et par quartier
filter-more = Plus de choix
filter-age = Âge de votre enfant
filter-area = Quartier
filter-festival = Festival
filter-day = Jour
filter-date = Date
filter-spoken = Langue parlée
filter-free = Activités gratuites seulement
filter-any-age = Tous les âges
filter-any-area = Tous les quartiers
filter-change = Modifier
filter-any-festival = Tous les festivals
filter-any-day = Tous les jours
filter-any-language = Toutes les langues
filter-this-week = Cette semaine
filter-this-weekend = Ce week-end
filter-on-date = À une date
filter-clear = Effacer les filtres
filter-show-all = Voir toutes les activités
filter-none = Aucune activité ne correspond à ces choix. Essayez avec moins de filtres.
filter-area-heading = Activités à { $area }
filter-age-heading = Activités : { $group }
# translated_from: 93f96851
filter-age-area-heading = Activités à { $area } : { $group }
filter-age-bump = Enceinte
filter-age-0-1 = Bébés de moins d’un an
filter-age-1-2 = Enfants d’un an
filter-age-2-3 = Enfants de 2 ans
filter-age-3-4 = Enfants de 3 et 4 ans
filter-age-siblings = Grands frères et sœurs bienvenus

## Calendars, news feed and sharing
# translated_from: 7636dee0
calendar-add = Ajouter à mon agenda
# translated_from: 4f39b02e
calendar-add-hint = Enregistre la date dans l'agenda de votre téléphone, avec un rappel la veille.
# translated_from: e580a020
calendar-subscribe-heading = Les événements dans votre agenda
# translated_from: e39f382a
calendar-subscribe-intro = Abonnez-vous une fois : les événements nouveaux ou modifiés apparaîtront d'eux-mêmes dans l'agenda de votre téléphone.
# translated_from: 6ce96545
calendar-subscribe-festival-intro = Abonnez-vous au programme de ce festival : les changements apparaîtront d'eux-mêmes dans l'agenda de votre téléphone.
# translated_from: 092ccfc7
calendar-subscribe = S'abonner
# translated_from: 227ed874
calendar-download = Télécharger (.ics)
# translated_from: 7264f2b3
calendar-subscribe-all = Tous les événements
# translated_from: e8ccf2ec
calendar-subscribe-area = Événements à { $area }
# translated_from: ac46929c
calendar-reminder = Demain : { $title }
# translated_from: 6e9e328e
calendar-cancelled-title = Annulé : { $title }
# translated_from: ab2a2d0b
feed-link = Flux d'actualités des prochains événements (Atom)
# translated_from: fe14676c
share-heading = Partager avec un proche
# translated_from: 05c4e376
share-whatsapp = Partager sur WhatsApp
# translated_from: 9791a402
share-link-label = Lien vers cette page
# translated_from: 181fcf5a
share-link-hint = Appuyez longuement sur le lien pour le copier, puis collez-le dans un message.

## Newsletter (`whatson newsletter`)
newsletter-dates = du { $from } au { $to }
newsletter-title = { listing-heading }: { $dates }
newsletter-preheader = { $count ->
    [one] { $count } événement pour les familles
   *[other] { $count } événements pour les familles
}, { $dates }
newsletter-view-online = Lire cette lettre d’information sur le site
newsletter-festivals-heading = Festivals pendant ces semaines
newsletter-changed-heading = Nouveautés et changements
newsletter-new = Nouveau
newsletter-changed = Mis à jour
newsletter-empty = Rien n’est encore prévu pour ces semaines. Consultez le site pour les dates suivantes.
newsletter-more = { $count ->
    [one] Encore { $count } événement sur le site
   *[other] Encore { $count } événements sur le site
}
newsletter-see-all = Tout voir sur le site
newsletter-why = Vous recevez cet e-mail parce que vous avez demandé des nouvelles des événements pour les familles.
## Family finder and links page
# translated_from: 95365e56
event-for-areas = Réservé aux familles qui habitent à { $areas }
# translated_from: 799f4441
finder-heading = Trouvez des activités pour votre famille
# translated_from: bda19bbe
finder-intro = Dites-nous où vous habitez et l'âge de votre enfant, et voyez où vous pouvez aller, par date.
# translated_from: 0717c62f
finder-private = Ce que vous tapez reste sur votre téléphone : rien n'est envoyé.
# translated_from: 5df2eef2
finder-postcode = Votre code postal
# translated_from: a7a5d7af
finder-postcode-hint = Par exemple SW9 0AB
# translated_from: 42def42c
finder-area = Ou choisissez votre quartier
# translated_from: 27a1475b
finder-area-from-postcode = Utiliser mon code postal
# translated_from: a3d79158
finder-elsewhere = J'habite ailleurs
# translated_from: 40b58176
finder-submit = Voir les activités
# translated_from: 7527ea70
finder-results-heading = Pour les familles qui habitent à { $area } : { $group }
# translated_from: 29f28704
finder-results-everyone = Ouvert à tous : { $group }
# translated_from: 420c4cdf
finder-outside = Votre code postal n'est dans aucun des quartiers de ce site. Ces activités sont ouvertes à tous.
# translated_from: 311c6a5e
finder-bad-postcode = Cela ne ressemble pas à un code postal. Écrivez-le comme SW9 0AB, ou choisissez votre quartier.
# translated_from: cb8abacc
finder-whole-postcode = Tapez votre code postal en entier (comme SW9 0AB), ou choisissez votre quartier.
# translated_from: 2e2e0744
finder-need-postcode = Tapez votre code postal, ou choisissez votre quartier.
# translated_from: ed9b7d17
finder-none = Rien ne correspond pour le moment : essayez un autre âge, ou voyez tout le programme.
# translated_from: 6f153385
finder-more = Tout voir, avec les dates suivantes
# translated_from: a5c085b8
finder-choose-area = Choisissez où vous habitez
# translated_from: 205543f7
finder-choose-age = Quel âge a votre enfant ?
# translated_from: ddc17eef
finder-start-again = Recommencer
# translated_from: cc347cf6
finder-area-heading = Pour les familles qui habitent à { $area }
# translated_from: 59caf89e
finder-everyone-heading = Ouvert à tous
# translated_from: b7a8a9c5
finder-results-note = Seules les activités auxquelles vous pouvez aller sont affichées.
# translated_from: e7d832db
links-heading = Liens
# translated_from: 0caac519
links-intro = Le programme pour les familles, le festival et des liens utiles.
# translated_from: ca80bb86
links-next-events = Prochainement
# translated_from: 64f3165c
print-index-links = Page de liens pour les profils sur les réseaux sociaux
# translated_from: 3a39550a
print-index-links-intro = Mettez ce lien court dans la bio des comptes du service sur les réseaux sociaux, ou imprimez son code QR : il ouvre la page de liens, avec le festival en cours et des liens utiles.
