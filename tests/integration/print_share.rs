//! Share images: a link preview (1200 × 630) for each event and festival page
//! with something still to come, named in the page's Open Graph tags, and a
//! square post and a story per festival and flagship event, in each
//! language. Every PNG decodes at its stated size, right-to-left pictures
//! are mirrored, text that does not fit is reported at its line, the staff
//! index shows a thumbnail of every document, and the bytes are the same
//! build after build.

use scraper::{Html, Selector};

use crate::common::show;
use crate::print::{generate, site};

const BASE: &str = "https://whatson.example.org/";

fn pngs(files: &whatson::output::SiteFiles) -> Vec<String> {
    files
        .paths()
        .filter(|p| p.starts_with("print/") && p.ends_with(".png") && !p.contains("/thumbs/"))
        .map(str::to_owned)
        .collect()
}

fn decode(files: &whatson::output::SiteFiles, path: &str) -> image::RgbImage {
    let bytes = files
        .get(path)
        .unwrap_or_else(|| panic!("{path} is not made"));
    image::load_from_memory_with_format(bytes, image::ImageFormat::Png)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .to_rgb8()
}

/// The `content` of each `<meta>` in the page's head, by its `property` or `name`.
fn meta(files: &whatson::output::SiteFiles, page: &str) -> Vec<(String, String)> {
    let html = std::str::from_utf8(
        files
            .get(page)
            .unwrap_or_else(|| panic!("{page} is not made")),
    )
    .unwrap()
    .to_owned();
    let doc = Html::parse_document(&html);
    let sel = Selector::parse("head meta[content]").unwrap();
    doc.select(&sel)
        .filter_map(|m| {
            let v = m.value();
            let key = v.attr("property").or(v.attr("name"))?;
            Some((key.to_owned(), v.attr("content")?.to_owned()))
        })
        .collect()
}

fn get<'a>(tags: &'a [(String, String)], key: &str) -> Option<&'a str> {
    tags.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

/// The mean x of the pixels in rows `ys` that differ from the row band's
/// most common colour (its background): where the text sits.
fn ink_centre(img: &image::RgbImage, ys: std::ops::Range<u32>) -> f64 {
    let mut counts = std::collections::HashMap::new();
    for y in ys.clone() {
        for x in 0..img.width() {
            *counts.entry(img.get_pixel(x, y).0).or_insert(0usize) += 1;
        }
    }
    let background = counts.into_iter().max_by_key(|(_, n)| *n).unwrap().0;
    let (mut sum, mut n) = (0.0, 0.0);
    for y in ys {
        for x in 0..img.width() {
            if img.get_pixel(x, y).0 != background {
                sum += f64::from(x);
                n += 1.0;
            }
        }
    }
    assert!(n > 500.0, "the band has text");
    sum / n
}

#[test]
fn share_images_decode_at_their_sizes_in_every_language_and_pages_name_their_preview() {
    let t = site();
    // Over: its page keeps its text tags but has no picture.
    t.write(
        "content/events/past.md",
        "---\ntitle: Opening party\nfestival: summer-2027\nvenue: myatts-fields-park\nstarts: 2027-06-20 10:00\nends: 2027-06-20 12:00\ncost: free\nflagship: true\n---\nBody.\n",
    );
    // This test reads the real pages' heads, with their strings.
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    crate::common::copy_dir(
        &repo.join("themes/default/templates"),
        &t.path("themes/default/templates"),
    );
    for lang in ["en", "ar", "am"] {
        let file = format!("locales/{lang}.ftl");
        t.write(&file, &std::fs::read_to_string(repo.join(&file)).unwrap());
    }
    // Far off (more than eight weeks ahead): no picture yet.
    t.write(
        "content/events/far.md",
        "---\ntitle: Winter party\nfestival: summer-2027\nvenue: myatts-fields-park\nstarts: 2027-12-20 10:00\nends: 2027-12-20 12:00\ncost: free\ndrop_in: true\nsummary: Songs.\n---\nBody.\n",
    );
    let (files, d) = generate(&t);
    let mut made = pngs(&files);
    made.sort();
    let mut want = Vec::new();
    for lang in ["am", "ar", "en"] {
        for id in ["circus", "picnic", "rhyme-time"] {
            want.push((format!("print/{lang}/og-event-{id}.png"), (1200, 630)));
        }
        want.push((
            format!("print/{lang}/og-festival-summer-2027.png"),
            (1200, 630),
        ));
        // The festival and its flagship event still to come.
        for id in ["circus", "summer-2027"] {
            want.push((format!("print/{lang}/post-{id}.png"), (1080, 1080)));
            want.push((format!("print/{lang}/story-{id}.png"), (1080, 1920)));
        }
    }
    let mut names: Vec<String> = want.iter().map(|(p, _)| p.clone()).collect();
    names.sort();
    assert_eq!(made, names, "{}", show(&d));
    let index = std::str::from_utf8(files.get("print/index.html").unwrap())
        .unwrap()
        .replace("&#x2F;", "/");
    for (path, (w, h)) in &want {
        let img = decode(&files, path);
        assert_eq!((img.width(), img.height()), (*w, *h), "{path}");
        assert!(index.contains(&format!("/{path}\"")), "{path} not indexed");
    }

    // Each language its own picture, in its own direction: the facts start
    // at the left in English and at the right in Arabic.
    let en = decode(&files, "print/en/og-event-circus.png");
    let ar = decode(&files, "print/ar/og-event-circus.png");
    assert!(en != ar);
    let band = 466..604;
    let (en_x, ar_x) = (ink_centre(&en, band.clone()), ink_centre(&ar, band));
    assert!(en_x < 500.0, "English facts centre at x = {en_x:.0}");
    assert!(ar_x > 700.0, "Arabic facts centre at x = {ar_x:.0}");

    // The pages name their picture, in their language.
    for (lang, page, picture) in [
        (
            "en",
            "en/events/circus/index.html",
            "print/en/og-event-circus.png",
        ),
        (
            "ar",
            "ar/events/circus/index.html",
            "print/ar/og-event-circus.png",
        ),
        (
            "am",
            "am/festivals/summer-2027/index.html",
            "print/am/og-festival-summer-2027.png",
        ),
    ] {
        let tags = meta(&files, page);
        assert_eq!(
            get(&tags, "og:image"),
            Some(format!("{BASE}{picture}").as_str()),
            "{page}: {tags:?}"
        );
        assert_eq!(get(&tags, "og:image:width"), Some("1200"));
        assert_eq!(get(&tags, "og:image:height"), Some("630"));
        assert_eq!(get(&tags, "og:locale"), Some(lang));
        assert_eq!(get(&tags, "twitter:card"), Some("summary_large_image"));
        for key in ["og:title", "og:description", "og:image:alt", "og:url"] {
            assert!(
                get(&tags, key).is_some_and(|v| !v.is_empty()),
                "{page}: no {key}"
            );
        }
    }
    let tags = meta(&files, "ar/events/circus/index.html");
    assert_eq!(get(&tags, "og:title"), Some("يوم مهارات السيرك للعائلة"));
    let tags = meta(&files, "en/events/past/index.html");
    assert_eq!(get(&tags, "og:image"), None, "{tags:?}");
    assert_eq!(get(&tags, "twitter:card"), Some("summary"));
    assert!(!files.paths().any(|p| p.contains("og-event-past")));
    let tags = meta(&files, "en/events/far/index.html");
    assert_eq!(get(&tags, "og:image"), None, "{tags:?}");
    assert_eq!(get(&tags, "og:title"), Some("Winter party"));
    assert!(!files.paths().any(|p| p.contains("og-event-far")));

    // A thumbnail of every document in the staff index, each a small PNG.
    let doc = Html::parse_document(&index);
    let rows = Selector::parse("tbody tr").unwrap();
    let thumb = Selector::parse("td img").unwrap();
    let mut rows_seen = 0;
    for row in doc.select(&rows) {
        rows_seen += 1;
        let src = row
            .select(&thumb)
            .next()
            .and_then(|i| i.value().attr("src"))
            .unwrap_or_else(|| panic!("a row without a thumbnail: {}", row.html()));
        let img = decode(&files, src.trim_start_matches('/'));
        assert_eq!(img.width(), 240, "{src}");
    }
    assert!(rows_seen > want.len(), "{rows_seen} rows");
}

