//! `whatson newsletter`: the e-mail HTML follows the rules e-mail programs
//! need (inline styles only, no script, under 100 KB, absolute pictures with
//! alt text, right to left for Arabic), every link leads somewhere real,
//! booking links carry the newsletter's tracking, the text twin has every
//! event, new and changed events are named, and each issue is a page on the
//! built site. In Chromium, at 600 and 320 px, nothing scrolls sideways.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use scraper::{Html, Selector};
use url::Url;

use crate::common::{copy_dir, whatson, TestSite};

const FIRST: &str = "2027-07-05";
const DATE: &str = "2027-07-19";
const BASE: &str = "https://whatson.example.org/";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(root: &Path, args: &[&str]) -> std::process::Output {
    let out = whatson()
        .args(args)
        .arg("--root")
        .arg(root)
        .output()
        .expect("run whatson");
    assert!(
        out.status.success(),
        "whatson {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The bundled sample site, with a newsletter issued, then one event edited
/// and one added, a second issued, and the site built.
fn sample() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for d in ["content", "locales", "themes"] {
        copy_dir(&repo().join(d), &dir.path().join(d));
    }
    let root = dir.path();
    run(root, &["newsletter", "--from", FIRST]);
    let edited = root.join("content/events/summer-2027/big-splash-water-play-2027.md");
    let text = fs::read_to_string(&edited).unwrap();
    fs::write(
        &edited,
        text.replacen("\nsummary: ", "\nsummary: Now with face painting. ", 1),
    )
    .unwrap();
    fs::write(
        root.join("content/events/splash-and-story-2027.md"),
        "---\ntitle: Splash and story morning\nsummary: Water play, then a story.\nvenue: myatts-fields-park\nstarts: 2027-07-24 10:00\nends: 2027-07-24 12:00\nages: 1-3\ncost: free\nbooking: https://www.eventbrite.co.uk/e/555?ref=site\n---\nBring a towel.\n",
    )
    .unwrap();
    run(root, &["newsletter", "--from", DATE]);
    let out = whatson()
        .args(["build", "--quiet", "--now", "2027-07-01 09:00", "--root"])
        .arg(root)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// The booking link of every event, by id.
fn bookings(root: &Path) -> BTreeMap<String, Url> {
    let mut d = whatson::diagnostics::Diagnostics::new();
    let loaded = whatson::load::load(root, &mut d);
    let content = whatson::validate::validate(&loaded, &mut d).expect("valid sample");
    content
        .events
        .values()
        .filter_map(|e| Some((e.id.clone(), e.booking.clone()?)))
        .collect()
}

/// The file a site address is published as, if it is one of the site's.
fn published(public: &Path, href: &str) -> Option<PathBuf> {
    let u = Url::parse(href).ok()?;
    if !href.starts_with(BASE) {
        return None;
    }
    let path = u.path().trim_start_matches('/');
    Some(if path.is_empty() || path.ends_with('/') {
        public.join(path).join("index.html")
    } else {
        public.join(path)
    })
}

#[test]
fn every_language_follows_the_email_rules_and_its_links_lead_somewhere() {
    let site = sample();
    let root = site.path();
    let public = root.join("public");
    let bookings = bookings(root);
    let languages = ["en", "pt", "es", "pl", "fr", "it", "so", "ar", "am", "ti"];
    for lang in languages {
        let html_path = root.join(format!("newsletter/{DATE}/{lang}.html"));
        let html = fs::read_to_string(&html_path).unwrap();
        let text = fs::read_to_string(root.join(format!("newsletter/{DATE}/{lang}.txt"))).unwrap();
        assert!(html.len() < 100 * 1024, "{lang}: {} bytes", html.len());
        for tag in ["<script", "<style", "<link", "<iframe", "<form"] {
            assert!(!html.contains(tag), "{lang}: has {tag}");
        }
        let doc = Html::parse_document(&html);
        let root_el = doc.root_element();
        assert_eq!(root_el.value().attr("lang"), Some(lang));
        let dir = if lang == "ar" { "rtl" } else { "ltr" };
        assert_eq!(root_el.value().attr("dir"), Some(dir), "{lang}");
        assert!(
            doc.select(&sel("table.main")).next().is_some(),
            "{lang}: no layout table"
        );
        // Every element that shows something is styled in place.
        for p in doc.select(&sel("p, h1, h2, h3, a, td.cell")) {
            assert!(
                p.value().attr("style").is_some(),
                "{lang}: {} without style",
                p.html()
            );
        }
        let pre = doc.select(&sel(".preheader")).next().expect("preheader");
        assert!(pre.value().attr("style").unwrap().contains("display: none"));
        // Pictures: absolute, published, described.
        let imgs: Vec<_> = doc.select(&sel("img")).collect();
        assert!(
            !imgs.is_empty(),
            "{lang}: the festival's picture is missing"
        );
        for img in imgs {
            let src = img.value().attr("src").unwrap();
            assert!(src.starts_with(BASE), "{lang}: {src}");
            assert!(
                published(&public, src).unwrap().is_file(),
                "{lang}: {src} not built"
            );
            assert!(!img.value().attr("alt").unwrap_or("").trim().is_empty());
        }
        // Site links exist in the build; other links are booking links of
        // the event on the same card, with the newsletter's tracking.
        for a in doc.select(&sel("a")) {
            let href = a.value().attr("href").unwrap();
            if let Some(file) = published(&public, href) {
                assert!(file.is_file(), "{lang}: {href} is not in the built site");
            }
        }
        let mut booked = 0;
        for card in doc.select(&sel("td.cell")) {
            let event_url = card
                .select(&sel("h3 a"))
                .next()
                .and_then(|a| a.value().attr("href"))
                .unwrap();
            let id = event_url.trim_end_matches('/').rsplit('/').next().unwrap();
            let title: String = card.select(&sel("h3")).next().unwrap().text().collect();
            assert!(
                text.contains(title.trim()),
                "{lang}: text twin lacks {title}"
            );
            assert!(
                text.contains(event_url),
                "{lang}: text twin lacks {event_url}"
            );
            for a in card.select(&sel("table.btn a")) {
                let href = Url::parse(a.value().attr("href").unwrap()).unwrap();
                let q: BTreeMap<String, String> = href.query_pairs().into_owned().collect();
                assert_eq!(q.get("utm_source").map(String::as_str), Some("newsletter"));
                assert_eq!(q.get("utm_medium").map(String::as_str), Some("email"));
                assert_eq!(q.get("utm_campaign").map(String::as_str), Some(DATE));
                let mut bare = href.clone();
                let kept: Vec<(String, String)> = href
                    .query_pairs()
                    .into_owned()
                    .filter(|(k, _)| !k.starts_with("utm_"))
                    .collect();
                bare.set_query(None);
                if !kept.is_empty() {
                    bare.query_pairs_mut().extend_pairs(kept);
                }
                assert_eq!(
                    Some(&bare),
                    bookings.get(id),
                    "{lang}: booking link of {id}"
                );
                assert!(
                    text.contains(href.as_str()),
                    "{lang}: text twin lacks {href}"
                );
                booked += 1;
            }
        }
        assert!(booked > 0, "{lang}: no booking links");
        // The new event and the edited one are named in their own section,
        // and marked again where they fall in the fortnight.
        let marks: Vec<String> = doc
            .select(&sel("p.mark"))
            .map(|m| m.text().collect())
            .collect();
        assert_eq!(marks.len(), 4, "{lang}: {marks:?}");
        assert_eq!(marks[0], marks[2], "{lang}: {marks:?}");
        assert_ne!(marks[0], marks[1], "{lang}: {marks:?}");
        assert!(html.contains("/events/splash-and-story-2027/"));
        // The web page is the e-mail, at the address it links to.
        let page = public.join(format!("{lang}/newsletter/{DATE}/index.html"));
        assert_eq!(fs::read_to_string(page).unwrap(), html, "{lang}");
        assert!(public
            .join(format!("{lang}/newsletter/{FIRST}/index.html"))
            .is_file());
    }
    let en = fs::read_to_string(root.join(format!("newsletter/{DATE}/en.txt"))).unwrap();
    assert!(en.contains("[New] Splash and story morning"), "{en}");
    assert!(en.contains("[Updated] Big Splash Water Play Day"), "{en}");
    // A regular activity is listed once, however many sessions it has.
    assert_eq!(en.matches("* Stay and Play\n").count(), 1, "{en}");
    assert!(en.contains("https://www.eventbrite.co.uk/e/555?ref=site&utm_source=newsletter&utm_medium=email&utm_campaign=2027-07-19"));

    // Made again: the same bytes (nothing else changed).
    let before = fs::read(root.join(format!("newsletter/{DATE}/ar.html"))).unwrap();
    run(root, &["newsletter", "--from", DATE, "--lang", "ar"]);
    assert_eq!(
        fs::read(root.join(format!("newsletter/{DATE}/ar.html"))).unwrap(),
        before
    );
}

#[test]
fn a_big_site_stays_under_100_kb_and_says_what_is_left_for_the_website() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    crate::generator::write_site(&crate::generator::Options::new(4000, 2), &root).unwrap();
    let out = run(&root, &["newsletter", "--from", "2027-03-01"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("more left for the website"), "{said}");
    let mut n = 0;
    for entry in fs::read_dir(root.join("newsletter/2027-03-01")).unwrap() {
        let p = entry.unwrap().path();
        let len = fs::metadata(&p).unwrap().len();
        if p.extension().is_some_and(|e| e == "html") {
            assert!(len < 100 * 1024, "{}: {len} bytes", p.display());
            let html = fs::read_to_string(&p).unwrap();
            if p.ends_with("en.html") {
                assert!(html.contains("more events are on the website"));
                // What is cut is spread over the days: the last one still has events.
                assert!(html.contains(">Sunday, 14 March 2027</h2>"), "last day cut");
            }
            n += 1;
        }
    }
    assert_eq!(n, 2);
}

#[test]
fn mistakes_are_refused_with_the_fix() {
    let t = TestSite::new();
    let fail = |args: &[&str]| {
        let out = whatson()
            .args(args)
            .arg("--root")
            .arg(t.root())
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?} should fail");
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    assert!(fail(&["newsletter", "--lang", "xx"]).contains("use one of: en, pt, ar"));
    assert!(fail(&["newsletter", "--weeks", "0"]).contains("1 to 8 weeks"));
    assert!(fail(&["newsletter", "--from", "4/8/2027"]).contains("YYYY-MM-DD"));
    run(t.root(), &["newsletter", "--from", "2027-08-02"]);
    assert!(t.path("newsletter/2027-08-02/ar.html").is_file());
    let e = fail(&["newsletter", "--from", "2027-07-01"]);
    assert!(e.contains("2027-08-02") && e.contains("on or after"), "{e}");
    // A hand-edited record stops the build at its line, saying what to do.
    let record = t.read("content/newsletters.yaml");
    t.write(
        "content/newsletters.yaml",
        &record.replace("weeks: 2", "weeks: 20"),
    );
    let out = whatson()
        .args(["build", "--root"])
        .arg(t.root())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(e.contains("content/newsletters.yaml:6"), "{e}");
    assert!(e.contains("git checkout content/newsletters.yaml"), "{e}");
}

/// In Chromium at 600 and 320 px: no sideways scrolling; screenshots saved
/// to tests/output/ to look at.
#[test]
fn chromium_shows_the_email_without_sideways_scrolling() {
    let chromium = crate::browser::chromium();
    crate::browser::node_ready();
    let site = sample();
    let files: Vec<serde_json::Value> = ["en", "ar", "am"]
        .iter()
        .map(|l| {
            serde_json::json!({
                "name": l,
                "path": site.path().join(format!("newsletter/{DATE}/{l}.html")),
            })
        })
        .collect();
    let cfg = serde_json::json!({
        "chromium": chromium,
        "files": files,
        "out": repo().join("tests/output"),
    });
    let out = Command::new("node")
        .arg(repo().join("tests/browser/newsletter.mjs"))
        .arg(cfg.to_string())
        .output()
        .expect("node");
    let said = String::from_utf8_lossy(&out.stdout);
    println!("{said}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{said}");
    assert_eq!(said.matches("ok   ").count(), 6, "{said}");
}
