//! Low data: what a parent's phone downloads. Page weights (HTML + CSS + the
//! filter script, gzip-compressed as a web server sends them) of the bundled
//! sample site are printed and held under budget; pictures are published
//! small, at several widths; the site uses no web fonts.
//!
//! Run with `cargo test --test weights -- --nocapture` to see the table.

use crate::common;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use common::*;
use flate2::write::GzEncoder;
use flate2::Compression;
use scraper::{Html, Selector};
use whatson::{build, BuildOptions, Now};

/// The budget for one page with everything it loads, compressed.
const BUDGET_BYTES: usize = 30 * 1024;
/// The filter script, uncompressed.
const SCRIPT_BUDGET_BYTES: usize = 10 * 1024;

fn gzip_len(bytes: &[u8]) -> usize {
    let mut e = GzEncoder::new(Vec::new(), Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap().len()
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn build_into(root: &Path, out: &Path) {
    let report = build(&BuildOptions {
        root: root.to_path_buf(),
        out: Some(out.to_path_buf()),
        now: Now::parse("2026-11-23 09:00").unwrap(),
    });
    assert!(
        report.written,
        "build failed:\n{}",
        show(&report.diagnostics)
    );
}

/// The stylesheets and scripts a page loads from the site itself.
fn assets(html: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    let mut v = Vec::new();
    for (sel, attr) in [("link[rel=stylesheet]", "href"), ("script[src]", "src")] {
        for el in doc.select(&Selector::parse(sel).unwrap()) {
            if let Some(u) = el.value().attr(attr) {
                v.push(u.trim_start_matches('/').to_owned());
            }
        }
    }
    v
}

struct Weight {
    page: String,
    html: usize,
    assets: usize,
    raw: usize,
}

fn weigh(out: &Path, page: &str) -> Weight {
    let html = fs::read(out.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"));
    let mut w = Weight {
        page: page.to_owned(),
        html: gzip_len(&html),
        assets: 0,
        raw: html.len(),
    };
    for a in assets(&String::from_utf8_lossy(&html)) {
        let bytes = fs::read(out.join(&a)).unwrap_or_else(|e| panic!("{page} loads {a}: {e}"));
        w.assets += gzip_len(&bytes);
        w.raw += bytes.len();
    }
    w
}

#[test]
fn sample_site_pages_are_under_the_data_budget() {
    let out = tempfile::tempdir().unwrap();
    build_into(&repo(), out.path());
    let out = out.path();

    let languages: Vec<String> = fs::read_dir(out)
        .unwrap()
        .flatten()
        .filter(|e| e.path().join("index.html").exists() && e.path().join("events").is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(languages.len() >= 10, "{languages:?}");
    let mut languages = languages;
    languages.sort();

    // One page of each kind in each language; the listings are what parents
    // open most, so each of them is weighed.
    let mut pages = vec!["index.html".to_owned(), "404.html".to_owned()];
    for l in &languages {
        for rel in [
            "index.html",
            "area/stockwell/index.html",
            "age/0-1/index.html",
            "events/stay-and-play/index.html",
            "festivals/summer-festival-2027/index.html",
            "venues/myatts-fields-park/index.html",
            "pages/about/index.html",
            "404.html",
        ] {
            pages.push(format!("{l}/{rel}"));
        }
    }
    let weights: Vec<Weight> = pages.iter().map(|p| weigh(out, p)).collect();

    println!(
        "{:<52} {:>9} {:>9} {:>9} {:>10}",
        "page", "html.gz", "css+js.gz", "total.gz", "total raw"
    );
    let mut over = Vec::new();
    for w in &weights {
        let total = w.html + w.assets;
        println!(
            "{:<52} {:>9} {:>9} {:>9} {:>10}",
            w.page, w.html, w.assets, total, w.raw
        );
        if total > BUDGET_BYTES {
            over.push(format!("{} is {total} bytes compressed", w.page));
        }
    }
    let listings: Vec<&Weight> = weights
        .iter()
        .filter(|w| w.page.ends_with("/index.html") && w.page.matches('/').count() == 1)
        .collect();
    let heaviest = listings
        .iter()
        .map(|w| w.html + w.assets)
        .max()
        .unwrap_or(0);
    println!("heaviest listing: {heaviest} bytes compressed (budget {BUDGET_BYTES})");
    assert!(
        over.is_empty(),
        "over the {BUDGET_BYTES}-byte budget:\n{}",
        over.join("\n")
    );

    // Every listing loads the filter script, and it stays small.
    for w in &listings {
        let html = fs::read_to_string(out.join(&w.page)).unwrap();
        assert!(
            assets(&html).iter().any(|a| a.ends_with("filters.js")),
            "{}",
            w.page
        );
    }
    let script = fs::read(out.join("static/filters.js")).unwrap();
    println!(
        "static/filters.js: {} bytes, {} compressed",
        script.len(),
        gzip_len(&script)
    );
    assert!(
        script.len() < SCRIPT_BUDGET_BYTES,
        "filters.js is {} bytes",
        script.len()
    );
}

#[test]
fn no_web_fonts_and_no_third_party_files() {
    let out = tempfile::tempdir().unwrap();
    let site = TestSite::new();
    build_into(site.root(), out.path());
    for entry in walkdir::WalkDir::new(out.path()).into_iter().flatten() {
        let p = entry.path();
        let name = p.to_string_lossy().to_ascii_lowercase();
        assert!(
            ![".woff", ".woff2", ".ttf", ".otf", ".eot"]
                .iter()
                .any(|x| name.ends_with(x)),
            "a font file is published: {name}"
        );
        if name.ends_with(".css") || name.ends_with(".html") {
            let text = fs::read_to_string(p).unwrap();
            assert!(!text.contains("@font-face"), "{name} loads a web font");
            assert!(!text.contains("@import"), "{name} imports a stylesheet");
            for tag in ["<script src=\"http", "<link rel=\"stylesheet\" href=\"http"] {
                assert!(!text.contains(tag), "{name} loads a third-party file");
            }
        }
        if name.ends_with(".html") {
            // No inline scripts, so a strict Content-Security-Policy is possible.
            let doc = Html::parse_document(&fs::read_to_string(p).unwrap());
            for s in doc.select(&Selector::parse("script").unwrap()) {
                assert!(
                    s.value().attr("src").is_some()
                        || s.value().attr("type") == Some("application/ld+json"),
                    "{name} has an inline script"
                );
            }
        }
    }
}

/// A test site whose event has a 1600 × 1000 photo.
fn site_with_picture() -> TestSite {
    let site = TestSite::new();
    let img = image::RgbImage::from_fn(1600, 1000, |x, y| {
        image::Rgb([
            (x / 7 % 256) as u8,
            (y / 5 % 256) as u8,
            ((x + y) % 256) as u8,
        ])
    });
    img.save(site.path("content/events/circus.jpg")).unwrap();
    site.write(
        "content/events/circus.md",
        &EVENT_MD.replace("ages: 0-4\n", "ages: 0-4\nimage: circus.jpg\n"),
    );
    site
}

#[test]
fn pictures_are_published_at_several_widths_with_srcset() {
    let site = site_with_picture();
    let out = tempfile::tempdir().unwrap();
    build_into(site.root(), out.path());
    let out = out.path();
    assert!(
        !out.join("media/events/circus.jpg").exists(),
        "the full-size original is not published"
    );
    for (file, w, h) in [("circus-480.jpg", 480, 300), ("circus-960.jpg", 960, 600)] {
        let bytes = fs::read(out.join("media/events").join(file)).unwrap();
        let img = image::load_from_memory(&bytes).unwrap();
        assert_eq!((img.width(), img.height()), (w, h), "{file}");
        println!("{file}: {} bytes", bytes.len());
    }
    let original = fs::metadata(site.path("content/events/circus.jpg"))
        .unwrap()
        .len();
    let small = fs::metadata(out.join("media/events/circus-480.jpg"))
        .unwrap()
        .len();
    assert!(
        small * 3 < original,
        "480px copy {small} bytes vs original {original}"
    );

    for lang in ["en", "ar"] {
        let html =
            fs::read_to_string(out.join(format!("{lang}/events/circus/index.html"))).unwrap();
        let doc = Html::parse_document(&html);
        let img = doc
            .select(&Selector::parse("img.picture").unwrap())
            .next()
            .expect("the event page shows its picture");
        let a = |n: &str| img.value().attr(n).unwrap_or_default().to_owned();
        assert_eq!(a("src"), "/media/events/circus-960.jpg");
        assert_eq!(
            a("srcset"),
            "/media/events/circus-480.jpg 480w, /media/events/circus-960.jpg 960w"
        );
        assert!(!a("sizes").is_empty());
        assert_eq!(a("loading"), "lazy");
        assert_eq!((a("width").as_str(), a("height").as_str()), ("960", "600"));
        assert!(img.value().attr("alt").is_some());
    }

    // The same picture gives the same bytes on every build.
    let again = tempfile::tempdir().unwrap();
    build_into(site.root(), again.path());
    for file in ["circus-480.jpg", "circus-960.jpg"] {
        assert_eq!(
            fs::read(out.join("media/events").join(file)).unwrap(),
            fs::read(again.path().join("media/events").join(file)).unwrap(),
            "{file} differs between builds"
        );
    }
}

use crate::generator;

/// Every listing page of a language, by walking the month index and the
/// previous/next links from the first page, as a phone without JavaScript would.
fn walk_listing(out: &Path, first: &str) -> Vec<String> {
    let link = Selector::parse(".pager a").unwrap();
    let mut seen = vec![first.to_owned()];
    let mut i = 0;
    while i < seen.len() {
        let page = seen[i].clone();
        i += 1;
        let html = fs::read_to_string(out.join(&page))
            .unwrap_or_else(|e| panic!("{page}, linked from the listing: {e}"));
        for a in Html::parse_document(&html).select(&link) {
            let href = a.value().attr("href").unwrap();
            let file = format!("{}index.html", href.trim_start_matches('/'));
            if !seen.contains(&file) {
                seen.push(file);
            }
        }
    }
    seen.sort();
    seen
}

#[test]
fn every_listing_page_stays_light_when_the_site_is_big() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    let mut opts = generator::Options::new(600, 2);
    opts.festivals = 2;
    generator::write_site(&opts, &root).unwrap();
    let out = dir.path().join("public");
    build_into(&root, &out);
    let card = Selector::parse("article.card").unwrap();
    let sitemap = fs::read_to_string(out.join("sitemap.xml")).unwrap();
    let mut heaviest = (0, String::new());
    let mut pages = 0;
    for listing in [
        "en/index.html",
        "en/area/stockwell/index.html",
        "en/age/2-3/index.html",
    ] {
        assert!(out.join(listing).exists(), "{listing}");
        let all = walk_listing(&out, listing);
        assert!(all.len() > 3, "{listing} has only {all:?}");
        for page in all {
            let w = weigh(&out, &page);
            let total = w.html + w.assets;
            if total > heaviest.0 {
                heaviest = (total, page.clone());
            }
            assert!(total <= BUDGET_BYTES, "{page} is {total} bytes compressed");
            let html = fs::read_to_string(out.join(&page)).unwrap();
            let cards = Html::parse_document(&html).select(&card).count();
            assert!(
                (1..=whatson::plan::PAGE_CARDS).contains(&cards),
                "{page} has {cards} cards"
            );
            let url = format!("/{}", page.trim_end_matches("index.html"));
            assert!(
                sitemap.contains(&format!("{url}</loc>")),
                "{url} is not in the sitemap"
            );
            pages += 1;
        }
    }
    println!(
        "{pages} listing pages; heaviest {} bytes compressed: {}",
        heaviest.0, heaviest.1
    );
}
