//! Print: leaflets and QR sheets. Every QR code in every PDF is rendered with
//! pdftoppm and decoded with rqrr; PDFs are parsed with lopdf for their boxes
//! and fonts; an Arabic leaflet page is compared with a stored reference image.
//!
//! Set `WHATSON_BLESS=1` to (re)write tests/reference/ images after a deliberate
//! change to the layout.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use common::{copy_dir, show, TestSite};
use whatson::output::SiteFiles;
use whatson::Now;

pub(super) const SITE_YAML: &str = "\
title: What's On
base_url: https://whatson.example.org
timezone: Europe/London
default_language: en
languages:
  - { code: en, name: English }
  - { code: ar, name: العربية }
  - { code: am, name: አማርኛ }
areas: [Coldharbour, Stockwell, Tulse Hill, Vassall]
theme: default
booking_tracking:
  utm_source: leaflet
  utm_medium: qr
leaflet_min_translated: 0%
";

const FESTIVAL_AR: &str =
    "---\ntitle: مهرجان الصيف للمرح العائلي\nsummary: ستة أسابيع من المرح المجاني للعائلات.\n---\n";
const FESTIVAL_AM: &str = "---\ntitle: የበጋ የቤተሰብ ፌስቲቫል\nsummary: ለቤተሰቦች ነፃ የስድስት ሳምንት ደስታ።\n---\n";

const EN_FTL: &str = "\
site-title = What's On
site-tagline = Free events for families with babies and children under five
event-ages = Ages
event-cost = Cost
event-drop-in = Just drop in – no need to book
event-flagship = Festival highlight
event-repeats-week = Every week
event-repeats-2weeks = Every two weeks
event-repeats-month = Every month
event-repeats-until = until { $date }
event-all-day = All day
ages-range = { $from } to { $to } years
cost-free = Free
festival-dates = { $from } to { $to }
print-scan-to-book = Scan to book
print-scan-festival = Scan for the full programme
print-how-to-book = To book, scan the code beside an event with your phone's camera, or type the short link printed under it.
print-no-events = The programme is being planned: scan the code for the latest events.
print-booking-sheet-title = Scan to book: { $festival }
print-sheet-hint = Point your phone's camera at a code, or type the link printed under it.
print-redirect-title = Taking you to { $host }
print-redirect-text = This link goes to { $host }. If the page does not open by itself, use the link below.
print-download-pdf = Download the print-ready PDF
print-index-heading = Leaflets and QR sheets for printing
print-contact = Questions? Get in touch
print-partners = With thanks to our partners
";

const AR_FTL: &str = "\
site-title = ما يحدث
print-scan-to-book = امسح للحجز
cost-free = مجاني
ages-range = من { $from } إلى { $to } سنوات
event-repeats-week = كل أسبوع
event-repeats-until = حتى { $date }
festival-dates = من { $from } إلى { $to }
";

fn event(title: &str, starts: &str, ends: &str, extra: &str) -> String {
    format!("---\ntitle: {title}\nsummary: Songs, stories and play.\nfestival: summer-2027\nvenue: myatts-fields-park\nstarts: {starts}\nends: {ends}\nages: 0-4\ncost: free\n{extra}---\nBody.\n")
}

/// Minimal page templates: these tests are about print, which does not use
/// them, so they do not depend on the state of the default theme's pages.
fn ensure_page_templates(root: &Path) {
    let dir = root.join("themes/default/templates");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for t in whatson::render::TEMPLATES {
        std::fs::write(
            dir.join(t),
            "<!doctype html><title>{{ page.title }}</title>",
        )
        .unwrap();
    }
}

/// A site with English, Arabic and Amharic, a festival with bookable, drop-in
/// and weekly events, and a QR sheet with links to this and other sites.
pub(super) fn site() -> TestSite {
    let t = TestSite::new();
    t.remove("content/events/circus.md");
    t.write("content/site.yaml", SITE_YAML);
    t.write("content/festivals/summer-2027.ar.md", FESTIVAL_AR);
    t.write("content/festivals/summer-2027.am.md", FESTIVAL_AM);
    t.write(
        "content/events/circus.md",
        &event(
            "Circus skills family day",
            "2027-08-04 10:30",
            "2027-08-04 12:00",
            "booking: https://www.eventbrite.co.uk/e/123456789\nflagship: true\n",
        ),
    );
    t.write(
        "content/events/circus.ar.md",
        "---\ntitle: يوم مهارات السيرك للعائلة\nsummary: أغاني وقصص ولعب.\n---\n",
    );
    t.write(
        "content/events/rhyme-time.md",
        &event("Rhyme time", "2027-07-27 10:00", "2027-07-27 10:45", "booking: https://tickets.example.com/rhymes?id=7\nrepeats:\n  every: week\n  until: 2027-08-31\n"),
    );
    t.write(
        "content/events/picnic.md",
        &event(
            "Teddy bears' picnic",
            "2027-08-11 12:00",
            "2027-08-11 14:00",
            "drop_in: true\n",
        ),
    );
    t.write(
        "content/qr-sheets/useful-links.yaml",
        "title: Useful links for families\nlinks:\n  - label: Apply for a free nursery place for two-year-olds\n    url: https://www.example.gov.uk/two-year-olds\n  - label: What's on this week\n    url: https://whatson.example.org/en/\n",
    );
    t.write(
        "content/qr-sheets/useful-links.ar.yaml",
        "title: روابط مفيدة للعائلات\nlinks:\n  - label: قدّم طلبًا لمكان مجاني في الحضانة للأطفال بعمر سنتين\n  - label: ما يحدث هذا الأسبوع\n",
    );
    ensure_page_templates(t.root());
    // Fixed interface strings, so the reference image does not follow edits
    // to locales/*.ftl.
    let _ = std::fs::remove_dir_all(t.path("locales"));
    t.write("locales/en.ftl", EN_FTL);
    t.write("locales/ar.ftl", AR_FTL);
    t.write("locales/am.ftl", "site-title = What's On\n");
    // Always test the print layouts of this checkout.
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let _ = std::fs::remove_dir_all(t.path("themes/default/print"));
    copy_dir(
        &repo.join("themes/default/print"),
        &t.path("themes/default/print"),
    );
    t
}

/// Resolution QR codes are checked at: a phone camera sees far more.
pub(super) const DPI: u32 = 300;

pub(super) fn now() -> Now {
    Now::parse("2027-07-01 09:00").unwrap()
}

pub(super) fn generate(t: &TestSite) -> (SiteFiles, whatson::diagnostics::Diagnostics) {
    let (g, d) = whatson::generate(t.root(), now());
    match g {
        Some(g) => (g.files, d),
        None => panic!("build failed:\n{}", show(&d)),
    }
}

/// Every leaflet and QR sheet (posters are checked in `print_posters`).
pub(super) fn pdfs(files: &SiteFiles) -> Vec<String> {
    all_pdfs(files)
        .into_iter()
        .filter(|p| !p.contains("/poster-"))
        .collect()
}

/// Every PDF, posters too.
pub(super) fn all_pdfs(files: &SiteFiles) -> Vec<String> {
    files
        .paths()
        .filter(|p| p.starts_with("print/") && p.ends_with(".pdf"))
        .map(str::to_owned)
        .collect()
}

/// Reads a binary PGM (P5) image as pdftoppm writes it.
fn read_pgm(bytes: &[u8]) -> image::GrayImage {
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(std::str::from_utf8(&bytes[start..i]).unwrap().to_owned());
    }
    assert_eq!(fields[0], "P5");
    let (w, h): (u32, u32) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    image::GrayImage::from_raw(w, h, bytes[i + 1..].to_vec()).expect("a whole image")
}