#[test]
fn text_too_long_for_a_share_image_is_a_warning_at_its_line_and_pictures_are_identical_build_after_build(
) {
    let t = site();
    let long = "Circus skills family day with juggling, hula hoops, plate spinning, stilt walking, clowns, acrobats and a big top tea party for everyone in the neighbourhood and their grandparents too";
    let text = std::fs::read_to_string(t.path("content/events/circus.md")).unwrap();
    t.write(
        "content/events/circus.md",
        &text.replace("title: Circus skills family day", &format!("title: {long}")),
    );
    // A venue name far too long for the details of a link preview.
    let venue = std::fs::read_to_string(t.path("content/venues/myatts-fields-park.yaml")).unwrap();
    let name = "Myatt's Fields Park, the bandstand lawn beside the glasshouse, past the playground and the café, through the green gate on Cormont Road, then left along the path by the flower beds and the tennis courts, across the little bridge over the pond, round the back of the community garden and the beehives, and up the slope to the big oak tree where the picnic blankets are";
    t.write(
        "content/venues/myatts-fields-park.yaml",
        &venue.replace(
            "name: Myatt's Fields Park",
            &format!("name: \"{name}; {name}\""),
        ),
    );
    let (first, d) = generate(&t);
    let title = d
        .iter()
        .find(|x| {
            x.message.contains("too long for the title box")
                && x.message.contains("print/en/post-circus.png")
        })
        .unwrap_or_else(|| panic!("{}", show(&d)));
    assert!(!title.is_error());
    assert_eq!(
        (title.file.as_str(), title.line),
        ("content/events/circus.md", 2)
    );
    assert!(
        title
            .fix
            .as_deref()
            .unwrap_or_default()
            .contains("shorten the title to about"),
        "{title:?}"
    );
    let cut = d
        .iter()
        .find(|x| {
            x.message.contains("do not fit") && x.message.contains("print/en/og-event-picnic.png")
        })
        .unwrap_or_else(|| panic!("{}", show(&d)));
    assert!(!cut.is_error());
    assert!(cut
        .fix
        .as_deref()
        .unwrap_or_default()
        .contains("venue's name"));
    // Still made, at its size.
    let img = decode(&first, "print/en/post-circus.png");
    assert_eq!((img.width(), img.height()), (1080, 1080));

    std::fs::remove_dir_all(t.path(".whatson-cache")).unwrap();
    let (second, _) = generate(&t);
    let (cached, _) = generate(&t);
    let all = pngs(&first);
    assert!(!all.is_empty());
    for path in all.iter().chain(
        first
            .paths()
            .filter(|p| p.contains("/thumbs/"))
            .map(str::to_owned)
            .collect::<Vec<_>>()
            .iter(),
    ) {
        assert!(first.get(path) == second.get(path), "{path} differs");
        assert!(
            first.get(path) == cached.get(path),
            "{path} differs from the cache"
        );
    }
}
