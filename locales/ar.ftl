# Arabic (العربية), Modern Standard Arabic in simple wording.

# translated_from: 1a70bf3b
site-title = الفعاليات
# translated_from: 7f0da9d1
site-tagline = فعاليات مجانية للعائلات التي لديها رُضّع وأطفال دون سن الخامسة

## Page furniture
# translated_from: 63ca411d
skip-to-content = الانتقال إلى المحتوى الرئيسي
# translated_from: 9ec1a93c
nav-label = القائمة الرئيسية
# translated_from: 6f654701
nav-menu = القائمة
# translated_from: 95c0bf9a
nav-whats-on = الفعاليات
# translated_from: 029bef2a
nav-festivals = المهرجانات
# translated_from: 61cdaa79
language-picker-label = قراءة هذه الصفحة بلغة أخرى
# translated_from: 8c72c3fd
language-picker-heading = اختر لغتك
# translated_from: 8e4f0181
home-intro = فعاليات مجانية للعائلات التي لديها رُضّع وأطفال صغار. اختر لغتك لترى الفعاليات.
# translated_from: fe86fc3a
footer-text = الفعاليات مجانية إلا إذا ذُكر سعر. يتم الحجز على موقع آخر.
# translated_from: eb04a362
untranslated = لم تُترجم بعد
# translated_from: 7d1af794
back-to-listing = العودة إلى الفعاليات

## The what's-on listing
# translated_from: 95c0bf9a
listing-heading = الفعاليات القادمة
# translated_from: a89b27da
listing-intro = فعاليات مجانية أو منخفضة التكلفة للعائلات التي لديها رُضّع وأطفال دون سن الخامسة.
# translated_from: 61baa34d
listing-empty = لا توجد فعاليات قادمة حاليًا. يُرجى العودة قريبًا.
# translated_from: cff99024
listing-soon = الأسابيع القادمة
# translated_from: e8ca2145
listing-this-week = هذا الأسبوع
# translated_from: 2f023d7f
listing-next-week = الأسبوع القادم
# translated_from: 6fb1b97b
listing-regular-heading = الأنشطة الدورية
# translated_from: a6570cd7
listing-jump-label = انتقل إلى
# translated_from: 8d808c8f
listing-regular-when = { $days } { $time }
# translated_from: 88042d9c
listing-regular-when-until = { $days } { $time }، { $until }
# translated_from: f72e9958
listing-months = حسب الشهر
# translated_from: 4c1d27e8
listing-previous = السابق
# translated_from: dfa8ff5f
listing-next = التالي
# translated_from: b35f3e8b
listing-month-title = { $listing }، { $month }
# translated_from: 8f978e9b
listing-month-page = { $month }، الصفحة { $page }
# translated_from: 60531663
listing-count = { $count ->
    [zero] لا توجد فعاليات قادمة
    [one] فعالية واحدة قادمة
    [two] فعاليتان قادمتان
    [few] { $count } فعاليات قادمة
    [many] { $count } فعالية قادمة
   *[other] { $count } فعالية قادمة
}
# translated_from: 695be67a
listing-regular-note = نعرض الأنشطة المنتظمة القادمة خلال { $weeks ->
    [zero] { $weeks } أسبوع
    [one] أسبوع واحد
    [two] أسبوعين
    [few] { $weeks } أسابيع
    [many] { $weeks } أسبوعًا
   *[other] { $weeks } أسبوع
}. افتح النشاط لترى كل مواعيده.
# translated_from: a546e712
day-today = اليوم
# translated_from: 32ee0387
day-tomorrow = غدًا

