# Amharic (አማርኛ).

# translated_from: 1a70bf3b
site-title = ዝግጅቶች
# translated_from: 7f0da9d1
site-tagline = ሕፃናትና ከአምስት ዓመት በታች ያሉ ልጆች ላሏቸው ቤተሰቦች ነፃ ዝግጅቶች

## Page furniture
# translated_from: 63ca411d
skip-to-content = ወደ ዋናው ይዘት ይዝለሉ
# translated_from: 9ec1a93c
nav-label = ዋና ምናሌ
# translated_from: 6f654701
nav-menu = ምናሌ
# translated_from: 95c0bf9a
nav-whats-on = ዝግጅቶች
# translated_from: 029bef2a
nav-festivals = ፌስቲቫሎች
# translated_from: 61cdaa79
language-picker-label = ይህንን ገጽ በሌላ ቋንቋ ያንብቡ
# translated_from: 8c72c3fd
language-picker-heading = ቋንቋዎን ይምረጡ
# translated_from: 8e4f0181
home-intro = ሕፃናትና ትናንሽ ልጆች ላሏቸው ቤተሰቦች ነፃ ዝግጅቶች። ያሉትን ዝግጅቶች ለማየት ቋንቋዎን ይምረጡ።
# translated_from: fe86fc3a
footer-text = ዋጋ ካልተጻፈ በስተቀር ዝግጅቶቹ ነፃ ናቸው። ቦታ ማስያዝ የሚደረገው በሌላ ድረ-ገጽ ላይ ነው።
# translated_from: eb04a362
untranslated = ገና አልተተረጎመም
# translated_from: 7d1af794
back-to-listing = ወደ ዝግጅቶች ዝርዝር ይመለሱ

## The what's-on listing
# translated_from: 95c0bf9a
listing-heading = የሚመጡ ዝግጅቶች
# translated_from: a89b27da
listing-intro = ሕፃናትና ከአምስት ዓመት በታች ያሉ ልጆች ላሏቸው ቤተሰቦች ነፃ ወይም ዝቅተኛ ዋጋ ያላቸው ዝግጅቶች።
# translated_from: 61baa34d
listing-empty = በአሁኑ ጊዜ የሚመጡ ዝግጅቶች የሉም። እባክዎ በቅርቡ ተመልሰው ይመልከቱ።
# translated_from: cff99024
listing-soon = የሚመጡት ሳምንታት
# translated_from: e8ca2145
listing-this-week = በዚህ ሳምንት
# translated_from: 2f023d7f
listing-next-week = በሚቀጥለው ሳምንት
# translated_from: 6fb1b97b
listing-regular-heading = መደበኛ እንቅስቃሴዎች
# translated_from: a6570cd7
listing-jump-label = ወደ ክፍል ይሂዱ
# translated_from: 8d808c8f
listing-regular-when = { $days } { $time }
# translated_from: 88042d9c
listing-regular-when-until = { $days } { $time }፣ { $until }
# translated_from: f72e9958
listing-months = በወር
# translated_from: 4c1d27e8
listing-previous = ቀዳሚ
# translated_from: dfa8ff5f
listing-next = ቀጣይ
# translated_from: b35f3e8b
listing-month-title = { $listing }: { $month }
# translated_from: 8f978e9b
listing-month-page = { $month }፣ ገጽ { $page }
# translated_from: 60531663
listing-count = { $count ->
    [one] { $count } የሚመጣ ዝግጅት
   *[other] { $count } የሚመጡ ዝግጅቶች
}
# translated_from: 695be67a
listing-regular-note = መደበኛ እንቅስቃሴዎች { $weeks ->
    [one] ለሚቀጥለው { $weeks } ሳምንት
   *[other] ለሚቀጥሉት { $weeks } ሳምንታት
} ይታያሉ። ሁሉንም ቀናቱን ለማየት እንቅስቃሴውን ይክፈቱ።
# translated_from: a546e712
day-today = ዛሬ
# translated_from: 32ee0387
day-tomorrow = ነገ

