//! On a phone, events first (issue 11): how repeating activities are worded
//! in each language, what a cancelled event still offers, and a festival's
//! highlights listed once. Layout on a real screen is in tests/browser/run.mjs.

use crate::common::*;

use scraper::{Html, Selector};
use whatson::Now;

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// Builds `site` in memory at `now` and returns the page at `rel`.
fn built(site: &TestSite, now: &str, rel: &str) -> Html {
    let (g, d) = whatson::generate(site.root(), Now::parse(now).unwrap());
    let g = g.unwrap_or_else(|| panic!("{}", show(&d)));
    let bytes = g
        .files
        .get(rel)
        .unwrap_or_else(|| panic!("{rel} was not made"));
    Html::parse_document(std::str::from_utf8(bytes).unwrap())
}

fn texts(h: &Html, s: &str) -> Vec<String> {
    h.select(&sel(s))
        .map(|e| e.text().collect::<String>().trim().to_owned())
        .collect()
}

const TUESDAYS: &str = "---\ntitle: Stay and play\nsummary: Play.\nvenue: myatts-fields-park\nstarts: 2027-03-16 10:00\nends: 2027-03-16 11:30\ndrop_in: true\nrepeats:\n  every: week\n  until: 2027-07-20\n---\n";
const SATURDAYS: &str = "---\ntitle: Dads' club\nsummary: Play.\nvenue: myatts-fields-park\nstarts: 2027-03-20 10:00\nends: 2027-03-20 11:30\ndrop_in: true\nrepeats:\n  every: 2 weeks\n  until: 2027-07-17\n---\n";

#[test]
fn weekly_activities_name_their_weekday_in_each_language() {
    let site = TestSite::new();
    site.write("content/events/stay-and-play.md", TUESDAYS);
    site.write("content/events/dads.md", SATURDAYS);
    let now = "2027-03-01 09:00";
    let en = built(&site, now, "en/events/stay-and-play/index.html");
    let rule = texts(&en, ".facts dd");
    assert!(
        rule.iter().any(|t| t == "Tuesdays until 20 July 2027"),
        "{rule:?}"
    );
    let en = built(&site, now, "en/events/dads/index.html");
    let rule = texts(&en, ".facts dd");
    assert!(
        rule.iter()
            .any(|t| t == "Every other Saturday until 17 July 2027"),
        "{rule:?}"
    );
    // The listing's card says the same, with the time.
    let list = built(&site, now, "en/index.html");
    let when = texts(&list, ".card .when");
    assert!(
        when.iter()
            .any(|t| t == "Tuesdays 10:00–11:30, until 20 July 2027"),
        "{when:?}"
    );
    assert!(
        when.iter()
            .any(|t| t == "Every other Saturday 10:00–11:30, until 17 July 2027"),
        "{when:?}"
    );
    // Each language agrees the words with the day.
    let pt = built(&site, now, "pt/events/stay-and-play/index.html");
    assert!(
        texts(&pt, ".facts dd")
            .iter()
            .any(|t| t.starts_with("Às terças-feiras")),
        "{:?}",
        texts(&pt, ".facts dd")
    );
    let ar = built(&site, now, "ar/events/dads/index.html");
    assert!(
        texts(&ar, ".facts dd")
            .iter()
            .any(|t| t.starts_with("يوم السبت كل أسبوعين")),
        "{:?}",
        texts(&ar, ".facts dd")
    );
}

#[test]
fn every_language_words_each_weekday() {
    // Each translation has its own words for every day, not the English.
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let en = std::fs::read_to_string(repo.join("locales/en.ftl")).unwrap();
    for entry in std::fs::read_dir(repo.join("locales")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for key in ["event-repeats-week", "event-repeats-2weeks"] {
            let block = message(&text, key);
            for day in ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] {
                let words = variant(&block, day)
                    .unwrap_or_else(|| panic!("{}: {key} has no [{day}]", path.display()));
                if !path.ends_with("en.ftl") {
                    assert_ne!(
                        Some(words.as_str()),
                        variant(&message(&en, key), day).as_deref(),
                        "{}: {key} [{day}] is still English",
                        path.display()
                    );
                }
            }
        }
    }
}

fn message(ftl: &str, key: &str) -> String {
    let start = ftl
        .find(&format!("\n{key} ="))
        .unwrap_or_else(|| panic!("no {key}"));
    let rest = &ftl[start + 1..];
    let end = rest.find("\n}").map_or(rest.len(), |i| i + 2);
    rest[..end].to_owned()
}

