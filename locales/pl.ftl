# Polish (polski).

# translated_from: 1a70bf3b
site-title = Co się dzieje
# translated_from: 7f0da9d1
site-tagline = Bezpłatne wydarzenia dla rodzin z niemowlętami i dziećmi poniżej 5 lat

## Page furniture
# translated_from: 63ca411d
skip-to-content = Przejdź do głównej treści
# translated_from: 9ec1a93c
nav-label = Menu główne
# translated_from: 6f654701
nav-menu = Menu
# translated_from: 95c0bf9a
nav-whats-on = Co się dzieje
# translated_from: 029bef2a
nav-festivals = Festiwale
# translated_from: 61cdaa79
language-picker-label = Przeczytaj tę stronę w innym języku
# translated_from: 8c72c3fd
language-picker-heading = Wybierz język
# translated_from: 8e4f0181
home-intro = Bezpłatne wydarzenia dla rodzin z niemowlętami i małymi dziećmi. Wybierz język, aby zobaczyć, co się dzieje.
# translated_from: fe86fc3a
footer-text = Wydarzenia są bezpłatne, chyba że podano cenę. Zapisy odbywają się na innej stronie internetowej.
# translated_from: eb04a362
untranslated = Jeszcze nie przetłumaczono
# translated_from: 7d1af794
back-to-listing = Wróć do listy wydarzeń

## The what's-on listing
# translated_from: 95c0bf9a
listing-heading = Co się dzieje
# translated_from: a89b27da
listing-intro = Bezpłatne i tanie wydarzenia dla rodzin z niemowlętami i dziećmi poniżej 5 lat.
# translated_from: 61baa34d
listing-empty = Obecnie nie ma zaplanowanych wydarzeń. Zajrzyj tu wkrótce.
# translated_from: cff99024
listing-soon = Najbliższe tygodnie
# translated_from: e8ca2145
listing-this-week = W tym tygodniu
# translated_from: 2f023d7f
listing-next-week = W przyszłym tygodniu
# translated_from: 6fb1b97b
listing-regular-heading = Zajęcia stałe
# translated_from: a6570cd7
listing-jump-label = Przejdź do
# translated_from: 8d808c8f
listing-regular-when = { $days } { $time }
# translated_from: 88042d9c
listing-regular-when-until = { $days } { $time }, { $until }
# translated_from: f72e9958
listing-months = Według miesięcy
# translated_from: 4c1d27e8
listing-previous = Poprzednia
# translated_from: dfa8ff5f
listing-next = Następna
# translated_from: b35f3e8b
listing-month-title = { $listing }: { $month }
# translated_from: 8f978e9b
listing-month-page = { $month }, strona { $page }
# translated_from: 60531663
listing-count = { $count ->
    [one] Jedno nadchodzące wydarzenie
    [few] { $count } nadchodzące wydarzenia
    [many] { $count } nadchodzących wydarzeń
   *[other] { $count } nadchodzącego wydarzenia
}
# translated_from: 695be67a
listing-regular-note = Zajęcia regularne pokazujemy na { $weeks ->
    [one] najbliższy tydzień
    [few] najbliższe { $weeks } tygodnie
    [many] najbliższe { $weeks } tygodni
   *[other] najbliższe { $weeks } tygodnia
}. Otwórz stronę zajęć, aby zobaczyć wszystkie terminy.
# translated_from: a546e712
day-today = Dziś
# translated_from: 32ee0387
day-tomorrow = Jutro