## Events
# translated_from: 75282e4f
event-when = መቼ
# translated_from: 2afffaec
event-where = የት
# translated_from: a22de705
event-dates = ቀኖች
# translated_from: 1aefcc83
event-ages = ዕድሜ
# translated_from: 2c60d22f
event-cost = ዋጋ
# translated_from: bd7b5402
event-siblings = ታላላቅ ወንድሞችና እህቶችም እንኳን ደህና መጡ
# translated_from: 7023a02d
event-spoken-languages = የሚነገሩ ቋንቋዎች
# translated_from: 0450f1b9
event-accessibility = ተደራሽነት
# translated_from: 39e5533d
event-book = ቦታ ያስይዙ
# translated_from: edabc417
event-book-hint = ቦታ ማስያዣው በሌላ ድረ-ገጽ ላይ ይከፈታል።
# translated_from: baaf4960
event-drop-in = በቀጥታ ይምጡ – ቦታ ማስያዝ አያስፈልግም
# translated_from: 5a191da3
event-cancelled = ተሰርዟል
# translated_from: 5fc97192
event-cancelled-note = ይህ ዝግጅት ተሰርዟል። ይቅርታ እንጠይቃለን።
# translated_from: 3517ff05
event-past = ይህ ዝግጅት አልቋል።
# translated_from: adaeea80
event-map-link = በካርታ ላይ ይመልከቱ፦ { $venue }
# translated_from: 5095e1e4
event-directions = አቅጣጫ
# translated_from: d5016f1f
event-next-dates = የሚቀጥሉ ቀናት
# translated_from: df155054
event-next-date = ቀጣዩ ጊዜ
# translated_from: 01620ed6
event-more-dates = { $count ->
    [one] እና ሌላ { $count } ቀን
   *[other] እና ሌሎች { $count } ቀናት
}
# translated_from: 41cb867c
event-repeats-week = { $weekday ->
    [mon] ሁልጊዜ ሰኞ
    [tue] ሁልጊዜ ማክሰኞ
    [wed] ሁልጊዜ ረቡዕ
    [thu] ሁልጊዜ ሐሙስ
    [fri] ሁልጊዜ ዓርብ
    [sat] ሁልጊዜ ቅዳሜ
   *[sun] ሁልጊዜ እሑድ
}
# translated_from: c7261d4e
event-repeats-2weeks = { $weekday ->
    [mon] በየሁለት ሳምንቱ ሰኞ
    [tue] በየሁለት ሳምንቱ ማክሰኞ
    [wed] በየሁለት ሳምንቱ ረቡዕ
    [thu] በየሁለት ሳምንቱ ሐሙስ
    [fri] በየሁለት ሳምንቱ ዓርብ
    [sat] በየሁለት ሳምንቱ ቅዳሜ
   *[sun] በየሁለት ሳምንቱ እሑድ
}
# translated_from: fe30b417
event-repeats-month = በየወሩ { $nth ->
    [first] የመጀመሪያው
    [second] ሁለተኛው
    [third] ሦስተኛው
    [fourth] አራተኛው
   *[last] የመጨረሻው
} { $weekday ->
    [mon] ሰኞ
    [tue] ማክሰኞ
    [wed] ረቡዕ
    [thu] ሐሙስ
    [fri] ዓርብ
    [sat] ቅዳሜ
   *[sun] እሑድ
}
# translated_from: 12969e3b
event-repeats-until = እስከ { $date } ድረስ
# translated_from: 8c15154d
event-no-session = በእነዚህ ቀናት ዝግጅቱ የለም፦ { $dates }
# translated_from: 79f96c62
event-session-moved = አዲስ ሰዓት፦ { $time }
# translated_from: a2c92788
event-part-of = የዚህ ፌስቲቫል አካል፦ { $festival }
# translated_from: b714fe40
event-flagship = የፌስቲቫሉ ዋና ዝግጅት
# translated_from: 656894dd
event-all-day = ቀኑን ሙሉ
# translated_from: ed0e894f
event-about = ስለዚህ ዝግጅት