fn variant(block: &str, day: &str) -> Option<String> {
    block
        .lines()
        .find_map(|l| {
            l.trim()
                .trim_start_matches('*')
                .strip_prefix(&format!("[{day}]"))
        })
        .map(|w| w.trim().to_owned())
}

#[test]
fn a_cancelled_event_offers_no_booking_sharing_or_calendar() {
    let site = TestSite::new();
    site.write(
        "content/events/circus.md",
        &EVENT_MD.replace("cost: free\n", "cost: free\ncancelled: true\n"),
    );
    let page = built(&site, "2027-06-01 09:00", "en/events/circus/index.html");
    assert_eq!(texts(&page, ".badge-cancelled"), vec!["Cancelled"]);
    for gone in [".book", ".share", "a[href*=\"wa.me\"]", ".add-calendar"] {
        assert!(
            page.select(&sel(gone)).next().is_none(),
            "a cancelled event still has {gone}"
        );
    }
    // The same event, not cancelled, has them all.
    let site = TestSite::new();
    let page = built(&site, "2027-06-01 09:00", "en/events/circus/index.html");
    for there in [".book a.button", ".share", ".add-calendar"] {
        assert!(page.select(&sel(there)).next().is_some(), "{there}");
    }
}

#[test]
fn a_festival_lists_its_highlight_once() {
    let site = TestSite::new();
    site.write(
        "content/events/circus.md",
        &EVENT_MD.replace("cost: free\n", "cost: free\nflagship: true\n"),
    );
    site.write(
        "content/events/picnic.md",
        "---\ntitle: Picnic\nsummary: Food.\nfestival: summer-2027\nvenue: myatts-fields-park\nstarts: 2027-08-05 12:00\nends: 2027-08-05 14:00\ndrop_in: true\n---\n",
    );
    let page = built(
        &site,
        "2027-06-01 09:00",
        "en/festivals/summer-2027/index.html",
    );
    let titles = texts(&page, ".card-title a");
    assert_eq!(
        titles
            .iter()
            .filter(|t| *t == "Circus skills family day")
            .count(),
        1,
        "{titles:?}"
    );
    assert!(titles.contains(&"Picnic".to_owned()), "{titles:?}");
    // Both are counted.
    assert_eq!(texts(&page, ".programme .count"), vec!["2 events"]);
}

#[test]
fn just_drop_in_is_a_statement_not_a_link() {
    let site = TestSite::new();
    site.write("content/events/stay-and-play.md", TUESDAYS);
    let page = built(
        &site,
        "2027-03-01 09:00",
        "en/events/stay-and-play/index.html",
    );
    let line: Vec<_> = page.select(&sel(".drop-in")).collect();
    assert_eq!(line.len(), 1);
    assert_eq!(line[0].value().name(), "p");
    assert!(line[0].select(&sel("a, button")).next().is_none());
    assert!(page.select(&sel(".button")).next().is_none());
}

#[test]
fn directions_open_the_phones_map_app_with_a_web_map_beside() {
    let site = TestSite::new();
    let page = built(&site, "2027-06-01 09:00", "en/events/circus/index.html");
    let links: Vec<String> = page
        .select(&sel(".map-links a"))
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect();
    assert_eq!(
        links,
        vec![
            "geo:51.4747,-0.1036?q=51.4747,-0.1036(Myatt%27s%20Fields%20Park)".to_owned(),
            "https://www.openstreetmap.org/?mlat=51.4747&mlon=-0.1036#map=17/51.4747/-0.1036"
                .to_owned(),
        ]
    );
    // Without a location: the phone's map searches for the address.
    site.write(
        "content/venues/myatts-fields-park.yaml",
        &VENUE_YAML.replace("location: [51.4747, -0.1036]\n", ""),
    );
    let page = built(
        &site,
        "2027-06-01 09:00",
        "en/venues/myatts-fields-park/index.html",
    );
    let geo = page
        .select(&sel(".map-links a"))
        .find_map(|a| a.value().attr("href").filter(|h| h.starts_with("geo:")))
        .map(str::to_owned);
    assert_eq!(
        geo.as_deref(),
        Some("geo:0,0?q=Cormont%20Road%2C%20London%2C%20SE5%209RA")
    );
}

