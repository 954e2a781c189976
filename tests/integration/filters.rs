//! Filters on the listing, without a browser: the pre-rendered pages per area
//! and age group, their links, the sitemap, and the data the filter script
//! reads. (tests/integration/browser.rs drives them in Chromium.)

use crate::common;

use std::fs;
use std::path::Path;

use common::*;
use scraper::{Html, Selector};
use whatson::{build, BuildOptions, Now};

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn page(out: &Path, rel: &str) -> Html {
    Html::parse_document(
        &fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}")),
    )
}

const VENUE2: &str = "name: Stockwell Hall\naddress: 1 Stockwell Road, London\narea: Stockwell\n";
const BUMP: &str = "---\ntitle: Bump and baby yoga\nsummary: Stretch.\nvenue: stockwell-hall\nstarts: 2027-08-05 10:00\nends: 2027-08-05 11:00\nages: bump-1\ncost: £3\nspoken_languages: [pt]\ndrop_in: true\n---\n";
const TODDLERS: &str = "---\ntitle: Toddler disco\nsummary: Dance.\nvenue: stockwell-hall\nstarts: 2027-08-06 10:00\nends: 2027-08-06 11:00\nages: 2-4\nsiblings_welcome: true\ndrop_in: true\n---\n";

fn built() -> (TestSite, tempfile::TempDir) {
    let s = TestSite::new();
    s.write("content/venues/stockwell-hall.yaml", VENUE2);
    s.write("content/events/bump-yoga.md", BUMP);
    s.write("content/events/toddler-disco.md", TODDLERS);
    let out = tempfile::tempdir().unwrap();
    let r = build(&BuildOptions {
        root: s.root().to_path_buf(),
        out: Some(out.path().to_path_buf()),
        now: Now::parse("2027-08-01 09:00").unwrap(),
    });
    assert!(r.written, "{}", show(&r.diagnostics));
    (s, out)
}

fn titles(doc: &Html) -> Vec<String> {
    doc.select(&sel(".card-title a"))
        .map(|a| a.text().collect::<String>().trim().to_owned())
        .collect()
}

#[test]
fn area_and_age_pages_list_only_their_events() {
    let (_s, out) = built();
    let out = out.path();
    let all = titles(&page(out, "en/index.html"));
    assert_eq!(
        all,
        [
            "Circus skills family day",
            "Bump and baby yoga",
            "Toddler disco"
        ]
    );
    assert_eq!(
        titles(&page(out, "en/area/stockwell/index.html")),
        ["Bump and baby yoga", "Toddler disco"]
    );
    assert_eq!(
        titles(&page(out, "en/area/vassall/index.html")),
        ["Circus skills family day"]
    );
    assert!(titles(&page(out, "en/area/tulse-hill/index.html")).is_empty());
    assert_eq!(
        titles(&page(out, "en/age/bump/index.html")),
        ["Bump and baby yoga"]
    );
    assert_eq!(
        titles(&page(out, "en/age/0-1/index.html")),
        ["Circus skills family day", "Bump and baby yoga"]
    );
    assert_eq!(
        titles(&page(out, "en/age/3-4/index.html")),
        ["Circus skills family day", "Toddler disco"]
    );
    assert_eq!(
        titles(&page(out, "en/age/siblings/index.html")),
        ["Toddler disco"]
    );

    let doc = page(out, "en/area/stockwell/index.html");
    let h1: String = doc.select(&sel("h1")).next().unwrap().text().collect();
    assert_eq!(h1, "What's on in Stockwell");
    let title: String = doc.select(&sel("title")).next().unwrap().text().collect();
    assert_eq!(title, "What's on in Stockwell – What's On");
    // Its own link is marked current, and there is a way back to everything.
    let current: Vec<String> = doc
        .select(&sel(".filter-links [aria-current=page]"))
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .collect();
    assert_eq!(current, ["/en/area/stockwell/"]);
    let any_area: Vec<&str> = doc
        .select(&sel("ul[data-facet=area] a[data-value='']"))
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(any_area, ["/en/"]);
    // One set of controls: age and area are chips only, not also in the form.
    assert!(doc
        .select(&sel("#f-area, #f-age, select[name=age]"))
        .next()
        .is_none());
    assert!(doc.select(&sel("#f-day")).next().is_some());
}

