//! End-to-end: the bundled sample site and small test sites, built for real and
//! checked the way a parent's browser and a search engine would see them.

use crate::common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use common::*;
use scraper::{Html, Selector};
use whatson::{build, BuildOptions, Now};

const NOW: &str = "2026-11-23 09:00";

fn now() -> Now {
    Now::parse(NOW).unwrap()
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn page(out: &Path, rel: &str) -> Html {
    let text = fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    Html::parse_document(&text)
}

/// Every file under `dir`, relative path → bytes, but the writer's manifest
/// (which records file times).
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file() && e.path() != dir.join(".whatson-manifest"))
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (rel, fs::read(e.path()).unwrap())
        })
        .collect()
}

fn build_sample(out: &Path) -> whatson::BuildReport {
    let report = build(&BuildOptions {
        root: repo(),
        out: Some(out.to_path_buf()),
        now: now(),
    });
    assert!(
        report.written,
        "sample site failed to build:\n{}",
        show(&report.diagnostics)
    );
    report
}

fn site_languages() -> Vec<(String, String)> {
    // Read the codes straight from site.yaml so the test follows the sample.
    let text = fs::read_to_string(repo().join("content/site.yaml")).unwrap();
    text.lines()
        .filter_map(|l| {
            let l = l.trim();
            let code = l
                .split("code:")
                .nth(1)?
                .split(',')
                .next()?
                .trim()
                .to_owned();
            let dir = if l.contains("dir: rtl") || code == "ar" {
                "rtl"
            } else {
                "ltr"
            };
            Some((code, dir.to_owned()))
        })
        .collect()
}

#[test]
fn sample_site_builds_every_page_in_every_language() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let report = build_sample(&out);
    assert!(!report.diagnostics.has_errors());
    let langs = site_languages();
    assert!(langs.len() >= 6, "the sample has at least 6 languages");

    let events: Vec<String> = walkdir::WalkDir::new(repo().join("content/events"))
        .into_iter()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_str()?.to_owned();
            let stem = name.strip_suffix(".md")?;
            (!stem.contains('.')).then(|| stem.to_owned())
        })
        .collect();
    assert!(events.len() >= 25);

    for (code, dir) in &langs {
        for rel in [format!("{code}/index.html"), format!("{code}/404.html")]
            .into_iter()
            .chain(
                events
                    .iter()
                    .map(|id| format!("{code}/events/{id}/index.html")),
            )
        {
            let doc = page(&out, &rel);
            let html = doc.select(&sel("html")).next().unwrap();
            assert_eq!(html.value().attr("lang"), Some(code.as_str()), "{rel}");
            assert_eq!(html.value().attr("dir"), Some(dir.as_str()), "{rel}");
            // hreflang alternates to every language plus x-default.
            let alternates: Vec<&str> = doc
                .select(&sel("link[rel=alternate][hreflang]"))
                .filter_map(|l| l.value().attr("hreflang"))
                .collect();
            for (other, _) in &langs {
                assert!(
                    alternates.contains(&other.as_str()),
                    "{rel} lacks hreflang {other}"
                );
            }
            assert!(alternates.contains(&"x-default"), "{rel} lacks x-default");
        }
    }
    for f in [
        "index.html",
        "404.html",
        "sitemap.xml",
        "robots.txt",
        "static/style.css",
    ] {
        assert!(out.join(f).is_file(), "{f} missing");
    }
}

#[test]
fn language_switcher_leads_to_the_same_page() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_sample(&out);
    let some_event = fs::read_dir(out.join("en/events"))
        .unwrap()
        .flatten()
        .next()
        .unwrap()
        .file_name();
    let id = some_event.to_str().unwrap();
    let doc = page(&out, &format!("en/events/{id}/index.html"));
    for (code, _) in site_languages() {
        let want = format!("/{code}/events/{id}/");
        assert!(
            doc.select(&sel("a[hreflang]"))
                .any(|a| a.value().attr("href") == Some(want.as_str())),
            "no switcher link to {want}"
        );
        assert!(out.join(format!("{code}/events/{id}/index.html")).is_file());
    }
}

