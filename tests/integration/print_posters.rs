//! Wall posters: one per flagship event and per festival, in every language,
//! A4 and A3. Checked as every printed PDF is (boxes, fonts, qpdf), plus
//! their exact sizes, one large QR code that scans (rendered at a low
//! resolution, as a phone across a room sees it) and leads to the booking
//! link, a title too long for its box reported at its line, and identical
//! bytes build after build.

use crate::common::{show, TestSite};
use crate::print::{
    all_pdfs, assert_print_ready, generate, pdf_text, redirect_lang, redirect_target, render_pages,
    site, SITE_YAML,
};

/// Resolution the codes are decoded at: a rough scan is enough for codes this big.
const POSTER_DPI: u32 = 100;

/// The smallest printed width of a poster's code (its black squares, without
/// the white margin), in millimetres, by paper.
const MIN_QR_MM: [(&str, f64); 2] = [("a4", 60.0), ("a3", 85.0)];

const CIRCUS_BOOKING: &str = "https://www.eventbrite.co.uk/e/123456789?utm_medium=qr&utm_source=leaflet&utm_campaign=summer-2027";

fn posters(files: &whatson::output::SiteFiles) -> Vec<String> {
    all_pdfs(files)
        .into_iter()
        .filter(|p| p.contains("/poster-"))
        .collect()
}

/// The codes on a PDF's first page: (text, printed width in mm).
fn codes(pdf: &[u8], dpi: u32) -> Vec<(String, f64)> {
    let page = render_pages(pdf, dpi, true).remove(0);
    let mut prepared = rqrr::PreparedImage::prepare(page);
    prepared
        .detect_grids()
        .into_iter()
        .map(|g| {
            let [a, b, c, _] = g.bounds;
            let side = |p: rqrr::Point, q: rqrr::Point| {
                f64::from((p.x - q.x).pow(2) + (p.y - q.y).pow(2)).sqrt()
            };
            let px = (side(a, b) + side(b, c)) / 2.0;
            let text = g.decode().map(|(_, s)| s).expect("the code decodes");
            (text, px / f64::from(dpi) * 25.4)
        })
        .collect()
}

/// Each word of a PDF with its type size in points, from its box as
/// pdftotext gives it (Noto Sans's ascender and descender span 1.362 em).
fn word_sizes(pdf: &[u8]) -> Vec<(String, f64)> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg("-bbox")
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let html = String::from_utf8_lossy(&out.stdout).into_owned();
    let attr = |line: &str, name: &str| -> f64 {
        let at = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        line[at..].split('"').next().unwrap().parse().unwrap()
    };
    html.lines()
        .filter(|l| l.trim_start().starts_with("<word"))
        .map(|l| {
            let word = l.split('>').nth(1).unwrap().split('<').next().unwrap();
            let size = (attr(l, "yMax") - attr(l, "yMin")) / 1.362;
            (word.to_owned(), size)
        })
        .collect()
}

#[test]
fn posters_of_flagship_events_and_festivals_are_print_ready_in_a4_and_a3_and_their_codes_scan() {
    let t = site();
    let (files, d) = generate(&t);
    let made = posters(&files);
    let mut want = Vec::new();
    for lang in ["am", "ar", "en"] {
        // The flagship event (circus) and its festival; other events get none.
        for id in ["circus", "summer-2027"] {
            for size in ["a3", "a4"] {
                want.push(format!("print/{lang}/poster-{id}-{size}.pdf"));
            }
        }
    }
    assert_eq!(made, want, "{}", show(&d));
    let index = std::str::from_utf8(files.get("print/index.html").unwrap())
        .unwrap()
        .replace("&#x2F;", "/");
    for path in &made {
        let pdf = files.get(path).unwrap();
        let size = if path.ends_with("-a3.pdf") {
            (297.0, 420.0)
        } else {
            (210.0, 297.0)
        };
        assert_print_ready(path, pdf, size);
        assert!(index.contains(&format!("/{path}\"")), "{path} not indexed");
        let doc = lopdf::Document::load_mem(pdf).unwrap();
        assert_eq!(doc.get_pages().len(), 1, "{path}: one page");
    }
    assert!(index.contains(">Poster<"), "the index names the kind");

    for lang in ["en", "ar", "am"] {
        for (size, min_mm) in MIN_QR_MM {
            for (id, target) in [
                ("circus", CIRCUS_BOOKING.to_owned()),
                ("summer-2027", format!("https://whatson.example.org/{lang}/festivals/summer-2027/?utm_medium=qr&utm_source=leaflet&utm_campaign=summer-2027")),
            ] {
                let path = format!("print/{lang}/poster-{id}-{size}.pdf");
                let found = codes(files.get(&path).unwrap(), POSTER_DPI);
                assert_eq!(found.len(), 1, "{path}: one code: {found:?}");
                let (short, mm) = &found[0];
                assert!(
                    short.starts_with("https://whatson.example.org/b/"),
                    "{path}: {short}"
                );
                assert!(*mm >= min_mm, "{path}: the code is {mm:.1} mm wide");
                assert_eq!(redirect_lang(&files, short), lang, "{path}");
                assert_eq!(redirect_target(&files, short), target, "{path}");
            }
        }
    }

    // Readable from two metres: the title and the key facts in type of 36 pt
    // or more on A3, and as much smaller on A4 as the paper is.
    for (size, min_pt) in [("a3", 36.0), ("a4", 25.0)] {
        let path = format!("print/en/poster-circus-{size}.pdf");
        let words = word_sizes(files.get(&path).unwrap());
        for w in [
            "Circus",
            "Wednesday,",
            "10:30–12:00",
            "Park",
            "years",
            "Free",
        ] {
            let (_, pt) = words
                .iter()
                .find(|(x, _)| x == w)
                .unwrap_or_else(|| panic!("{path}: no {w} in {words:?}"));
            assert!(*pt >= min_pt, "{path}: {w} is {pt:.1} pt");
        }
    }

    // In the poster's language: Arabic and Ethiopic words, with their fonts.
    let ar: String = pdf_text(files.get("print/ar/poster-circus-a4.pdf").unwrap())
        .chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}'))
        .collect();
    assert!(ar.contains("يوممهاراتالسيركللعائلة"), "{ar}");
    let am = pdf_text(files.get("print/am/poster-summer-2027-a3.pdf").unwrap());
    assert!(am.contains("የበጋየቤተሰብፌስቲቫል"), "{am}");
    let en = pdf_text(files.get("print/en/poster-circus-a4.pdf").unwrap());
    for fact in [
        "Circusskillsfamilyday",
        "Wednesday,4August2027",
        "10:30–12:00",
        "Myatt'sFieldsPark",
        "0to4years",
        "Free",
        "Scantobook",
    ] {
        assert!(en.contains(fact), "{fact} missing: {en}");
    }
}