## Ages of children (whole years)
# translated_from: 8c6efe43
ages-bump = እርግዝና
# translated_from: 64beae57
ages-bump-to = { $to ->
    [one] ከእርግዝና እስከ { $to } ዓመት
   *[other] ከእርግዝና እስከ { $to } ዓመት
}
# translated_from: 60c948ee
ages-range = ከ{ $from } እስከ { $to } ዓመት
# translated_from: 934bc570
ages-single = { $age ->
    [one] { $age } ዓመት
   *[other] { $age } ዓመት
}
# translated_from: 88b5941e
ages-months = ከ{ $from } እስከ { $to } ወር
# translated_from: 8913b969
ages-months-years = ከ{ $from } ወር እስከ { $to } ዓመት

# translated_from: 80a3b01f
cost-free = ነፃ

## Festivals
# translated_from: e588bec8
festival-dates = ከ{ $from } እስከ { $to }
# translated_from: 349fbea9
festival-programme = ፕሮግራም
# translated_from: a8a979e3
festival-highlights = ዋና ዋና ዝግጅቶች
# translated_from: 2502b617
festival-ended = ይህ ፌስቲቫል አልቋል። ለመጡት ሁሉ እናመሰግናለን።
# translated_from: 6369372c
festival-no-upcoming = በዚህ ፌስቲቫል ውስጥ ተጨማሪ ዝግጅቶች የሉም።
# translated_from: 86fcd427
festival-count = { $count ->
    [one] { $count } ዝግጅት
   *[other] { $count } ዝግጅቶች
}

## Venues
# translated_from: 8fde98b3
venue-address = አድራሻ
# translated_from: ad9c3e68
venue-area = አካባቢ
# translated_from: 1a477ec7
venue-upcoming = እዚህ የሚመጡ ዝግጅቶች
# translated_from: 837bb42e
venue-none = በአሁኑ ጊዜ እዚህ የታቀደ ነገር የለም።
# translated_from: 61d09293
venue-map-link = በካርታ ላይ ይመልከቱ (OpenStreetMap)

## Not found
# translated_from: 0977cec1
not-found-heading = ገጹ አልተገኘም
# translated_from: e9210e75
not-found-text = ይቅርታ፣ ይህንን ገጽ ማግኘት አልቻልንም። ገጹ ተዛውሮ ሊሆን ይችላል፣ ወይም ዝግጅቱ አልቆ ሊሆን ይችላል።
# translated_from: b067bd43
not-found-home = ዝግጅቶችን ይመልከቱ

