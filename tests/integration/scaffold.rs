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

#[test]
fn every_kind_of_starter_file_builds_as_it_is() {
    let site = TestSite::new();
    for args in [
        &[
            "venue",
            "library",
            "--title",
            "Brixton Library",
            "--area",
            "Coldharbour",
        ][..],
        &["festival", "winter-2026", "--title", "Winter: warm & cosy"][..],
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
        &["event", "stay-and-play"][..],
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
    assert!(event.contains("title: \"Rhyme time # songs\""), "{event}");
    assert!(event.contains("# repeats:"), "commented: {event}");
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
    assert!(g.files.get("en/pages/about-us/index.html").is_some());
    // The default event is on a Saturday a week or more ahead.
    let stay = &g.content.events["stay-and-play"];
    assert_eq!(stay.schedule.start_date().to_string(), "2026-12-05");
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
            &["event", "x", "--venue", "nowhere"][..],
            "there is no venue `nowhere`",
        ),
        (
            &["event", "y", "--starts", "04/08/2027 10:00"][..],
            "write dates year first, with dashes: `2027-08-04 10:00`",
        ),
        (
            &["venue", "z", "--area", "Narnia"][..],
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
