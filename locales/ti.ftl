# Tigrinya (ትግርኛ).

# translated_from: 1a70bf3b
site-title = ፕሮግራማት
# translated_from: 7f0da9d1
site-tagline = ሕጻናትን ዕድሚኦም ትሕቲ ሓሙሽተ ዓመት ዝኾኑ ቆልዑን ንዘለውዎም ስድራቤታት ናጻ ፕሮግራማት

## Page furniture
# translated_from: 63ca411d
skip-to-content = ናብ ቀንዲ ትሕዝቶ ሕለፉ
# translated_from: 9ec1a93c
nav-label = ቀንዲ ዝርዝር
# translated_from: 6f654701
nav-menu = ዝርዝር
# translated_from: 95c0bf9a
nav-whats-on = ፕሮግራማት
# translated_from: 029bef2a
nav-festivals = ፌስቲቫላት
# translated_from: 61cdaa79
language-picker-label = ነዚ ገጽ ብኻልእ ቋንቋ ኣንብብዎ
# translated_from: 8c72c3fd
language-picker-heading = ቋንቋኹም ምረጹ
# translated_from: 8e4f0181
home-intro = ሕጻናትን ንኣሽቱ ቆልዑን ንዘለውዎም ስድራቤታት ናጻ ፕሮግራማት። ዘለዉ ፕሮግራማት ንምርኣይ ቋንቋኹም ምረጹ።
# translated_from: fe86fc3a
footer-text = ዋጋ እንተዘይተጻሒፉ፡ ፕሮግራማት ናጻ እዮም። ቦታ ምሓዝ ኣብ ካልእ መርበብ ሓበሬታ እዩ።
# translated_from: eb04a362
untranslated = ገና ኣይተተርጎመን
# translated_from: 7d1af794
back-to-listing = ናብ ዝርዝር ፕሮግራማት ተመለሱ

## The what's-on listing
# translated_from: 95c0bf9a
listing-heading = ዝቕጽሉ ፕሮግራማት
# translated_from: a89b27da
listing-intro = ሕጻናትን ዕድሚኦም ትሕቲ ሓሙሽተ ዓመት ዝኾኑ ቆልዑን ንዘለውዎም ስድራቤታት ናጻ ወይ ሕሱር ዋጋ ዘለዎም ፕሮግራማት።
# translated_from: 61baa34d
listing-empty = ኣብዚ እዋን ዝቕጽሉ ፕሮግራማት የለዉን። በጃኹም ድሕሪ ቁሩብ ግዜ ተመሊስኩም ርኣዩ።
# translated_from: cff99024
listing-soon = ዝመጽእ ሰሙናት
# translated_from: e8ca2145
listing-this-week = እዚ ሰሙን
# translated_from: 2f023d7f
listing-next-week = ዝመጽእ ሰሙን
# translated_from: 6fb1b97b
listing-regular-heading = ስሩዓት ንጥፈታት
# translated_from: a6570cd7
listing-jump-label = ናብ ክፍሊ ኪድ
# translated_from: 8d808c8f
listing-regular-when = { $days } { $time }
# translated_from: 88042d9c
listing-regular-when-until = { $days } { $time }፣ { $until }
# translated_from: f72e9958
listing-months = ብወርሒ
# translated_from: 4c1d27e8
listing-previous = ዝሓለፈ
# translated_from: dfa8ff5f
listing-next = ዝቕጽል
# translated_from: b35f3e8b
listing-month-title = { $listing }: { $month }
# translated_from: 8f978e9b
listing-month-page = { $month }፣ ገጽ { $page }
# translated_from: 60531663
listing-count = { $count ->
    [one] { $count } ዝቕጽል ፕሮግራም
   *[other] { $count } ዝቕጽሉ ፕሮግራማት
}
# translated_from: 695be67a
listing-regular-note = ስሩዓት ንጥፈታት { $weeks ->
    [one] ንዝቕጽል { $weeks } ሰሙን
   *[other] ንዝቕጽሉ { $weeks } ሰሙናት
} ይርኣዩ። ኩሉ ዕለታቱ ንምርኣይ ነቲ ንጥፈት ክፈትዎ።
# translated_from: a546e712
day-today = ሎሚ
# translated_from: 32ee0387
day-tomorrow = ጽባሕ