## Print
# translated_from: bc05c2e4
print-scan-to-book = ቦታ ለማስያዝ ስካን ያድርጉ
# translated_from: fa7a8716
print-scan-festival = ሙሉውን ፕሮግራም ለማየት ስካን ያድርጉ
# translated_from: fa6cbf23
print-how-to-book = ሁሉም ዝግጅቶች ሕፃናትና ከአምስት ዓመት በታች ያሉ ልጆች ላሏቸው ቤተሰቦች ናቸው። ቦታ ለማስያዝ ከዝግጅቱ አጠገብ ያለውን ኮድ በስልክዎ ካሜራ ስካን ያድርጉ፣ ወይም ከሥሩ የታተመውን አጭር ሊንክ ይጻፉ።
# translated_from: 4cc55801
print-no-events = ፕሮግራሙ በዝግጅት ላይ ነው፤ አዳዲስ ዝግጅቶችን ለማየት ኮዱን ስካን ያድርጉ።
# translated_from: 9966b274
print-booking-sheet-title = ቦታ ለማስያዝ ስካን ያድርጉ፦ { $festival }
# translated_from: 4d3c6224
print-sheet-hint = የስልክዎን ካሜራ ወደ ኮዱ ያዙሩ፣ ወይም ከሥሩ የታተመውን ሊንክ ይጻፉ።
# translated_from: 4481e036
print-redirect-title = ወደ { $host } እየወሰድንዎ ነው
# translated_from: a0089c97
print-redirect-text = ይህ ሊንክ ወደ { $host } ይወስዳል። ገጹ በራሱ ካልተከፈተ ከታች ያለውን ሊንክ ይጠቀሙ።
# translated_from: 4ec5317a
print-download-pdf = ለሕትመት ዝግጁ የሆነውን PDF ያውርዱ
# translated_from: a35b4ab8
print-index-heading = ለሕትመት የሚሆኑ በራሪ ወረቀቶችና የQR ኮድ ገጾች
# translated_from: cb07727a
print-index-intro = ለማተሚያ ቤት ዝግጁ የሆኑ PDF ፋይሎች (ከተጨማሪ ጠርዝና ከመቁረጫ ምልክቶች ጋር)፣ እና ከአሳሽ (ብሮውዘር) የሚታተሙ ድረ-ገጾች።
# translated_from: 575472b9
print-index-file = ፋይል
# translated_from: 65b2218a
print-index-kind = ዓይነት
# translated_from: 4c4fdcbf
print-index-language = ቋንቋ
# translated_from: beca2fc8
print-index-pages = ገጾች
# translated_from: 709f7e84
print-index-size = መጠን
# translated_from: eded66ef
print-index-web-page = ድረ-ገጽ
# translated_from: 6b73e84f
print-index-leaflet = በራሪ ወረቀት
print-index-area-leaflet = የአካባቢ በራሪ ወረቀት
# translated_from: 9a151b76
print-index-qr-sheet = የQR ኮድ ገጽ
print-index-poster = ፖስተር
# translated_from: 84484e5d
print-contact = ጥያቄ አለዎት? ያግኙን
# translated_from: 98d283a8
print-partners = ለአጋሮቻችን እናመሰግናለን
print-area-title = በ { $area } ለቤተሰቦች የሚደረጉ ዝግጅቶች
# translated_from: c6dcc8d7
print-index-translated = የተተረጎመ
share-programme = ሙሉውን ፕሮግራም ይመልከቱ
print-index-link-preview = የሊንክ ቅድመ እይታ
print-index-post = የማህበራዊ ሚዲያ ልጥፍ
print-index-story = የማህበራዊ ሚዲያ ታሪክ
print-index-preview = ቅድመ እይታ

## Filters on the listing
filter-heading = ለእርስዎ የሚሆኑ ዝግጅቶችን ይፈልጉ
filter-links-heading = ዝግጅቶች በዕድሜ እና በአካባቢ
filter-more = ተጨማሪ ምርጫዎች
filter-age = የልጅዎ ዕድሜ
filter-area = አካባቢ
filter-festival = ፌስቲቫል
filter-day = ቀን
filter-date = ቀን (ዕለት)
filter-spoken = የሚነገር ቋንቋ
filter-free = ነፃ ዝግጅቶች ብቻ
filter-any-age = ማንኛውም ዕድሜ
filter-any-area = ማንኛውም አካባቢ
filter-change = ቀይር
filter-any-festival = ማንኛውም ፌስቲቫል
filter-any-day = ማንኛውም ቀን
filter-any-language = ማንኛውም ቋንቋ
filter-this-week = በዚህ ሳምንት
filter-this-weekend = በዚህ ቅዳሜና እሁድ
filter-on-date = በአንድ ቀን
filter-clear = ማጣሪያዎችን አጽዳ
filter-show-all = ሁሉንም ዝግጅቶች አሳይ
filter-none = ከእነዚህ ምርጫዎች ጋር የሚስማማ ዝግጅት የለም። ያነሱ ማጣሪያዎችን ይሞክሩ።
filter-area-heading = በ{ $area } ያሉ ዝግጅቶች
filter-age-heading = ዝግጅቶች፦ { $group }
# translated_from: 93f96851
filter-age-area-heading = በ{ $area } ያሉ ዝግጅቶች፦ { $group }
filter-age-bump = ነፍሰ ጡር
filter-age-0-1 = ከ1 ዓመት በታች ያሉ ሕፃናት
filter-age-1-2 = የ1 ዓመት ልጆች
filter-age-2-3 = የ2 ዓመት ልጆች
filter-age-3-4 = የ3 እና የ4 ዓመት ልጆች
filter-age-siblings = ታላላቅ ወንድሞችና እህቶች እንኳን ደህና መጡ