## Events
# translated_from: 75282e4f
event-when = الموعد
# translated_from: 2afffaec
event-where = المكان
# translated_from: a22de705
event-dates = المواعيد
# translated_from: 1aefcc83
event-ages = الأعمار
# translated_from: 2c60d22f
event-cost = التكلفة
# translated_from: bd7b5402
event-siblings = نرحّب بالإخوة والأخوات الأكبر سنًا
# translated_from: 7023a02d
event-spoken-languages = اللغات المتحدَّث بها
# translated_from: 0450f1b9
event-accessibility = سهولة الوصول
# translated_from: 39e5533d
event-book = احجز مكانًا
# translated_from: edabc417
event-book-hint = يُفتح الحجز على موقع آخر.
# translated_from: baaf4960
event-drop-in = يمكنك الحضور مباشرة – لا حاجة للحجز
# translated_from: 5a191da3
event-cancelled = ملغاة
# translated_from: 5fc97192
event-cancelled-note = تم إلغاء هذه الفعالية. نعتذر عن ذلك.
# translated_from: 3517ff05
event-past = انتهت هذه الفعالية.
# translated_from: adaeea80
event-map-link = عرض { $venue } على الخريطة
# translated_from: 5095e1e4
event-directions = الاتجاهات
# translated_from: d5016f1f
event-next-dates = المواعيد القادمة
# translated_from: df155054
event-next-date = الجلسة القادمة
# translated_from: 01620ed6
event-more-dates = { $count ->
    [zero] ولا مواعيد أخرى
    [one] وموعد آخر
    [two] وموعدان آخران
    [few] و{ $count } مواعيد أخرى
    [many] و{ $count } موعدًا آخر
   *[other] و{ $count } موعد آخر
}
# translated_from: 41cb867c
event-repeats-week = { $weekday ->
    [mon] كل يوم اثنين
    [tue] كل يوم ثلاثاء
    [wed] كل يوم أربعاء
    [thu] كل يوم خميس
    [fri] كل يوم جمعة
    [sat] كل يوم سبت
   *[sun] كل يوم أحد
}
# translated_from: c7261d4e
event-repeats-2weeks = { $weekday ->
    [mon] يوم الاثنين كل أسبوعين
    [tue] يوم الثلاثاء كل أسبوعين
    [wed] يوم الأربعاء كل أسبوعين
    [thu] يوم الخميس كل أسبوعين
    [fri] يوم الجمعة كل أسبوعين
    [sat] يوم السبت كل أسبوعين
   *[sun] يوم الأحد كل أسبوعين
}
# translated_from: fe30b417
event-repeats-month = { $nth ->
    [first] أول
    [second] ثاني
    [third] ثالث
    [fourth] رابع
   *[last] آخر
} { $weekday ->
    [mon] يوم اثنين
    [tue] يوم ثلاثاء
    [wed] يوم أربعاء
    [thu] يوم خميس
    [fri] يوم جمعة
    [sat] يوم سبت
   *[sun] يوم أحد
} من كل شهر
# translated_from: 12969e3b
event-repeats-until = حتى { $date }
# translated_from: 8c15154d
event-no-session = لا توجد جلسة في هذه الأيام: { $dates }
# translated_from: 79f96c62
event-session-moved = موعد جديد: { $time }
# translated_from: a2c92788
event-part-of = جزء من { $festival }
# translated_from: b714fe40
event-flagship = من أبرز فعاليات المهرجان
# translated_from: 656894dd
event-all-day = طوال اليوم
# translated_from: ed0e894f
event-about = عن هذه الفعالية

## Ages of children (whole years)
# translated_from: 8c6efe43
ages-bump = الحمل
# translated_from: 64beae57
ages-bump-to = { $to ->
    [zero] الحمل والرُضّع دون السنة
    [one] من الحمل حتى سنة واحدة
    [two] من الحمل حتى سنتين
    [few] من الحمل حتى { $to } سنوات
    [many] من الحمل حتى { $to } سنة
   *[other] من الحمل حتى { $to } سنة
}
# translated_from: 60c948ee
ages-range = { $to ->
    [zero] من { $from } إلى { $to } سنة
    [one] من { $from } إلى { $to } سنة
    [two] من { $from } إلى { $to } سنة
    [few] من { $from } إلى { $to } سنوات
    [many] من { $from } إلى { $to } سنة
   *[other] من { $from } إلى { $to } سنة
}
# translated_from: 934bc570
ages-single = { $age ->
    [zero] أقل من سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $age } سنوات
    [many] { $age } سنة
   *[other] { $age } سنة
}
# translated_from: 88b5941e
ages-months = { $to ->
    [zero] من { $from } إلى { $to } شهر
    [one] من { $from } إلى شهر واحد
    [two] من { $from } إلى شهرين
    [few] من { $from } إلى { $to } أشهر
    [many] من { $from } إلى { $to } شهرًا
   *[other] من { $from } إلى { $to } شهر
}
# translated_from: 8913b969
ages-months-years = من { $from ->
    [one] شهر واحد
    [two] شهرين
    [few] { $from } أشهر
   *[other] { $from } شهرًا
} إلى { $to ->
    [one] سنة واحدة
    [two] سنتين
    [few] { $to } سنوات
   *[other] { $to } سنة
}