## Events
# translated_from: 75282e4f
event-when = Kiedy
# translated_from: 2afffaec
event-where = Gdzie
# translated_from: a22de705
event-dates = Terminy
# translated_from: 1aefcc83
event-ages = Wiek
# translated_from: 2c60d22f
event-cost = Cena
# translated_from: bd7b5402
event-siblings = Starsze rodzeństwo mile widziane
# translated_from: 7023a02d
event-spoken-languages = Używane języki
# translated_from: 0450f1b9
event-accessibility = Dostępność
# translated_from: 39e5533d
event-book = Zarezerwuj miejsce
# translated_from: edabc417
event-book-hint = Rezerwacja otworzy się na innej stronie.
# translated_from: baaf4960
event-drop-in = Wystarczy przyjść – bez zapisów
# translated_from: 5a191da3
event-cancelled = Odwołane
# translated_from: 5fc97192
event-cancelled-note = To wydarzenie zostało odwołane. Przepraszamy.
# translated_from: 3517ff05
event-past = To wydarzenie już się odbyło.
# translated_from: adaeea80
event-map-link = Pokaż na mapie: { $venue }
# translated_from: 5095e1e4
event-directions = Jak dojechać
# translated_from: d5016f1f
event-next-dates = Najbliższe terminy
# translated_from: df155054
event-next-date = Najbliższe spotkanie
# translated_from: 01620ed6
event-more-dates = { $count ->
    [one] i jeszcze jeden termin
    [few] i jeszcze { $count } terminy
    [many] i jeszcze { $count } terminów
   *[other] i jeszcze { $count } terminu
}
# translated_from: 41cb867c
event-repeats-week = { $weekday ->
    [mon] W poniedziałki
    [tue] We wtorki
    [wed] W środy
    [thu] W czwartki
    [fri] W piątki
    [sat] W soboty
   *[sun] W niedziele
}
# translated_from: c7261d4e
event-repeats-2weeks = { $weekday ->
    [mon] Co drugi poniedziałek
    [tue] Co drugi wtorek
    [wed] Co drugą środę
    [thu] Co drugi czwartek
    [fri] Co drugi piątek
    [sat] Co drugą sobotę
   *[sun] Co drugą niedzielę
}
# translated_from: fe30b417
event-repeats-month = { $weekday ->
    [mon] { $nth ->
            [first] W pierwszy poniedziałek miesiąca
            [second] W drugi poniedziałek miesiąca
            [third] W trzeci poniedziałek miesiąca
            [fourth] W czwarty poniedziałek miesiąca
           *[last] W ostatni poniedziałek miesiąca
        }
    [tue] { $nth ->
            [first] W pierwszy wtorek miesiąca
            [second] W drugi wtorek miesiąca
            [third] W trzeci wtorek miesiąca
            [fourth] W czwarty wtorek miesiąca
           *[last] W ostatni wtorek miesiąca
        }
    [wed] { $nth ->
            [first] W pierwszą środę miesiąca
            [second] W drugą środę miesiąca
            [third] W trzecią środę miesiąca
            [fourth] W czwartą środę miesiąca
           *[last] W ostatnią środę miesiąca
        }
    [thu] { $nth ->
            [first] W pierwszy czwartek miesiąca
            [second] W drugi czwartek miesiąca
            [third] W trzeci czwartek miesiąca
            [fourth] W czwarty czwartek miesiąca
           *[last] W ostatni czwartek miesiąca
        }
    [fri] { $nth ->
            [first] W pierwszy piątek miesiąca
            [second] W drugi piątek miesiąca
            [third] W trzeci piątek miesiąca
            [fourth] W czwarty piątek miesiąca
           *[last] W ostatni piątek miesiąca
        }
    [sat] { $nth ->
            [first] W pierwszą sobotę miesiąca
            [second] W drugą sobotę miesiąca
            [third] W trzecią sobotę miesiąca
            [fourth] W czwartą sobotę miesiąca
           *[last] W ostatnią sobotę miesiąca
        }
   *[sun] { $nth ->
            [first] W pierwszą niedzielę miesiąca
            [second] W drugą niedzielę miesiąca
            [third] W trzecią niedzielę miesiąca
            [fourth] W czwartą niedzielę miesiąca
           *[last] W ostatnią niedzielę miesiąca
        }
}
# translated_from: 12969e3b
event-repeats-until = do { $date }
# translated_from: 8c15154d
event-no-session = Brak zajęć w dniach: { $dates }
# translated_from: 79f96c62
event-session-moved = Nowa godzina: { $time }
# translated_from: a2c92788
event-part-of = W ramach: { $festival }
# translated_from: b714fe40
event-flagship = Główna atrakcja festiwalu
# translated_from: 656894dd
event-all-day = Cały dzień
# translated_from: ed0e894f
event-about = O tym wydarzeniu