#[test]
fn root_page_offers_each_language_in_its_own_name() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_sample(&out);
    let doc = page(&out, "index.html");
    let text = fs::read_to_string(repo().join("content/site.yaml")).unwrap();
    for (code, _) in site_languages() {
        let name = text
            .lines()
            .find(|l| l.contains(&format!("code: {code},")))
            .and_then(|l| l.split("name:").nth(1))
            .map(|n| {
                n.trim()
                    .trim_end_matches('}')
                    .trim()
                    .trim_matches('"')
                    .to_owned()
            })
            .unwrap();
        let link = doc
            .select(&sel(&format!("main a[href=\"/{code}/\"]")))
            .next()
            .unwrap_or_else(|| panic!("no link to /{code}/ on the root page"));
        let part = |s: &str| {
            link.select(&sel(s))
                .next()
                .map(|e| e.text().collect::<String>())
                .unwrap_or_default()
        };
        assert_eq!(part(".name").trim(), name);
        assert_eq!(link.value().attr("lang"), Some(code.as_str()));
        // Each choice greets in its own language, from its own strings.
        let ftl = fs::read_to_string(repo().join(format!("locales/{code}.ftl"))).unwrap();
        let greeting = ftl
            .lines()
            .find_map(|l| l.strip_prefix("language-picker-heading = "))
            .unwrap();
        assert_eq!(part(".greeting"), greeting, "{code}");
    }
}

#[test]
fn listing_is_in_date_order_and_past_events_are_gone() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_sample(&out);
    let doc = page(&out, "en/index.html");
    // One-off events by day, in order; regular activities once each in
    // their own section (tests/integration/phone.rs).
    let times: Vec<String> = doc
        .select(&sel("main section.day:not(.regular) time[datetime]"))
        .filter_map(|t| t.value().attr("datetime").map(str::to_owned))
        .collect();
    assert!(times.len() >= 2, "listing shows events");
    assert!(
        doc.select(&sel("#regular article.card")).count() >= 3,
        "and the regular activities"
    );
    let starts: Vec<jiff::Timestamp> = times
        .iter()
        .filter(|t| t.len() > 10)
        .map(|t| t.parse::<jiff::Timestamp>().unwrap())
        .collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted, "listing is in date order");
    // A busier month page too.
    let month = page(&out, "en/2027-06/index.html");
    let starts: Vec<jiff::Timestamp> = month
        .select(&sel("main section.day:not(.regular) time[datetime]"))
        .filter_map(|t| t.value().attr("datetime"))
        .filter(|t| t.len() > 10)
        .map(|t| t.parse::<jiff::Timestamp>().unwrap())
        .collect();
    assert!(starts.len() >= 5, "June has several events");
    assert!(
        starts.windows(2).all(|w| w[0] <= w[1]),
        "June is in date order"
    );
    // Nothing dated before today.
    for t in &times {
        assert!(t.as_str() >= "2026-11-23", "past date {t} on the listing");
    }
    // Events that ended before --now have pages but are not listed.
    let listing = fs::read_to_string(out.join("en/index.html")).unwrap();
    let past: Vec<String> = expanded_sample()
        .into_iter()
        .filter(|(_, past)| *past)
        .map(|(id, _)| id)
        .collect();
    assert!(!past.is_empty(), "the sample has some past events");
    for id in past {
        assert!(
            !listing.contains(&format!("/en/events/{id}/\"")),
            "past event {id} is listed"
        );
        assert!(out.join(format!("en/events/{id}/index.html")).is_file());
    }
}

/// (event id, all sessions over) for the sample site at NOW.
fn expanded_sample() -> Vec<(String, bool)> {
    let (generated, d) = whatson::generate(&repo(), now());
    let g = generated.unwrap_or_else(|| panic!("{}", show(&d)));
    let expanded = whatson::expand::expand(&g.content, &g.now);
    g.content
        .events
        .keys()
        .map(|id| {
            let past = expanded.for_event(id).all(|o| o.is_past(&g.now));
            (id.clone(), past)
        })
        .collect()
}

#[test]
fn builds_are_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    build_sample(&a);
    build_sample(&b);
    let (ta, tb) = (tree(&a), tree(&b));
    assert!(ta.len() > 100);
    assert_eq!(ta.keys().collect::<Vec<_>>(), tb.keys().collect::<Vec<_>>());
    for (path, bytes) in &ta {
        assert!(bytes == &tb[path], "{path} differs between two builds");
    }
}

