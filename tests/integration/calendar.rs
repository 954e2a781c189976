//! "Add to calendar" files and calendar subscriptions, read back with a real
//! iCalendar parser (the `ical` crate) and checked against the tz database.

use crate::syndication_site;

use std::io::BufReader;

use ical::parser::ical::component::{IcalCalendar, IcalEvent, IcalTimeZoneTransitionType};
use ical::parser::Component;
use ical::property::Property;
use jiff::civil::{date, DateTime};
use jiff::tz::TimeZone;
use scraper::{Html, Selector};
use syndication_site::*;

fn parse(ics: &str) -> IcalCalendar {
    let mut cals: Vec<IcalCalendar> = ical::IcalParser::new(BufReader::new(ics.as_bytes()))
        .map(|c| c.unwrap_or_else(|e| panic!("not valid iCalendar: {e}\n{ics}")))
        .collect();
    assert_eq!(cals.len(), 1, "one VCALENDAR");
    cals.remove(0)
}

fn prop<'a>(c: &'a impl Component, name: &str) -> &'a Property {
    c.get_property(name)
        .unwrap_or_else(|| panic!("no {name} property"))
}

fn value<'a>(c: &'a impl Component, name: &str) -> &'a str {
    prop(c, name).value.as_deref().unwrap_or("")
}

fn param<'a>(p: &'a Property, name: &str) -> Option<&'a str> {
    p.params
        .as_ref()?
        .iter()
        .find(|(n, _)| n == name)
        .and_then(|(_, v)| v.first())
        .map(|s| s.as_str())
}

/// Undoes TEXT escaping (RFC 5545 3.3.11).
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(x) => out.push(x),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn event<'a>(cal: &'a IcalCalendar, uid: &str) -> &'a IcalEvent {
    cal.events
        .iter()
        .find(|e| value(*e, "UID") == uid)
        .unwrap_or_else(|| panic!("no VEVENT {uid}"))
}

