# Interface strings for English (the default language).
# Every key used by the theme must exist here; other languages fall back to these.
# Dates and times are formatted from locale data (CLDR), never written here.

site-title = What's On
site-tagline = Free events for families with babies and children under five

## Page furniture
skip-to-content = Skip to main content
nav-label = Main menu
nav-menu = Menu
nav-whats-on = What's on
nav-festivals = Festivals
language-picker-label = Read this page in another language
language-picker-heading = Choose your language
home-intro = Free events for families with babies and young children. Choose your language to see what's on.
footer-text = Events are free unless a price is shown. Booking is on another website.
untranslated = Not yet translated
back-to-listing = Back to what's on

## The what's-on listing
listing-heading = What's on
listing-intro = Free and low-cost events for families with babies and children under five.
listing-empty = There are no upcoming events just now. Please check back soon.
listing-soon = Coming weeks
listing-this-week = This week
listing-next-week = Next week
listing-regular-heading = Regular activities
listing-jump-label = Jump to
listing-regular-when = { $days } { $time }
listing-regular-when-until = { $days } { $time }, { $until }
listing-months = By month
listing-previous = Previous
listing-next = Next
listing-month-title = { $listing }: { $month }
listing-month-page = { $month }, page { $page }
listing-count = { $count ->
    [one] One event coming up
   *[other] { $count } events coming up
}
listing-regular-note = Regular activities are shown for the next { $weeks ->
    [one] week
   *[other] { $weeks } weeks
}. Open an activity to see all its dates.
day-today = Today
day-tomorrow = Tomorrow

## Events
event-when = When
event-where = Where
event-dates = Dates
event-ages = Ages
event-cost = Cost
event-siblings = Older brothers and sisters welcome
event-spoken-languages = Languages spoken
event-accessibility = Accessibility
event-book = Book a place
event-book-hint = Booking opens on another website.
event-drop-in = Just drop in – no need to book
event-cancelled = Cancelled
event-cancelled-note = This event has been cancelled. We are sorry.
event-past = This event has finished.
event-map-link = Show { $venue } on a map
event-directions = Directions
event-next-dates = Next dates
event-next-date = Next session
event-more-dates = { $count ->
    [one] and one more date
   *[other] and { $count } more dates
}
event-repeats-week = { $weekday ->
    [mon] Mondays
    [tue] Tuesdays
    [wed] Wednesdays
    [thu] Thursdays
    [fri] Fridays
    [sat] Saturdays
   *[sun] Sundays
}
event-repeats-2weeks = { $weekday ->
    [mon] Every other Monday
    [tue] Every other Tuesday
    [wed] Every other Wednesday
    [thu] Every other Thursday
    [fri] Every other Friday
    [sat] Every other Saturday
   *[sun] Every other Sunday
}
event-repeats-month = { $nth ->
    [first] First
    [second] Second
    [third] Third
    [fourth] Fourth
   *[last] Last
} { $weekday ->
    [mon] Monday
    [tue] Tuesday
    [wed] Wednesday
    [thu] Thursday
    [fri] Friday
    [sat] Saturday
   *[sun] Sunday
} of the month
event-repeats-until = until { $date }
event-no-session = No session on: { $dates }
event-session-moved = New time: { $time }
event-part-of = Part of { $festival }
event-flagship = Festival highlight
event-all-day = All day
event-about = About this event

## Ages of children (whole years)
ages-bump = Pregnancy
ages-bump-to = Pregnancy to { $to ->
    [one] 1 year
   *[other] { $to } years
}
ages-range = { $from } to { $to } years
ages-single = { $age ->
    [one] 1 year
   *[other] { $age } years
}
ages-months = { $to ->
    [one] { $from } to { $to } month
   *[other] { $from } to { $to } months
}
ages-months-years = { $to ->
    [one] { $from } months to { $to } year
   *[other] { $from } months to { $to } years
}

cost-free = Free

## Festivals
festival-dates = { $from } to { $to }
festival-programme = Programme
festival-highlights = Highlights
festival-ended = This festival has finished. Thank you to everyone who came.
festival-no-upcoming = There are no more events in this festival.
festival-count = { $count ->
    [one] One event
   *[other] { $count } events
}

## Venues
venue-address = Address
venue-area = Area
venue-upcoming = Coming up here
venue-none = Nothing is planned here at the moment.
venue-map-link = Show on a map (OpenStreetMap)

## Not found
not-found-heading = Page not found
not-found-text = Sorry, we cannot find this page. It may have moved, or the event may be over.
not-found-home = See what's on