## Ages of children (whole years)
# translated_from: 8c6efe43
ages-bump = Ciąża
# translated_from: 64beae57
ages-bump-to = { $to ->
    [one] Od ciąży do { $to } roku
    [few] Od ciąży do { $to } lat
    [many] Od ciąży do { $to } lat
   *[other] Od ciąży do { $to } roku
}
# translated_from: 60c948ee
ages-range = { $to ->
    [one] Od { $from } do { $to } roku
    [few] Od { $from } do { $to } lat
    [many] Od { $from } do { $to } lat
   *[other] Od { $from } do { $to } roku
}
# translated_from: 934bc570
ages-single = { $age ->
    [one] 1 rok
    [few] { $age } lata
    [many] { $age } lat
   *[other] { $age } roku
}
# translated_from: 88b5941e
ages-months = { $to ->
    [one] Od { $from } do { $to } miesiąca
   *[other] Od { $from } do { $to } miesięcy
}
# translated_from: 8913b969
ages-months-years = { $to ->
    [one] Od { $from } miesięcy do { $to } roku
    [few] Od { $from } miesięcy do { $to } lat
    [many] Od { $from } miesięcy do { $to } lat
   *[other] Od { $from } miesięcy do { $to } roku
}

# translated_from: 80a3b01f
cost-free = Bezpłatne

## Festivals
# translated_from: e588bec8
festival-dates = Od { $from } do { $to }
# translated_from: 349fbea9
festival-programme = Program
# translated_from: a8a979e3
festival-highlights = Najważniejsze wydarzenia
# translated_from: 2502b617
festival-ended = Ten festiwal już się zakończył. Dziękujemy wszystkim, którzy przyszli.
# translated_from: 6369372c
festival-no-upcoming = Na tym festiwalu nie ma już kolejnych wydarzeń.
# translated_from: 86fcd427
festival-count = { $count ->
    [one] Jedno wydarzenie
    [few] { $count } wydarzenia
    [many] { $count } wydarzeń
   *[other] { $count } wydarzenia
}

## Venues
# translated_from: 8fde98b3
venue-address = Adres
# translated_from: ad9c3e68
venue-area = Dzielnica
# translated_from: 1a477ec7
venue-upcoming = Wkrótce w tym miejscu
# translated_from: 837bb42e
venue-none = Na razie nic tu nie zaplanowano.
# translated_from: 61d09293
venue-map-link = Pokaż na mapie (OpenStreetMap)

## Not found
# translated_from: 0977cec1
not-found-heading = Nie znaleziono strony
# translated_from: e9210e75
not-found-text = Przepraszamy, nie możemy znaleźć tej strony. Mogła zostać przeniesiona albo wydarzenie już się skończyło.
# translated_from: b067bd43
not-found-home = Zobacz, co się dzieje

## Print
# translated_from: bc05c2e4
print-scan-to-book = Zeskanuj, aby zarezerwować
# translated_from: fa7a8716
print-scan-festival = Zeskanuj, aby zobaczyć cały program
# translated_from: fa6cbf23
print-how-to-book = Wszystkie wydarzenia są dla rodzin z niemowlętami i dziećmi poniżej 5 lat. Aby zarezerwować miejsce, zeskanuj aparatem w telefonie kod obok wydarzenia albo wpisz krótki link wydrukowany pod nim.
# translated_from: 4cc55801
print-no-events = Program jest w przygotowaniu: zeskanuj kod, aby zobaczyć najnowsze wydarzenia.
# translated_from: 9966b274
print-booking-sheet-title = Zeskanuj, aby zarezerwować: { $festival }
# translated_from: 4d3c6224
print-sheet-hint = Skieruj aparat telefonu na kod albo wpisz link wydrukowany pod nim.
# translated_from: 4481e036
print-redirect-title = Przekierowujemy do { $host }
# translated_from: a0089c97
print-redirect-text = Ten link prowadzi do { $host }. Jeśli strona nie otworzy się sama, użyj linku poniżej.
# translated_from: 4ec5317a
print-download-pdf = Pobierz PDF gotowy do druku
# translated_from: a35b4ab8
print-index-heading = Ulotki i arkusze z kodami QR do druku
# translated_from: cb07727a
print-index-intro = Pliki PDF gotowe do druku w drukarni (ze spadami i znacznikami cięcia) oraz strony internetowe do wydrukowania z przeglądarki.
# translated_from: 575472b9
print-index-file = Plik
# translated_from: 65b2218a
print-index-kind = Rodzaj
# translated_from: 4c4fdcbf
print-index-language = Język
# translated_from: beca2fc8
print-index-pages = Strony
# translated_from: 709f7e84
print-index-size = Rozmiar
# translated_from: eded66ef
print-index-web-page = Strona internetowa
# translated_from: 6b73e84f
print-index-leaflet = Ulotka
print-index-area-leaflet = Ulotka dzielnicy
# translated_from: 9a151b76
print-index-qr-sheet = Arkusz z kodami QR
print-index-poster = Plakat
# translated_from: 84484e5d
print-contact = Pytania? Skontaktuj się z nami
# translated_from: 98d283a8
print-partners = Dziękujemy naszym partnerom
print-area-title = Wydarzenia dla rodzin: { $area }
# translated_from: c6dcc8d7
print-index-translated = Przetłumaczono
share-programme = Zobacz cały program
print-index-link-preview = Podgląd linku
print-index-post = Post do mediów społecznościowych
print-index-story = Relacja do mediów społecznościowych
print-index-preview = Podgląd