fn local(s: &str) -> DateTime {
    DateTime::strptime("%Y%m%dT%H%M%S", s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

/// `+0100` → seconds.
fn offset_secs(s: &str) -> i64 {
    let sign = if s.starts_with('-') { -1 } else { 1 };
    let d = &s[1..];
    let h: i64 = d[0..2].parse().unwrap();
    let m: i64 = d[2..4].parse().unwrap();
    sign * (h * 3600 + m * 60)
}

/// The UTC offset the calendar's VTIMEZONE gives a local time: the last
/// transition whose onset (its DTSTART read in TZOFFSETFROM) is not after it.
fn offset_from_vtimezone(cal: &IcalCalendar, at: DateTime) -> i64 {
    let tz = &cal.timezones[0];
    let mut onsets: Vec<(i64, i64)> = tz
        .transitions
        .iter()
        .map(|t| {
            let start = local(value(t, "DTSTART"));
            let from = offset_secs(value(t, "TZOFFSETFROM"));
            let to = offset_secs(value(t, "TZOFFSETTO"));
            let onset = start
                .to_zoned(TimeZone::UTC)
                .unwrap()
                .timestamp()
                .as_second()
                - from;
            (onset, to)
        })
        .collect();
    onsets.sort();
    let wall = at.to_zoned(TimeZone::UTC).unwrap().timestamp().as_second();
    onsets
        .iter()
        .rev()
        .find(|(onset, to)| wall - to >= *onset)
        .map(|(_, to)| *to)
        .expect("a transition before this time")
}

#[test]
fn weekly_activity_is_one_event_with_rrule_exdates_and_a_reminder_across_the_clock_change() {
    let t = site();
    let files = generate(&t);
    let ics = text(&files, "en/events/stay-and-play/event.ics");
    let cal = parse(&ics);

    assert_eq!(cal.events.len(), 1, "one VEVENT, not one per session");
    let e = &cal.events[0];
    assert_eq!(value(e, "UID"), "stay-and-play@whatson.example.org");
    let start = prop(e, "DTSTART");
    assert_eq!(param(start, "TZID"), Some("Europe/London"));
    assert_eq!(start.value.as_deref(), Some("20260908T100000"));
    let end = prop(e, "DTEND");
    assert_eq!(param(end, "TZID"), Some("Europe/London"));
    assert_eq!(end.value.as_deref(), Some("20260908T113000"));
    // The last session, 15 December at 10:00 GMT, is 10:00 UTC.
    assert_eq!(
        value(e, "RRULE"),
        "FREQ=WEEKLY;UNTIL=20261215T100000Z",
        "{ics}"
    );
    let exdates: Vec<(&str, Option<&str>)> = e
        .properties
        .iter()
        .filter(|p| p.name == "EXDATE")
        .map(|p| (p.value.as_deref().unwrap_or(""), param(p, "TZID")))
        .collect();
    assert_eq!(
        exdates,
        vec![
            ("20261027T100000", Some("Europe/London")),
            ("20261201T100000", Some("Europe/London"))
        ]
    );
    assert_eq!(value(e, "STATUS"), "CONFIRMED");

    // A reminder a day before.
    assert_eq!(e.alarms.len(), 1);
    let alarm = &e.alarms[0];
    assert_eq!(value(alarm, "TRIGGER"), "-PT24H");
    assert_eq!(value(alarm, "ACTION"), "DISPLAY");
    assert_eq!(value(alarm, "DESCRIPTION"), "Tomorrow: Stay and Play");

    // The time zone has both BST and GMT, with the October change.
    assert_eq!(cal.timezones.len(), 1);
    let tz = &cal.timezones[0];
    assert_eq!(value(tz, "TZID"), "Europe/London");
    let has = |kind: IcalTimeZoneTransitionType, to: &str, name: &str| {
        tz.transitions.iter().any(|t| {
            std::mem::discriminant(&t.transition) == std::mem::discriminant(&kind)
                && value(t, "TZOFFSETTO") == to
                && value(t, "TZNAME") == name
        })
    };
    assert!(
        has(IcalTimeZoneTransitionType::DAYLIGHT, "+0100", "BST"),
        "{ics}"
    );
    assert!(
        has(IcalTimeZoneTransitionType::STANDARD, "+0000", "GMT"),
        "{ics}"
    );
    assert!(tz
        .transitions
        .iter()
        .any(|t| value(t, "DTSTART") == "20261025T020000" && value(t, "TZOFFSETFROM") == "+0100"));

    // Every session, read through the calendar's own VTIMEZONE, is the
    // instant the tz database says: 10:00 BST before 25 October, 10:00 GMT after.
    let london = TimeZone::get("Europe/London").unwrap();
    let mut d = date(2026, 9, 8);
    let mut offsets = std::collections::BTreeSet::new();
    while d <= date(2026, 12, 15) {
        let at = d.at(10, 0, 0, 0);
        let want = at.to_zoned(london.clone()).unwrap().offset().seconds() as i64;
        let got = offset_from_vtimezone(&cal, at);
        assert_eq!(got, want, "offset of {at}");
        offsets.insert(got);
        d = d.checked_add(jiff::Span::new().days(7)).unwrap();
    }
    assert_eq!(offsets.into_iter().collect::<Vec<_>>(), vec![0, 3600]);
}

#[test]
fn monthly_and_one_off_events() {
    let t = site();
    let files = generate(&t);
    let cal = parse(&text(&files, "en/events/book-talk/event.ics"));
    let e = &cal.events[0];
    // 8 September 2026 is the 2nd Tuesday; the last session is 12 January
    // 2027, 18:00 GMT.
    assert_eq!(
        value(e, "RRULE"),
        "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270112T180000Z"
    );

    let cal = parse(&text(&files, "en/events/circus/event.ics"));
    let e = &cal.events[0];
    assert!(e.get_property("RRULE").is_none());
    assert_eq!(value(e, "DTSTART"), "20270804T103000");
    // The zone covers 2027's summer time.
    assert!(cal.timezones[0]
        .transitions
        .iter()
        .any(|t| value(t, "DTSTART") == "20270328T010000"));
    assert_eq!(
        offset_from_vtimezone(&cal, date(2027, 8, 4).at(10, 30, 0, 0)),
        3600
    );
    assert_eq!(
        value(e, "URL"),
        "https://whatson.example.org/en/events/circus/"
    );
    assert_eq!(
        unescape(value(e, "LOCATION")),
        "Myatt's Fields Park, Cormont Road, London, SE5 9RA"
    );
    assert_eq!(value(e, "GEO"), "51.4747;-0.1036");
}

#[test]
fn cancelled_events_say_so_and_set_no_reminder() {
    let t = site();
    let files = generate(&t);
    let cal = parse(&text(&files, "en/events/disco/event.ics"));
    let e = &cal.events[0];
    assert_eq!(value(e, "STATUS"), "CANCELLED");
    assert_eq!(unescape(value(e, "SUMMARY")), "Cancelled: Toddler disco");
    assert!(e.alarms.is_empty());
    // The cancelled event stays in the subscription, marked.
    let all = parse(&text(&files, "en/calendar.ics"));
    assert_eq!(
        value(event(&all, "disco@whatson.example.org"), "STATUS"),
        "CANCELLED"
    );
    // Its page offers neither booking nor "add to calendar".
    let page = Html::parse_document(&text(&files, "en/events/disco/index.html"));
    let sel = |s: &str| Selector::parse(s).unwrap();
    assert!(page.select(&sel(".notice-cancelled")).next().is_some());
    assert!(page.select(&sel("a.button")).next().is_none());
    assert!(page.select(&sel("a[href$=\".ics\"]")).next().is_none());
}

#[test]
fn text_is_escaped_and_folded_on_character_boundaries() {
    let t = site();
    let files = generate(&t);
    let cal = parse(&text(&files, "en/events/stay-and-play/event.ics"));
    let description = unescape(value(&cal.events[0], "DESCRIPTION"));
    assert!(
        description.starts_with("Bring: a towel; snacks,\nwater \\ and a smile\n"),
        "{description:?}"
    );

    // The Arabic title is long enough to fold; it comes back whole.
    let ics = text(&files, "ar/events/stay-and-play/event.ics");
    assert!(
        ics.contains("\r\n "),
        "the Arabic file has a folded line:\n{ics}"
    );
    let cal = parse(&ics);
    let summary = prop(&cal.events[0], "SUMMARY");
    assert_eq!(param(summary, "LANGUAGE"), Some("ar"));
    assert_eq!(unescape(summary.value.as_deref().unwrap()), ARABIC_TITLE);
    // Untranslated text is marked as English.
    let pt = parse(&text(&files, "pt/events/stay-and-play/event.ics"));
    assert_eq!(
        param(prop(&pt.events[0], "SUMMARY"), "LANGUAGE"),
        Some("en")
    );
}

#[test]
fn every_calendar_file_has_crlf_lines_of_at_most_75_octets() {
    let t = site();
    let files = generate(&t);
    let paths: Vec<String> = files
        .paths()
        .filter(|p| p.ends_with(".ics"))
        .map(str::to_owned)
        .collect();
    // 6 events + all + 1 festival + 4 areas, in 3 languages.
    assert_eq!(paths.len(), 3 * (6 + 1 + 1 + 4), "{paths:?}");
    for p in &paths {
        let bytes = files.get(p).unwrap();
        assert!(std::str::from_utf8(bytes).is_ok(), "{p} is UTF-8");
        assert!(bytes.ends_with(b"\r\n"), "{p} ends with CRLF");
        let lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
        // What follows the last line end is empty.
        assert_eq!(lines.last(), Some(&&b""[..]), "{p}");
        for (i, line) in lines[..lines.len() - 1].iter().enumerate() {
            let line = line
                .strip_suffix(b"\r")
                .unwrap_or_else(|| panic!("{p}: line {} ends without CR", i + 1));
            assert!(!line.contains(&b'\r'), "{p}: bare CR on line {}", i + 1);
            assert!(
                line.len() <= 75,
                "{p}: line {} has {} octets",
                i + 1,
                line.len()
            );
        }
        parse(std::str::from_utf8(bytes).unwrap());
    }
}

#[test]
fn uids_and_files_are_the_same_in_every_build() {
    let t = site();
    let a = generate(&t);
    let b = generate(&t);
    for p in a
        .paths()
        .filter(|p| p.ends_with(".ics") || p.ends_with(".xml"))
    {
        assert_eq!(a.get(p), b.get(p), "{p} differs between two builds");
    }
    let uid = |files: &whatson::output::SiteFiles, path: &str| {
        value(&parse(&text(files, path)).events[0], "UID").to_owned()
    };
    let first = uid(&a, "en/events/stay-and-play/event.ics");
    assert_eq!(first, uid(&b, "en/events/stay-and-play/event.ics"));
    // The same event is the same calendar entry in every language.
    assert_eq!(first, uid(&a, "pt/events/stay-and-play/event.ics"));
}

/// `DTSTAMP` comes from the event's text, not from the build's time: a build
/// on another day rewrites no calendar of an unchanged event (nor uploads it
/// again), and an edited event gets a new stamp.
#[test]
fn an_unchanged_event_keeps_its_calendar_bytes_on_another_day() {
    let t = site();
    let build = |now: &str| {
        let (g, d) = whatson::generate(t.root(), whatson::Now::parse(now).unwrap());
        g.unwrap_or_else(|| panic!("{}", crate::common::show(&d)))
            .files
    };
    let path = "en/events/winter-walk/event.ics";
    let monday = build("2026-09-01 09:00");
    let tuesday = build("2026-09-02 17:30");
    assert_eq!(text(&monday, path), text(&tuesday, path));
    let stamp = |files: &whatson::output::SiteFiles| {
        value(&parse(&text(files, path)).events[0], "DTSTAMP").to_owned()
    };
    let before = stamp(&monday);
    // Before the event, in UTC, as RFC 5545 writes it.
    assert!(
        before.ends_with('Z') && before.as_str() < "20270000",
        "{before}"
    );
    let file = "content/events/winter-walk.md";
    t.write(file, &t.read(file).replacen("title: ", "title: New ", 1));
    assert_ne!(stamp(&build("2026-09-02 17:30")), before);
}

#[test]
fn subscriptions_hold_upcoming_events_per_language_festival_and_area() {
    let t = site();
    let files = generate(&t);
    let uids = |path: &str| {
        let mut v: Vec<String> = parse(&text(&files, path))
            .events
            .iter()
            .map(|e| {
                value(e, "UID")
                    .trim_end_matches("@whatson.example.org")
                    .to_owned()
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        uids("en/calendar.ics"),
        vec![
            "book-talk",
            "circus",
            "disco",
            "stay-and-play",
            "winter-walk"
        ],
        "every upcoming event, none that is over"
    );
    assert_eq!(
        uids("en/festivals/summer-2027/calendar.ics"),
        vec!["circus"]
    );
    assert_eq!(
        uids("en/area/stockwell/calendar.ics"),
        vec!["disco", "winter-walk"]
    );
    assert_eq!(
        uids("en/area/vassall/calendar.ics"),
        vec!["book-talk", "circus", "stay-and-play"]
    );
    let all = parse(&text(&files, "pt/calendar.ics"));
    assert!(value(&all, "X-WR-CALNAME").contains("Todos os eventos"));
    assert_eq!(value(&all, "REFRESH-INTERVAL"), "PT12H");

    // Linked from the listing and the festival page: webcal:// to subscribe,
    // https to download.
    let sel = |s: &str| Selector::parse(s).unwrap();
    let listing = Html::parse_document(&text(&files, "en/index.html"));
    for href in [
        "webcal://whatson.example.org/en/calendar.ics",
        "/en/calendar.ics",
        "webcal://whatson.example.org/en/area/stockwell/calendar.ics",
    ] {
        assert!(
            listing
                .select(&sel(&format!("a[href=\"{href}\"]")))
                .next()
                .is_some(),
            "the listing links {href}"
        );
    }
    let area = Html::parse_document(&text(&files, "en/area/stockwell/index.html"));
    assert!(area
        .select(&sel(
            "a[href=\"webcal://whatson.example.org/en/area/stockwell/calendar.ics\"]"
        ))
        .next()
        .is_some());
    let festival = Html::parse_document(&text(&files, "en/festivals/summer-2027/index.html"));
    assert!(festival
        .select(&sel(
            "a[href=\"webcal://whatson.example.org/en/festivals/summer-2027/calendar.ics\"]"
        ))
        .next()
        .is_some());
    // Each event page links its own file.
    let page = Html::parse_document(&text(&files, "en/events/stay-and-play/index.html"));
    assert!(page
        .select(&sel("a[href=\"/en/events/stay-and-play/event.ics\"]"))
        .next()
        .is_some());
}

#[test]
fn a_changed_session_is_an_instance_with_the_same_uid_and_its_recurrence_id() {
    let t = site();
    // Stay and Play meets on Tuesdays from 8 September 2026, 10:00–11:30.
    let original = t.read("content/events/stay-and-play.md");
    t.write(
        "content/events/stay-and-play.md",
        &original.replace(
            "ages: 0-4\n",
            "ages: 0-4\nchanges:\n  - date: 2026-11-03\n    cancelled: true\n    note: Hall closed for repairs\n  - date: 2026-11-10\n    starts: \"11:00\"\n    ends: \"12:15\"\n    note: Later start this week\n",
        ),
    );
    let files = generate(&t);
    let ics = text(&files, "en/events/stay-and-play/event.ics");
    let cal = parse(&ics);
    let uid = "stay-and-play@whatson.example.org";
    assert_eq!(cal.events.len(), 3, "{ics}");
    assert!(cal.events.iter().all(|e| value(e, "UID") == uid));
    let master = &cal.events[0];
    assert!(master.get_property("RECURRENCE-ID").is_none());
    assert_eq!(value(master, "SEQUENCE"), "0");
    // A changed session is not taken out of the series: it is revised.
    let exdates: Vec<&str> = master
        .properties
        .iter()
        .filter(|p| p.name == "EXDATE")
        .filter_map(|p| p.value.as_deref())
        .collect();
    assert_eq!(exdates, ["20261027T100000", "20261201T100000"]);

    let instance = |at: &str| {
        cal.events
            .iter()
            .find(|e| {
                e.get_property("RECURRENCE-ID")
                    .and_then(|p| p.value.as_deref())
                    == Some(at)
            })
            .unwrap_or_else(|| panic!("no instance {at}\n{ics}"))
    };
    let cancelled = instance("20261103T100000");
    assert_eq!(
        param(prop(cancelled, "RECURRENCE-ID"), "TZID"),
        Some("Europe/London")
    );
    assert_eq!(value(cancelled, "STATUS"), "CANCELLED");
    assert_eq!(value(cancelled, "SEQUENCE"), "1");
    assert_eq!(value(cancelled, "DTSTART"), "20261103T100000");
    assert!(unescape(value(cancelled, "DESCRIPTION"))
        .starts_with("Cancelled\nHall closed for repairs\n"));
    assert!(
        cancelled.alarms.is_empty(),
        "no reminder for a cancelled session"
    );

    let moved = instance("20261110T100000");
    assert_eq!(value(moved, "STATUS"), "CONFIRMED");
    assert_eq!(value(moved, "SEQUENCE"), "1");
    assert_eq!(value(moved, "DTSTART"), "20261110T110000");
    assert_eq!(value(moved, "DTEND"), "20261110T121500");
    assert_eq!(param(prop(moved, "DTSTART"), "TZID"), Some("Europe/London"));
    assert!(unescape(value(moved, "DESCRIPTION"))
        .starts_with("New time: 11:00–12:15\nLater start this week\n"));
    assert_eq!(moved.alarms.len(), 1);

    // The subscription calendar carries the same instances.
    let all = parse(&text(&files, "en/calendar.ics"));
    let ours: Vec<_> = all
        .events
        .iter()
        .filter(|e| value(*e, "UID") == uid)
        .collect();
    assert_eq!(ours.len(), 3);
}