## Events
# translated_from: 75282e4f
event-when = መዓስ
# translated_from: 2afffaec
event-where = ኣበይ
# translated_from: a22de705
event-dates = ዕለታት
# translated_from: 1aefcc83
event-ages = ዕድመ
# translated_from: 2c60d22f
event-cost = ዋጋ
# translated_from: bd7b5402
event-siblings = ዓበይቲ ኣሕዋትን ኣሓትን እውን ክመጹ ይኽእሉ
# translated_from: 7023a02d
event-spoken-languages = ዝዝረቡ ቋንቋታት
# translated_from: 0450f1b9
event-accessibility = ተበጻሕነት
# translated_from: 39e5533d
event-book = ቦታ ሓዙ
# translated_from: edabc417
event-book-hint = ቦታ ምሓዝ ኣብ ካልእ መርበብ ሓበሬታ ይኽፈት።
# translated_from: baaf4960
event-drop-in = ብቐጥታ ምጹ – ቦታ ምሓዝ ኣየድልን
# translated_from: 5a191da3
event-cancelled = ተሰሪዙ
# translated_from: 5fc97192
event-cancelled-note = እዚ ፕሮግራም ተሰሪዙ ኣሎ። ይቕሬታ።
# translated_from: 3517ff05
event-past = እዚ ፕሮግራም ተወዲኡ እዩ።
# translated_from: adaeea80
event-map-link = ኣብ ካርታ ርኣዩ፦ { $venue }
# translated_from: 5095e1e4
event-directions = መምርሒ መንገዲ
# translated_from: d5016f1f
event-next-dates = ዝቕጽሉ ዕለታት
# translated_from: df155054
event-next-date = ዝቕጽል ግዜ
# translated_from: 01620ed6
event-more-dates = { $count ->
    [one] ከምኡ'ውን { $count } ካልእ ዕለት
   *[other] ከምኡ'ውን { $count } ካልኦት ዕለታት
}
# translated_from: 41cb867c
event-repeats-week = { $weekday ->
    [mon] ኩሉ ሰኑይ
    [tue] ኩሉ ሰሉስ
    [wed] ኩሉ ረቡዕ
    [thu] ኩሉ ሓሙስ
    [fri] ኩሉ ዓርቢ
    [sat] ኩሉ ቀዳም
   *[sun] ኩሉ ሰንበት
}
# translated_from: c7261d4e
event-repeats-2weeks = { $weekday ->
    [mon] ኣብ ክልተ ሰሙን ሓደ ግዜ ሰኑይ
    [tue] ኣብ ክልተ ሰሙን ሓደ ግዜ ሰሉስ
    [wed] ኣብ ክልተ ሰሙን ሓደ ግዜ ረቡዕ
    [thu] ኣብ ክልተ ሰሙን ሓደ ግዜ ሓሙስ
    [fri] ኣብ ክልተ ሰሙን ሓደ ግዜ ዓርቢ
    [sat] ኣብ ክልተ ሰሙን ሓደ ግዜ ቀዳም
   *[sun] ኣብ ክልተ ሰሙን ሓደ ግዜ ሰንበት
}
# translated_from: fe30b417
event-repeats-month = { $nth ->
    [first] ቀዳማይ
    [second] ካልኣይ
    [third] ሳልሳይ
    [fourth] ራብዓይ
   *[last] ናይ መወዳእታ
} { $weekday ->
    [mon] ሰኑይ
    [tue] ሰሉስ
    [wed] ረቡዕ
    [thu] ሓሙስ
    [fri] ዓርቢ
    [sat] ቀዳም
   *[sun] ሰንበት
} ናይ ኩሉ ወርሒ
# translated_from: 12969e3b
event-repeats-until = ክሳብ { $date }
# translated_from: 8c15154d
event-no-session = ኣብዘን ዕለታት ፕሮግራም የለን፦ { $dates }
# translated_from: 79f96c62
event-session-moved = ሓድሽ ሰዓት፦ { $time }
# translated_from: a2c92788
event-part-of = ክፋል ናይ { $festival }
# translated_from: b714fe40
event-flagship = ቀንዲ ፕሮግራም ናይ ፌስቲቫል
# translated_from: 656894dd
event-all-day = ምሉእ መዓልቲ
# translated_from: ed0e894f
event-about = ብዛዕባ እዚ ፕሮግራም