#[test]
fn one_thread_or_many_give_the_same_files() {
    let tmp = tempfile::tempdir().unwrap();
    let mut trees = Vec::new();
    for threads in ["1", "2", "5"] {
        let out = tmp.path().join(format!("t{threads}"));
        let status = whatson()
            .args(["build", "--now", "2026-11-23 09:00", "--out"])
            .arg(&out)
            .current_dir(repo())
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "{}",
            String::from_utf8_lossy(&status.stderr)
        );
        trees.push((threads, tree(&out)));
    }
    let (_, first) = &trees[0];
    assert!(first.len() > 100);
    for (threads, t) in &trees[1..] {
        assert_eq!(
            first.keys().collect::<Vec<_>>(),
            t.keys().collect::<Vec<_>>(),
            "{threads} threads"
        );
        for (path, bytes) in first {
            assert!(bytes == &t[path], "{path} differs with {threads} threads");
        }
    }
}

#[test]
fn a_failed_build_leaves_public_untouched() {
    let site = TestSite::new();
    let out = site.path("public");
    let ok = build(&BuildOptions {
        root: site.root().to_path_buf(),
        out: None,
        now: now(),
    });
    assert!(ok.written, "{}", show(&ok.diagnostics));
    let before = tree(&out);
    assert!(before.contains_key("en/events/circus/index.html"));

    site.write(
        "content/events/circus.md",
        &EVENT_MD.replace("venue: myatts-fields-park", "venue: nowhere"),
    );
    site.write("content/events/new.md", "---\ntitle: New\n---\n");
    let failed = build(&BuildOptions {
        root: site.root().to_path_buf(),
        out: None,
        now: now(),
    });
    assert!(!failed.written);
    assert!(
        failed.diagnostics.error_count() >= 2,
        "all errors reported: {}",
        show(&failed.diagnostics)
    );
    assert_eq!(tree(&out), before, "public/ changed after a failed build");
    // No staging folders left beside it (the print cache, the writer's lock
    // and its second copy of the site are meant to stay).
    let siblings: Vec<String> = fs::read_dir(site.root())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .filter(|n| ![".whatson-cache", ".public.lock", ".public.slot"].contains(&n.as_str()))
        .collect();
    assert!(siblings.is_empty(), "left behind: {siblings:?}");
}

#[test]
fn missing_translation_falls_back_visibly_with_the_right_lang() {
    let site = TestSite::new();
    site.write(
        "content/events/circus.pt.md",
        "---\ntitle: Dia de circo em família\nsummary: Malabarismo e bambolês.\n---\nVenha experimentar.\n",
    );
    let out = site.path("public");
    let r = build(&BuildOptions {
        root: site.root().to_path_buf(),
        out: None,
        now: now(),
    });
    assert!(r.written, "{}", show(&r.diagnostics));

    // Portuguese: translated, no fallback marking.
    let pt = fs::read_to_string(out.join("pt/events/circus/index.html")).unwrap();
    assert!(pt.contains("Dia de circo em família"));
    assert!(!pt.contains("Circus skills family day"));

    // Arabic: no translation, so the English text, marked, with lang="en" dir="ltr".
    let doc = page(&out, "ar/events/circus/index.html");
    let h1 = doc.select(&sel("h1")).next().unwrap();
    let text: String = h1.text().collect();
    assert!(text.contains("Circus skills family day"), "{text}");
    let marked = h1
        .select(&sel("[lang=en]"))
        .next()
        .or_else(|| (h1.value().attr("lang") == Some("en")).then_some(h1))
        .expect("the English title carries lang=en");
    assert_eq!(marked.value().attr("dir"), Some("ltr"));
    let untranslated = whatson::i18n::Messages::load(
        &whatson::generate(site.root(), now())
            .0
            .unwrap()
            .content
            .site,
        &[(
            "ar".into(),
            whatson::diagnostics::Source {
                display: "locales/ar.ftl".into(),
                path: site.path("locales/ar.ftl"),
                text: fs::read_to_string(site.path("locales/ar.ftl")).unwrap_or_default(),
            },
        )],
        &mut whatson::diagnostics::Diagnostics::new(),
    )
    .get("ar", "untranslated", None);
    assert!(
        doc.root_element()
            .text()
            .collect::<String>()
            .contains(&untranslated),
        "fallback is marked as not yet translated ({untranslated})"
    );
    // The body falls back too, in its own lang.
    assert!(doc.select(&sel("[lang=en]")).any(|e| e
        .text()
        .collect::<String>()
        .contains("Come and try juggling")));
    // So do names inside interface sentences: "Part of …", "Show … on a map".
    let inline: Vec<String> = doc
        .select(&sel("a > span[lang=en][dir=ltr]"))
        .map(|e| e.text().collect())
        .collect();
    assert!(
        inline.iter().any(|t| t == "Summer Festival of Family Fun"),
        "{inline:?}"
    );
    assert!(
        inline.iter().any(|t| t == "Myatt's Fields Park"),
        "{inline:?}"
    );
}