#[test]
fn an_all_day_event_is_free_time_with_a_reminder_at_nine_the_day_before() {
    let site = TestSite::new();
    site.write(
        "content/events/fair.md",
        "---\ntitle: Welcome fair\nsummary: Stalls.\nvenue: myatts-fields-park\nstarts: 2027-08-07\ndrop_in: true\n---\n",
    );
    let (g, d) = whatson::generate(site.root(), Now::parse("2027-06-01 09:00").unwrap());
    let g = g.unwrap_or_else(|| panic!("{}", show(&d)));
    let ics = |id: &str| {
        let bytes = g.files.get(&format!("en/events/{id}/event.ics")).unwrap();
        let text = std::str::from_utf8(bytes).unwrap().to_owned();
        let mut cals = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
        cals.next().unwrap().unwrap()
    };
    let cal = ics("fair");
    let e = &cal.events[0];
    assert_eq!(value(e, "DTSTART"), "20270807");
    assert_eq!(value(e, "TRANSP"), "TRANSPARENT");
    let trigger = ical::parser::Component::get_property(&e.alarms[0], "TRIGGER").unwrap();
    // Midnight at the start of 7 August, less 15 hours: 09:00 on 6 August.
    assert_eq!(trigger.value.as_deref(), Some("-PT15H"));
    let related = trigger
        .params
        .as_ref()
        .and_then(|p| p.iter().find(|(n, _)| n == "RELATED"))
        .map(|(_, v)| v[0].clone());
    assert_eq!(related.as_deref(), Some("START"));
    // A timed event keeps the family busy and reminds 24 hours before.
    let cal = ics("circus");
    let e = &cal.events[0];
    assert_eq!(value(e, "TRANSP"), "OPAQUE");
    assert_eq!(value(&e.alarms[0], "TRIGGER"), "-PT24H");
}

fn value(c: &impl ical::parser::Component, name: &str) -> String {
    c.get_property(name)
        .and_then(|p| p.value.clone())
        .unwrap_or_default()
}

#[test]
fn the_listing_gives_each_regular_activity_once_and_one_off_events_by_day() {
    let site = TestSite::new();
    site.write(
        "content/events/stay-and-play.md",
        &TUESDAYS.replace(
            "  until: 2027-07-20\n",
            "  until: 2027-07-20\n  except: [2027-03-23]\n",
        ),
    );
    site.write(
        "content/events/disco.md",
        "---\ntitle: Toddler disco\nsummary: Songs.\nvenue: myatts-fields-park\nstarts: 2027-03-04 14:00\nends: 2027-03-04 15:00\ndrop_in: true\n---\n",
    );
    site.write(
        "content/events/puppets.md",
        "---\ntitle: Puppet show\nsummary: Puppets.\nvenue: myatts-fields-park\nstarts: 2027-03-10 11:00\nends: 2027-03-10 12:00\ndrop_in: true\n---\n",
    );
    // Monday 1 March 2027: the disco is this week, the puppets next week, and
    // the Tuesday sessions run through the coming six weeks.
    let list = built(&site, "2027-03-01 09:00", "en/index.html");
    let titles = texts(&list, ".card-title a");
    assert_eq!(
        titles.iter().filter(|t| *t == "Stay and play").count(),
        1,
        "{titles:?}"
    );
    let regular = texts(&list, "#regular .card .when");
    assert_eq!(regular, vec!["Tuesdays 10:00–11:30, until 20 July 2027"]);
    assert_eq!(
        texts(&list, "#regular .card .except"),
        vec!["No session on: 23 March 2027"]
    );
    let days = list
        .select(&sel("#regular article"))
        .next()
        .and_then(|a| a.value().attr("data-days"))
        .unwrap()
        .to_owned();
    // The sessions on this page, without the missed one.
    assert!(
        days.starts_with("2027-03-16 2027-03-30 2027-04-06"),
        "{days}"
    );
    // One-off events by day: this week's before the regular activities,
    // next week's after them, each reached by a jump link.
    let order: Vec<String> = list
        .select(&sel("main section.day"))
        .map(|s| s.value().attr("id").unwrap_or("").to_owned())
        .collect();
    assert_eq!(order, vec!["this-week", "regular", "next-week"]);
    assert_eq!(
        texts(&list, "#this-week .card-title a"),
        vec!["Toddler disco"]
    );
    assert_eq!(
        texts(&list, "#next-week .card-title a"),
        vec!["Puppet show"]
    );
    let jumps: Vec<String> = list
        .select(&sel("nav.jumps a"))
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect();
    assert_eq!(jumps[..3], ["#this-week", "#regular", "#next-week"]);
    assert!(
        jumps[3..].iter().all(|j| j.starts_with("/en/2027-")),
        "{jumps:?}"
    );
    // Arabic composes the same parts with its own comma.
    let ar = built(&site, "2027-03-01 09:00", "ar/index.html");
    let when = texts(&ar, "#regular .card .when");
    assert!(
        when[0].contains('،') && when[0].starts_with("كل يوم ثلاثاء"),
        "{when:?}"
    );
}