## Ages of children (whole years)
# translated_from: 8c6efe43
ages-bump = ጥንሲ
# translated_from: 64beae57
ages-bump-to = { $to ->
    [one] ካብ ጥንሲ ክሳብ { $to } ዓመት
   *[other] ካብ ጥንሲ ክሳብ { $to } ዓመት
}
# translated_from: 60c948ee
ages-range = ካብ { $from } ክሳብ { $to } ዓመት
# translated_from: 934bc570
ages-single = { $age ->
    [one] { $age } ዓመት
   *[other] { $age } ዓመት
}
# translated_from: 88b5941e
ages-months = ካብ { $from } ክሳብ { $to } ወርሒ
# translated_from: 8913b969
ages-months-years = ካብ { $from } ወርሒ ክሳብ { $to } ዓመት

# translated_from: 80a3b01f
cost-free = ናጻ

## Festivals
# translated_from: e588bec8
festival-dates = ካብ { $from } ክሳብ { $to }
# translated_from: 349fbea9
festival-programme = መደብ
# translated_from: a8a979e3
festival-highlights = ቀንዲ ፕሮግራማት
# translated_from: 2502b617
festival-ended = እዚ ፌስቲቫል ተወዲኡ እዩ። ንኹሎም ዝመጹ የቐንየልና።
# translated_from: 6369372c
festival-no-upcoming = ኣብዚ ፌስቲቫል ካልእ ፕሮግራም የለን።
# translated_from: 86fcd427
festival-count = { $count ->
    [one] { $count } ፕሮግራም
   *[other] { $count } ፕሮግራማት
}

## Venues
# translated_from: 8fde98b3
venue-address = ኣድራሻ
# translated_from: ad9c3e68
venue-area = ከባቢ
# translated_from: 1a477ec7
venue-upcoming = ኣብዚ ዝቕጽሉ ፕሮግራማት
# translated_from: 837bb42e
venue-none = ኣብዚ እዋን ኣብዚ ዝተመደበ ነገር የለን።
# translated_from: 61d09293
venue-map-link = ኣብ ካርታ ርኣዩ (OpenStreetMap)

## Not found
# translated_from: 0977cec1
not-found-heading = ገጽ ኣይተረኽበን
# translated_from: e9210e75
not-found-text = ይቕሬታ፣ ነዚ ገጽ ክንረኽቦ ኣይከኣልናን። ገጹ ቦታኡ ቀይሩ ክኸውን ይኽእል፣ ወይ እቲ ፕሮግራም ተወዲኡ ክኸውን ይኽእል።
# translated_from: b067bd43
not-found-home = ፕሮግራማት ርኣዩ