#[test]
fn repeating_activity_keeps_local_time_across_the_clock_change() {
    let site = TestSite::new();
    site.write(
        "content/events/stay-and-play.md",
        "---\ntitle: Stay and play\nsummary: Play.\nvenue: myatts-fields-park\nstarts: 2027-03-16 10:00\nends: 2027-03-16 11:30\ndrop_in: true\nrepeats:\n  every: week\n  until: 2027-04-13\n  except: [2027-04-06]\n---\n",
    );
    let (g, d) = whatson::generate(site.root(), Now::parse("2027-03-01 09:00").unwrap());
    let g = g.unwrap_or_else(|| panic!("{}", show(&d)));
    let expanded = whatson::expand::expand(&g.content, &g.now);
    let starts: Vec<String> = expanded
        .for_event("stay-and-play")
        .map(|o| o.start.strftime("%Y-%m-%d %H:%M %:z").to_string())
        .collect();
    // BST starts on 28 March 2027: 10:00 stays 10:00, the offset changes;
    // 6 April is skipped (half term), 13 April (the `until` date) is included.
    assert_eq!(
        starts,
        vec![
            "2027-03-16 10:00 +00:00",
            "2027-03-23 10:00 +00:00",
            "2027-03-30 10:00 +01:00",
            "2027-04-13 10:00 +01:00",
        ]
    );
    let html = String::from_utf8(
        g.files
            .get("en/events/stay-and-play/index.html")
            .unwrap()
            .to_vec(),
    )
    .unwrap();
    assert!(
        html.contains("2027-03-30T10:00:00+01:00"),
        "event page lists the BST date with its offset"
    );
    assert!(html.contains("2027-03-23T10:00:00+00:00"));
}

#[test]
fn raw_html_in_markdown_is_sanitised_and_text_is_escaped() {
    let site = TestSite::new();
    site.write(
        "content/events/circus.md",
        &EVENT_MD
            .replace("title: Circus skills family day", "title: \"<script>alert('t')</script> Circus\"")
            .replace("Come and try juggling.", "Come <script>alert(1)</script><a href=\"javascript:alert(2)\">x</a> <b onmouseover=\"alert(3)\">bold</b>"),
    );
    let r = build(&BuildOptions {
        root: site.root().to_path_buf(),
        out: None,
        now: now(),
    });
    assert!(r.written, "{}", show(&r.diagnostics));
    for lang in ["en", "pt", "ar"] {
        let html = site.read(&format!("public/{lang}/events/circus/index.html"));
        assert!(
            !html.contains("<script>alert"),
            "{lang}: script got through"
        );
        assert!(!html.contains("javascript:alert"), "{lang}");
        assert!(!html.contains("onmouseover"), "{lang}");
        assert!(html.contains("&lt;script&gt;"), "{lang}: title is escaped");
    }
}

#[test]
fn an_arabic_first_site_in_london_keeps_the_24_hour_clock_of_its_region() {
    let site = TestSite::new();
    site.write(
        "content/site.yaml",
        &SITE_YAML.replace("default_language: en", "default_language: ar"),
    );
    let r = build(&BuildOptions {
        root: site.root().to_path_buf(),
        out: None,
        now: now(),
    });
    assert!(r.written, "{}", show(&r.diagnostics));
    let text = |lang: &str| -> String {
        page(
            &site.path("public"),
            &format!("{lang}/events/circus/index.html"),
        )
        .root_element()
        .text()
        .collect()
    };
    // CLDR gives Arabic a 12-hour clock (10:30 ص); Britain uses 24 hours.
    assert!(text("en").contains("10:30–12:00"), "{}", text("en"));
    let ar = text("ar");
    assert!(
        ar.contains("١٠:٣٠–١٢:٠٠") || ar.contains("10:30–12:00"),
        "{ar}"
    );
}
