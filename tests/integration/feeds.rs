//! The Atom feed (read with an XML parser), the schema.org JSON-LD of event
//! pages (read with serde_json) and the sharing links.

use crate::syndication_site;

use crate::common::{show, TestSite};
use scraper::{Html, Selector};
use serde_json::Value;
use syndication_site::*;

const ATOM: &str = "http://www.w3.org/2005/Atom";

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn child<'a, 'i>(n: roxmltree::Node<'a, 'i>, name: &str) -> roxmltree::Node<'a, 'i> {
    n.children()
        .find(|c| c.has_tag_name((ATOM, name)))
        .unwrap_or_else(|| panic!("<{}> has no <{name}>", n.tag_name().name()))
}

fn child_text<'a>(n: roxmltree::Node<'a, '_>, name: &str) -> &'a str {
    child(n, name).text().unwrap_or("")
}

#[test]
fn atom_feed_lists_upcoming_events_in_order() {
    let t = site();
    let files = generate(&t);
    let xml = text(&files, "en/feed.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("not XML: {e}\n{xml}"));
    let feed = doc.root_element();
    assert!(feed.has_tag_name((ATOM, "feed")), "an Atom <feed>");
    assert_eq!(
        feed.attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
        Some("en")
    );
    assert_eq!(child_text(feed, "id"), "https://whatson.example.org/en/");
    assert_eq!(child_text(feed, "title"), "What's On");
    // `updated` comes from the content, not from the build's time (below).
    assert_ne!(child_text(feed, "updated"), "2026-09-01T08:00:00Z");
    assert!(!child_text(child(feed, "author"), "name").is_empty());
    let links: Vec<(Option<&str>, Option<&str>)> = feed
        .children()
        .filter(|c| c.has_tag_name((ATOM, "link")))
        .map(|l| (l.attribute("rel"), l.attribute("href")))
        .collect();
    assert!(links.contains(&(
        Some("self"),
        Some("https://whatson.example.org/en/feed.xml")
    )));
    assert!(links.contains(&(Some("alternate"), Some("https://whatson.example.org/en/"))));

    let entries: Vec<roxmltree::Node> = feed
        .children()
        .filter(|c| c.has_tag_name((ATOM, "entry")))
        .collect();
    let ids: Vec<&str> = entries.iter().map(|e| child_text(*e, "id")).collect();
    assert_eq!(
        ids,
        vec![
            "https://whatson.example.org/en/events/stay-and-play/",
            "https://whatson.example.org/en/events/book-talk/",
            "https://whatson.example.org/en/events/disco/",
            "https://whatson.example.org/en/events/winter-walk/",
            "https://whatson.example.org/en/events/circus/",
        ],
        "upcoming events by their next session, none that is over"
    );
    for e in &entries {
        assert!(!child_text(*e, "title").is_empty());
        assert_ne!(child_text(*e, "updated"), "2026-09-01T08:00:00Z");
        let link = child(*e, "link");
        assert_eq!(link.attribute("href"), Some(child_text(*e, "id")));
        assert!(!child_text(*e, "summary").is_empty());
    }
    // Each entry has its own time; the feed's is the newest of them.
    let times: std::collections::BTreeSet<&str> =
        entries.iter().map(|e| child_text(*e, "updated")).collect();
    assert_eq!(times.len(), entries.len(), "{times:?}");
    assert_eq!(times.last().copied(), Some(child_text(feed, "updated")));
    // Markup in content is text, escaped once.
    let walk = entries[3];
    assert_eq!(child_text(walk, "title"), "Fish & chips <picnic>");
    assert!(child_text(walk, "summary").contains("</script><!-- not a comment"));
    assert!(child_text(entries[2], "summary").starts_with("Cancelled"));

    // Untranslated titles carry their own language.
    let ar = text(&files, "ar/feed.xml");
    let doc = roxmltree::Document::parse(&ar).unwrap();
    let circus = doc
        .root_element()
        .children()
        .filter(|c| c.has_tag_name((ATOM, "entry")))
        .find(|e| child_text(*e, "id").ends_with("/ar/events/circus/"))
        .expect("the circus in the Arabic feed");
    assert_eq!(
        circus.attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
        Some("en")
    );
}

#[test]
fn every_page_links_its_languages_feed() {
    let t = site();
    let files = generate(&t);
    for (path, feed) in [
        ("en/index.html", "/en/feed.xml"),
        ("pt/events/circus/index.html", "/pt/feed.xml"),
        ("ar/festivals/summer-2027/index.html", "/ar/feed.xml"),
    ] {
        let doc = Html::parse_document(&text(&files, path));
        let link = doc
            .select(&sel(
                "head link[rel=alternate][type=\"application/atom+xml\"]",
            ))
            .next()
            .unwrap_or_else(|| panic!("{path} has no feed link"));
        assert_eq!(link.value().attr("href"), Some(feed), "{path}");
    }
}

fn json_ld(files: &whatson::output::SiteFiles, path: &str) -> Value {
    let html = text(files, path);
    let doc = Html::parse_document(&html);
    let scripts: Vec<String> = doc
        .select(&sel("script[type=\"application/ld+json\"]"))
        .map(|s| s.text().collect())
        .collect();
    assert_eq!(scripts.len(), 1, "{path} has one JSON-LD script");
    serde_json::from_str(&scripts[0]).unwrap_or_else(|e| panic!("{path}: {e}\n{}", scripts[0]))
}

#[test]
fn event_pages_carry_schema_org_events() {
    let t = site();
    let files = generate(&t);

    // Summer: British Summer Time.
    let circus = json_ld(&files, "en/events/circus/index.html");
    assert_eq!(circus["@context"], "https://schema.org");
    assert_eq!(circus["@type"], "Event");
    assert_eq!(circus["name"], "Circus skills family day");
    assert_eq!(circus["startDate"], "2027-08-04T10:30:00+01:00");
    assert_eq!(circus["endDate"], "2027-08-04T12:00:00+01:00");
    assert_eq!(circus["eventStatus"], "https://schema.org/EventScheduled");
    assert_eq!(
        circus["eventAttendanceMode"],
        "https://schema.org/OfflineEventAttendanceMode"
    );
    assert_eq!(
        circus["url"],
        "https://whatson.example.org/en/events/circus/"
    );
    assert_eq!(circus["inLanguage"], "en");
    let place = &circus["location"];
    assert_eq!(place["@type"], "Place");
    assert_eq!(place["name"], "Myatt's Fields Park");
    assert_eq!(place["address"]["@type"], "PostalAddress");
    assert_eq!(place["address"]["streetAddress"], "Cormont Road");
    assert_eq!(place["address"]["addressLocality"], "London");
    assert_eq!(place["address"]["postalCode"], "SE5 9RA");
    assert_eq!(place["address"]["addressCountry"], "GB");
    assert_eq!(place["geo"]["latitude"], 51.4747);
    let offer = &circus["offers"];
    assert_eq!(offer["@type"], "Offer");
    assert_eq!(offer["price"], "0");
    assert_eq!(offer["priceCurrency"], "GBP");
    assert_eq!(offer["url"], "https://www.eventbrite.co.uk/e/123456789");
    assert_eq!(circus["isAccessibleForFree"], true);
    assert_eq!(circus["organizer"]["url"], "https://whatson.example.org/");
    assert_eq!(circus["typicalAgeRange"], "0-4");

    // Winter: Greenwich Mean Time; a price; text that tries to end the script.
    let walk = json_ld(&files, "en/events/winter-walk/index.html");
    assert_eq!(walk["startDate"], "2026-12-12T10:00:00+00:00");
    assert_eq!(walk["offers"]["price"], "2.50");
    assert_eq!(walk["isAccessibleForFree"], false);
    assert_eq!(walk["name"], "Fish & chips <picnic>");
    assert_eq!(
        walk["description"],
        "A walk, then lunch </script><!-- not a comment"
    );
    let html = text(&files, "en/events/winter-walk/index.html");
    let raw = html
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("the script");
    assert!(
        !raw.contains('<') && !raw.contains('>'),
        "no markup character inside the script: {raw}"
    );

    // Cancelled.
    let disco = json_ld(&files, "en/events/disco/index.html");
    assert_eq!(disco["eventStatus"], "https://schema.org/EventCancelled");

    // A regular activity: its next session and its schedule.
    let weekly = json_ld(&files, "en/events/stay-and-play/index.html");
    assert_eq!(weekly["startDate"], "2026-09-08T10:00:00+01:00");
    let s = &weekly["eventSchedule"];
    assert_eq!(s["@type"], "Schedule");
    assert_eq!(s["repeatFrequency"], "P1W");
    assert_eq!(s["byDay"], "https://schema.org/Tuesday");
    assert_eq!(s["startTime"], "10:00:00");
    assert_eq!(s["scheduleTimezone"], "Europe/London");
    assert_eq!(
        s["exceptDate"],
        serde_json::json!(["2026-10-27", "2026-12-01"])
    );
    // In Arabic, the translated name.
    let ar = json_ld(&files, "ar/events/stay-and-play/index.html");
    assert_eq!(ar["name"], ARABIC_TITLE);
}

#[test]
fn event_pages_share_without_scripts() {
    let t = site();
    let files = generate(&t);
    let doc = Html::parse_document(&text(&files, "en/events/circus/index.html"));
    let page = "https://whatson.example.org/en/events/circus/";

    let wa = doc
        .select(&sel("a[href^=\"https://wa.me/?text=\"]"))
        .next()
        .expect("a WhatsApp link");
    let href = wa.value().attr("href").unwrap();
    let query = url::Url::parse(href).unwrap();
    let text_param: String = query
        .query_pairs()
        .find(|(k, _)| k == "text")
        .map(|(_, v)| v.into_owned())
        .unwrap();
    assert_eq!(text_param, format!("Circus skills family day {page}"));

    let input = doc
        .select(&sel("input#share-link[readonly]"))
        .next()
        .expect("the page's address to copy");
    assert_eq!(input.value().attr("value"), Some(page));
    assert!(doc.select(&sel("label[for=share-link]")).next().is_some());

    // The venue on OpenStreetMap, at its coordinates.
    assert!(doc
        .select(&sel(
            "a[href=\"https://www.openstreetmap.org/?mlat=51.4747&mlon=-0.1036#map=17/51.4747/-0.1036\"]"
        ))
        .next()
        .is_some());
    // Without coordinates: a search for the address and postcode.
    let doc = Html::parse_document(&text(&files, "en/events/disco/index.html"));
    let map = doc
        .select(&sel("a[href^=\"https://www.openstreetmap.org/search?\"]"))
        .next()
        .expect("an OpenStreetMap search link");
    let q = url::Url::parse(map.value().attr("href").unwrap()).unwrap();
    assert_eq!(
        q.query_pairs().next().map(|(_, v)| v.into_owned()),
        Some("2 Lingham Street, London, SW9 9HF".to_owned())
    );
    // No script on the page but the JSON-LD data.
    let html = text(&files, "en/events/circus/index.html");
    assert_eq!(html.matches("<script").count(), 1);
}

#[test]
fn atom_updated_stays_the_same_from_build_to_build_until_the_content_changes() {
    let t = site();
    let build = |t: &TestSite, now: &str| {
        let (g, d) = whatson::generate(t.root(), whatson::Now::parse(now).unwrap());
        let g = g.unwrap_or_else(|| panic!("{}", show(&d)));
        text(&g.files, "en/feed.xml")
    };
    let monday = build(&t, "2026-09-01 09:00");
    // The next day, same content: the same bytes, so nothing looks new.
    assert_eq!(monday, build(&t, "2026-09-02 17:30"));
    // A changed title changes that entry's time, and only that one.
    t.write(
        "content/events/winter-walk.md",
        &t.read("content/events/winter-walk.md")
            .replace("Fish & chips", "Fish and chips"),
    );
    let edited = build(&t, "2026-09-02 17:30");
    let updated = |xml: &str| -> Vec<String> {
        let doc = roxmltree::Document::parse(xml).unwrap();
        doc.root_element()
            .children()
            .filter(|c| c.has_tag_name((ATOM, "entry")))
            .map(|e| child_text(e, "updated").to_owned())
            .collect()
    };
    let (before, after) = (updated(&monday), updated(&edited));
    let changed: Vec<usize> = (0..before.len())
        .filter(|&i| before[i] != after[i])
        .collect();
    assert_eq!(changed, vec![3], "{before:?}\n{after:?}");
}

#[test]
fn the_next_session_cancelled_on_its_own_says_so_in_the_feed() {
    let t = crate::syndication_site::site();
    let original = t.read("content/events/stay-and-play.md");
    // Built on 1 September 2026: the next session is on Tuesday 8 September.
    t.write(
        "content/events/stay-and-play.md",
        &original.replace(
            "ages: 0-4\n",
            "ages: 0-4\nchanges:\n  - date: 2026-09-08\n    cancelled: true\n    note: Hall closed for repairs\n",
        ),
    );
    let files = crate::syndication_site::generate(&t);
    let atom = crate::syndication_site::text(&files, "en/feed.xml");
    let entry = atom
        .split("<entry")
        .find(|e| e.contains("/events/stay-and-play/"))
        .unwrap_or_else(|| panic!("no entry for the activity:\n{atom}"));
    assert!(
        entry.contains(
            "Tuesday, 8 September 2026, 10:00–11:30 · Cancelled · Hall closed for repairs"
        ),
        "{entry}"
    );
}
