//! Areas with postcodes, events only for some areas, the family finder's
//! pages and index, and the links page. (tests/integration/browser.rs drives
//! the finder in Chromium.)

use crate::common;

use std::fs;
use std::path::Path;

use common::*;
use whatson::{build, BuildOptions, Now};

const AREAS: &str = "areas:\n  - name: Coldharbour\n    postcodes: [SW9 7, sw9  8]\n  - name: Stockwell\n    postcodes: [SW9 0, SW9 9, SW8 1]\n  - Tulse Hill\n  - name: Vassall\n    postcodes: [SE5, SW9 6]\n";

fn site_with_areas(areas: &str) -> TestSite {
    let s = TestSite::new();
    s.write(
        "content/site.yaml",
        &SITE_YAML.replace(
            "areas: [Coldharbour, Stockwell, Tulse Hill, Vassall]\n",
            areas,
        ),
    );
    s
}

fn event(extra: &str) -> String {
    format!("---\ntitle: Cook and eat\nsummary: Cook.\nvenue: myatts-fields-park\nstarts: 2027-08-05 10:00\nends: 2027-08-05 11:00\nages: 0-4\ndrop_in: true\n{extra}---\nBody.\n")
}

#[test]
fn old_plain_area_lists_and_new_postcodes_are_both_valid() {
    let s = site_with_areas(AREAS);
    s.write("content/events/cook.md", &event("for_areas: [Stockwell]\n"));
    let d = s.check();
    assert!(d.is_empty(), "{}", show(&d));
    // The fixture's `areas: [..]` on one line is checked by every other test.
}

#[test]
fn a_malformed_postcode_is_an_error_at_its_line_with_the_fix() {
    let s = site_with_areas(&AREAS.replace("[SE5, SW9 6]", "[SE5, SW9 6AB]"));
    let e = only_error(&s.check());
    assert_eq!((e.file.as_str(), e.line), ("content/site.yaml", 16));
    assert_eq!(e.message, "`SW9 6AB` is not a postcode district or sector");
    assert_eq!(
        e.fix.as_deref(),
        Some("that is a whole postcode: write its sector, `SW9 6`")
    );

    let s = site_with_areas(&AREAS.replace("[SE5, SW9 6]", "[SE5, Brixton]"));
    let e = only_error(&s.check());
    assert_eq!(e.line, 16);
    assert!(e.fix.as_deref().unwrap_or("").contains("`SW9 0`"), "{e}");
}

#[test]
fn a_postcode_in_two_areas_names_both() {
    let s = site_with_areas(&AREAS.replace("[SE5, SW9 6]", "[SE5, sw9 0]"));
    let e = only_error(&s.check());
    assert_eq!(e.line, 16);
    assert_eq!(
        e.message,
        "`SW9 0` is already in the area `Stockwell` (line 13)"
    );
    assert!(e.fix.as_deref().unwrap_or("").contains("one area only"));
}

#[test]
fn empty_postcode_and_for_areas_lists_are_errors() {
    let s = site_with_areas(&AREAS.replace("[SE5, SW9 6]", "[]"));
    let e = only_error(&s.check());
    assert_eq!(e.line, 16);
    assert_eq!(e.message, "the postcodes of `Vassall` are an empty list");

    let s = site_with_areas(AREAS);
    s.write("content/events/cook.md", &event("for_areas: []\n"));
    let e = only_error(&s.check());
    assert_eq!((e.file.as_str(), e.line), ("content/events/cook.md", 9));
    assert_eq!(e.message, "`for_areas` is an empty list");
}

#[test]
fn an_event_for_an_unknown_area_suggests_the_nearest() {
    let s = site_with_areas(AREAS);
    s.write(
        "content/events/cook.md",
        &event("for_areas: [Stockwell, Stockwel]\n"),
    );
    let e = only_error(&s.check());
    assert_eq!((e.file.as_str(), e.line), ("content/events/cook.md", 9));
    assert_eq!(e.message, "`Stockwel` is not one of the site's areas");
    assert_eq!(e.fix.as_deref(), Some("did you mean `Stockwell`?"));
    // `whatson check` says the same, at file:line.
    let out = whatson()
        .args(["check", "--root"])
        .arg(s.root())
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        text.contains("content/events/cook.md:9") && text.contains("did you mean `Stockwell`?"),
        "{text}"
    );
}