/// Renders pages of `pdf` with pdftoppm (crisp edges, no anti-aliasing, as a
/// printer would) at `dpi`, as grey images.
pub(super) fn render_pages(pdf: &[u8], dpi: u32, only_first: bool) -> Vec<image::GrayImage> {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.pdf");
    std::fs::write(&input, pdf).unwrap();
    let mut cmd = Command::new("pdftoppm");
    cmd.args([
        "-r",
        &dpi.to_string(),
        "-gray",
        "-aa",
        "no",
        "-aaVector",
        "no",
    ]);
    if only_first {
        cmd.args(["-f", "1", "-l", "1"]);
    }
    let status = cmd
        .arg(&input)
        .arg(dir.path().join("page"))
        .status()
        .expect("pdftoppm (poppler-utils) must be installed: .ci/run installs it");
    assert!(status.success());
    let mut pages: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "pgm"))
        .collect();
    pages.sort();
    pages
        .iter()
        .map(|p| read_pgm(&std::fs::read(p).unwrap()))
        .collect()
}

/// Renders every page of `pdf` and decodes every QR code on it.
pub(super) fn decode_qr_codes(pdf: &[u8], dpi: u32) -> Vec<Vec<String>> {
    render_pages(pdf, dpi, false)
        .into_iter()
        .enumerate()
        .map(|(n, img)| {
            let mut prepared = rqrr::PreparedImage::prepare(img);
            let mut found: Vec<String> = prepared
                .detect_grids()
                .into_iter()
                .map(|g| {
                    g.decode().map(|(_, s)| s).unwrap_or_else(|e| {
                        panic!("a QR code on page {} does not decode: {e:?}", n + 1)
                    })
                })
                .collect();
            found.sort();
            found
        })
        .collect()
}

/// The `lang` of a short link's page.
pub(super) fn redirect_lang(files: &SiteFiles, short: &str) -> String {
    let path = short
        .strip_prefix("https://whatson.example.org/")
        .unwrap_or_else(|| panic!("{short} is not a short link on the site"));
    let html = std::str::from_utf8(files.get(&format!("{path}index.html")).unwrap()).unwrap();
    let doc = scraper::Html::parse_document(html);
    let sel = scraper::Selector::parse("html").unwrap();
    let root = doc.select(&sel).next().unwrap();
    root.value().attr("lang").unwrap_or("").to_owned()
}

/// The URL a short-link page sends the browser to (its meta refresh).
pub(super) fn redirect_target(files: &SiteFiles, short: &str) -> String {
    let path = short
        .strip_prefix("https://whatson.example.org/")
        .unwrap_or_else(|| panic!("{short} is not a short link on the site"));
    let html = std::str::from_utf8(
        files
            .get(&format!("{path}index.html"))
            .unwrap_or_else(|| panic!("no page for {short}")),
    )
    .unwrap()
    .to_owned();
    assert!(
        html.contains("<meta name=\"robots\" content=\"noindex"),
        "{html}"
    );
    assert!(
        !html.contains("<script"),
        "redirects work without JavaScript"
    );
    let doc = scraper::Html::parse_document(&html);
    let sel = scraper::Selector::parse("meta[http-equiv=refresh]").unwrap();
    let content = doc
        .select(&sel)
        .next()
        .expect("a meta refresh")
        .value()
        .attr("content")
        .unwrap()
        .to_owned();
    let url = content
        .split_once("url=")
        .expect("refresh has a url")
        .1
        .to_owned();
    let link = scraper::Selector::parse("a[href]").unwrap();
    assert!(
        doc.select(&link)
            .any(|a| a.value().attr("href") == Some(url.as_str())),
        "the page shows the link too"
    );
    url
}

#[test]
fn every_qr_code_in_every_pdf_scans_to_its_short_link_which_redirects_with_tracking() {
    let t = site();
    let (files, d) = generate(&t);
    let all = pdfs(&files);
    for lang in ["en", "ar", "am"] {
        for name in [
            "summer-2027-leaflet",
            "summer-2027-booking-qr-sheet",
            "useful-links-qr-sheet",
        ] {
            assert!(
                all.contains(&format!("print/{lang}/{name}.pdf")),
                "missing print/{lang}/{name}.pdf in {all:?}\n{}",
                show(&d)
            );
        }
    }
    let expected_booking: BTreeMap<&str, &str> = [
        ("Circus", "https://www.eventbrite.co.uk/e/123456789?utm_medium=qr&utm_source=leaflet&utm_campaign=summer-2027"),
        ("Rhyme", "https://tickets.example.com/rhymes?id=7&utm_medium=qr&utm_source=leaflet&utm_campaign=summer-2027"),
    ]
    .into_iter()
    .collect();
    for path in &all {
        let lang = path.split('/').nth(1).unwrap();
        let pages = decode_qr_codes(files.get(path).unwrap(), DPI);
        let decoded: Vec<&String> = pages.iter().flatten().collect();
        let targets: BTreeSet<String> = decoded
            .iter()
            .map(|s| {
                assert!(
                    s.starts_with("https://whatson.example.org/b/"),
                    "{path}: {s} is not a short link"
                );
                // The page a reader reaches is in the leaflet's language.
                assert_eq!(
                    redirect_lang(&files, s),
                    lang,
                    "{path}: the page of {s} is not in the leaflet's language"
                );
                redirect_target(&files, s)
            })
            .collect();
        let want: BTreeSet<String> = if path.ends_with("-leaflet.pdf") {
            [
                expected_booking["Circus"].to_owned(),
                expected_booking["Rhyme"].to_owned(),
                format!("https://whatson.example.org/{lang}/festivals/summer-2027/?utm_medium=qr&utm_source=leaflet&utm_campaign=summer-2027"),
            ]
            .into()
        } else if path.ends_with("booking-qr-sheet.pdf") {
            [
                expected_booking["Circus"].to_owned(),
                expected_booking["Rhyme"].to_owned(),
            ]
            .into()
        } else {
            [
                // Other sites' links: no tracking; this site's: tracking.
                "https://www.example.gov.uk/two-year-olds".to_owned(),
                "https://whatson.example.org/en/?utm_medium=qr&utm_source=leaflet&utm_campaign=useful-links".to_owned(),
            ]
            .into()
        };
        assert_eq!(targets, want, "{path}");
        assert_eq!(
            decoded.len(),
            want.len(),
            "{path}: one code per target: {decoded:?}"
        );
    }
}

#[test]
fn page_boxes_fonts_and_sizes_are_print_ready() {
    let t = site();
    let (files, _) = generate(&t);
    for path in pdfs(&files) {
        let size = if path.ends_with("-leaflet.pdf") {
            (148.0, 210.0)
        } else {
            (210.0, 297.0)
        };
        assert_print_ready(&path, files.get(&path).unwrap(), size);
    }
}