# translated_from: 80a3b01f
cost-free = مجانًا

## Festivals
# translated_from: e588bec8
festival-dates = من { $from } إلى { $to }
# translated_from: 349fbea9
festival-programme = البرنامج
# translated_from: a8a979e3
festival-highlights = أبرز الفعاليات
# translated_from: 2502b617
festival-ended = انتهى هذا المهرجان. شكرًا لكل من حضر.
# translated_from: 6369372c
festival-no-upcoming = لا توجد فعاليات أخرى في هذا المهرجان.
# translated_from: 86fcd427
festival-count = { $count ->
    [zero] لا توجد فعاليات
    [one] فعالية واحدة
    [two] فعاليتان
    [few] { $count } فعاليات
    [many] { $count } فعالية
   *[other] { $count } فعالية
}

## Venues
# translated_from: 8fde98b3
venue-address = العنوان
# translated_from: ad9c3e68
venue-area = المنطقة
# translated_from: 1a477ec7
venue-upcoming = الفعاليات القادمة هنا
# translated_from: 837bb42e
venue-none = لا توجد فعاليات مخطط لها هنا حاليًا.
# translated_from: 61d09293
venue-map-link = عرض على الخريطة (OpenStreetMap)

## Not found
# translated_from: 0977cec1
not-found-heading = الصفحة غير موجودة
# translated_from: e9210e75
not-found-text = عذرًا، لم نتمكن من العثور على هذه الصفحة. ربما نُقلت، أو ربما انتهت الفعالية.
# translated_from: b067bd43
not-found-home = عرض الفعاليات

## Print
# translated_from: bc05c2e4
print-scan-to-book = امسح الرمز للحجز
# translated_from: fa7a8716
print-scan-festival = امسح الرمز لرؤية البرنامج كاملًا
# translated_from: fa6cbf23
print-how-to-book = جميع الفعاليات مخصصة للعائلات التي لديها رُضّع وأطفال دون سن الخامسة. للحجز، امسح الرمز الموجود بجانب الفعالية بكاميرا هاتفك، أو اكتب الرابط القصير المطبوع تحته.
# translated_from: 4cc55801
print-no-events = البرنامج قيد الإعداد: امسح الرمز لرؤية أحدث الفعاليات.
# translated_from: 9966b274
print-booking-sheet-title = امسح الرمز للحجز: { $festival }
# translated_from: 4d3c6224
print-sheet-hint = وجّه كاميرا هاتفك نحو الرمز، أو اكتب الرابط المطبوع تحته.
# translated_from: 4481e036
print-redirect-title = جارٍ نقلك إلى { $host }
# translated_from: a0089c97
print-redirect-text = هذا الرابط يأخذك إلى { $host }. إذا لم تُفتح الصفحة تلقائيًا، استخدم الرابط أدناه.
# translated_from: 4ec5317a
print-download-pdf = تنزيل ملف PDF الجاهز للطباعة
# translated_from: a35b4ab8
print-index-heading = نشرات وأوراق رموز QR للطباعة
# translated_from: cb07727a
print-index-intro = ملفات PDF جاهزة للمطبعة (مع هامش النزف وعلامات القص)، وصفحات ويب للطباعة من المتصفح.
# translated_from: 575472b9
print-index-file = الملف
# translated_from: 65b2218a
print-index-kind = النوع
# translated_from: 4c4fdcbf
print-index-language = اللغة
# translated_from: beca2fc8
print-index-pages = الصفحات
# translated_from: 709f7e84
print-index-size = الحجم
# translated_from: eded66ef
print-index-web-page = صفحة ويب
# translated_from: 6b73e84f
print-index-leaflet = نشرة
print-index-area-leaflet = نشرة الحي
# translated_from: 9a151b76
print-index-qr-sheet = ورقة رموز QR
print-index-poster = ملصق
# translated_from: 84484e5d
print-contact = أسئلة؟ تواصلوا معنا
# translated_from: 98d283a8
print-partners = شكرًا لشركائنا
print-area-title = فعاليات للعائلات في { $area }
# translated_from: c6dcc8d7
print-index-translated = نسبة الترجمة
share-programme = شاهدوا البرنامج كاملاً
print-index-link-preview = معاينة الرابط
print-index-post = منشور لمواقع التواصل
print-index-story = قصة لمواقع التواصل
print-index-preview = معاينة