## Filters on the listing
filter-heading = Znajdź wydarzenia dla siebie
filter-links-heading = Wydarzenia według wieku i okolicy
filter-more = Więcej opcji
filter-age = Wiek dziecka
filter-area = Okolica
filter-festival = Festiwal
filter-day = Dzień
filter-date = Data
filter-spoken = Język prowadzenia
filter-free = Tylko bezpłatne wydarzenia
filter-any-age = Każdy wiek
filter-any-area = Każda okolica
filter-change = Zmień
filter-any-festival = Każdy festiwal
filter-any-day = Każdy dzień
filter-any-language = Każdy język
filter-this-week = W tym tygodniu
filter-this-weekend = W ten weekend
filter-on-date = W wybranym dniu
filter-clear = Wyczyść filtry
filter-show-all = Pokaż wszystkie wydarzenia
filter-none = Żadne wydarzenie nie pasuje do tych wyborów. Spróbuj mniej filtrów.
filter-area-heading = Wydarzenia: { $area }
filter-age-heading = Wydarzenia: { $group }
# translated_from: 93f96851
filter-age-area-heading = Wydarzenia: { $area }, { $group }
filter-age-bump = W ciąży
filter-age-0-1 = Niemowlęta do 1 roku
filter-age-1-2 = Roczne dzieci
filter-age-2-3 = Dwulatki
filter-age-3-4 = Trzy- i czterolatki
filter-age-siblings = Starsze rodzeństwo mile widziane

## Calendars, news feed and sharing
# translated_from: 7636dee0
calendar-add = Dodaj do mojego kalendarza
# translated_from: 4f39b02e
calendar-add-hint = Zapisuje datę w kalendarzu w telefonie, z przypomnieniem dzień wcześniej.
# translated_from: e580a020
calendar-subscribe-heading = Wydarzenia w Twoim kalendarzu
# translated_from: e39f382a
calendar-subscribe-intro = Zasubskrybuj raz, a nowe i zmienione wydarzenia same pojawią się w kalendarzu w Twoim telefonie.
# translated_from: 6ce96545
calendar-subscribe-festival-intro = Zasubskrybuj program tego festiwalu, a zmiany same pojawią się w kalendarzu w Twoim telefonie.
# translated_from: 092ccfc7
calendar-subscribe = Subskrybuj
# translated_from: 227ed874
calendar-download = Pobierz (.ics)
# translated_from: 7264f2b3
calendar-subscribe-all = Wszystkie wydarzenia
# translated_from: e8ccf2ec
calendar-subscribe-area = Wydarzenia w okolicy: { $area }
# translated_from: ac46929c
calendar-reminder = Jutro: { $title }
# translated_from: 6e9e328e
calendar-cancelled-title = Odwołane: { $title }
# translated_from: ab2a2d0b
feed-link = Kanał z nadchodzącymi wydarzeniami (Atom)
# translated_from: fe14676c
share-heading = Powiedz znajomym
# translated_from: 05c4e376
share-whatsapp = Udostępnij przez WhatsApp
# translated_from: 9791a402
share-link-label = Link do tej strony
# translated_from: 181fcf5a
share-link-hint = Przytrzymaj link, aby go skopiować, a potem wklej go do wiadomości.