## Print
print-scan-to-book = Scan to book
print-scan-festival = Scan for the full programme
print-how-to-book = All events are for families with babies and children under five. To book, scan the code beside an event with your phone's camera, or type the short link printed under it.
print-no-events = The programme is being planned: scan the code for the latest events.
print-booking-sheet-title = Scan to book: { $festival }
print-sheet-hint = Point your phone's camera at a code, or type the link printed under it.
print-redirect-title = Taking you to { $host }
print-redirect-text = This link goes to { $host }. If the page does not open by itself, use the link below.
print-download-pdf = Download the print-ready PDF
print-index-heading = Leaflets and QR sheets for printing
print-index-intro = Print-ready PDFs (with bleed and crop marks) for the printer, and web pages to print from a browser.
print-index-file = File
print-index-kind = Kind
print-index-language = Language
print-index-pages = Pages
print-index-size = Size
print-index-web-page = Web page
print-index-leaflet = Leaflet
print-index-area-leaflet = Area leaflet
print-index-qr-sheet = QR sheet
print-index-poster = Poster
print-contact = Questions? Get in touch
print-partners = With thanks to our partners
print-area-title = What's on for families in { $area }
print-index-translated = Translated
share-programme = See the full programme
print-index-link-preview = Link preview
print-index-post = Social-media post
print-index-story = Social-media story
print-index-preview = Preview

## Filters on the listing (the form needs JavaScript; the links work without)
filter-heading = Find events for you
filter-links-heading = Events by age and area
filter-more = More choices
filter-age = Your child's age
filter-area = Area
filter-festival = Festival
filter-day = Day
filter-date = Date
filter-spoken = Language spoken
filter-free = Free events only
filter-any-age = Any age
filter-any-area = Any area
filter-change = Change
filter-any-festival = Any festival
filter-any-day = Any day
filter-any-language = Any language
filter-this-week = This week
filter-this-weekend = This weekend
filter-on-date = On a date
filter-clear = Clear filters
filter-show-all = Show all events
filter-none = No events match these choices. Try fewer filters.
filter-area-heading = What's on in { $area }
filter-age-heading = What's on: { $group }
filter-age-area-heading = What's on in { $area }: { $group }
filter-age-bump = Expecting a baby
filter-age-0-1 = Babies under 1
filter-age-1-2 = 1-year-olds
filter-age-2-3 = 2-year-olds
filter-age-3-4 = 3- and 4-year-olds
filter-age-siblings = Older brothers and sisters welcome

## Calendars, news feed and sharing
calendar-add = Add to my calendar
calendar-add-hint = Saves the date in your phone's calendar, with a reminder the day before.
calendar-subscribe-heading = Events in your calendar
calendar-subscribe-intro = Subscribe once, and new and changed events appear in your phone's calendar by themselves.
calendar-subscribe-festival-intro = Subscribe to this festival's programme, and changes appear in your phone's calendar by themselves.
calendar-subscribe = Subscribe
calendar-download = Download (.ics)
calendar-subscribe-all = All events
calendar-subscribe-area = Events in { $area }
calendar-reminder = Tomorrow: { $title }
calendar-cancelled-title = Cancelled: { $title }
feed-link = News feed of upcoming events (Atom)
share-heading = Tell a friend
share-whatsapp = Share on WhatsApp
share-link-label = Link to this page
share-link-hint = Press and hold the link to copy it, then paste it into a message.

## Newsletter (`whatson newsletter`)
newsletter-dates = { $from } to { $to }
newsletter-title = { listing-heading }: { $dates }
newsletter-preheader = { $count ->
    [one] One family event
   *[other] { $count } family events
}, { $dates }
newsletter-view-online = Read this newsletter on the website
newsletter-festivals-heading = Festivals in these weeks
newsletter-changed-heading = New and changed
newsletter-new = New
newsletter-changed = Updated
newsletter-empty = Nothing is planned for these weeks yet. See the website for later dates.
newsletter-more = { $count ->
    [one] One more event is on the website
   *[other] { $count } more events are on the website
}
newsletter-see-all = See everything on the website
newsletter-why = You get this e-mail because you asked for news of family events.
## Family finder and links page
event-for-areas = Only for families living in { $areas }
finder-heading = Find activities for your family
finder-intro = Tell us where you live and how old your child is, and see what you can go to, soonest first.
finder-private = What you type stays on your phone: it is not sent anywhere.
finder-postcode = Your postcode
finder-postcode-hint = For example SW9 0AB
finder-area = Or choose your area
finder-area-from-postcode = Use my postcode
finder-elsewhere = I live somewhere else
finder-submit = Show activities
finder-results-heading = For families living in { $area }: { $group }
finder-results-everyone = Open to everyone: { $group }
finder-outside = Your postcode is not in one of the areas this site covers. These activities are open to everyone.
finder-bad-postcode = That does not look like a postcode. Type it like SW9 0AB, or choose your area.
finder-whole-postcode = Please type your whole postcode (like SW9 0AB), or choose your area.
finder-need-postcode = Type your postcode, or choose your area.
finder-none = Nothing fits right now: try another age, or see everything that is on.
finder-more = See them all, with later dates
finder-choose-area = Choose where you live
finder-choose-age = How old is your child?
finder-start-again = Start again
finder-area-heading = For families living in { $area }
finder-everyone-heading = Open to everyone
finder-results-note = Only activities you can go to are shown.
links-heading = Links
links-intro = What's on for families, the festival and useful links.
links-next-events = Coming up
print-index-links = Links page for social-media bios
print-index-links-intro = Put this short link in the bio of the service's social-media accounts, or print its QR code: it opens the links page, with the festival on now and useful links.