## Filters on the listing
filter-heading = ابحث عن فعاليات تناسبك
filter-links-heading = الفعاليات حسب العمر والمنطقة
filter-more = خيارات أخرى
filter-age = عمر طفلك
filter-area = المنطقة
filter-festival = المهرجان
filter-day = اليوم
filter-date = التاريخ
filter-spoken = لغة الفعالية
filter-free = الفعاليات المجانية فقط
filter-any-age = أي عمر
filter-any-area = أي منطقة
filter-change = تغيير
filter-any-festival = أي مهرجان
filter-any-day = أي يوم
filter-any-language = أي لغة
filter-this-week = هذا الأسبوع
filter-this-weekend = عطلة نهاية هذا الأسبوع
filter-on-date = في تاريخ محدد
filter-clear = مسح عوامل التصفية
filter-show-all = عرض كل الفعاليات
filter-none = لا توجد فعاليات تطابق هذه الاختيارات. جرّب عوامل تصفية أقل.
filter-area-heading = الفعاليات في { $area }
filter-age-heading = الفعاليات: { $group }
# translated_from: 93f96851
filter-age-area-heading = الفعاليات في { $area }: { $group }
filter-age-bump = الحوامل
filter-age-0-1 = الرضّع دون سنة واحدة
filter-age-1-2 = أطفال بعمر سنة
filter-age-2-3 = أطفال بعمر سنتين
filter-age-3-4 = أطفال بعمر 3 و4 سنوات
filter-age-siblings = الإخوة والأخوات الأكبر سنًا مرحَّب بهم

## Calendars, news feed and sharing
# translated_from: 7636dee0
calendar-add = أضف إلى تقويمي
# translated_from: 4f39b02e
calendar-add-hint = يحفظ الموعد في تقويم هاتفك، مع تذكير قبل يوم.
# translated_from: e580a020
calendar-subscribe-heading = الفعاليات في تقويمك
# translated_from: e39f382a
calendar-subscribe-intro = اشترك مرة واحدة، وستظهر الفعاليات الجديدة والمعدَّلة في تقويم هاتفك تلقائيًا.
# translated_from: 6ce96545
calendar-subscribe-festival-intro = اشترك في برنامج هذا المهرجان، وستظهر التغييرات في تقويم هاتفك تلقائيًا.
# translated_from: 092ccfc7
calendar-subscribe = اشترك
# translated_from: 227ed874
calendar-download = تنزيل (.ics)
# translated_from: 7264f2b3
calendar-subscribe-all = جميع الفعاليات
# translated_from: e8ccf2ec
calendar-subscribe-area = الفعاليات في { $area }
# translated_from: ac46929c
calendar-reminder = غدًا: { $title }
# translated_from: 6e9e328e
calendar-cancelled-title = ملغاة: { $title }
# translated_from: ab2a2d0b
feed-link = موجز أخبار الفعاليات القادمة (Atom)
# translated_from: fe14676c
share-heading = أخبر صديقًا
# translated_from: 05c4e376
share-whatsapp = شارك عبر واتساب
# translated_from: 9791a402
share-link-label = رابط هذه الصفحة
# translated_from: 181fcf5a
share-link-hint = اضغط مطولًا على الرابط لنسخه، ثم الصقه في رسالة.