/// Builds `s` into `out` on 1 August 2027.
fn build_into(s: &TestSite, out: &Path) -> whatson::BuildReport {
    build(&BuildOptions {
        root: s.root().to_path_buf(),
        out: Some(out.to_path_buf()),
        now: Now::parse("2027-08-01 09:00").unwrap(),
    })
}

fn built() -> (TestSite, tempfile::TempDir) {
    let s = site_with_areas(AREAS);
    s.write("content/events/cook.md", &event("for_areas: [Stockwell]\n"));
    let out = tempfile::tempdir().unwrap();
    let r = build_into(&s, out.path());
    assert!(r.written, "{}", show(&r.diagnostics));
    (s, out)
}

/// A built file, with the `/` Tera escapes in attributes put back.
fn read(out: &Path, rel: &str) -> String {
    fs::read_to_string(out.join(rel))
        .unwrap_or_else(|e| panic!("{rel}: {e}"))
        .replace("&#x2F;", "/")
}

#[test]
fn finder_pages_answer_without_javascript_and_respect_for_areas() {
    let (_s, out) = built();
    let out = out.path();
    for lang in ["en", "pt", "ar"] {
        let page = read(out, &format!("{lang}/finder/index.html"));
        // The postcode box has no name: a form sent by mistake carries nothing.
        assert!(page.contains("id=\"fd-postcode\""));
        assert!(!page.contains("name=\"postcode\""));
        assert!(
            page.contains(&format!("/{lang}/finder/area/stockwell/")),
            "{lang}"
        );
        assert!(page.contains("SW9 0, SW9 9, SW8 1"));
        assert!(page.contains("hreflang=\"pt\" href=\"https://whatson.example.org/pt/finder/\""));
        let choice = read(out, &format!("{lang}/finder/area/stockwell/index.html"));
        assert!(choice.contains(&format!("/{lang}/finder/area/stockwell/0-1/")));
    }
    let stockwell = read(out, "en/finder/area/stockwell/0-1/index.html");
    let vassall = read(out, "en/finder/area/vassall/0-1/index.html");
    let everyone = read(out, "en/finder/everyone/0-1/index.html");
    let expecting = read(out, "en/finder/area/stockwell/bump/index.html");
    assert!(stockwell.contains("Cook and eat") && stockwell.contains("Circus skills"));
    assert!(stockwell.contains("For families living in Stockwell: Babies under 1"));
    assert!(!vassall.contains("Cook and eat") && vassall.contains("Circus skills"));
    assert!(!everyone.contains("Cook and eat") && everyone.contains("Circus skills"));
    assert!(!expecting.contains("Cook and eat"));
    // The event's own page and its card say who may come, the name isolated.
    let ev = read(out, "ar/events/cook/index.html");
    assert!(
        ev.contains("فقط للعائلات المقيمة في <bdi translate=\"no\">Stockwell</bdi>"),
        "{ev}"
    );
    assert!(read(out, "en/index.html")
        .contains("Only for families living in <bdi translate=\"no\">Stockwell</bdi>"));
    let sitemap = read(out, "sitemap.xml");
    for p in [
        "en/finder/",
        "ar/finder/area/stockwell/",
        "pt/finder/everyone/3-4/",
        "en/links/",
    ] {
        assert!(
            sitemap.contains(&format!("https://whatson.example.org/{p}<")),
            "{p}"
        );
    }
    assert!(!sitemap.contains("index.json"));
}