#[test]
fn age_and_area_combine_on_pages_of_their_own() {
    let site = TestSite::new();
    site.write(
        "content/venues/stockwell-hall.yaml",
        "name: Stockwell Hall\naddress: 2 Lingham Street, London\npostcode: SW9 9HF\narea: Stockwell\n",
    );
    let event = |title: &str, venue: &str, ages: &str| {
        format!("---\ntitle: {title}\nsummary: Fun.\nvenue: {venue}\nstarts: 2027-03-04 10:00\nends: 2027-03-04 11:00\nages: {ages}\ndrop_in: true\n---\n")
    };
    site.write(
        "content/events/a.md",
        &event("Toddlers in Vassall", "myatts-fields-park", "2-3"),
    );
    site.write(
        "content/events/b.md",
        &event("Babies in Vassall", "myatts-fields-park", "bump-1"),
    );
    site.write(
        "content/events/c.md",
        &event("Toddlers in Stockwell", "stockwell-hall", "2-3"),
    );
    let now = "2027-03-01 09:00";
    let both = built(&site, now, "en/age/2-3/area/vassall/index.html");
    assert_eq!(texts(&both, ".card-title a"), vec!["Toddlers in Vassall"]);
    assert_eq!(
        texts(&both, "h1"),
        vec!["What's on in Vassall: 2-year-olds"]
    );
    // From an area's page an age chip keeps the area, and from an age's
    // page an area chip keeps the age.
    let href = |h: &Html, label: &str| {
        h.select(&sel("nav.filter-links a"))
            .find(|a| a.text().collect::<String>().trim() == label)
            .and_then(|a| a.value().attr("href"))
            .map(str::to_owned)
    };
    let area = built(&site, now, "en/area/vassall/index.html");
    assert_eq!(
        href(&area, "2-year-olds").as_deref(),
        Some("/en/age/2-3/area/vassall/")
    );
    let age = built(&site, now, "en/age/2-3/index.html");
    assert_eq!(
        href(&age, "Stockwell").as_deref(),
        Some("/en/age/2-3/area/stockwell/")
    );
    assert_eq!(
        href(&both, "Stockwell").as_deref(),
        Some("/en/age/2-3/area/stockwell/")
    );
    assert_eq!(
        href(&both, "Babies under 1").as_deref(),
        Some("/en/age/0-1/area/vassall/")
    );
}

/// Stay and play on Tuesdays, with one session cancelled and one moved.
fn with_changes() -> TestSite {
    let site = TestSite::new();
    site.write(
        "content/events/stay-and-play.md",
        &TUESDAYS.replace(
            "  until: 2027-07-20\n",
            "  until: 2027-07-20\nchanges:\n  - date: 2027-03-23\n    cancelled: true\n    note: Hall closed for repairs\n  - date: 2027-03-30\n    starts: \"11:00\"\n    note: Later start this week\n",
        ),
    );
    site.write(
        "content/events/stay-and-play.ar.md",
        "---\ntitle: العب معنا\nchanges:\n  - date: 2027-03-23\n    note: القاعة مغلقة للإصلاحات\n---\n",
    );
    site
}