#[test]
fn a_title_too_long_for_its_poster_is_a_warning_at_its_line_and_posters_are_identical_build_after_build(
) {
    let t = site();
    let long = "Circus skills family day with juggling, hula hoops, plate spinning, stilt walking, clowns, acrobats and a big top tea party for everyone in the neighbourhood and their grandparents too";
    let text = std::fs::read_to_string(t.path("content/events/circus.md")).unwrap();
    t.write(
        "content/events/circus.md",
        &text.replace("title: Circus skills family day", &format!("title: {long}")),
    );
    let (first, d) = generate(&t);
    let warnings: Vec<_> = d
        .iter()
        .filter(|x| x.message.contains("too long for the title box"))
        .collect();
    assert_eq!(warnings.len(), 1, "{}", show(&d));
    let w = warnings[0];
    assert!(!w.is_error());
    assert_eq!((w.file.as_str(), w.line), ("content/events/circus.md", 2));
    assert!(
        w.message.contains("print/en/poster-circus-a4.pdf"),
        "{}",
        w.message
    );
    let fix = w.fix.as_deref().unwrap_or_default();
    assert!(fix.contains("shorten the title to about"), "{fix}");
    let n: usize = fix
        .split_whitespace()
        .find_map(|x| x.parse().ok())
        .expect("a length");
    assert!(n > 20 && n < long.chars().count(), "{fix}");
    // The Arabic title is short: its posters fit, so no warning names them.
    assert!(!w.message.contains("print/ar/"), "{}", w.message);
    // Still made, on one page.
    let pdf = first.get("print/en/poster-circus-a3.pdf").unwrap();
    assert_eq!(lopdf::Document::load_mem(pdf).unwrap().get_pages().len(), 1);

    std::fs::remove_dir_all(t.path(".whatson-cache")).unwrap();
    let (second, _) = generate(&t);
    // From the cache: the same bytes, and the same warning.
    let (cached, d3) = generate(&t);
    for path in posters(&first) {
        assert!(first.get(&path) == second.get(&path), "{path} differs");
        assert!(
            first.get(&path) == cached.get(&path),
            "{path} differs from the cache"
        );
    }
    assert!(
        d3.iter()
            .any(|x| x.message.contains("too long for the title box") && x.line == 2),
        "{}",
        show(&d3)
    );
}

#[test]
fn no_poster_in_a_language_below_the_translated_share_and_none_for_past_or_plain_events() {
    let t: TestSite = site();
    t.write(
        "content/site.yaml",
        &SITE_YAML.replace("leaflet_min_translated: 0%", "leaflet_min_translated: 60%"),
    );
    // A flagship event whose only session is over gets no poster.
    t.write(
        "content/events/past.md",
        "---\ntitle: Opening party\nfestival: summer-2027\nvenue: myatts-fields-park\nstarts: 2027-06-20 10:00\nends: 2027-06-20 12:00\ncost: free\nflagship: true\n---\nBody.\n",
    );
    let (files, d) = generate(&t);
    let made = posters(&files);
    assert!(made.contains(&"print/en/poster-circus-a4.pdf".to_owned()));
    assert!(!made.iter().any(|p| p.contains("poster-past")), "{made:?}");
    assert!(!made.iter().any(|p| p.contains("poster-rhyme")), "{made:?}");
    // Amharic has the festival's title only: its posters are not made.
    assert!(!made.iter().any(|p| p.starts_with("print/am/")), "{made:?}");
    let note = d
        .iter()
        .find(|x| {
            x.message
                .contains("print/am/poster-circus-a4.pdf (nor its A3 size) is not made")
        })
        .unwrap_or_else(|| panic!("{}", show(&d)));
    assert_eq!(note.file, "content/site.yaml");
}