/// The checks every printed PDF passes: each page's TrimBox is `size` (mm),
/// its BleedBox 3 mm outside, with room for crop marks beyond; every font is
/// embedded as a subset (lopdf and pdffonts agree); qpdf finds no damage.
pub(super) fn assert_print_ready(path: &str, pdf: &[u8], (w, h): (f64, f64)) {
    let mm = 72.0 / 25.4;
    {
        let doc = lopdf::Document::load_mem(pdf).unwrap();
        for (_, id) in doc.get_pages() {
            let page = doc.get_dictionary(id).unwrap();
            let rect = |name: &[u8]| -> [f64; 4] {
                let a = page
                    .get(name)
                    .unwrap_or_else(|_| panic!("{path}: no {}", String::from_utf8_lossy(name)))
                    .as_array()
                    .unwrap();
                let v: Vec<f64> = a.iter().map(|o| o.as_float().unwrap() as f64).collect();
                [v[0], v[1], v[2], v[3]]
            };
            let media = rect(b"MediaBox");
            let trim = rect(b"TrimBox");
            let bleed = rect(b"BleedBox");
            assert!(
                (trim[2] - trim[0] - w * mm).abs() < 0.05,
                "{path}: trim width {:?}",
                trim
            );
            assert!(
                (trim[3] - trim[1] - h * mm).abs() < 0.05,
                "{path}: trim height {:?}",
                trim
            );
            for i in 0..4 {
                let outward = if i < 2 { -1.0 } else { 1.0 };
                assert!(
                    (bleed[i] - (trim[i] + outward * 3.0 * mm)).abs() < 0.05,
                    "{path}: bleed {bleed:?} trim {trim:?}"
                );
                // Crop marks need room outside the bleed.
                assert!(
                    outward * (media[i] - bleed[i]) >= 5.0 * mm,
                    "{path}: media {media:?} bleed {bleed:?}"
                );
            }
        }
        // Every font embedded, as a subset.
        let mut fonts = 0;
        for (_, obj) in doc.objects.iter() {
            let Ok(dict) = obj.as_dict() else { continue };
            if dict.get(b"Type").and_then(|t| t.as_name()).ok()
                != Some(b"FontDescriptor".as_slice())
            {
                continue;
            }
            fonts += 1;
            let name = String::from_utf8_lossy(dict.get(b"FontName").unwrap().as_name().unwrap())
                .into_owned();
            assert!(
                name.len() > 7 && name.as_bytes()[6] == b'+',
                "{path}: {name} is not a subset"
            );
            assert!(
                dict.has(b"FontFile2") || dict.has(b"FontFile3") || dict.has(b"FontFile"),
                "{path}: {name} is not embedded"
            );
        }
        assert!(fonts > 0, "{path} has fonts");
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("check.pdf");
    std::fs::write(&file, pdf).unwrap();
    let qpdf = Command::new("qpdf")
        .arg("--check")
        .arg(&file)
        .output()
        .expect("qpdf must be installed");
    assert!(
        qpdf.status.success(),
        "{path}: qpdf --check: {}",
        String::from_utf8_lossy(&qpdf.stdout)
    );
    let fonts = Command::new("pdffonts")
        .arg(&file)
        .output()
        .expect("pdffonts (poppler-utils) must be installed");
    let table = String::from_utf8_lossy(&fonts.stdout).into_owned();
    for row in table.lines().skip(2) {
        // name type encoding emb sub uni object: emb and sub are "yes".
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert!(
            n >= 7 && cols[n - 5] == "yes" && cols[n - 4] == "yes",
            "{path}: a font not embedded as a subset: {row}\n{table}"
        );
    }
}

#[test]
fn arabic_leaflet_matches_the_reference_image() {
    let t = site();
    let (files, _) = generate(&t);
    let got = render_pages(
        files.get("print/ar/summer-2027-leaflet.pdf").unwrap(),
        60,
        true,
    )
    .remove(0);
    let reference =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reference/leaflet-ar-page1.png");
    if std::env::var_os("WHATSON_BLESS").is_some() || !reference.exists() {
        std::fs::create_dir_all(reference.parent().unwrap()).unwrap();
        got.save(&reference).unwrap();
        if std::env::var_os("WHATSON_BLESS").is_none() {
            panic!(
                "wrote a new reference image {}: check it by eye and run again",
                reference.display()
            );
        }
    }
    let want = image::open(&reference).unwrap().to_luma8();
    assert_eq!(got.dimensions(), want.dimensions(), "page size changed");
    let differing = got
        .pixels()
        .zip(want.pixels())
        .filter(|(a, b)| a.0[0].abs_diff(b.0[0]) > 48)
        .count();
    let share = differing as f64 / (got.width() * got.height()) as f64;
    assert!(
        share < 0.005,
        "{:.2}% of pixels differ from {}",
        share * 100.0,
        reference.display()
    );
}

#[test]
fn pdfs_are_byte_identical_across_builds_and_the_cache_gives_the_same_bytes() {
    let t = site();
    let (first, _) = generate(&t);
    std::fs::remove_dir_all(t.path(".whatson-cache")).unwrap();
    let (second, _) = generate(&t);
    let (cached, _) = generate(&t);
    for path in pdfs(&first) {
        assert!(
            first.get(&path) == second.get(&path),
            "{path} differs between builds"
        );
        assert!(
            first.get(&path) == cached.get(&path),
            "{path} differs when taken from the cache"
        );
    }
    // An edit re-typesets only what depends on it: the cache keeps the rest.
    let entries = |t: &TestSite| {
        std::fs::read_dir(t.path(".whatson-cache/print"))
            .unwrap()
            .count()
    };
    let before = entries(&t);
    t.write("content/qr-sheets/useful-links.yaml", "title: Useful links\nlinks:\n  - label: Healthy Start\n    url: https://www.healthystart.nhs.uk/\n");
    t.remove("content/qr-sheets/useful-links.ar.yaml");
    let (after, _) = generate(&t);
    assert_eq!(
        first.get("print/en/summer-2027-leaflet.pdf"),
        after.get("print/en/summer-2027-leaflet.pdf")
    );
    assert_eq!(
        entries(&t),
        before,
        "old entries are pruned, new ones added"
    );
}

#[test]
fn cached_pdfs_are_kept_or_linked_and_a_damaged_cache_never_reaches_the_printer() {
    let t = site();
    let out = t.path("public");
    let build = || {
        let r = whatson::build(&whatson::BuildOptions {
            root: t.root().to_path_buf(),
            out: Some(out.clone()),
            now: now(),
        });
        assert!(r.written, "the build failed:\n{}", show(&r.diagnostics));
    };
    let print_files = || -> BTreeMap<String, Vec<u8>> {
        let print = out.join("print");
        walkdir::WalkDir::new(&print)
            .into_iter()
            .map(|e| e.unwrap())
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let name = e.path().strip_prefix(&print).unwrap().to_string_lossy();
                (name.into_owned(), std::fs::read(e.path()).unwrap())
            })
            .collect()
    };
    let cache = t.path(".whatson-cache/print");
    let cached = |ext: &str| -> Vec<std::path::PathBuf> {
        std::fs::read_dir(&cache)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == ext))
            .collect()
    };
    build();
    let first = print_files();
    assert!(
        first.keys().any(|p| p.ends_with("leaflet.pdf")),
        "{:?}",
        first.keys()
    );
    // A later build takes every document from the cache.
    build();
    assert!(print_files() == first, "a later build changed a print file");

    // An older cache recorded only the page count: still used, and brought up
    // to date (the length and hash of each file, so later builds need not
    // read what the output already holds).
    for pages in cached("pages") {
        let line = std::fs::read_to_string(&pages).unwrap();
        let count = line.split_whitespace().next().unwrap().to_owned();
        std::fs::write(&pages, count).unwrap();
    }
    build();
    assert!(
        print_files() == first,
        "an older cache changed a print file"
    );
    for pages in cached("pages") {
        let words = std::fs::read_to_string(&pages).unwrap();
        assert!(
            words.split_whitespace().count() >= 3,
            "{}: {words}",
            pages.display()
        );
    }

    // A new output folder takes each cached document as a link to the
    // cache's copy, not written again.
    std::fs::remove_dir_all(&out).unwrap();
    let _ = std::fs::remove_dir_all(t.path(".public.slot"));
    build();
    assert!(
        print_files() == first,
        "a new output folder changed a print file"
    );
    let leaflet = out.join("print/en/summer-2027-leaflet.pdf");
    let links = std::os::unix::fs::MetadataExt::nlink(&std::fs::metadata(&leaflet).unwrap());
    assert!(links >= 2, "{} has {links} name(s)", leaflet.display());

    // Damage every cached document (one byte, the same length) and start a
    // new output folder: nothing damaged may be published.
    for doc in cached("out") {
        let mut bytes = std::fs::read(&doc).unwrap();
        let mid = bytes.len() / 2;
        bytes[mid] ^= 0x55;
        std::fs::write(&doc, bytes).unwrap();
    }
    std::fs::remove_dir_all(&out).unwrap();
    let _ = std::fs::remove_dir_all(t.path(".public.slot"));
    build();
    let again = print_files();
    for (path, bytes) in &first {
        assert!(
            again.get(path) == Some(bytes),
            "{path} differs after the cache was damaged"
        );
    }
}

#[test]
fn short_links_are_stable_and_not_in_the_sitemap() {
    let t = site();
    let (files, _) = generate(&t);
    let sitemap = std::str::from_utf8(files.get("sitemap.xml").unwrap()).unwrap();
    assert!(
        !sitemap.contains("/b/"),
        "short links are not pages to index"
    );
    let short: Vec<&str> = files.paths().filter(|p| p.starts_with("b/")).collect();
    assert!(!short.is_empty());
    // The code depends on the event id only: a new booking link keeps the code.
    let code = whatson::print::shortlink::Key::event("circus", "en", "en").code();
    t.write(
        "content/events/circus.md",
        &event(
            "Circus skills family day",
            "2027-08-04 10:30",
            "2027-08-04 12:00",
            "booking: https://tickets.example.com/circus\n",
        ),
    );
    let (files2, _) = generate(&t);
    assert_eq!(
        redirect_target(&files2, &format!("https://whatson.example.org/b/{code}/")),
        "https://tickets.example.com/circus?utm_medium=qr&utm_source=leaflet&utm_campaign=summer-2027"
    );
}

