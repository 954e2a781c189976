//! The short-link register: every printed code keeps working after its event,
//! festival or QR-sheet link is deleted, in the language it was printed in,
//! and `check` and `build` say which codes lost their target.

use crate::common::{show, TestSite};

use whatson::print::register::FILE;
use whatson::print::shortlink::Key;
use whatson::{BuildOptions, BuildReport, Now};

fn now() -> Now {
    Now::parse("2027-07-01 09:00").unwrap()
}

fn build(t: &TestSite) -> BuildReport {
    whatson::build(&BuildOptions {
        root: t.root().to_path_buf(),
        out: None,
        now: now(),
    })
}

fn event_code(id: &str, lang: &str) -> String {
    Key::event(id, lang, "en").code()
}

/// The language of the published page of `code` and where it forwards.
fn forward(t: &TestSite, code: &str) -> (String, String) {
    let html = t.read(&format!("public/b/{code}/index.html"));
    let doc = scraper::Html::parse_document(&html);
    let html_el = scraper::Selector::parse("html").unwrap();
    let lang = doc
        .select(&html_el)
        .next()
        .and_then(|e| e.value().attr("lang"))
        .unwrap_or("")
        .to_owned();
    let refresh = scraper::Selector::parse("meta[http-equiv=refresh]").unwrap();
    let url = doc
        .select(&refresh)
        .next()
        .and_then(|e| e.value().attr("content"))
        .and_then(|c| c.split_once("url="))
        .map(|(_, u)| u.to_owned())
        .unwrap_or_default();
    (lang, url)
}

fn warnings_naming(d: &whatson::diagnostics::Diagnostics, code: &str) -> Vec<String> {
    d.sorted()
        .into_iter()
        .filter(|x| !x.is_error() && x.message.contains(&format!("b/{code}/")))
        .map(|x| x.to_string())
        .collect()
}

#[test]
fn a_deleted_events_printed_codes_forward_to_the_festival_in_their_language() {
    let t = TestSite::new();
    let first = build(&t);
    assert!(first.written, "{}", show(&first.diagnostics));
    assert!(first.register_written);
    let register = t.read(FILE);
    assert!(register.starts_with('#') && register.contains("commit it"));
    let (pt, ar) = (event_code("circus", "pt"), event_code("circus", "ar"));
    for (code, lang) in [(&pt, "pt"), (&ar, "ar")] {
        assert!(
            register.contains(&format!(
                "\"{code}\": {{ event: \"circus\", festival: \"summer-2027\", lang: \"{lang}\" }}"
            )),
            "{register}"
        );
        let (page_lang, url) = forward(&t, code);
        assert_eq!(page_lang, lang, "the page is in the leaflet's language");
        assert!(
            url.starts_with("https://www.eventbrite.co.uk/e/123456789"),
            "{url}"
        );
    }
    // The English code is the one printed before codes had a language.
    assert_eq!(
        event_code("circus", "en"),
        whatson::print::shortlink::code_for("event:circus")
    );

    // Nothing changed: the register is left alone.
    let again = build(&t);
    assert!(again.written && !again.register_written);
    assert_eq!(t.read(FILE), register);

    // The event is over and its file deleted, as the guide advises.
    t.remove("content/events/circus.md");
    let report = whatson::check::check(t.root(), now());
    let named = warnings_naming(&report.diagnostics, &pt);
    assert_eq!(named.len(), 1, "{}", show(&report.diagnostics));
    assert!(
        named[0].starts_with(&format!("warning: {FILE}:"))
            && named[0].contains("the event `circus`")
            && named[0].contains(&format!("b/{ar}/"))
            && named[0].contains("forwards to the page of the festival `summer-2027`"),
        "{}",
        named[0]
    );
    assert_eq!(t.read(FILE), register, "check writes nothing");
    assert!(forward(&t, &pt).1.starts_with("https://www.eventbrite"));

    let after = build(&t);
    assert!(after.written, "{}", show(&after.diagnostics));
    assert_eq!(warnings_naming(&after.diagnostics, &pt).len(), 1);
    for (code, lang) in [(&pt, "pt"), (&ar, "ar")] {
        let (page_lang, url) = forward(&t, code);
        assert_eq!(page_lang, lang);
        assert!(
            url.starts_with(&format!(
                "https://whatson.example.org/{lang}/festivals/summer-2027/?"
            )),
            "{url}"
        );
        // The page it forwards to is there.
        assert!(t
            .path(&format!("public/{lang}/festivals/summer-2027/index.html"))
            .is_file());
    }
    let recorded = t.read(FILE);
    assert!(
        recorded.contains(&format!(
            "\"{pt}\": {{ event: \"circus\", festival: \"summer-2027\", lang: \"pt\", forwards: festival }}"
        )),
        "{recorded}"
    );

    // Recorded: the next build and check are quiet about it.
    let quiet = build(&t);
    assert!(warnings_naming(&quiet.diagnostics, &pt).is_empty());
    assert!(!quiet.register_written);
    assert!(warnings_naming(&whatson::check::check(t.root(), now()).diagnostics, &pt).is_empty());

    // The festival goes too: the codes forward to the listing, and say so.
    let festival = Key::Festival {
        id: "summer-2027".into(),
        lang: "ar".into(),
    }
    .code();
    t.remove("content/festivals/summer-2027.md");
    let gone = build(&t);
    assert!(gone.written, "{}", show(&gone.diagnostics));
    assert_eq!(warnings_naming(&gone.diagnostics, &pt).len(), 1);
    assert_eq!(warnings_naming(&gone.diagnostics, &festival).len(), 1);
    for code in [&ar, &festival] {
        let (lang, url) = forward(&t, code);
        assert_eq!(lang, "ar");
        assert!(url.starts_with("https://whatson.example.org/ar/?"), "{url}");
    }
    assert!(t.read(FILE).contains("lang: \"ar\", forwards: listing }"));
}