## Calendars, news feed and sharing
# translated_from: 7636dee0
calendar-add = ወደ ቀን መቁጠሪያዬ አክል
# translated_from: 4f39b02e
calendar-add-hint = ቀኑን በስልክዎ ቀን መቁጠሪያ ውስጥ ያስቀምጣል፤ ከአንድ ቀን በፊት ያስታውስዎታል።
# translated_from: e580a020
calendar-subscribe-heading = ዝግጅቶች በቀን መቁጠሪያዎ ውስጥ
# translated_from: e39f382a
calendar-subscribe-intro = አንድ ጊዜ ይመዝገቡ፤ አዲስና የተቀየሩ ዝግጅቶች በስልክዎ ቀን መቁጠሪያ ውስጥ በራሳቸው ይታያሉ።
# translated_from: 6ce96545
calendar-subscribe-festival-intro = ለዚህ ፌስቲቫል ፕሮግራም ይመዝገቡ፤ ለውጦች በስልክዎ ቀን መቁጠሪያ ውስጥ በራሳቸው ይታያሉ።
# translated_from: 092ccfc7
calendar-subscribe = ይመዝገቡ
# translated_from: 227ed874
calendar-download = ያውርዱ (.ics)
# translated_from: 7264f2b3
calendar-subscribe-all = ሁሉም ዝግጅቶች
# translated_from: e8ccf2ec
calendar-subscribe-area = በ{ $area } ያሉ ዝግጅቶች
# translated_from: ac46929c
calendar-reminder = ነገ፦ { $title }
# translated_from: 6e9e328e
calendar-cancelled-title = ተሰርዟል፦ { $title }
# translated_from: ab2a2d0b
feed-link = የሚመጡ ዝግጅቶች የዜና መጋቢ (Atom)
# translated_from: fe14676c
share-heading = ለጓደኛ ይንገሩ
# translated_from: 05c4e376
share-whatsapp = በWhatsApp ያጋሩ
# translated_from: 9791a402
share-link-label = የዚህ ገጽ ማገናኛ
# translated_from: 181fcf5a
share-link-hint = ማገናኛውን ለመቅዳት ተጭነው ይያዙት፤ ከዚያ በመልእክት ውስጥ ይለጥፉት።