#[test]
fn print_index_lists_every_file_with_size_pages_and_language() {
    let t = site();
    let (files, _) = generate(&t);
    let index = std::str::from_utf8(files.get("print/index.html").unwrap())
        .unwrap()
        .replace("&#x2F;", "/");
    for path in all_pdfs(&files) {
        assert!(
            index.contains(&format!("/{path}\"")),
            "{path} is not in the index"
        );
    }
    assert!(index.contains("العربية") && index.contains("አማርኛ"));
    let page =
        std::str::from_utf8(files.get("print/ar/summer-2027-leaflet.html").unwrap()).unwrap();
    assert!(page.contains("@page { size: 148mm 210mm"));
    assert!(page.contains("dir=\"rtl\"") && page.contains("<svg"));
}

#[test]
fn a_long_programme_flows_onto_more_pages_and_every_code_still_scans() {
    let t = site();
    for i in 0..14 {
        t.write(
            &format!("content/events/extra-{i}.md"),
            &event(
                &format!("Messy play session {i}"),
                &format!("2027-08-{:02} 10:00", i + 10),
                &format!("2027-08-{:02} 11:00", i + 10),
                &format!("booking: https://tickets.example.com/messy/{i}\n"),
            ),
        );
    }
    let (files, _) = generate(&t);
    let pdf = files.get("print/en/summer-2027-leaflet.pdf").unwrap();
    let pages = decode_qr_codes(pdf, DPI);
    assert!(pages.len() > 1, "a long programme takes more than one page");
    // The festival's code may be printed twice: at the top, and large on a
    // back page of its own.
    let codes: BTreeSet<&String> = pages.iter().flatten().collect();
    assert_eq!(
        codes.len(),
        14 + 2 + 1,
        "every event's code and the festival's: {pages:?}"
    );
}

#[test]
fn bad_print_input_is_reported_with_file_and_fix_and_never_breaks_a_pdf() {
    let t = site();
    // A booking link too long for a printed code, with `qr_target: direct`.
    t.write(
        "content/site.yaml",
        &format!("{SITE_YAML}print:\n  qr_target: direct\n"),
    );
    let long = format!("https://tickets.example.com/book?{}", "x=1&".repeat(120));
    t.write(
        "content/events/circus.md",
        &event(
            "Circus skills family day",
            "2027-08-04 10:30",
            "2027-08-04 12:00",
            &format!("booking: {long}\n"),
        ),
    );
    // A label too long for its cell.
    t.write(
        "content/qr-sheets/useful-links.yaml",
        &format!(
            "title: Useful links\nlinks:\n  - label: {}\n    url: https://www.example.gov.uk/\n",
            "Very long label ".repeat(8)
        ),
    );
    t.remove("content/qr-sheets/useful-links.ar.yaml");
    // A translation in a script no print font has (Korean).
    t.write(
        "content/events/picnic.am.md",
        "---\ntitle: 곰 인형 소풍\n---\n",
    );
    let (files, d) = generate(&t);
    let shown = show(&d);
    let find = |file: &str, words: &str| {
        d.iter()
            .find(|x| x.file == file && x.message.contains(words))
            .unwrap_or_else(|| panic!("no finding in {file} about {words}:\n{shown}"))
            .clone()
    };
    let qr = find("content/events/circus.md", "too long for a QR code");
    assert_eq!(qr.line, 10, "points at the booking line");
    assert!(!qr.is_error());
    assert!(
        qr.message.starts_with("a link of ")
            && qr
                .message
                .contains("characters is too long for a QR code 22 mm wide")
            && qr
                .message
                .contains("uses the short link https://whatson.example.org/b/"),
        "{shown}"
    );
    assert!(qr.fix.unwrap().contains("qr_target: short"));
    let label = find("content/qr-sheets/useful-links.yaml", "characters");
    assert_eq!(label.line, 3);
    assert!(!label.is_error());
    assert!(
        label.message.contains("\"Very long label Very long label")
            && label.message.contains("has 127 characters")
            && label.message.contains("more than three lines"),
        "{shown}"
    );
    assert!(label.fix.unwrap().contains("at most 90 characters"));
    let font = find("content/events/picnic.am.md", "none of the print fonts");
    assert_eq!(font.line, 2, "points at the title");
    assert!(
        font.message.contains("`곰` (U+ACF0)")
            && font
                .message
                .contains("print/am/summer-2027-leaflet.pdf is not made"),
        "{shown}"
    );
    assert!(font.fix.unwrap().contains("themes/default/print/fonts"));
    assert!(!d.has_errors(), "{shown}");
    // The Amharic leaflet is left out rather than printed with empty boxes; the
    // others are made, and the too-long link falls back to its short link.
    assert!(files.get("print/am/summer-2027-leaflet.pdf").is_none());
    let pages = decode_qr_codes(files.get("print/en/summer-2027-leaflet.pdf").unwrap(), DPI);
    let decoded: Vec<&String> = pages.iter().flatten().collect();
    let code = whatson::print::shortlink::Key::event("circus", "en", "en").code();
    assert!(
        decoded
            .iter()
            .any(|s| **s == format!("https://whatson.example.org/b/{code}/")),
        "{decoded:?}"
    );
    assert!(
        decoded
            .iter()
            .any(|s| s.starts_with("https://tickets.example.com/rhymes?id=7&utm_medium=qr")),
        "direct links: {decoded:?}"
    );
    // The sheet with the long label is made, its row taller, its code whole.
    let sheet = decode_qr_codes(
        files.get("print/en/useful-links-qr-sheet.pdf").unwrap(),
        DPI,
    );
    assert_eq!(
        sheet.concat(),
        vec!["https://www.example.gov.uk/".to_owned()],
        "{sheet:?}"
    );
}

#[test]
fn print_settings_are_checked() {
    let t = site();
    t.write(
        "content/site.yaml",
        &format!("{SITE_YAML}print:\n  paper: a3\n  bleed_mm: 30\n  qr_target: maybe\n"),
    );
    let d = t.check();
    let errors = common::errors(&d);
    assert_eq!(errors.len(), 3, "{}", show(&d));
    assert!(
        errors[0].message.contains("a3") && errors[0].fix.as_deref().unwrap().contains("paper: a5")
    );
    assert_eq!(errors[0].line, 16);
    assert!(errors[1].message.contains("bleed_mm"));
    assert!(errors[2].message.contains("qr_target"));
    t.write(
        "content/site.yaml",
        &format!("{SITE_YAML}print: {{ paper: dl, bleed_mm: 5 }}\n"),
    );
    let (files, d) = generate(&t);
    assert!(!d.has_errors());
    let doc =
        lopdf::Document::load_mem(files.get("print/en/summer-2027-leaflet.pdf").unwrap()).unwrap();
    let (_, id) = doc.get_pages().into_iter().next().unwrap();
    let trim = doc
        .get_dictionary(id)
        .unwrap()
        .get(b"TrimBox")
        .unwrap()
        .as_array()
        .unwrap()
        .clone();
    let w = trim[2].as_float().unwrap() - trim[0].as_float().unwrap();
    assert!(
        (w as f64 - 99.0 * 72.0 / 25.4).abs() < 0.05,
        "DL is 99 mm wide"
    );
}