## Print
# translated_from: bc05c2e4
print-scan-to-book = ቦታ ንምሓዝ ስካን ግበሩ
# translated_from: fa7a8716
print-scan-festival = ምሉእ መደብ ንምርኣይ ስካን ግበሩ
# translated_from: fa6cbf23
print-how-to-book = ኩሎም ፕሮግራማት ሕጻናትን ዕድሚኦም ትሕቲ ሓሙሽተ ዓመት ዝኾኑ ቆልዑን ንዘለውዎም ስድራቤታት እዮም። ቦታ ንምሓዝ፣ ኣብ ጥቓ ፕሮግራም ዘሎ ኮድ ብካሜራ ተሌፎንኩም ስካን ግበሩ፣ ወይ ኣብ ትሕቲኡ ዝተሓትመ ሓጺር ሊንክ ጽሓፉ።
# translated_from: 4cc55801
print-no-events = መደብ ይዳሎ ኣሎ፤ ሓደሽቲ ፕሮግራማት ንምርኣይ ነቲ ኮድ ስካን ግበሩ።
# translated_from: 9966b274
print-booking-sheet-title = ቦታ ንምሓዝ ስካን ግበሩ፦ { $festival }
# translated_from: 4d3c6224
print-sheet-hint = ካሜራ ተሌፎንኩም ናብ ሓደ ኮድ ኣቕንዑ፣ ወይ ኣብ ትሕቲኡ ዝተሓትመ ሊንክ ጽሓፉ።
# translated_from: 4481e036
print-redirect-title = ናብ { $host } ንወስደኩም ኣለና
# translated_from: a0089c97
print-redirect-text = እዚ ሊንክ ናብ { $host } ይወስድ። እቲ ገጽ ባዕሉ እንተዘይተኸፊቱ፣ ነቲ ኣብ ታሕቲ ዘሎ ሊንክ ተጠቐሙ።
# translated_from: 4ec5317a
print-download-pdf = ንሕትመት ድሉው PDF ኣውርዱ
# translated_from: a35b4ab8
print-index-heading = ንሕትመት ዝኸውን በራሪ ወረቓቕትን ገጻት ኮድ QRን
# translated_from: cb07727a
print-index-intro = ንማሕተሚ ድሉዋት PDF ፋይላት (ምስ ተወሳኺ ጫፍን ምልክታት ምቑራጽን)፣ ከምኡ'ውን ካብ ብሮውዘር ዝሕተሙ ገጻት መርበብ ሓበሬታ።
# translated_from: 575472b9
print-index-file = ፋይል
# translated_from: 65b2218a
print-index-kind = ዓይነት
# translated_from: 4c4fdcbf
print-index-language = ቋንቋ
# translated_from: beca2fc8
print-index-pages = ገጻት
# translated_from: 709f7e84
print-index-size = መጠን
# translated_from: eded66ef
print-index-web-page = ገጽ መርበብ ሓበሬታ
# translated_from: 6b73e84f
print-index-leaflet = በራሪ ወረቐት
print-index-area-leaflet = ናይ ከባቢ በራሪ ወረቐት
# translated_from: 9a151b76
print-index-qr-sheet = ገጽ ኮድ QR
print-index-poster = ፖስተር
# translated_from: 84484e5d
print-contact = ሕቶ ኣለኩም? ርኸቡና
# translated_from: 98d283a8
print-partners = ንመሻርኽትና ነመስግን
print-area-title = ኣብ { $area } ንስድራቤታት ዘለዉ ፍጻመታት
# translated_from: c6dcc8d7
print-index-translated = ዝተተርጎመ
share-programme = ምሉእ መደብ ርኣዩ
print-index-link-preview = ቅድመ ምርኣይ ሊንክ
print-index-post = ናይ ማሕበራዊ ሚድያ ጽሑፍ
print-index-story = ናይ ማሕበራዊ ሚድያ ዛንታ
print-index-preview = ቅድመ ምርኣይ

## Filters on the listing
filter-heading = ንዓኹም ዝኸውን ፕሮግራማት ድለዩ
filter-links-heading = ፕሮግራማት ብዕድመን ብከባብን
filter-more = ተወሳኺ ምርጫታት
filter-age = ዕድመ ውላድኩም
filter-area = ከባቢ
filter-festival = ፌስቲቫል
filter-day = መዓልቲ
filter-date = ዕለት
filter-spoken = ዝዝረብ ቋንቋ
filter-free = ናጻ ፕሮግራማት ጥራይ
filter-any-age = ዝኾነ ዕድመ
filter-any-area = ዝኾነ ከባቢ
filter-change = ቀይር
filter-any-festival = ዝኾነ ፌስቲቫል
filter-any-day = ዝኾነ መዓልቲ
filter-any-language = ዝኾነ ቋንቋ
filter-this-week = ኣብዚ ሰሙን
filter-this-weekend = ኣብዚ ቀዳመ ሰንበት
filter-on-date = ኣብ ሓደ ዕለት
filter-clear = መጻረዪታት ኣጽርዩ
filter-show-all = ኩሎም ፕሮግራማት ኣርእዩ
filter-none = ምስዚ ምርጫታት ዝሰማማዕ ፕሮግራም የለን። ውሑዳት መጻረዪታት ፈትኑ።
filter-area-heading = ኣብ { $area } ዘለዉ ፕሮግራማት
filter-age-heading = ፕሮግራማት፦ { $group }
# translated_from: 93f96851
filter-age-area-heading = ኣብ { $area } ዘለዉ ፕሮግራማት፦ { $group }
filter-age-bump = ነፍሰ ጾር
filter-age-0-1 = ትሕቲ 1 ዓመት ዝኾኑ ሕጻናት
filter-age-1-2 = ናይ 1 ዓመት ቆልዑ
filter-age-2-3 = ናይ 2 ዓመት ቆልዑ
filter-age-3-4 = ናይ 3ን 4ን ዓመት ቆልዑ
filter-age-siblings = ዓበይቲ ኣሕዋትን ኣሓትን እንቋዕ ብደሓን መጹ

