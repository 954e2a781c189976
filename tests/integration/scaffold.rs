//! `whatson new`: starter files that build as they are.

use crate::common;

use common::*;

const NOW: &str = "2026-11-23 09:00";

fn new(site: &TestSite, args: &[&str]) -> std::process::Output {
    whatson()
        .arg("new")
        .args(args)
        .args(["--now", NOW, "--root"])
        .arg(site.root())
        .output()
        .unwrap()
}

/// A starter file with its examples filled in, as a person would: every
/// `# EXAMPLE` note deleted and the example texts replaced.
fn fill_in(site: &TestSite, rel: &str) {
    let mut text = site
        .read(rel)
        .replace("   # EXAMPLE", "")
        .replace(
            "One line about what happens.",
            "Songs and rhymes for babies.",
        )
        .replace("One line about the festival.", "Warm and cosy fun.");
    for (_, body, _) in whatson::validate::placeholder::BODIES {
        text = text.replace(body, "Real words about it.");
    }
    site.write(rel, &text);
}

#[test]
fn every_kind_of_starter_file_builds_once_its_examples_are_edited() {
    let site = TestSite::new();
    for args in [
        &[
            "venue",
            "library",
            "--title",
            "Brixton Library",
            "--area",
            "Coldharbour",
            "--address",
            "Brixton Oval, London",
        ][..],
        &[
            "festival",
            "winter-2026",
            "--title",
            "Winter: warm & cosy",
            "--starts",
            "2026-12-01",
            "--ends",
            "2026-12-31",
        ][..],
        &[
            "event",
            "rhyme-time",
            "--venue",
            "library",
            "--festival",
            "winter-2026",
            "--starts",
            "2026-12-05 10:00",
            "--ends",
            "10:45",
            "--title",
            "Rhyme time # songs",
        ][..],
        &["page", "about-us", "--summary", "Who we are"][..],
    ] {
        let out = new(&site, args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stdout).starts_with("Wrote "));
    }
    let event = site.read("content/events/rhyme-time.md");
    assert!(event.contains("title: \"Rhyme time # songs\"\n"), "{event}");
    assert!(event.contains("# repeats:"), "commented: {event}");

    // As written, the examples stop the build, each at its line.
    let line_of = |rel: &str, needle: &str| {
        site.read(rel)
            .lines()
            .position(|l| l.starts_with(needle))
            .map(|i| i + 1)
            .unwrap_or_else(|| panic!("no `{needle}` in {rel}"))
    };
    let report = whatson::check::check(site.root(), whatson::Now::parse(NOW).unwrap());
    let found: Vec<(String, usize)> = errors(&report.diagnostics)
        .into_iter()
        .map(|e| {
            assert!(e.message.starts_with("this is still the example"), "{e}");
            (e.file, e.line)
        })
        .collect();
    let ev = "content/events/rhyme-time.md";
    let fe = "content/festivals/winter-2026.md";
    let pa = "content/pages/about-us.md";
    let mut want: Vec<(String, usize)> = [
        (ev, line_of(ev, "summary:")),
        (ev, line_of(ev, "ages:")),
        (ev, line_of(ev, "cost:")),
        (ev, line_of(ev, "drop_in:")),
        (ev, line_of(ev, "What to expect")),
        (fe, line_of(fe, "summary:")),
        (fe, line_of(fe, "  primary:")),
        (fe, line_of(fe, "  accent:")),
        (fe, line_of(fe, "What the festival")),
        // A title made from the id is a guess too.
        (pa, line_of(pa, "title:")),
        (pa, line_of(pa, "The page's text")),
    ]
    .into_iter()
    .map(|(f, l)| (f.to_owned(), l))
    .collect();
    want.sort();
    let mut found = found;
    found.sort();
    assert_eq!(found, want, "{}", show(&report.diagnostics));
    let build = whatson::build(&whatson::BuildOptions {
        root: site.root().to_path_buf(),
        out: None,
        now: whatson::Now::parse(NOW).unwrap(),
    });
    assert!(
        !build.written && !site.path("public").exists(),
        "nothing is published"
    );

    for rel in [ev, fe, pa, "content/venues/library.yaml"] {
        fill_in(&site, rel);
    }
    let (generated, d) = whatson::generate(site.root(), whatson::Now::parse(NOW).unwrap());
    assert!(generated.is_some(), "{}", show(&d));
    assert!(!d.has_errors(), "{}", show(&d));
    let g = generated.unwrap();
    assert_eq!(
        g.content.events["rhyme-time"].title.default,
        "Rhyme time # songs"
    );
    assert_eq!(
        g.content.festivals["winter-2026"].title.default,
        "Winter: warm & cosy"
    );
    assert_eq!(g.content.venues["library"].area, "Coldharbour");
    assert_eq!(g.content.venues["library"].address, "Brixton Oval, London");
    assert!(g.files.get("en/pages/about-us/index.html").is_some());
}

#[test]
fn options_new_needs_are_refused_when_missing_and_nobody_can_be_asked() {
    let site = TestSite::new();
    for (args, expected) in [
        (
            &["event", "stay-and-play"][..],
            "needs --venue, --starts, --ends",
        ),
        (
            &[
                "event",
                "stay-and-play",
                "--venue",
                "myatts-fields-park",
                "--starts",
                "2026-12-05 10:00",
            ][..],
            "needs --ends",
        ),
        (&["festival", "winter"][..], "needs --starts, --ends"),
        (&["venue", "hall"][..], "needs --area, --address"),
    ] {
        let out = new(&site, args);
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(expected), "{args:?}: {err}");
        assert!(err.contains("e.g. `whatson new "), "{err}");
    }
    for f in [
        "events/stay-and-play.md",
        "festivals/winter.md",
        "venues/hall.yaml",
    ] {
        assert!(
            !site.path(&format!("content/{f}")).exists(),
            "{f} is not written"
        );
    }
    // An all-day event needs no end; the page needs nothing.
    let out = new(
        &site,
        &[
            "event",
            "fair",
            "--venue",
            "myatts-fields-park",
            "--starts",
            "2026-12-05",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(new(&site, &["page", "contact"]).status.success());
}

#[test]
fn refuses_to_overwrite_bad_ids_and_unknown_references() {
    let site = TestSite::new();
    let before = site.read("content/events/circus.md");
    for (args, expected) in [
        (
            &["event", "circus"][..],
            "content/events/circus.md already exists",
        ),
        (
            &["event", "Circus Day"][..],
            "`Circus Day` cannot be used as an id",
        ),
        (
            &[
                "event",
                "x",
                "--venue",
                "nowhere",
                "--starts",
                "2027-08-04 10:00",
                "--ends",
                "11:00",
            ][..],
            "there is no venue `nowhere`",
        ),
        (
            &[
                "event",
                "y",
                "--venue",
                "myatts-fields-park",
                "--starts",
                "04/08/2027 10:00",
                "--ends",
                "11:00",
            ][..],
            "write dates year first, with dashes: `2027-08-04 10:00`",
        ),
        (
            &["venue", "z", "--area", "Narnia", "--address", "1 High St"][..],
            "`Narnia` is not one of the site's areas",
        ),
        (&["qr", "z"][..], "is not something `whatson new` makes"),
    ] {
        let out = new(&site, args);
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(expected), "{args:?}: {err}");
    }
    assert_eq!(site.read("content/events/circus.md"), before);
    assert!(
        !site.path("content/events/y.md").exists(),
        "a file that would not build is not kept"
    );
}