#[test]
fn text_under_8_pt_in_a_layout_is_an_error_naming_the_layout_line_and_fix() {
    let t = site();
    let layout = t.read("themes/default/print/leaflet.typ");
    let wanted = "#text(size: sz(9.5pt), lbl(data, \"how_to_book\"))";
    assert!(layout.contains(wanted), "the test edits this line");
    let line = layout.lines().position(|l| l.contains(wanted)).unwrap() + 1;
    t.write(
        "themes/default/print/leaflet.typ",
        &layout.replace(wanted, "#text(size: 6pt, lbl(data, \"how_to_book\"))"),
    );
    let (g, d) = whatson::generate(t.root(), now());
    assert!(g.is_none(), "the build stops");
    let shown = show(&d);
    let small = d
        .iter()
        .find(|x| x.message.contains("6 pt"))
        .unwrap_or_else(|| panic!("no finding about 6 pt text:\n{shown}"));
    assert!(small.is_error(), "{shown}");
    assert_eq!(small.file, "themes/default/print/leaflet.typ", "{shown}");
    assert_eq!(small.line, line, "points at the line: {shown}");
    assert!(small.message.contains("8 pt"), "{shown}");
    assert!(
        small.message.contains("To book, scan the code"),
        "shows which text: {shown}"
    );
    assert!(small.message.contains("leaflet.pdf"), "{shown}");
    assert!(
        small.fix.as_deref().unwrap().contains("text(size: 8pt"),
        "{shown}"
    );
    // One finding for the line, not one per document.
    assert_eq!(
        d.iter().filter(|x| x.message.contains("6 pt")).count(),
        1,
        "{shown}"
    );
}

#[test]
fn the_default_layouts_have_no_text_under_8_pt() {
    // A5 and DL leaflets and the A4 sheets in every language of the test site:
    // the build would report any text under 8 pt as an error.
    let t = site();
    for paper in ["a5", "a4", "dl"] {
        t.write(
            "content/site.yaml",
            &format!("{SITE_YAML}print: {{ paper: {paper} }}\n"),
        );
        let (g, d) = whatson::generate(t.root(), now());
        assert!(g.is_some() && !d.has_errors(), "{paper}: {}", show(&d));
    }
}

/// `key = value` lines of a Fluent file (single-line messages).
fn ftl(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .filter_map(|l| l.split_once(" = "))
        .filter(|(k, _)| !k.starts_with([' ', '#', '.']) && !k.is_empty())
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect()
}

#[test]
fn every_printed_word_is_in_every_locale_file() {
    use whatson::print::leaflet::{LEAFLET_LABELS, OTHER_KEYS, SHEET_LABELS};
    use whatson::print::poster::POSTER_LABELS;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "{files:?}");
    let keys: Vec<&str> = LEAFLET_LABELS
        .iter()
        .chain(SHEET_LABELS)
        .chain(POSTER_LABELS)
        .map(|(_, k)| *k)
        .chain(OTHER_KEYS.iter().copied())
        .collect();
    let mut missing = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let defined: BTreeSet<&str> = text
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, _)| k.trim())
            .collect();
        for k in &keys {
            if !defined.contains(k) {
                missing.push(format!("{}: {k}", f.display()));
            }
        }
    }
    assert!(missing.is_empty(), "not translated: {missing:#?}");
    // And the layouts write no words of their own.
    let print = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/print");
    for layout in ["leaflet.typ", "qr-sheet.typ", "common.typ", "poster.typ"] {
        let text = std::fs::read_to_string(print.join(layout)).unwrap();
        for english in ["Scan", "book", "Drop in", "Ages", "Cost", "Free", "Page"] {
            let words: Vec<&str> = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .filter(|l| {
                    l.contains(&format!("\"{english}")) || l.contains(&format!("[{english}"))
                })
                .collect();
            assert!(
                words.is_empty(),
                "{layout} writes `{english}` itself: {words:?}"
            );
        }
    }
}

/// The text of a PDF (pdftotext), without any white space.
pub(super) fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.pdf");
    std::fs::write(&input, pdf).unwrap();
    let out = Command::new("pdftotext")
        .arg(&input)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) must be installed");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn leaflets_in_portuguese_arabic_and_amharic_print_their_own_words() {
    let t = site();
    // This checkout's real interface strings.
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let _ = std::fs::remove_dir_all(t.path("locales"));
    copy_dir(&repo.join("locales"), &t.path("locales"));
    t.write(
        "content/site.yaml",
        &SITE_YAML.replace(
            "  - { code: ar, name: العربية }\n",
            "  - { code: ar, name: العربية }\n  - { code: pt, name: Português }\n",
        ),
    );
    let (files, d) = generate(&t);
    assert!(!d.has_errors(), "{}", show(&d));
    let en = ftl(&t.read("locales/en.ftl"));
    for lang in ["pt", "ar", "am"] {
        let strings = ftl(&t.read(&format!("locales/{lang}.ftl")));
        let pdf = pdf_text(
            files
                .get(&format!("print/{lang}/summer-2027-leaflet.pdf"))
                .unwrap(),
        );
        let html = std::str::from_utf8(
            files
                .get(&format!("print/{lang}/summer-2027-leaflet.html"))
                .unwrap(),
        )
        .unwrap();
        let html_text = squeeze(
            &scraper::Html::parse_document(html)
                .root_element()
                .text()
                .collect::<String>(),
        );
        for key in [
            "print-scan-to-book",
            "print-scan-festival",
            "print-how-to-book",
            "event-drop-in",
            "event-cost",
        ] {
            let want = &strings[key];
            assert_ne!(want, &en[key], "{lang}: {key} is not translated");
            let want = squeeze(want);
            // Arabic is shaped into joined letter forms; pdftotext maps them
            // back, apart from a few ligatures: compare the first few letters.
            let probe: String = want.chars().take(6).collect();
            assert!(
                pdf.contains(&probe),
                "print/{lang}/summer-2027-leaflet.pdf lacks {key} ({want}):\n{pdf}"
            );
            assert!(
                html_text.contains(&want),
                "print/{lang}/summer-2027-leaflet.html lacks {key} ({want})"
            );
        }
        for key in ["print-scan-to-book", "print-how-to-book", "event-drop-in"] {
            let english: String = squeeze(&en[key]).chars().take(12).collect();
            assert!(
                !pdf.contains(&english),
                "{lang}: English `{english}` in the PDF"
            );
        }
    }
}

#[test]
fn untranslated_text_keeps_its_language_in_the_printable_page_and_its_font_in_the_pdf() {
    let t = site();
    let (files, d) = generate(&t);
    assert!(!d.has_errors(), "{}", show(&d));
    let page = |p: &str| {
        scraper::Html::parse_document(std::str::from_utf8(files.get(p).unwrap()).unwrap())
    };
    let en_marked = scraper::Selector::parse("[lang=en][dir=ltr]").unwrap();
    // Amharic: the festival and the events have no Amharic text yet.
    let am = page("print/am/summer-2027-leaflet.html");
    let marked: Vec<String> = am
        .select(&en_marked)
        .map(|e| e.text().collect::<String>())
        .collect();
    for english in [
        "Circus skills family day",
        "Rhyme time",
        "Songs, stories and play.",
        // Interface strings the test's am.ftl lacks come from en.ftl.
        "Scan to book",
        "Just drop in – no need to book",
    ] {
        assert!(
            marked.iter().any(|m| m == english),
            "`{english}` is not marked lang=en in the Amharic page: {marked:?}"
        );
    }
    // Arabic: the translated festival title is not marked; the untranslated
    // event title is, and the Arabic labels are not.
    let ar = page("print/ar/summer-2027-leaflet.html");
    let marked: Vec<String> = ar
        .select(&en_marked)
        .map(|e| e.text().collect::<String>())
        .collect();
    assert!(marked.iter().any(|m| m == "Rhyme time"), "{marked:?}");
    assert!(
        !marked
            .iter()
            .any(|m| m.contains("مهرجان") || m.contains("امسح")),
        "{marked:?}"
    );
    assert!(
        marked.iter().any(|m| m.starts_with("To book")),
        "{marked:?}"
    );
    let html_lang = scraper::Selector::parse("html[lang=ar][dir=rtl]").unwrap();
    assert!(ar.select(&html_lang).next().is_some());
    // The Amharic PDF has the English fallback in a Latin font and the
    // Amharic words in an Ethiopic one, both embedded.
    let pdf = files.get("print/am/summer-2027-leaflet.pdf").unwrap();
    assert!(pdf_text(pdf).contains("Circusskillsfamilyday"));
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let names: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.has(b"FontFile2") || d.has(b"FontFile3"))
        .filter_map(|d| d.get(b"FontName").ok()?.as_name().ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect();
    assert!(names.iter().any(|n| n.contains("+NotoSans-")), "{names:?}");
    assert!(
        names.iter().any(|n| n.contains("+NotoSansEthiopic")),
        "{names:?}"
    );
}