## Newsletter (`whatson newsletter`)
newsletter-dates = ከ{ $from } እስከ { $to }
newsletter-title = { listing-heading }: { $dates }
newsletter-preheader = { $count ->
    [one] { $count } የቤተሰብ ዝግጅት
   *[other] { $count } የቤተሰብ ዝግጅቶች
}፣ { $dates }
newsletter-view-online = ይህን ጋዜጣ በድረ-ገጹ ላይ ያንብቡ
newsletter-festivals-heading = በእነዚህ ሳምንታት ያሉ ፌስቲቫሎች
newsletter-changed-heading = አዲስ እና የተቀየሩ
newsletter-new = አዲስ
newsletter-changed = የተሻሻለ
newsletter-empty = ለእነዚህ ሳምንታት እስካሁን የታቀደ ነገር የለም። ለቀጣይ ቀናት ድረ-ገጹን ይመልከቱ።
newsletter-more = { $count ->
    [one] ተጨማሪ { $count } ዝግጅት በድረ-ገጹ ላይ
   *[other] ተጨማሪ { $count } ዝግጅቶች በድረ-ገጹ ላይ
}
newsletter-see-all = ሁሉንም በድረ-ገጹ ላይ ይመልከቱ
newsletter-why = ይህን ኢሜይል የሚያገኙት ስለ ቤተሰብ ዝግጅቶች ዜና ስለጠየቁ ነው።
## Family finder and links page
# translated_from: 95365e56
event-for-areas = { $areas } ውስጥ ለሚኖሩ ቤተሰቦች ብቻ
# translated_from: 799f4441
finder-heading = ለቤተሰብዎ እንቅስቃሴዎችን ያግኙ
# translated_from: bda19bbe
finder-intro = የት እንደሚኖሩ እና ልጅዎ ስንት ዓመቱ እንደሆነ ይንገሩን፤ መሄድ የሚችሉባቸውን እንቅስቃሴዎች በቀን ቅደም ተከተል ይመልከቱ።
# translated_from: 0717c62f
finder-private = የሚጽፉት በስልክዎ ላይ ይቀራል፤ ወደ የትም አይላክም።
# translated_from: 5df2eef2
finder-postcode = የፖስታ ኮድዎ
# translated_from: a7a5d7af
finder-postcode-hint = ለምሳሌ SW9 0AB
# translated_from: 42def42c
finder-area = ወይም አካባቢዎን ይምረጡ
# translated_from: 27a1475b
finder-area-from-postcode = የፖስታ ኮዴን ተጠቀም
# translated_from: a3d79158
finder-elsewhere = ሌላ ቦታ ነው የምኖረው
# translated_from: 40b58176
finder-submit = እንቅስቃሴዎችን አሳይ
# translated_from: 7527ea70
finder-results-heading = { $area } ውስጥ ለሚኖሩ ቤተሰቦች፡ { $group }
# translated_from: 29f28704
finder-results-everyone = ለሁሉም ክፍት፡ { $group }
# translated_from: 420c4cdf
finder-outside = የፖስታ ኮድዎ ይህ ድረ-ገጽ በሚሸፍናቸው አካባቢዎች ውስጥ የለም። እነዚህ እንቅስቃሴዎች ለሁሉም ክፍት ናቸው።
# translated_from: 311c6a5e
finder-bad-postcode = ይህ የፖስታ ኮድ አይመስልም። እንደ SW9 0AB ይጻፉት፣ ወይም አካባቢዎን ይምረጡ።
# translated_from: cb8abacc
finder-whole-postcode = እባክዎ ሙሉውን የፖስታ ኮድ ይጻፉ (እንደ SW9 0AB)፣ ወይም አካባቢዎን ይምረጡ።
# translated_from: 2e2e0744
finder-need-postcode = የፖስታ ኮድዎን ይጻፉ፣ ወይም አካባቢዎን ይምረጡ።
# translated_from: ed9b7d17
finder-none = አሁን የሚስማማ የለም፤ ሌላ ዕድሜ ይሞክሩ፣ ወይም ያሉትን ሁሉ ይመልከቱ።
# translated_from: 6f153385
finder-more = ሁሉንም ይመልከቱ፣ ከኋላ ካሉ ቀኖች ጋር
# translated_from: a5c085b8
finder-choose-area = የሚኖሩበትን ይምረጡ
# translated_from: 205543f7
finder-choose-age = ልጅዎ ስንት ዓመቱ ነው?
# translated_from: ddc17eef
finder-start-again = እንደገና ይጀምሩ
# translated_from: cc347cf6
finder-area-heading = { $area } ውስጥ ለሚኖሩ ቤተሰቦች
# translated_from: 59caf89e
finder-everyone-heading = ለሁሉም ክፍት
# translated_from: b7a8a9c5
finder-results-note = የሚታዩት መሄድ የሚችሉባቸው እንቅስቃሴዎች ብቻ ናቸው።
# translated_from: e7d832db
links-heading = አገናኞች
# translated_from: 0caac519
links-intro = ለቤተሰቦች ያሉ ዝግጅቶች፣ ፌስቲቫሉ እና ጠቃሚ አገናኞች።
# translated_from: ca80bb86
links-next-events = በቅርቡ
# translated_from: 64f3165c
print-index-links = ለማህበራዊ ሚዲያ መግለጫዎች የአገናኞች ገጽ
# translated_from: 3a39550a
print-index-links-intro = ይህን አጭር አገናኝ በአገልግሎቱ የማህበራዊ ሚዲያ መለያዎች መግለጫ ውስጥ ያስቀምጡ፣ ወይም የQR ኮዱን ያትሙ፤ አሁን ያለውን ፌስቲቫል እና ጠቃሚ አገናኞችን የያዘውን የአገናኞች ገጽ ይከፍታል።