#[test]
fn a_changed_session_stays_listed_and_marked_with_its_note() {
    let site = with_changes();
    let now = "2027-03-20 09:00";
    let page = built(&site, now, "en/events/stay-and-play/index.html");
    // Each changed session is shown once, in the list of next dates.
    assert_eq!(texts(&page, ".facts dd.change"), Vec::<String>::new());
    let changes = texts(&page, ".facts .change");
    assert_eq!(
        changes,
        [
            "Tuesday, 23 March 2027 Cancelled Hall closed for repairs",
            "Tuesday, 30 March 2027 New time: 11:00–12:30 Later start this week"
        ],
        "{changes:?}"
    );
    // The cancelled date is struck through; the usual time stays the usual.
    assert_eq!(
        texts(&page, ".change time.struck"),
        ["Tuesday, 23 March 2027"]
    );
    let when = texts(&page, ".facts dd");
    assert!(when.iter().any(|t| t == "10:00–11:30"), "{when:?}");
    // The next session is one that takes place, at its own (moved) time.
    assert!(
        when.iter()
            .any(|t| t == "Next session: Tuesday, 30 March 2027 · 11:00–12:30"),
        "{when:?}"
    );
    // In the list of next dates, each changed session is marked.
    let dates = texts(&page, "ul.dates li");
    assert!(dates[0].contains("Cancelled"), "{dates:?}");
    assert!(dates[1].contains("New time: 11:00–12:30"), "{dates:?}");
    assert!(!dates[2].contains("New time"), "{dates:?}");
    // A change beyond the listed dates is named under "When".
    let later = TestSite::new();
    later.write(
        "content/events/stay-and-play.md",
        &TUESDAYS.replace(
            "  until: 2027-07-20\n",
            "  until: 2027-07-20\nchanges:\n  - date: 2027-06-01\n    cancelled: true\n  - date: 2027-06-08\n    starts: \"11:00\"\n",
        ),
    );
    let far = built(&later, now, "en/events/stay-and-play/index.html");
    let when = texts(&far, ".facts dd.change");
    assert_eq!(when.len(), 2, "{when:?}");
    assert_eq!(texts(&far, ".facts li.change").len(), 0);

    // The listing's card keeps the usual time and says what changed.
    let list = built(&site, now, "en/index.html");
    let card_changes = texts(&list, ".card .change");
    assert_eq!(
        card_changes,
        [
            "Tuesday, 23 March 2027 Cancelled Hall closed for repairs",
            "Tuesday, 30 March 2027 New time: 11:00–12:30 Later start this week"
        ]
    );
    let when = texts(&list, ".card .when");
    assert!(
        when.iter()
            .any(|t| t == "Tuesdays 10:00–11:30, until 20 July 2027"),
        "{when:?}"
    );
    // A card still has exactly one <time>: the change lines have none.
    assert_eq!(list.select(&sel(".card .change time")).count(), 0);

    // In Arabic, the translated note; the untranslated one keeps English,
    // marked as its own language.
    let ar = built(&site, now, "ar/events/stay-and-play/index.html");
    let changes = texts(&ar, ".facts .change");
    assert!(changes[0].contains("القاعة مغلقة للإصلاحات"), "{changes:?}");
    assert!(changes[0].contains("ملغاة"), "{changes:?}");
    assert!(changes[1].contains("موعد جديد"), "{changes:?}");
    assert_eq!(
        ar.select(&sel(".facts .change .note span[lang=en]"))
            .count(),
        1,
        "the English note is marked as English"
    );
}

const BABIES: &str = "---\ntitle: Baby rhyme time\nsummary: Songs.\nvenue: myatts-fields-park\nstarts: 2027-03-16 10:00\nends: 2027-03-16 10:30\ndrop_in: true\nages: 0-18m\n---\n";

#[test]
fn ages_in_months_are_worded_in_each_language_and_filed_under_the_right_groups() {
    let site = TestSite::new();
    site.write("content/events/babies.md", BABIES);
    site.write(
        "content/events/crawlers.md",
        &BABIES
            .replace("Baby rhyme time", "Crawlers")
            .replace("0-18m", "6m-2"),
    );
    let now = "2027-03-01 09:00";
    let ages = |lang: &str, id: &str| {
        let page = built(&site, now, &format!("{lang}/events/{id}/index.html"));
        texts(&page, ".facts dd").join(" | ")
    };
    assert!(
        ages("en", "babies").contains("0 to 18 months"),
        "{}",
        ages("en", "babies")
    );
    assert!(ages("en", "crawlers").contains("6 months to 2 years"));
    assert!(
        ages("pt", "babies").contains("0 a 18 meses"),
        "{}",
        ages("pt", "babies")
    );
    assert!(ages("pt", "crawlers").contains("6 meses a 2 anos"));
    // Arabic: 18 takes the singular accusative (many), 6 the plural (few),
    // 2 years the dual.
    assert!(
        ages("ar", "babies").contains("من 0 إلى 18 شهرًا"),
        "{}",
        ages("ar", "babies")
    );
    assert!(
        ages("ar", "crawlers").contains("من 6 أشهر إلى سنتين"),
        "{}",
        ages("ar", "crawlers")
    );

    // A 0-18 months group is for babies under one and one-year-olds, not
    // two-year-olds; 6 months to 2 years also for two-year-olds.
    let titles = |group: &str| {
        let page = built(&site, now, &format!("en/age/{group}/index.html"));
        texts(&page, ".card-title a")
    };
    for group in ["0-1", "1-2"] {
        let t = titles(group);
        assert!(t.iter().any(|x| x == "Baby rhyme time"), "{group}: {t:?}");
        assert!(t.iter().any(|x| x == "Crawlers"), "{group}: {t:?}");
    }
    let two = titles("2-3");
    assert!(!two.iter().any(|x| x == "Baby rhyme time"), "{two:?}");
    assert!(two.iter().any(|x| x == "Crawlers"), "{two:?}");
    assert!(!titles("3-4").iter().any(|x| x == "Crawlers"));
}