#[test]
fn a_short_link_too_long_for_its_printed_code_is_an_error_in_site_yaml() {
    let t = site();
    let long = format!("https://whatson.example.org/{}/", "community".repeat(22));
    t.write(
        "content/site.yaml",
        &SITE_YAML.replace(
            "base_url: https://whatson.example.org",
            &format!("base_url: {long}"),
        ),
    );
    let (g, d) = whatson::generate(t.root(), now());
    let shown = show(&d);
    let e = d
        .iter()
        .find(|x| x.file == "content/site.yaml" && x.message.contains("too long for a QR code"))
        .unwrap_or_else(|| panic!("no finding about the long base_url:\n{shown}"));
    assert!(e.is_error(), "{shown}");
    assert_eq!(e.line, 2, "points at base_url: {shown}");
    assert!(e.message.contains("mm wide"), "{shown}");
    assert!(e.fix.as_deref().unwrap().contains("shorter `base_url`"));
    assert!(g.is_none(), "no PDF with a code that would not scan");
}

/// A partner logo as an SVG: a coloured mark and a word.
fn logo_svg(colour: &str, word: &str) -> String {
    format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"80\" viewBox=\"0 0 240 80\"><rect x=\"4\" y=\"8\" width=\"64\" height=\"64\" rx=\"14\" fill=\"{colour}\"/><text x=\"80\" y=\"52\" font-family=\"sans-serif\" font-size=\"30\" font-weight=\"bold\" fill=\"{colour}\">{word}</text></svg>")
}

const PANEL_YAML: &str = "contact:
  phone: 020 7926 1000
  email: families@whatson.example.org
  web: whatson.example.org
partners:
  - { name: Vassall Families Trust, logo: partners/vassall.svg }
  - { name: Lambeth Play Network, logo: partners/play.png }
";

/// The contact panel and two partners (an SVG and a PNG logo) in site.yaml.
fn with_panel(t: &TestSite) {
    t.write(
        "content/site.yaml",
        &format!("{}{PANEL_YAML}", t.read("content/site.yaml")),
    );
    t.write("content/partners/vassall.svg", &logo_svg("#0b6e4f", "VFT"));
    let png = image::RgbImage::from_fn(300, 100, |x, _| {
        if x < 100 {
            image::Rgb([200, 40, 90])
        } else {
            image::Rgb([255, 255, 255])
        }
    });
    png.save(t.path("content/partners/play.png")).unwrap();
}

#[test]
#[ignore = "writes the sample PDFs to $WHATSON_DUMP for a look by eye"]
fn dump() {
    let t = site();
    with_panel(&t);
    t.write(
        "content/qr-sheets/poster.yaml",
        "title: Scan me from across the room\nlayout: poster\nlinks:\n  - label: Apply for a free nursery place for two-year-olds\n    url: https://www.example.gov.uk/two-year-olds\n  - label: What's on this week\n    url: https://whatson.example.org/en/\n  - label: Healthy Start vouchers\n    url: https://www.healthystart.nhs.uk/\n",
    );
    let (files, d) = generate(&t);
    eprintln!("{}", show(&d));
    let site_copy = std::path::PathBuf::from(
        std::env::var("WHATSON_DUMP").unwrap_or("/tmp/whatson-print".into()),
    )
    .join("site");
    let _ = std::fs::remove_dir_all(&site_copy);
    copy_dir(t.root(), &site_copy);
    let out = std::path::PathBuf::from(
        std::env::var("WHATSON_DUMP").unwrap_or("/tmp/whatson-print".into()),
    );
    for p in files
        .paths()
        .filter(|p| p.starts_with("print/") || p.starts_with("b/"))
    {
        let path = out.join(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, files.get(p).unwrap()).unwrap();
    }
}

#[test]
fn the_festival_picture_is_printed_at_full_resolution_and_shown_on_the_web_leaflet() {
    let t = site();
    let picture = image::RgbImage::from_fn(1800, 900, |x, y| {
        image::Rgb([(x / 9 % 256) as u8, (y / 4 % 256) as u8, 120])
    });
    picture
        .save(t.path("content/festivals/summer.jpg"))
        .unwrap();
    t.write(
        "content/festivals/summer-2027.md",
        &common::FESTIVAL_MD.replace(
            "  accent: \"#1d3557\"\n",
            "  accent: \"#1d3557\"\n  image: summer.jpg\n",
        ),
    );
    let (files, _) = generate(&t);
    for lang in ["en", "ar"] {
        let pdf = files
            .get(&format!("print/{lang}/summer-2027-leaflet.pdf"))
            .unwrap();
        let doc = lopdf::Document::load_mem(pdf).unwrap();
        let sizes: Vec<(i64, i64)> = doc
            .objects
            .values()
            .filter_map(|o| o.as_stream().ok())
            .filter(|s| {
                s.dict
                    .get(b"Subtype")
                    .and_then(|n| n.as_name())
                    .is_ok_and(|n| n == b"Image")
            })
            .filter_map(|s| {
                Some((
                    s.dict.get(b"Width").ok()?.as_i64().ok()?,
                    s.dict.get(b"Height").ok()?.as_i64().ok()?,
                ))
            })
            .collect();
        assert!(
            sizes.contains(&(1800, 900)),
            "{lang}: the original picture, not a web copy: {sizes:?}"
        );
        // The picture does not disturb the codes: every one still scans.
        let decoded: usize = decode_qr_codes(pdf, DPI).iter().map(Vec::len).sum();
        assert!(decoded >= 3, "{lang}: {decoded} codes decoded");

        let page = files
            .get(&format!("print/{lang}/summer-2027-leaflet.html"))
            .unwrap();
        let html = scraper::Html::parse_document(std::str::from_utf8(page).unwrap());
        let img = html
            .select(&scraper::Selector::parse("img.picture").unwrap())
            .next()
            .expect("the printable page shows the festival picture");
        assert_eq!(
            img.value().attr("src"),
            Some("/media/festivals/summer-2027-960.jpg")
        );
        assert_eq!(img.value().attr("alt"), Some(""));
    }
}

#[test]
fn events_over_several_days_print_their_last_day_and_a_one_day_festival_prints_one_date() {
    let t = site();
    t.write(
        "content/events/camp.md",
        &event(
            "Forest camp",
            "2027-08-16 10:00",
            "2027-08-18 16:00",
            "drop_in: true\n",
        ),
    );
    t.write(
        "content/events/fair.md",
        &event("Book fair", "2027-08-23", "2027-08-25", "drop_in: true\n"),
    );
    t.write(
        "content/events/late.md",
        &event(
            "Late story",
            "2027-08-26 21:00",
            "2027-08-27 00:00",
            "drop_in: true\n",
        ),
    );
    t.write(
        "content/festivals/fun-day.md",
        &common::FESTIVAL_MD
            .replace("starts: 2027-07-21", "starts: 2027-08-30")
            .replace("ends: 2027-09-01", "ends: 2027-08-30"),
    );
    t.write(
        "content/events/fun.md",
        &event(
            "Fun day",
            "2027-08-30 10:00",
            "2027-08-30 15:00",
            "drop_in: true\n",
        )
        .replace("festival: summer-2027", "festival: fun-day"),
    );
    let (files, d) = generate(&t);
    assert!(!d.has_errors(), "{}", show(&d));
    let text = pdf_text(files.get("print/en/summer-2027-leaflet.pdf").unwrap());
    for want in [
        "Monday,16August2027·10:00–Wednesday,18August202716:00",
        "Monday,23August2027·23August2027–25August2027",
        "Thursday,26August2027·21:00–00:00",
    ] {
        assert!(text.contains(want), "lacks {want}:\n{text}");
    }
    let fun = pdf_text(files.get("print/en/fun-day-leaflet.pdf").unwrap());
    assert!(fun.contains("30August2027"), "{fun}");
    assert!(!fun.contains("30August2027to30August2027"), "{fun}");
}