## Newsletter (`whatson newsletter`)
newsletter-dates = من { $from } إلى { $to }
newsletter-title = { listing-heading }: { $dates }
newsletter-preheader = { $count ->
    [zero] لا توجد فعاليات للعائلات
    [one] فعالية واحدة للعائلات
    [two] فعاليتان للعائلات
    [few] { $count } فعاليات للعائلات
    [many] { $count } فعالية للعائلات
   *[other] { $count } فعالية للعائلات
}، { $dates }
newsletter-view-online = اقرأ هذه النشرة على الموقع
newsletter-festivals-heading = المهرجانات في هذه الأسابيع
newsletter-changed-heading = الجديد والمُعدَّل
newsletter-new = جديد
newsletter-changed = مُحدَّث
newsletter-empty = لم يُخطَّط لشيء في هذه الأسابيع بعد. اطّلع على الموقع لمعرفة المواعيد اللاحقة.
newsletter-more = { $count ->
    [one] فعالية أخرى على الموقع
    [two] فعاليتان أخريان على الموقع
    [few] { $count } فعاليات أخرى على الموقع
   *[other] { $count } فعالية أخرى على الموقع
}
newsletter-see-all = شاهد كل شيء على الموقع
newsletter-why = تصلك هذه الرسالة لأنك طلبت أخبار فعاليات العائلات.
## Family finder and links page
# translated_from: 95365e56
event-for-areas = فقط للعائلات المقيمة في { $areas }
# translated_from: 799f4441
finder-heading = ابحث عن أنشطة لعائلتك
# translated_from: bda19bbe
finder-intro = أخبرنا أين تسكن وكم عمر طفلك، وشاهد الأنشطة التي يمكنك حضورها، الأقرب موعدًا أولًا.
# translated_from: 0717c62f
finder-private = ما تكتبه يبقى على هاتفك: لا يُرسَل إلى أي مكان.
# translated_from: 5df2eef2
finder-postcode = رمزك البريدي
# translated_from: a7a5d7af
finder-postcode-hint = مثلًا SW9 0AB
# translated_from: 42def42c
finder-area = أو اختر منطقتك
# translated_from: 27a1475b
finder-area-from-postcode = استخدم رمزي البريدي
# translated_from: a3d79158
finder-elsewhere = أسكن في مكان آخر
# translated_from: 40b58176
finder-submit = اعرض الأنشطة
# translated_from: 7527ea70
finder-results-heading = للعائلات المقيمة في { $area }: { $group }
# translated_from: 29f28704
finder-results-everyone = مفتوحة للجميع: { $group }
# translated_from: 420c4cdf
finder-outside = رمزك البريدي ليس ضمن المناطق التي يغطيها هذا الموقع. هذه الأنشطة مفتوحة للجميع.
# translated_from: 311c6a5e
finder-bad-postcode = لا يبدو هذا رمزًا بريديًا. اكتبه هكذا SW9 0AB، أو اختر منطقتك.
# translated_from: cb8abacc
finder-whole-postcode = من فضلك اكتب الرمز البريدي كاملًا (مثل SW9 0AB)، أو اختر منطقتك.
# translated_from: 2e2e0744
finder-need-postcode = اكتب رمزك البريدي، أو اختر منطقتك.
# translated_from: ed9b7d17
finder-none = لا يوجد ما يناسب الآن: جرّب عمرًا آخر، أو شاهد كل ما هو متاح.
# translated_from: 6f153385
finder-more = شاهدها كلها، مع المواعيد اللاحقة
# translated_from: a5c085b8
finder-choose-area = اختر مكان سكنك
# translated_from: 205543f7
finder-choose-age = كم عمر طفلك؟
# translated_from: ddc17eef
finder-start-again = ابدأ من جديد
# translated_from: cc347cf6
finder-area-heading = للعائلات المقيمة في { $area }
# translated_from: 59caf89e
finder-everyone-heading = مفتوحة للجميع
# translated_from: b7a8a9c5
finder-results-note = تظهر فقط الأنشطة التي يمكنك حضورها.
# translated_from: e7d832db
links-heading = روابط
# translated_from: 0caac519
links-intro = ما يُقام للعائلات، والمهرجان، وروابط مفيدة.
# translated_from: ca80bb86
links-next-events = قريبًا
# translated_from: 64f3165c
print-index-links = صفحة الروابط للتعريف في حسابات التواصل الاجتماعي
# translated_from: 3a39550a
print-index-links-intro = ضع هذا الرابط القصير في تعريف حسابات الخدمة على وسائل التواصل الاجتماعي، أو اطبع رمز QR الخاص به: يفتح صفحة الروابط، مع المهرجان الحالي وروابط مفيدة.