#[test]
fn monthly_repeats_say_which_weekday_of_the_month_in_every_language() {
    let site = TestSite::new();
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let codes = ["en", "am", "ar", "es", "fr", "it", "pl", "pt", "so", "ti"];
    let mut yaml = SITE_YAML.split("languages:").next().unwrap().to_owned();
    yaml.push_str("languages:\n");
    for c in codes {
        yaml.push_str(&format!("  - {{ code: {c}, name: {c} }}\n"));
        std::fs::copy(
            repo.join(format!("locales/{c}.ftl")),
            site.path(&format!("locales/{c}.ftl")),
        )
        .unwrap();
    }
    yaml.push_str(
        SITE_YAML
            .split_once("areas:")
            .map(|(_, r)| r)
            .map(|r| format!("areas:{r}"))
            .unwrap()
            .as_str(),
    );
    site.write("content/site.yaml", &yaml);
    // 6 March 2027 is the first Saturday; 31 March, in the 5th week, the last Wednesday.
    let monthly = |title: &str, day: &str| {
        format!("---\ntitle: {title}\nsummary: Play.\nvenue: myatts-fields-park\nstarts: 2027-03-{day} 10:00\nends: 2027-03-{day} 11:00\ndrop_in: true\nrepeats:\n  every: month\n  until: 2027-07-31\n---\n")
    };
    site.write("content/events/first-sat.md", &monthly("Dads", "06"));
    site.write("content/events/last-wed.md", &monthly("Songs", "31"));
    site.write("content/events/second-wed.md", &monthly("Books", "10"));
    // One build for every page (ten languages).
    let (g, d) = whatson::generate(site.root(), Now::parse("2027-03-01 09:00").unwrap());
    let files = g.unwrap_or_else(|| panic!("{}", show(&d))).files;
    let rule = |lang: &str, id: &str| {
        let rel = format!("{lang}/events/{id}/index.html");
        let bytes = files
            .get(&rel)
            .unwrap_or_else(|| panic!("{rel} was not made"));
        let page = Html::parse_document(std::str::from_utf8(bytes).unwrap());
        texts(&page, ".facts dd")[0].clone()
    };
    assert_eq!(
        rule("en", "first-sat"),
        "First Saturday of the month until 31 July 2027"
    );
    assert_eq!(
        rule("en", "last-wed"),
        "Last Wednesday of the month until 31 July 2027"
    );
    assert_eq!(
        rule("en", "second-wed"),
        "Second Wednesday of the month until 31 July 2027"
    );
    assert!(rule("fr", "first-sat").starts_with("Le premier samedi du mois"));
    assert!(rule("pl", "first-sat").starts_with("W pierwszą sobotę miesiąca"));
    assert!(rule("pt", "last-wed").starts_with("Na última quarta-feira do mês"));
    assert!(rule("ar", "first-sat").starts_with("أول يوم سبت من كل شهر"));
    // Every language words each one its own way, not the English.
    for lang in &codes[1..] {
        for id in ["first-sat", "last-wed", "second-wed"] {
            let r = rule(lang, id);
            assert!(!r.contains("month") && !r.contains('{'), "{lang} {id}: {r}");
        }
        assert_ne!(rule(lang, "second-wed"), rule(lang, "last-wed"), "{lang}");
    }
}