#[test]
fn a_language_with_its_country_prints() {
    let t = site();
    t.write(
        "content/site.yaml",
        &SITE_YAML.replace(
            "  - { code: ar, name: العربية }\n",
            "  - { code: ar, name: العربية }\n  - { code: pt-BR, name: Português do Brasil }\n",
        ),
    );
    t.write(
        "content/events/circus.pt-BR.md",
        "---\ntitle: Dia de circo em família\nsummary: Malabares.\n---\n",
    );
    let (files, d) = generate(&t);
    assert!(!d.has_errors(), "{}", show(&d));
    let text = pdf_text(files.get("print/pt-BR/summer-2027-leaflet.pdf").unwrap());
    assert!(text.contains("Diadecircoemfamília"), "{text}");
}

#[test]
fn leaflet_events_are_in_date_order_with_headline_events_marked() {
    let t = site();
    let (files, _) = generate(&t);
    // Rhyme time starts on 27 July; circus day (4 August) is the flagship.
    let text = pdf_text(files.get("print/en/summer-2027-leaflet.pdf").unwrap());
    let rhymes = text.find("Rhymetime").expect("rhyme time listed");
    let circus = text.find("Circusskillsfamilyday").expect("circus listed");
    let picnic = text.find("Teddybears'picnic").expect("picnic listed");
    assert!(rhymes < circus && circus < picnic, "{text}");
    // The mark, translated, just above the headline event and nowhere else.
    let mark = text.find("Festivalhighlight").expect("the headline mark");
    assert!(rhymes < mark && mark < circus, "{text}");
    assert_eq!(text.matches("Festivalhighlight").count(), 1, "{text}");
    let page =
        std::str::from_utf8(files.get("print/en/summer-2027-leaflet.html").unwrap()).unwrap();
    let (r, c) = (
        page.find("Rhyme time").unwrap(),
        page.find("Circus skills").unwrap(),
    );
    assert!(r < c, "the printable page has the same order");
}

/// How far down each page's body (the trim less the footer band) the
/// content reaches, from a real rendering: 0 empty, 1 full.
fn page_fills(pdf: &[u8]) -> Vec<f64> {
    const DPI: u32 = 50;
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let (_, id) = doc.get_pages().into_iter().next().unwrap();
    let dict = doc.get_dictionary(id).unwrap();
    let rect = |k: &[u8]| -> Vec<f64> {
        dict.get(k)
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o.as_float().unwrap() as f64)
            .collect()
    };
    let (media, trim) = (rect(b"MediaBox"), rect(b"TrimBox"));
    let px = |pt: f64| (pt / 72.0 * DPI as f64).round() as u32;
    let mm = |mm: f64| px(mm * 72.0 / 25.4);
    let (left, right) = (px(trim[0] - media[0]), px(trim[2] - media[0]));
    let top = px(media[3] - trim[3]);
    // The footer band and the space above it: 17 mm in the default layout.
    let bottom = px(media[3] - trim[1]) - mm(17.0);
    render_pages(pdf, DPI, false)
        .iter()
        .map(|img| {
            let lowest = (top..bottom)
                .rev()
                .find(|&y| (left..right).any(|x| img.get_pixel(x, y).0[0] < 200))
                .unwrap_or(top);
            f64::from(lowest - top) / f64::from(bottom - top)
        })
        .collect()
}

fn add_events(t: &TestSite, n: usize) {
    for i in 0..n {
        t.write(
            &format!("content/events/extra-{i}.md"),
            &event(
                &format!("Messy play session {i}"),
                &format!("2027-08-{:02} 10:00", i % 20 + 10),
                &format!("2027-08-{:02} 11:00", i % 20 + 10),
                &format!("booking: https://tickets.example.com/messy/{i}\n"),
            ),
        );
    }
}

#[test]
fn a5_leaflets_fill_2_or_4_pages_and_no_page_is_mostly_empty() {
    // A short programme with a contact panel, a middling one and a long one.
    for (extra, panel, want) in [(0, true, 2), (5, false, 4), (9, true, 4)] {
        let t = site();
        add_events(&t, extra);
        if panel {
            with_panel(&t);
        }
        let (files, d) = generate(&t);
        assert!(!d.has_errors(), "{}", show(&d));
        for lang in ["en", "ar"] {
            let pdf = files
                .get(&format!("print/{lang}/summer-2027-leaflet.pdf"))
                .unwrap();
            let fills = page_fills(pdf);
            assert_eq!(fills.len(), want, "{extra} more events, {lang}: {fills:?}");
            assert!(
                fills.iter().all(|f| *f >= 0.4),
                "{extra} more events, {lang}: a page under 40% full: {fills:?}"
            );
        }
    }
}

#[test]
fn a_programme_too_long_for_4_pages_takes_whole_folded_sheets() {
    let t = site();
    add_events(&t, 30);
    let (files, d) = generate(&t);
    assert!(!d.has_errors(), "{}", show(&d));
    let pdf = files.get("print/en/summer-2027-leaflet.pdf").unwrap();
    let fills = page_fills(pdf);
    assert!(
        fills.len() > 4 && fills.len().is_multiple_of(4),
        "{fills:?}"
    );
    // Every code still scans.
    let codes: usize = decode_qr_codes(pdf, DPI).iter().map(Vec::len).sum();
    assert_eq!(codes, 30 + 2 + 1);
}

#[test]
fn every_event_prints_its_venues_address_and_postcode() {
    let t = site();
    let (files, _) = generate(&t);
    for lang in ["en", "ar", "am"] {
        let text = pdf_text(
            files
                .get(&format!("print/{lang}/summer-2027-leaflet.pdf"))
                .unwrap(),
        );
        assert_eq!(
            text.matches("CormontRoad,London,SE59RA").count(),
            3,
            "{lang}: every event, address then postcode: {text}"
        );
    }
}

#[test]
fn the_contact_panel_and_partner_logos_are_printed() {
    let t = site();
    with_panel(&t);
    let (files, d) = generate(&t);
    assert!(!d.has_errors(), "{}", show(&d));
    for lang in ["en", "ar"] {
        let pdf = files
            .get(&format!("print/{lang}/summer-2027-leaflet.pdf"))
            .unwrap();
        let text = pdf_text(pdf);
        for want in [
            "02079261000",
            "families@whatson.example.org",
            "VassallFamiliesTrust",
            "LambethPlayNetwork",
        ] {
            assert!(text.contains(want), "{lang}: no {want}: {text}");
        }
        // The PNG logo is embedded at its own pixels; the SVG one as
        // drawing (its green is on the page).
        let doc = lopdf::Document::load_mem(pdf).unwrap();
        let png = doc.objects.values().any(|o| {
            o.as_stream().is_ok_and(|s| {
                s.dict.get(b"Subtype").and_then(|x| x.as_name()).ok() == Some(b"Image")
                    && s.dict.get(b"Width").and_then(|x| x.as_i64()).ok() == Some(300)
            })
        });
        assert!(png, "{lang}: the PNG logo is embedded");
    }
    let text = pdf_text(files.get("print/en/summer-2027-leaflet.pdf").unwrap());
    assert!(text.contains("Questions?Getintouch"), "{text}");
    // The printable web page has the panel and the partners' logos, named
    // for people who cannot see them, inline (no partner file published).
    let page =
        std::str::from_utf8(files.get("print/en/summer-2027-leaflet.html").unwrap()).unwrap();
    for want in ["020 7926 1000", "Cormont Road, London, SE5 9RA"] {
        assert!(page.contains(want), "{want}: {page}");
    }
    let html = scraper::Html::parse_document(page);
    let logos: Vec<(String, String)> = html
        .select(&scraper::Selector::parse(".partners img").unwrap())
        .map(|img| {
            let a = |n| img.value().attr(n).unwrap_or_default().to_owned();
            (a("alt"), a("src"))
        })
        .collect();
    assert_eq!(logos.len(), 2, "{page}");
    assert_eq!(logos[0].0, "Vassall Families Trust");
    assert!(logos[0].1.starts_with("data:image/svg+xml;base64,"));
    assert_eq!(logos[1].0, "Lambeth Play Network");
    assert!(logos[1].1.starts_with("data:image/png;base64,"));
    assert!(!files.paths().any(|f| f.contains("partners/")));
}