#[test]
fn the_finder_index_holds_what_the_script_needs_and_no_more() {
    let (_s, out) = built();
    let text = read(out.path(), "en/finder/index.json");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["ages"][0], "bump");
    assert_eq!(
        v["areas"][1],
        serde_json::json!(["Stockwell", "stockwell", ["SW9 0", "SW9 9", "SW8 1"]])
    );
    assert_eq!(
        v["areas"][2],
        serde_json::json!(["Tulse Hill", "tulse-hill", []])
    );
    assert_eq!(v["areas"][0][2], serde_json::json!(["SW9 7", "SW9 8"]));
    let events = v["events"].as_array().unwrap();
    // Soonest first: the circus (4 August) before cooking (5 August).
    assert_eq!(events[0][0], "circus");
    assert_eq!(events[1][0], "cook");
    assert_eq!(events[1][4], serde_json::json!([1]));
    assert_eq!(events[0][4], serde_json::json!([]));
    // 0-4: the four age groups after `bump`, not bump or siblings.
    assert_eq!(events[1][3], 0b011110);
    assert_eq!(
        v["venues"][events[1][5].as_u64().unwrap() as usize],
        "Myatt's Fields Park"
    );
    assert!(events[1][2].as_str().unwrap().contains("5 August 2027"));
    let pt = read(out.path(), "pt/finder/index.json");
    assert!(pt.contains("agosto"), "{pt}");
    assert!(text.len() < 1200, "{} bytes", text.len());
}

#[test]
fn the_links_page_lists_the_festival_and_qr_sheet_links() {
    let (s, _) = built();
    s.write(
        "content/qr-sheets/links.yaml",
        "title: Useful links\nlinks:\n  - { label: Healthy Start, url: \"https://www.healthystart.nhs.uk/\" }\n",
    );
    let out = tempfile::tempdir().unwrap();
    let r = build_into(&s, out.path());
    assert!(r.written, "{}", show(&r.diagnostics));
    let page = read(out.path(), "en/links/index.html");
    assert!(page.contains("/en/festivals/summer-2027/"));
    assert!(page.contains("Summer Festival of Family Fun"));
    assert!(page.contains("/en/events/circus/"));
    assert!(page.contains("href=\"https://www.healthystart.nhs.uk/\""));
    assert!(page.contains("Healthy Start"));
    assert!(!page.contains("<script"), "the links page stays light");
    assert!(read(out.path(), "ar/links/index.html").contains("dir=\"rtl\""));

    // Its own short link, kept in the register, forwarding to the page, with
    // its QR code on the print index.
    let register = s.read("content/short-links.yaml");
    let line = register
        .lines()
        .find(|l| l.starts_with('"') && l.contains("links: true"))
        .unwrap_or_else(|| panic!("{register}"));
    assert!(line.ends_with("{ links: true, lang: \"en\" }"), "{line}");
    let code = &line[1..7];
    let redirect = read(out.path(), &format!("b/{code}/index.html"));
    assert!(
        redirect.contains("url=https://whatson.example.org/en/links/?"),
        "{redirect}"
    );
    let index = read(out.path(), "print/index.html");
    assert!(index.contains(&format!("https://whatson.example.org/b/{code}/")));
    assert!(index.contains("<svg"));
    // A second build reads the register back and keeps the same line.
    let again = build_into(&s, out.path());
    assert!(again.written, "{}", show(&again.diagnostics));
    assert_eq!(s.read("content/short-links.yaml"), register);
}

/// A site whose own theme and strings predate the finder and links page:
/// it still builds, the borrowed pages speak the built-in English, and one
/// warning names the strings to add. (Strings its own templates use stay
/// required.)
#[test]
fn an_older_theme_and_locale_without_the_new_pages_still_build() {
    let (s, _) = built();
    s.remove("themes/default/templates/finder.html");
    s.remove("themes/default/templates/links.html");
    let en: String = s
        .read("locales/en.ftl")
        .lines()
        .filter(|l| {
            let own = [
                "finder-heading",
                "finder-results-note",
                "finder-start-again",
            ];
            own.iter().any(|k| l.starts_with(k))
                || !["finder-", "links-", "event-for-areas"]
                    .iter()
                    .any(|k| l.starts_with(k))
        })
        .map(|l| format!("{l}\n"))
        .collect();
    s.write("locales/en.ftl", &en);
    let out = tempfile::tempdir().unwrap();
    let r = build_into(&s, out.path());
    assert!(r.written, "{}", show(&r.diagnostics));
    let warned: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.file == "locales/en.ftl" && d.message.contains("finder-intro"))
        .collect();
    assert_eq!(warned.len(), 1, "{}", show(&r.diagnostics));
    let page = read(out.path(), "en/finder/index.html");
    assert!(page.contains("Tell us where you live"), "{page}");
    assert!(!page.contains("finder-intro"), "{page}");
}