## Calendars, news feed and sharing
# translated_from: 7636dee0
calendar-add = ናብ ዓውደ-ኣዋርሐይ ወስኽ
# translated_from: 4f39b02e
calendar-add-hint = ነቲ ዕለት ኣብ ዓውደ-ኣዋርሕ ተሌፎንኩም የቐምጦ፣ ቅድሚ ሓደ መዓልቲ ድማ የዘኻኽረኩም።
# translated_from: e580a020
calendar-subscribe-heading = ፕሮግራማት ኣብ ዓውደ-ኣዋርሕኩም
# translated_from: e39f382a
calendar-subscribe-intro = ሓንሳብ ተመዝገቡ፣ ሓደስትን ዝተቐየሩን ፕሮግራማት ድማ ባዕሎም ኣብ ዓውደ-ኣዋርሕ ተሌፎንኩም ክርኣዩ እዮም።
# translated_from: 6ce96545
calendar-subscribe-festival-intro = ናብ መደብ እዚ ፌስቲቫል ተመዝገቡ፣ ለውጥታት ድማ ባዕሎም ኣብ ዓውደ-ኣዋርሕ ተሌፎንኩም ክርኣዩ እዮም።
# translated_from: 092ccfc7
calendar-subscribe = ተመዝገቡ
# translated_from: 227ed874
calendar-download = ኣውርዱ (.ics)
# translated_from: 7264f2b3
calendar-subscribe-all = ኩሎም ፕሮግራማት
# translated_from: e8ccf2ec
calendar-subscribe-area = ኣብ { $area } ዘለዉ ፕሮግራማት
# translated_from: ac46929c
calendar-reminder = ጽባሕ፦ { $title }
# translated_from: 6e9e328e
calendar-cancelled-title = ተሰሪዙ፦ { $title }
# translated_from: ab2a2d0b
feed-link = ናይ ዝቕጽሉ ፕሮግራማት ዜና (Atom)
# translated_from: fe14676c
share-heading = ንዓርኪ ንገሩ
# translated_from: 05c4e376
share-whatsapp = ብWhatsApp ኣካፍሉ
# translated_from: 9791a402
share-link-label = መላግቦ እዚ ገጽ
# translated_from: 181fcf5a
share-link-hint = ነቲ መላግቦ ንምቕዳሕ ጠዊቕኩም ሓዝዎ፣ ድሕሪኡ ኣብ መልእኽቲ ለጥፍዎ።