#[test]
fn partner_and_contact_mistakes_are_errors_at_their_line() {
    let t = site();
    with_panel(&t);
    t.write("content/partners/anim.gif", "GIF89a");
    std::fs::write(t.root().join("outside.svg"), logo_svg("#000", "X")).unwrap();
    let yaml = t
        .read("content/site.yaml")
        .replace("email: families@whatson.example.org", "email: families");
    let email = yaml.lines().position(|l| l.contains("email:")).unwrap() + 1;
    let start = yaml.lines().count() + 1;
    t.write(
        "content/site.yaml",
        &format!("{yaml}  - {{ name: Missing, logo: partners/missing.svg }}\n  - {{ name: Outside, logo: ../outside.svg }}\n  - {{ name: Moving, logo: partners/anim.gif }}\n  - {{ name: \"\", logo: partners/vassall.svg }}\n"),
    );
    let d = t.check();
    let errors = common::errors(&d);
    let shown = show(&d);
    let at = |line: usize, words: &str| {
        let e = errors
            .iter()
            .find(|e| e.line == line && e.message.contains(words))
            .unwrap_or_else(|| panic!("no error at line {line} about {words}:\n{shown}"));
        assert_eq!(e.file, "content/site.yaml");
        assert!(e.fix.is_some());
    };
    at(start, "does not exist");
    at(start + 1, "not a file inside the content folder");
    at(start + 2, "not in a format");
    at(start + 3, "`name` is empty");
    at(email, "not an email address");
    assert_eq!(errors.len(), 5, "{shown}");
}

#[test]
fn no_leaflet_is_made_in_a_language_with_too_little_translated() {
    let t = site();
    // The default, 50%: Amharic has only its festival's title and summary.
    t.write(
        "content/site.yaml",
        &SITE_YAML.replace("leaflet_min_translated: 0%\n", ""),
    );
    let (files, d) = generate(&t);
    let shown = show(&d);
    assert!(files.get("print/am/summer-2027-leaflet.pdf").is_none());
    assert!(files.get("print/en/summer-2027-leaflet.pdf").is_some());
    let w = d
        .iter()
        .find(|x| {
            x.message
                .contains("print/am/summer-2027-leaflet.pdf is not made")
        })
        .unwrap_or_else(|| panic!("no warning about the Amharic leaflet:\n{shown}"));
    assert!(!w.is_error());
    assert_eq!(
        (w.file.as_str(), w.line),
        ("content/site.yaml", 8),
        "the am line: {shown}"
    );
    assert!(w.message.contains("less than the 50%"), "{shown}");
    // The index shows each leaflet's share.
    let index = std::str::from_utf8(files.get("print/index.html").unwrap()).unwrap();
    assert!(index.contains("100%"), "English is all translated: {index}");
    // Set in site.yaml: the warning is at that line.
    t.write(
        "content/site.yaml",
        &SITE_YAML.replace("leaflet_min_translated: 0%", "leaflet_min_translated: 95%"),
    );
    let (files, d) = generate(&t);
    let shown = show(&d);
    let w = d
        .iter()
        .find(|x| {
            x.message
                .contains("print/ar/summer-2027-leaflet.pdf is not made")
        })
        .unwrap_or_else(|| panic!("no warning about the Arabic leaflet:\n{shown}"));
    assert_eq!(w.line, 14, "{shown}");
    assert!(w.message.contains("the 95% this line asks for"), "{shown}");
    assert!(files.get("print/ar/summer-2027-leaflet.pdf").is_none());
    // And a share that is not one is an error there.
    t.write(
        "content/site.yaml",
        &SITE_YAML.replace("leaflet_min_translated: 0%", "leaflet_min_translated: lots"),
    );
    let errors = common::errors(&t.check());
    assert!(errors
        .iter()
        .any(|e| e.line == 14 && e.message.contains("from 0% to 100%")));
}

#[test]
fn a_poster_qr_sheet_has_codes_to_scan_from_a_metre_that_fill_the_page() {
    let t = site();
    t.write(
        "content/qr-sheets/poster.yaml",
        "title: Scan me\nlayout: poster\nlinks:\n  - label: Free nursery places\n    url: https://www.example.gov.uk/two-year-olds\n  - label: What's on this week\n    url: https://whatson.example.org/en/\n  - label: Healthy Start vouchers\n    url: https://www.healthystart.nhs.uk/\n",
    );
    let (files, d) = generate(&t);
    assert!(!d.has_errors(), "{}", show(&d));
    let pdf = files.get("print/en/poster-qr-sheet.pdf").unwrap();
    const POSTER_DPI: u32 = 100;
    let pages = render_pages(pdf, POSTER_DPI, false);
    assert_eq!(pages.len(), 2, "two codes a page");
    let mut decoded = Vec::new();
    for img in pages {
        let (w, h) = img.dimensions();
        // The page is filled: ink reaches the lower quarter of it.
        let lowest = (0..h)
            .rev()
            .find(|&y| (w / 10..w * 9 / 10).any(|x| img.get_pixel(x, y).0[0] < 128))
            .unwrap();
        let mut prepared = rqrr::PreparedImage::prepare(img);
        for g in prepared.detect_grids() {
            let xs: Vec<i32> = g.bounds.iter().map(|p| p.x).collect();
            let side_px = xs.iter().max().unwrap() - xs.iter().min().unwrap();
            let side_mm = f64::from(side_px) / f64::from(POSTER_DPI) * 25.4;
            // The symbol itself (the quiet zone around it is blank paper):
            // whatson makes the whole code at least 100 mm.
            assert!(side_mm >= 70.0, "a code {side_mm:.0} mm wide");
            decoded.push(g.decode().unwrap().1);
        }
        assert!(
            f64::from(lowest) > f64::from(h) * 0.75,
            "page mostly empty below"
        );
    }
    assert_eq!(decoded.len(), 3, "{decoded:?}");
    // A layout whatson does not know is an error at its line.
    t.write(
        "content/qr-sheets/poster.yaml",
        "title: Scan me\nlayout: wall\nlinks:\n  - label: Free nursery places\n    url: https://www.example.gov.uk/\n",
    );
    let errors = common::errors(&t.check());
    assert!(
        errors
            .iter()
            .any(|e| e.file == "content/qr-sheets/poster.yaml"
                && e.line == 2
                && e.message.contains("`layout: wall`")
                && e.fix
                    .as_deref()
                    .is_some_and(|f| f.contains("layout: poster"))),
        "{errors:?}"
    );
    // The usual sheet is unchanged: a grid of small codes on one page.
    let grid = decode_qr_codes(
        files.get("print/en/useful-links-qr-sheet.pdf").unwrap(),
        DPI,
    );
    assert_eq!(grid.len(), 1);
    assert_eq!(grid[0].len(), 2);
}

#[test]
fn an_emoji_no_print_font_has_is_left_out_with_a_warning_not_the_whole_leaflet() {
    let t = site();
    t.write(
        "content/events/picnic.md",
        &event(
            "Teddy bears' picnic ✨🧸",
            "2027-08-11 12:00",
            "2027-08-11 14:00",
            "drop_in: true\n",
        ),
    );
    let (files, d) = generate(&t);
    let pdf = files
        .get("print/en/summer-2027-leaflet.pdf")
        .expect("the leaflet is still made");
    let text = pdf_text(pdf);
    assert!(text.contains("Teddybears'picnic"), "{text}");
    assert!(!text.contains('✨') && !text.contains('🧸'), "{text}");
    let warnings: Vec<_> = d
        .sorted()
        .into_iter()
        .filter(|w| w.file == "content/events/picnic.md" && w.message.contains("left out of"))
        .collect();
    assert_eq!(warnings.len(), 2, "{}", show(&d));
    assert_eq!(warnings[0].line, 2);
    assert!(warnings[0]
        .message
        .contains("print/en/summer-2027-leaflet.pdf"));
    // The web page keeps it: browsers have emoji fonts.
    let page = std::str::from_utf8(files.get("en/events/picnic/index.html").unwrap()).unwrap();
    assert!(page.contains("✨🧸"));
}