## Newsletter (`whatson newsletter`)
newsletter-dates = od { $from } do { $to }
newsletter-title = { listing-heading }: { $dates }
newsletter-preheader = { $count ->
    [one] Jedno wydarzenie dla rodzin
    [few] { $count } wydarzenia dla rodzin
    [many] { $count } wydarzeń dla rodzin
   *[other] { $count } wydarzenia dla rodzin
}, { $dates }
newsletter-view-online = Przeczytaj ten newsletter na stronie
newsletter-festivals-heading = Festiwale w tych tygodniach
newsletter-changed-heading = Nowe i zmienione
newsletter-new = Nowe
newsletter-changed = Zmienione
newsletter-empty = Na te tygodnie nic jeszcze nie zaplanowano. Późniejsze terminy znajdziesz na stronie.
newsletter-more = { $count ->
    [one] Jeszcze jedno wydarzenie na stronie
    [few] Jeszcze { $count } wydarzenia na stronie
    [many] Jeszcze { $count } wydarzeń na stronie
   *[other] Jeszcze { $count } wydarzenia na stronie
}
newsletter-see-all = Zobacz wszystko na stronie
newsletter-why = Dostajesz ten e-mail, bo chcesz otrzymywać wiadomości o wydarzeniach dla rodzin.
## Family finder and links page
# translated_from: 95365e56
event-for-areas = Tylko dla rodzin mieszkających w okolicy: { $areas }
# translated_from: 799f4441
finder-heading = Znajdź zajęcia dla swojej rodziny
# translated_from: bda19bbe
finder-intro = Powiedz nam, gdzie mieszkasz i ile lat ma Twoje dziecko, a zobaczysz, na co możesz pójść, od najbliższych terminów.
# translated_from: 0717c62f
finder-private = To, co wpiszesz, zostaje w Twoim telefonie: nie jest nigdzie wysyłane.
# translated_from: 5df2eef2
finder-postcode = Twój kod pocztowy
# translated_from: a7a5d7af
finder-postcode-hint = Na przykład SW9 0AB
# translated_from: 42def42c
finder-area = Albo wybierz swoją okolicę
# translated_from: 27a1475b
finder-area-from-postcode = Użyj mojego kodu pocztowego
# translated_from: a3d79158
finder-elsewhere = Mieszkam gdzie indziej
# translated_from: 40b58176
finder-submit = Pokaż zajęcia
# translated_from: 7527ea70
finder-results-heading = Dla rodzin z okolicy: { $area } – { $group }
# translated_from: 29f28704
finder-results-everyone = Otwarte dla wszystkich: { $group }
# translated_from: 420c4cdf
finder-outside = Twojego kodu pocztowego nie ma w żadnej z okolic tej strony. Te zajęcia są otwarte dla wszystkich.
# translated_from: 311c6a5e
finder-bad-postcode = To nie wygląda na kod pocztowy. Wpisz go tak: SW9 0AB, albo wybierz swoją okolicę.
# translated_from: cb8abacc
finder-whole-postcode = Wpisz cały kod pocztowy (np. SW9 0AB) albo wybierz swoją okolicę.
# translated_from: 2e2e0744
finder-need-postcode = Wpisz swój kod pocztowy albo wybierz swoją okolicę.
# translated_from: ed9b7d17
finder-none = Na razie nic nie pasuje: spróbuj innego wieku albo zobacz cały program.
# translated_from: 6f153385
finder-more = Zobacz wszystkie, z późniejszymi terminami
# translated_from: a5c085b8
finder-choose-area = Wybierz, gdzie mieszkasz
# translated_from: 205543f7
finder-choose-age = Ile lat ma Twoje dziecko?
# translated_from: ddc17eef
finder-start-again = Zacznij od nowa
# translated_from: cc347cf6
finder-area-heading = Dla rodzin z okolicy: { $area }
# translated_from: 59caf89e
finder-everyone-heading = Otwarte dla wszystkich
# translated_from: b7a8a9c5
finder-results-note = Widać tylko zajęcia, na które możesz pójść.
# translated_from: e7d832db
links-heading = Linki
# translated_from: 0caac519
links-intro = Program dla rodzin, festiwal i przydatne linki.
# translated_from: ca80bb86
links-next-events = Wkrótce
# translated_from: 64f3165c
print-index-links = Strona z linkami do opisów profili w mediach społecznościowych
# translated_from: 3a39550a
print-index-links-intro = Wstaw ten krótki link do opisu kont usługi w mediach społecznościowych albo wydrukuj jego kod QR: otwiera stronę z linkami, z bieżącym festiwalem i przydatnymi linkami.