## Newsletter (`whatson newsletter`)
newsletter-dates = ካብ { $from } ክሳብ { $to }
newsletter-title = { listing-heading }: { $dates }
newsletter-preheader = { $count ->
    [one] { $count } ናይ ስድራ ፕሮግራም
   *[other] { $count } ናይ ስድራ ፕሮግራማት
}፣ { $dates }
newsletter-view-online = ነዛ ጋዜጣ ኣብ መርበብ ሓበሬታ ኣንብብዋ
newsletter-festivals-heading = ኣብዞም ሰሙናት ዘለዉ ፌስቲቫላት
newsletter-changed-heading = ሓደስትን ዝተቐየሩን
newsletter-new = ሓድሽ
newsletter-changed = ዝተሓደሰ
newsletter-empty = ንዞም ሰሙናት ክሳብ ሕጂ ዝተወጠነ የለን። ንዝቕጽሉ ዕለታት ኣብ መርበብ ሓበሬታ ርኣዩ።
newsletter-more = { $count ->
    [one] ተወሳኺ { $count } ፕሮግራም ኣብ መርበብ ሓበሬታ
   *[other] ተወሳኺ { $count } ፕሮግራማት ኣብ መርበብ ሓበሬታ
}
newsletter-see-all = ኩሉ ኣብ መርበብ ሓበሬታ ርኣዩ
newsletter-why = ነዚ ኢመይል ትረኽብዎ ዘለኹም ብዛዕባ ፕሮግራማት ስድራ ዜና ስለ ዝሓተትኩም እዩ።
## Family finder and links page
# translated_from: 95365e56
event-for-areas = ኣብ { $areas } ንዝነብሩ ስድራቤታት ጥራይ
# translated_from: 799f4441
finder-heading = ንስድራቤትኩም ንጥፈታት ድለዩ
# translated_from: bda19bbe
finder-intro = ኣበይ ከም እትነብሩን ውላድኩም ክንደይ ዓመቱ ምዃኑን ንገሩና፡ ክትከዱሎም እትኽእሉ ንጥፈታት ብዕለት ርኣዩ።
# translated_from: 0717c62f
finder-private = እትጽሕፍዎ ኣብ ተሌፎንኩም ይተርፍ፡ ናብ ዝኾነ ቦታ ኣይለኣኽን።
# translated_from: 5df2eef2
finder-postcode = ፖስታ ኮድኩም
# translated_from: a7a5d7af
finder-postcode-hint = ንኣብነት SW9 0AB
# translated_from: 42def42c
finder-area = ወይ ከባቢኹም ምረጹ
# translated_from: 27a1475b
finder-area-from-postcode = ፖስታ ኮደይ ተጠቐም
# translated_from: a3d79158
finder-elsewhere = ኣብ ካልእ ቦታ እየ ዝነብር
# translated_from: 40b58176
finder-submit = ንጥፈታት ኣርኢ
# translated_from: 7527ea70
finder-results-heading = ኣብ { $area } ንዝነብሩ ስድራቤታት፡ { $group }
# translated_from: 29f28704
finder-results-everyone = ንኹሉ ክፉት፡ { $group }
# translated_from: 420c4cdf
finder-outside = ፖስታ ኮድኩም ኣብቲ እዚ መርበብ ዝሽፍኖ ከባቢታት የለን። እዞም ንጥፈታት ንኹሉ ክፉታት እዮም።
# translated_from: 311c6a5e
finder-bad-postcode = እዚ ፖስታ ኮድ ኣይመስልን። ከም SW9 0AB ጸሓፍዎ፡ ወይ ከባቢኹም ምረጹ።
# translated_from: cb8abacc
finder-whole-postcode = በጃኹም ምሉእ ፖስታ ኮድ ጸሓፉ (ከም SW9 0AB)፡ ወይ ከባቢኹም ምረጹ።
# translated_from: 2e2e0744
finder-need-postcode = ፖስታ ኮድኩም ጸሓፉ፡ ወይ ከባቢኹም ምረጹ።
# translated_from: ed9b7d17
finder-none = ሕጂ ዝሰማማዕ የለን፡ ካልእ ዕድመ ፈትኑ፡ ወይ ኩሉ ዘሎ ርኣዩ።
# translated_from: 6f153385
finder-more = ኩሎም ርኣዩ፡ ምስ ዝቕጽሉ ዕለታት
# translated_from: a5c085b8
finder-choose-area = ዝነብሩሉ ምረጹ
# translated_from: 205543f7
finder-choose-age = ውላድኩም ክንደይ ዓመቱ እዩ?
# translated_from: ddc17eef
finder-start-again = ካብ መጀመርታ ጀምሩ
# translated_from: cc347cf6
finder-area-heading = ኣብ { $area } ንዝነብሩ ስድራቤታት
# translated_from: 59caf89e
finder-everyone-heading = ንኹሉ ክፉት
# translated_from: b7a8a9c5
finder-results-note = ክትከዱሎም እትኽእሉ ንጥፈታት ጥራይ እዮም ዝርኣዩ።
# translated_from: e7d832db
links-heading = መላግቦታት
# translated_from: 0caac519
links-intro = ንስድራቤታት ዘሎ መደባት፡ እቲ ፌስቲቫልን ጠቐምቲ መላግቦታትን።
# translated_from: ca80bb86
links-next-events = ቀረባ
# translated_from: 64f3165c
print-index-links = ንመግለጺ ማሕበራዊ ሚድያ ገጽ መላግቦታት
# translated_from: 3a39550a
print-index-links-intro = ነዚ ሓጺር መላግቦ ኣብ መግለጺ ሕሳባት ማሕበራዊ ሚድያ ናይቲ ኣገልግሎት ኣእትውዎ፡ ወይ QR ኮዱ ሕተምዎ፡ ነቲ ሕጂ ዘሎ ፌስቲቫልን ጠቐምቲ መላግቦታትን ዝሓዘ ገጽ መላግቦታት ይኸፍት።