#[test]
fn a_failed_build_leaves_the_register_and_the_site_as_they_were() {
    let t = TestSite::new();
    assert!(build(&t).written);
    let register = t.read(FILE);
    let pt = event_code("circus", "pt");

    // The event is deleted in the same edit as a mistake elsewhere.
    t.remove("content/events/circus.md");
    t.write(
        "content/events/bad.md",
        "---\ntitle: Bad\nfestival: summer-2027\nvenue: myatts-fields-park\nstarts: 31/09/2027 10:00\nends: 11:00\nages: 0-4\ncost: free\ndrop_in: true\n---\n",
    );
    let failed = build(&t);
    assert!(!failed.written && failed.diagnostics.has_errors());
    assert_eq!(
        t.read(FILE),
        register,
        "a failed build does not write the register"
    );
    assert!(
        forward(&t, &pt).1.starts_with("https://www.eventbrite"),
        "public/ is the old site"
    );
    t.remove("content/events/bad.md");

    // A register edited by hand stops the build at the line, before anything
    // is lost.
    let broken = register.replacen(
        &format!("\"{pt}\": {{ event:"),
        &format!("\"{pt}\": {{ evnt:"),
        1,
    );
    t.write(FILE, &broken);
    let line = broken
        .lines()
        .position(|l| l.contains("evnt:"))
        .map(|i| i + 1)
        .unwrap();
    let stopped = build(&t);
    assert!(!stopped.written);
    let e = crate::common::only_error(&stopped.diagnostics);
    assert_eq!((e.file.as_str(), e.line), (FILE, line), "{e}");
    assert!(e.fix.unwrap_or_default().contains("git checkout"));
    assert_eq!(t.read(FILE), broken);
    assert!(forward(&t, &pt).1.starts_with("https://www.eventbrite"));
}

#[test]
fn a_register_past_one_megabyte_still_builds_while_content_files_are_held_to_it() {
    // 10,000 events in 8 languages print about 80,000 codes: their register
    // passes the 1 MB that a file written by hand may have.
    let t = TestSite::new();
    assert!(build(&t).written);
    let register = t.read(FILE);
    let padding: String = (0..14_000)
        .map(|i| {
            format!(
                "# {i:05} a line as long as one printed code's entry in the register: 100 bytes.\n"
            )
        })
        .collect();
    t.write(FILE, &format!("{padding}{register}"));
    assert!(t.read(FILE).len() > 1024 * 1024);
    let big = build(&t);
    assert!(big.written, "{}", show(&big.diagnostics));
    let pt = event_code("circus", "pt");
    assert!(forward(&t, &pt).1.starts_with("https://www.eventbrite"));

    let event = t.read("content/events/circus.md");
    t.write(
        "content/events/circus.md",
        &format!("{event}\n{}", "Lots of words. ".repeat(80_000)),
    );
    let refused = build(&t);
    assert!(!refused.written);
    let e = crate::common::only_error(&refused.diagnostics);
    assert_eq!(e.file, "content/events/circus.md", "{e}");
    assert!(e.message.contains("at most 1 MB"), "{e}");
}