#[test]
fn the_listing_links_every_filtered_page_and_keeps_the_form_for_scripts() {
    let (_s, out) = built();
    let doc = page(out.path(), "pt/index.html");
    let links: Vec<String> = doc
        .select(&sel("nav.filter-links a, .filter-box a"))
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .collect();
    for want in [
        "/pt/age/bump/",
        "/pt/age/0-1/",
        "/pt/age/1-2/",
        "/pt/age/2-3/",
        "/pt/age/3-4/",
        "/pt/age/siblings/",
        "/pt/area/coldharbour/",
        "/pt/area/stockwell/",
        "/pt/area/tulse-hill/",
        "/pt/area/vassall/",
        "/pt/festivals/summer-2027/",
    ] {
        assert!(links.iter().any(|l| l == want), "{want} not in {links:?}");
    }
    // The form is hidden until the script shows it; the script is external.
    let form = doc.select(&sel("form#filters")).next().expect("form");
    assert!(form.value().attr("hidden").is_some());
    assert_eq!(form.value().attr("data-tz"), Some("Europe/London"));
    let script = doc.select(&sel("script[src]")).next().expect("script");
    assert_eq!(script.value().attr("src"), Some("/static/filters.js"));
    assert!(script.value().attr("defer").is_some());
    // Every card carries what the script filters by.
    let card = doc
        .select(&sel("article.card"))
        .find(|c| c.text().any(|t| t.contains("Bump and baby yoga")))
        .expect("card");
    let a = |n: &str| card.value().attr(n).unwrap_or("<none>").to_owned();
    assert_eq!(a("data-ages"), "bump 0-1 1-2");
    assert_eq!(a("data-area"), "stockwell");
    assert_eq!(a("data-festival"), "");
    assert_eq!(a("data-free"), "0");
    assert_eq!(a("data-langs"), "pt");
    assert_eq!(
        (a("data-date"), a("data-end")),
        ("2027-08-05".into(), "2027-08-05".into())
    );
    // The live count has a form for each plural category Portuguese uses.
    let count = doc
        .select(&sel("#filter-count[aria-live=polite]"))
        .next()
        .expect("count");
    assert!(count.value().attr("data-plural-one").is_some());
    assert!(count
        .value()
        .attr("data-plural-other")
        .unwrap()
        .contains("{n}"));
}

#[test]
fn filtered_pages_are_in_the_sitemap_with_alternates_and_switch_language_in_place() {
    let (_s, out) = built();
    let sitemap = fs::read_to_string(out.path().join("sitemap.xml")).unwrap();
    for lang in ["en", "pt", "ar"] {
        for rest in ["area/tulse-hill/", "age/2-3/", "age/bump/"] {
            let loc = format!("<loc>https://whatson.example.org/{lang}/{rest}</loc>");
            assert!(sitemap.contains(&loc), "{loc}");
        }
    }
    assert!(sitemap
        .contains("hreflang=\"ar\" href=\"https://whatson.example.org/ar/area/tulse-hill/\""));
    let doc = page(out.path(), "ar/area/tulse-hill/index.html");
    let html = doc.select(&sel("html")).next().unwrap();
    assert_eq!(html.value().attr("dir"), Some("rtl"));
    let switch: Vec<String> = doc
        .select(&sel("nav.langs a"))
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .collect();
    assert_eq!(
        switch,
        [
            "/en/area/tulse-hill/",
            "/pt/area/tulse-hill/",
            "/ar/area/tulse-hill/"
        ]
    );
    let alternates = doc
        .select(&sel("link[rel=alternate][hreflang=pt]"))
        .next()
        .unwrap();
    assert_eq!(
        alternates.value().attr("href"),
        Some("https://whatson.example.org/pt/area/tulse-hill/")
    );
}

/// A script may filter a listing page's cards in place only when the page
/// holds every session of its weeks or month (`data-whole`): past 60 the rest
/// are on other pages, so its chips must stay links to the complete
/// pre-rendered pages, not say "nothing on" for what is there.
#[test]
fn a_listing_cut_at_sixty_sessions_tells_scripts_to_follow_the_chips() {
    let (_s, out) = built();
    let small = page(out.path(), "en/index.html");
    assert_eq!(
        small
            .select(&sel("nav#choose"))
            .next()
            .and_then(|n| n.value().attr("data-whole")),
        Some("true"),
        "a short listing holds all its sessions"
    );

    let s = TestSite::new();
    s.write("content/venues/stockwell-hall.yaml", VENUE2);
    for i in 0..61 {
        let (day, hour) = (2 + i / 10, 8 + i % 10);
        s.write(
            &format!("content/events/class-{i}.md"),
            &format!(
                "---\ntitle: Class {i}\nsummary: Play.\nvenue: stockwell-hall\nstarts: 2027-08-0{day} {hour:02}:00\nends: 2027-08-0{day} {hour:02}:30\nages: 2-4\ndrop_in: true\n---\n"
            ),
        );
    }
    let out = tempfile::tempdir().unwrap();
    let r = build(&BuildOptions {
        root: s.root().to_path_buf(),
        out: Some(out.path().to_path_buf()),
        now: Now::parse("2027-08-01 09:00").unwrap(),
    });
    assert!(r.written, "{}", show(&r.diagnostics));
    let whole = |rel: &str| {
        page(out.path(), rel)
            .select(&sel("nav#choose"))
            .next()
            .and_then(|n| n.value().attr("data-whole").map(str::to_owned))
    };
    assert_eq!(whole("en/index.html"), None, "60 of 62 sessions: not whole");
    assert_eq!(whole("en/2027-08/index.html"), None, "August is cut too");
    assert_eq!(
        whole("en/2027-08/2/index.html"),
        None,
        "so is its second page"
    );
}
