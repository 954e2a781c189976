//! Each validation error a comms officer can meet: the message, the file, the
//! line and the fix.

use crate::common;
use common::*;
use whatson::Now;

fn event_with(lines: &str) -> String {
    format!("---\n{lines}---\nBody.\n")
}

const BASE: &str = "title: Stay and play\nsummary: Play.\nvenue: myatts-fields-park\nstarts: 2027-01-05 10:00\nends: 2027-01-05 11:30\ndrop_in: true\n";

#[test]
fn the_fixture_site_is_clean() {
    let s = TestSite::new();
    let d = s.check();
    assert!(d.is_empty(), "{}", show(&d));
}

#[test]
fn unknown_field_suggests_the_right_one() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&BASE.replace("starts:", "start:")),
    );
    let d = s.check();
    let errors = common::errors(&d);
    let e = &errors[0];
    assert_eq!(e.file, "content/events/play.md");
    assert_eq!((e.line, e.column), (5, 1));
    assert_eq!(e.message, "unknown field `start`");
    assert_eq!(e.fix.as_deref(), Some("did you mean `starts`?"));
}

#[test]
fn a_misspelt_field_does_not_hide_the_other_mistakes_in_its_file() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&format!(
            "{}ages: toddlers\ncolour:\n  shade: dark\ncost: two pounds\n",
            BASE.replace("starts: 2027-01-05 10:00", "start: 2027-01-32 10:00")
        )),
    );
    let d = s.check();
    let errors: Vec<(usize, String)> = common::errors(&d)
        .into_iter()
        .map(|x| (x.line, x.message))
        .collect();
    let lines: Vec<usize> = errors.iter().map(|e| e.0).collect();
    // start (typo, and its bad date read as `starts`), ages, colour, cost;
    // no "`starts` is missing" on top of "did you mean `starts`?".
    assert_eq!(lines, vec![5, 5, 8, 9, 11], "{errors:#?}");
    assert!(
        errors.iter().all(|e| !e.1.contains("missing")),
        "{errors:#?}"
    );
}

#[test]
fn all_unknown_fields_in_a_file_are_reported_together() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&format!("{BASE}colour: red\nvenu: x\n")),
    );
    let d = s.check();
    let lines = error_lines(&d);
    assert_eq!(lines, vec![8, 9], "{}", show(&d));
}

#[test]
fn errors_across_files_are_all_reported() {
    let s = TestSite::new();
    s.write(
        "content/events/a.md",
        &event_with(&BASE.replace("2027-01-05 10:00", "2027-13-05 10:00")),
    );
    s.write(
        "content/events/b.md",
        &event_with(&BASE.replace("myatts-fields-park", "myatts-field-park")),
    );
    let d = s.check();
    let files: Vec<String> = common::errors(&d).into_iter().map(|x| x.file).collect();
    assert_eq!(
        files,
        vec!["content/events/a.md", "content/events/b.md"],
        "{}",
        show(&d)
    );
}

#[test]
fn bad_date_says_how_to_write_it() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&BASE.replace("starts: 2027-01-05 10:00", "starts: 05/01/2027 10:00")),
    );
    let e = only_error(&s.check());
    assert_eq!(e.line, 5);
    assert!(e.message.contains("is not a date and time"), "{e}");
    assert_eq!(
        e.fix.as_deref(),
        Some("write dates year first, with dashes: `2027-01-05 10:00`")
    );
}

#[test]
fn bad_time_is_an_error() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&BASE.replace("ends: 2027-01-05 11:30", "ends: 2027-01-05 25:30")),
    );
    let e = only_error(&s.check());
    assert_eq!(e.line, 6);
    assert!(
        e.message
            .contains("`ends: 2027-01-05 25:30` is not a date and time"),
        "{e}"
    );
}

#[test]
fn a_bad_start_and_a_bad_end_are_both_reported() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(
            &BASE
                .replace("starts: 2027-01-05 10:00", "starts: 2027-01-32 10:00")
                .replace("ends: 2027-01-05 11:30", "ends: 11.30am"),
        ),
    );
    let d = s.check();
    let lines = error_lines(&d);
    assert_eq!(lines, vec![5, 6], "{}", show(&d));
}

#[test]
fn a_time_skipped_when_the_clocks_go_forward_is_an_error() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(
            &BASE
                .replace("starts: 2027-01-05 10:00", "starts: 2027-03-28 01:30")
                .replace("ends: 2027-01-05 11:30", "ends: 03:00"),
        ),
    );
    let e = only_error(&s.check());
    assert_eq!(e.line, 5);
    assert!(e.message.contains("the time 01:30 is skipped"), "{e}");
    assert_eq!(
        e.fix.as_deref(),
        Some("check the time; the same moment is written 02:30")
    );
}

#[test]
fn impossible_dates_and_times_say_why() {
    for (from, to, fix) in [
        (
            "starts: 2027-01-05 10:00",
            "starts: 2027-02-30 10:00",
            "February 2027 has 28 days: check the date (the last one is `2027-02-28`)",
        ),
        (
            "ends: 2027-01-05 11:30",
            "ends: 2027-01-05 24:00",
            "midnight at the end of a day is written as the start of the next: `2027-01-06 00:00`",
        ),
        (
            "ends: 2027-01-05 11:30",
            "ends: 11:75",
            "hours go from 00 to 23 and minutes from 00 to 59",
        ),
        (
            "ends: 2027-01-05 11:30",
            "ends: 2pm",
            "use the 24-hour clock without am/pm: 9am is `09:00`, 2pm is `14:00`",
        ),
    ] {
        let s = TestSite::new();
        s.write(
            "content/events/play.md",
            &event_with(&BASE.replace(from, to)),
        );
        let e = only_error(&s.check());
        assert_eq!(e.fix.as_deref(), Some(fix), "{to}: {e}");
    }
    for (from, to, fix) in [
        ("ends: 2027-01-05 11:30", "duration: 500h", "a session lasts at most 14 days; for something longer give `starts` and `ends` as dates (all day)"),
        ("ends: 2027-01-05 11:30", "duration: 90", "add the unit: `duration: 90m` (minutes) or `duration: 90h` (hours)"),
        ("drop_in: true", "drop_in: true\ncost: £2.5", "write pence with two digits: `cost: £2.50`"),
    ] {
        let s = TestSite::new();
        s.write("content/events/play.md", &event_with(&BASE.replace(from, to)));
        let e = only_error(&s.check());
        assert_eq!(e.fix.as_deref(), Some(fix), "{to}: {e}");
    }
    // A one-digit hour is clear enough to accept.
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&BASE.replace("starts: 2027-01-05 10:00", "starts: 2027-01-05 9:30")),
    );
    let d = s.check();
    assert!(!d.has_errors(), "{}", show(&d));
}

#[test]
fn yaml_slips_are_explained_in_plain_words() {
    for (lines, line, message) in [
        (
            format!("{BASE}repeats:\n\tevery: week\n"),
            9,
            "this line is indented with a tab",
        ),
        (
            format!("{BASE}repeats: weekly\n"),
            8,
            "this should be a group of `field: value` lines",
        ),
        (
            format!("{BASE}drop_in: false\n"),
            8,
            "`drop_in` is written twice",
        ),
    ] {
        let s = TestSite::new();
        s.write("content/events/play.md", &event_with(&lines));
        let e = only_error(&s.check());
        assert_eq!((e.line, e.message.as_str()), (line, message), "{e}");
    }
}

#[test]
fn end_before_start() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&BASE.replace("ends: 2027-01-05 11:30", "ends: 2027-01-05 09:30")),
    );
    let e = only_error(&s.check());
    assert_eq!(e.line, 6);
    assert_eq!(
        e.message,
        "the event ends (2027-01-05 09:30) before it starts (2027-01-05 10:00)"
    );
    assert!(e.fix.as_deref().unwrap().contains("24-hour clock"));
}

#[test]
fn unknown_venue_suggests_a_near_id() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&BASE.replace("venue: myatts-fields-park", "venue: myatts-field-park")),
    );
    let e = only_error(&s.check());
    assert_eq!((e.file.as_str(), e.line), ("content/events/play.md", 4));
    assert_eq!(e.message, "there is no venue `myatts-field-park`");
    assert_eq!(
        e.fix.as_deref(),
        Some("did you mean `venue: myatts-fields-park`?")
    );
}

#[test]
fn unknown_festival() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&format!("{BASE}festival: sumer-2027\n")),
    );
    let e = only_error(&s.check());
    assert_eq!(e.line, 8);
    assert_eq!(e.message, "there is no festival `sumer-2027`");
    assert_eq!(
        e.fix.as_deref(),
        Some("did you mean `festival: summer-2027`?")
    );
}

#[test]
fn unknown_area() {
    let s = TestSite::new();
    s.write(
        "content/venues/myatts-fields-park.yaml",
        &VENUE_YAML.replace("area: Vassall", "area: Vauxhall"),
    );
    let e = only_error(&s.check());
    assert_eq!(
        (e.file.as_str(), e.line),
        ("content/venues/myatts-fields-park.yaml", 4)
    );
    assert_eq!(e.message, "`Vauxhall` is not one of the site's areas");
    assert_eq!(e.fix.as_deref(), Some("did you mean `area: Vassall`?"));
}

#[test]
fn unknown_language_in_a_translation_file_name() {
    let s = TestSite::new();
    s.write("content/events/circus.pl.md", "---\ntitle: Cyrk\n---\n");
    let e = only_error(&s.check());
    assert_eq!(
        (e.file.as_str(), e.line),
        ("content/events/circus.pl.md", 1)
    );
    assert_eq!(e.message, "`pl` is not one of the site's languages");
    assert!(e
        .fix
        .as_deref()
        .unwrap()
        .contains("add `pl` to `languages` in content/site.yaml"));
}

#[test]
fn unknown_spoken_language_code() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&format!("{BASE}spoken_languages: [en, Portuguese]\n")),
    );
    let e = only_error(&s.check());
    assert_eq!(e.line, 8);
    assert_eq!(e.message, "`Portuguese` is not a language code");
}

#[test]
fn duplicate_id_names_both_files() {
    let s = TestSite::new();
    s.write("content/events/2027/circus.md", EVENT_MD);
    let e = only_error(&s.check());
    // Whichever is found second is blamed; the message names the other.
    let (blamed, other) = if e.file == "content/events/circus.md" {
        ("content/events/circus.md", "content/events/2027/circus.md")
    } else {
        ("content/events/2027/circus.md", "content/events/circus.md")
    };
    assert_eq!(e.file, blamed);
    assert_eq!(
        e.message,
        format!("two event files have the id `circus`: this one and {other}")
    );
}

#[test]
fn untranslatable_field_in_a_translation() {
    let s = TestSite::new();
    s.write(
        "content/events/circus.pt.md",
        "---\ntitle: Circo\nvenue: myatts-fields-park\n---\nVenha.\n",
    );
    let e = only_error(&s.check());
    assert_eq!(
        (e.file.as_str(), e.line, e.column),
        ("content/events/circus.pt.md", 3, 1)
    );
    assert_eq!(
        e.message,
        "`venue` cannot be translated, so it does not belong in a translation file"
    );
    assert!(e.fix.as_deref().unwrap().starts_with("delete this line"));
}

#[test]
fn missing_required_field() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&BASE.replace("venue: myatts-fields-park\n", "")),
    );
    let e = only_error(&s.check());
    assert_eq!((e.line, e.column), (1, 1));
    assert_eq!(e.message, "the required field `venue` is missing");
    assert_eq!(
        e.fix.as_deref(),
        Some("add a line `venue: myatts-fields-park`")
    );
}

#[test]
fn missing_end_time() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&BASE.replace("ends: 2027-01-05 11:30\n", "")),
    );
    let e = only_error(&s.check());
    assert_eq!(e.line, 5);
    assert_eq!(e.message, "this event has a start time but no end");
}

#[test]
fn bad_booking_url() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&format!("{BASE}booking: www.eventbrite.co.uk/e/123\n")),
    );
    let e = only_error(&s.check());
    assert_eq!(e.line, 8);
    assert_eq!(
        e.message,
        "`www.eventbrite.co.uk/e/123` is not a complete web address"
    );
    assert!(e.fix.as_deref().unwrap().contains("starting with https://"));
}

#[test]
fn javascript_booking_link_is_refused() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&format!("{BASE}booking: javascript:alert(1)\n")),
    );
    let e = only_error(&s.check());
    assert_eq!(
        e.message,
        "`booking` must be a web link, not a `javascript:` link"
    );
}

#[test]
fn unreadable_image() {
    let s = TestSite::new();
    s.write("content/events/broken.jpg", "this is not a jpeg");
    s.write(
        "content/events/play.md",
        &event_with(&format!("{BASE}image: broken.jpg\n")),
    );
    let e = only_error(&s.check());
    assert_eq!(e.line, 8);
    assert_eq!(
        e.message,
        "the picture `broken.jpg` cannot be read: it is damaged or not really a picture"
    );
}

#[test]
fn oversized_image() {
    let s = TestSite::new();
    let img = image::RgbImage::new(9000, 10);
    img.save(s.path("content/events/wide.png")).unwrap();
    s.write(
        "content/events/play.md",
        &event_with(&format!("{BASE}image: wide.png\n")),
    );
    let e = only_error(&s.check());
    assert!(e.message.contains("is 9000×10 pixels"), "{e}");
}

#[test]
fn image_path_cannot_leave_the_content_folder() {
    let s = TestSite::new();
    let img = image::RgbImage::new(10, 10);
    img.save(s.path("secret.png")).unwrap();
    s.write(
        "content/events/play.md",
        &event_with(&format!("{BASE}image: ../../secret.png\n")),
    );
    let e = only_error(&s.check());
    assert_eq!(
        e.message,
        "the picture `../../secret.png` is outside the content folder"
    );
}

#[test]
fn file_names_that_are_not_ids() {
    let s = TestSite::new();
    s.write("content/events/Stay And Play.md", &event_with(BASE));
    let e = only_error(&s.check());
    assert_eq!(e.file, "content/events/Stay And Play.md");
    assert!(
        e.fix.as_deref().unwrap().contains("`stay-and-play.md`"),
        "{e}"
    );
}

#[test]
fn oversized_content_file() {
    let s = TestSite::new();
    let big = format!("{}{}", event_with(BASE), "x".repeat(1_100_000));
    s.write("content/events/play.md", &big);
    let e = only_error(&s.check());
    assert!(
        e.message.contains("content files may be at most 1 MB"),
        "{e}"
    );
}

#[test]
fn contrast_failure_names_colours_and_ratio() {
    let s = TestSite::new();
    s.write(
        "content/festivals/summer-2027.md",
        &FESTIVAL_MD.replace(
            "  accent: \"#1d3557\"\n",
            "  accent: \"#1d3557\"\n  text: \"#777777\"\n",
        ),
    );
    let d = s.check();
    let errors = common::errors(&d);
    assert_eq!(errors.len(), 2, "{}", show(&d));
    assert!(errors
        .iter()
        .all(|e| e.line == 9 && e.message.contains("text colour #777777")));
    assert!(
        errors.iter().any(|e| e
            .message
            .contains("on the primary colour #f4a300 has a contrast of 2.")),
        "{}",
        show(&d)
    );
    assert!(
        errors.iter().any(|e| e
            .message
            .contains("on the accent colour #1d3557 has a contrast of 2.76:1")),
        "{}",
        show(&d)
    );
}

#[test]
fn the_formats_own_festival_example_builds_with_readable_buttons() {
    let s = TestSite::new();
    s.write(
        "content/festivals/summer-2027.md",
        &FESTIVAL_MD.replace(
            "  accent: \"#1d3557\"\n",
            "  accent: \"#1d3557\"\n  text: \"#1a1a1a\"\n",
        ),
    );
    let d = s.check();
    assert!(!d.has_errors(), "{}", show(&d));
    let w = d
        .sorted()
        .into_iter()
        .find(|x| x.message.contains("text colour #1a1a1a"))
        .expect("a warning about the buttons");
    assert_eq!(w.line, 9);
    assert!(w.message.contains("1.41:1"), "{w}");
    assert!(
        w.message.ends_with("so the buttons use #ffffff instead"),
        "{w}"
    );
}

#[test]
fn a_hex_colour_without_quotes_is_reported_on_its_line() {
    let s = TestSite::new();
    s.write(
        "content/festivals/summer-2027.md",
        &FESTIVAL_MD.replace("  primary: \"#f4a300\"", "  primary: #f4a300"),
    );
    let e = only_error(&s.check());
    assert_eq!((e.line, e.column), (7, 3), "{e}");
    assert!(e.message.contains("`#`"), "{e}");
    assert_eq!(
        e.fix.as_deref(),
        Some("put the value in double quotes: `primary: \"#f4a300\"`")
    );
}

#[test]
fn an_empty_title_is_reported_on_its_line() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&BASE.replace("title: Stay and play", "title:")),
    );
    let e = only_error(&s.check());
    assert_eq!(e.line, 2, "{e}");
    assert_eq!(e.message, "`title` is empty");
}

#[test]
fn every_session_in_except_is_an_error() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&format!(
            "{BASE}repeats:\n  every: week\n  until: 2027-01-19\n  except: [2027-01-05, 2027-01-12, 2027-01-19]\n"
        )),
    );
    let e = only_error(&s.check());
    assert_eq!(e.line, 11, "{e}");
    assert!(
        e.message
            .contains("every session of this activity (3 of them)"),
        "{e}"
    );
}

#[test]
fn a_content_file_saved_with_the_wrong_extension_is_not_silently_skipped() {
    let s = TestSite::new();
    s.write("content/events/extra.md.txt", &event_with(BASE));
    s.write("content/events/notes.docx", "not content");
    s.write("content/events/upper.MD", &event_with(BASE));
    let d = s.check();
    let errors = common::errors(&d);
    assert_eq!(errors.len(), 1, "{}", show(&d));
    assert_eq!(errors[0].file, "content/events/extra.md.txt");
    assert!(errors[0]
        .fix
        .as_deref()
        .unwrap()
        .starts_with("rename it to extra.md"));
    assert!(
        d.sorted()
            .iter()
            .any(|w| !w.is_error() && w.file == "content/events/notes.docx"),
        "{}",
        show(&d)
    );
}

#[test]
fn repeats_with_a_typo_in_every() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&format!(
            "{BASE}repeats:\n  every: weak\n  until: 2027-03-30\n"
        )),
    );
    let e = only_error(&s.check());
    assert_eq!((e.line, e.column), (9, 10));
    assert_eq!(
        e.message,
        "`every: weak` is not a repeat the site understands"
    );
}

#[test]
fn except_date_that_is_not_a_session_is_a_warning() {
    let s = TestSite::new();
    s.write("content/events/play.md", &event_with(&format!("{BASE}repeats:\n  every: week\n  until: 2027-03-30\n  except: [2027-02-16, 2027-02-17]\n")));
    let d = s.check();
    assert!(!d.has_errors(), "{}", show(&d));
    let w: Vec<_> = d.sorted().into_iter().filter(|x| !x.is_error()).collect();
    assert_eq!(w.len(), 1, "{}", show(&d));
    assert_eq!(w[0].line, 11);
    assert!(w[0]
        .message
        .starts_with("2027-02-17 in `except` is not one of this activity's session dates"));
}

#[test]
fn yaml_syntax_error_points_at_the_line() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with("title: Stay and play\nsummary: \"unclosed\nvenue: x\n"),
    );
    let e = only_error(&s.check());
    assert_eq!(e.file, "content/events/play.md");
    assert!(e.line >= 3, "{e}");
}

#[test]
fn missing_front_matter_fence() {
    let s = TestSite::new();
    s.write("content/events/play.md", "title: Stay and play\n");
    let e = only_error(&s.check());
    assert_eq!(e.line, 1);
    assert!(e.message.contains("between two `---` lines"), "{e}");

    // Its translation is not reported as an orphan on top.
    s.write("content/events/play.pt.md", "---\ntitle: Brincar\n---\n");
    let e = only_error(&s.check());
    assert_eq!(e.file, "content/events/play.md");
}

#[test]
fn bad_timezone_suggests_one() {
    let s = TestSite::new();
    s.write(
        "content/site.yaml",
        &SITE_YAML.replace("Europe/London", "Europe/Londn"),
    );
    let e = only_error(&s.check());
    assert_eq!((e.file.as_str(), e.line), ("content/site.yaml", 3));
    assert_eq!(
        e.fix.as_deref(),
        Some("did you mean `timezone: Europe/London`?")
    );
}

#[test]
fn no_booking_and_not_drop_in_is_a_warning() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&BASE.replace("drop_in: true\n", "")),
    );
    let d = s.check();
    assert!(!d.has_errors());
    assert!(
        d.iter()
            .any(|x| x.message
                == "this event has no `booking` link and is not marked `drop_in: true`"),
        "{}",
        show(&d)
    );
}

#[test]
fn yes_and_no_are_not_misread() {
    // `drop_in: no` must not become a string or an error, and `no` as a language
    // code (Norwegian) stays a code.
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&BASE.replace("drop_in: true", "drop_in: yes\nspoken_languages: [en, no]")),
    );
    let d = s.check();
    assert!(!d.has_errors(), "{}", show(&d));
}

#[test]
fn a_festival_palette_the_theme_cannot_read_is_an_error_with_a_readable_suggestion() {
    // Grey text reads on neither the yellow banner nor the navy buttons: an
    // error per colour, at the `text:` line, naming both colours, the ratio,
    // where it is used, and a fix that reads on both.
    let s = TestSite::new();
    s.write(
        "content/festivals/summer-2027.md",
        &FESTIVAL_MD.replace(
            "  primary: \"#f4a300\"\n  accent: \"#1d3557\"\n",
            "  primary: \"#ffd23f\"\n  accent: \"#9fd8cb\"\n  text: \"#8a8a8a\"\n",
        ),
    );
    let d = s.check();
    let errors = common::errors(&d);
    assert_eq!(errors.len(), 2, "{}", show(&d));
    let e = &errors[0];
    assert_eq!(e.file, "content/festivals/summer-2027.md");
    assert_eq!((e.line, e.column), (9, 9), "{e}");
    assert!(
        errors.iter().any(|e| e
            .message
            .contains("text colour #8a8a8a on the accent colour #9fd8cb has a contrast of")
            && e.message.contains("buttons")),
        "{}",
        show(&d)
    );
    let fix = e.fix.clone().unwrap_or_default();
    let suggested = fix
        .split("text: \"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no colour suggested: {fix}"));
    for bg in ["#ffd23f", "#9fd8cb"] {
        assert!(
            whatson::contrast::ratio(suggested, bg) >= 4.5,
            "suggested {suggested} does not read on {bg}"
        );
    }
    assert!(fix.contains("delete `text:`"), "{fix}");

    // Every pair the theme paints passes once the suggestion is taken.
    s.write(
        "content/festivals/summer-2027.md",
        &FESTIVAL_MD.replace(
            "  accent: \"#1d3557\"\n",
            "  accent: \"#1d3557\"\n  text: \"#ffffff\"\n",
        ),
    );
    let d = s.check();
    let errors = common::errors(&d);
    // White on the yellow banner (#f4a300) fails instead: 2.0:1.
    assert_eq!(errors.len(), 1, "{}", show(&d));
    assert!(
        errors[0].message.contains("primary colour #f4a300"),
        "{}",
        show(&d)
    );
    assert!(errors[0].message.contains("banner"), "{}", show(&d));
}

#[test]
fn interface_string_mistakes_point_at_their_line() {
    let s = TestSite::new();
    let en = std::fs::read_to_string(s.path("locales/en.ftl")).unwrap();
    let lines = en.lines().count();
    // A key written twice: the warning is on the second one.
    s.write("locales/en.ftl", &format!("{en}\nsite-title = Again\n"));
    let d = whatson::generate(s.root(), Now::parse("2027-01-01 09:00").unwrap()).1;
    let w = d
        .sorted()
        .into_iter()
        .find(|w| w.message.contains("written twice"))
        .unwrap_or_else(|| panic!("{}", show(&d)));
    assert_eq!(
        w.message,
        "`site-title` is written twice in this file; the first one is used"
    );
    assert_eq!(w.line, lines + 2, "{w}");
    // An unclosed `{` on the last line is reported on that line, not past it.
    s.write(
        "locales/en.ftl",
        &format!("{en}\nbroken = Hello {{ $name\n"),
    );
    let d = whatson::generate(s.root(), Now::parse("2027-01-01 09:00").unwrap()).1;
    let e = d
        .sorted()
        .into_iter()
        .find(|e| e.is_error() && e.file == "locales/en.ftl")
        .unwrap_or_else(|| panic!("{}", show(&d)));
    assert_eq!(e.line, lines + 2, "{e}");
}

#[test]
fn a_qr_sheet_without_links_is_an_error() {
    let s = TestSite::new();
    s.write(
        "content/qr-sheets/empty.yaml",
        "title: Useful links\nlinks: []\n",
    );
    let e = only_error(&s.check());
    assert_eq!(
        (e.file.as_str(), e.line),
        ("content/qr-sheets/empty.yaml", 2)
    );
    assert!(e.message.starts_with("`links` is empty"), "{e}");
}

#[test]
fn a_base_url_copied_with_its_page_name_or_query_is_an_error_with_the_folder_to_write() {
    for (written, fix) in [
        (
            "https://council.example.gov.uk/family/whats-on/index.html",
            "write `base_url: https://council.example.gov.uk/family/whats-on`",
        ),
        (
            "https://council.example.gov.uk/family/whats-on?tab=1",
            "write `base_url: https://council.example.gov.uk/family/whats-on`",
        ),
        (
            "https://whatson.example.org/#events",
            "write `base_url: https://whatson.example.org`",
        ),
    ] {
        let s = TestSite::new();
        s.write(
            "content/site.yaml",
            &SITE_YAML.replace("https://whatson.example.org", written),
        );
        let e = only_error(&s.check());
        assert_eq!(
            (e.file.as_str(), e.line),
            ("content/site.yaml", 2),
            "{written}"
        );
        assert!(
            e.message
                .starts_with("`base_url` is the address of the site's folder"),
            "{}",
            e.message
        );
        assert_eq!(e.fix.as_deref(), Some(fix), "{written}");
    }
    // A folder is fine, with or without its final slash.
    let s = TestSite::new();
    s.write(
        "content/site.yaml",
        &SITE_YAML.replace(
            "https://whatson.example.org",
            "https://council.example.gov.uk/family/whats-on/",
        ),
    );
    assert!(!s.check().has_errors());
}

#[test]
fn a_language_without_date_names_is_dated_like_the_default_language_with_a_warning() {
    let s = TestSite::new();
    s.write(
        "content/site.yaml",
        &SITE_YAML.replace(
            "  - { code: ar, name: العربية }\n",
            "  - { code: ar, name: العربية }\n  - { code: rom, name: Romani }\n",
        ),
    );
    let d = s.check();
    assert!(!d.has_errors(), "{}", show(&d));
    let w = d
        .sorted()
        .into_iter()
        .find(|x| x.message.contains("no date names for `rom`"))
        .unwrap_or_else(|| panic!("no warning:\n{}", show(&d)));
    assert_eq!((w.file.as_str(), w.line), ("content/site.yaml", 9));
    assert!(
        w.message.contains("\"Tuesday, 2 March 2027\""),
        "{}",
        w.message
    );
    let r = whatson::build(&whatson::BuildOptions {
        root: s.root().to_path_buf(),
        out: None,
        now: Now::parse("2026-11-23 09:00").unwrap(),
    });
    assert!(r.written, "{}", show(&r.diagnostics));
    let page = s.read("public/rom/events/circus/index.html");
    assert!(page.contains("Wednesday, 4 August 2027"), "English dates");
    assert!(!page.contains("M08"), "not the root locale's numbers");
}

#[test]
fn invisible_spaces_and_curly_quotes_are_named_in_the_fix() {
    let s = TestSite::new();
    s.write(
        "content/venues/myatts-fields-park.yaml",
        &VENUE_YAML.replace("area: Vassall", "area: Tulse\u{a0}Hill"),
    );
    s.write(
        "content/festivals/summer-2027.md",
        &FESTIVAL_MD.replace("primary: \"#f4a300\"", "primary: “#f4a300”"),
    );
    s.write(
        "content/events/circus.md",
        &EVENT_MD.replace("venue: myatts", "venue: \u{200b}myatts"),
    );
    let d = s.check();
    let errors = common::errors(&d);
    let fix_for = |file: &str| -> String {
        errors
            .iter()
            .find(|e| e.file == file)
            .and_then(|e| e.fix.clone())
            .unwrap_or_else(|| panic!("no error in {file}:\n{}", show(&d)))
    };
    assert!(fix_for("content/venues/myatts-fields-park.yaml")
        .starts_with("this line holds a non-breaking space"));
    assert!(fix_for("content/events/circus.md").starts_with("this line holds a zero-width space"));
    assert!(fix_for("content/festivals/summer-2027.md")
        .starts_with("this value starts with a curly quote"));
}

#[test]
fn records_remember_the_file_and_line_of_each_field_and_of_their_translations() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&format!(
            "{BASE}booking: https://tickets.example.com/play\n"
        )),
    );
    s.write("content/events/play.pt.md", "---\n\ntitle: Brincar\n---\n");
    s.write(
        "content/qr-sheets/links.yaml",
        "title: Links\nlinks:\n  - label: One\n    url: https://one.example.org/\n  - label: Two\n    url: https://two.example.org/\n",
    );
    let load = |s: &TestSite| {
        let mut d = whatson::diagnostics::Diagnostics::new();
        let loaded = whatson::load::load(s.root(), &mut d);
        let c = whatson::validate::validate(&loaded, &mut d).expect("valid");
        assert!(!d.has_errors(), "{}", show(&d));
        c
    };
    let c = load(&s);
    let e = &c.events["play"];
    assert_eq!(e.origin.file, "content/events/play.md");
    assert_eq!(e.origin.line("title"), 2);
    assert_eq!(e.origin.line("booking"), 8);
    assert_eq!(
        e.origin.line("image"),
        1,
        "a field not written: the first line"
    );
    let pt = e.origin.in_lang(Some("pt"));
    assert_eq!(pt.file, "content/events/play.pt.md");
    assert_eq!(pt.line("title"), 3);
    let q = &c.qr_sheets["links"].origin;
    assert_eq!((q.line("links.0.label"), q.line("links.1.url")), (3, 6));
    assert_eq!(c.site.origin.file, "content/site.yaml");
    assert_eq!(c, load(&s), "the same files make the same model");
}

#[test]
fn an_impossible_british_date_gets_real_dates_as_its_fix() {
    let site = TestSite::new();
    site.write(
        "content/events/circus.md",
        &EVENT_MD.replace("starts: 2027-08-04 10:30", "starts: 31/09/2027 10:00"),
    );
    let e = only_error(&site.check());
    assert_eq!((e.file.as_str(), e.line), ("content/events/circus.md", 6));
    let fix = e.fix.unwrap_or_default();
    assert!(
        fix.contains("September 2027 has 30 days")
            && fix.contains("`2027-09-30 10:00`")
            && fix.contains("`2027-10-01 10:00`")
            && !fix.contains("2027-09-31"),
        "{fix}"
    );
}

/// BASE repeating on Tuesdays until 30 March 2027 (lines 8–11), then
/// `changes:` on line 12 and `items` from line 13.
fn changes_error(items: &str) -> whatson::diagnostics::Diagnostic {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&format!(
            "{BASE}repeats:\n  every: week\n  until: 2027-03-30\n  except: [2027-02-16]\nchanges:\n{items}"
        )),
    );
    let e = only_error(&s.check());
    assert_eq!(e.file, "content/events/play.md");
    e
}

#[test]
fn changed_sessions_are_checked_with_line_and_fix() {
    let e = changes_error("  - date: 2027-03-03\n    cancelled: true\n");
    assert_eq!(e.line, 13);
    assert_eq!(
        e.message,
        "2027-03-03 is not one of this activity's session dates"
    );
    assert_eq!(
        e.fix.as_deref(),
        Some("check the date: the nearest sessions are on `2027-03-02` and `2027-03-09`")
    );

    let e = changes_error("  - date: 2027-02-16\n    cancelled: true\n");
    assert_eq!(
        (e.line, e.message.as_str()),
        (13, "2027-02-16 is in both `except` and `changes`")
    );
    assert!(e.fix.unwrap().contains("delete it from the other"));

    let e = changes_error(
        "  - date: 2027-03-02\n    cancelled: true\n  - date: 2027-03-02\n    starts: \"11:00\"\n",
    );
    assert_eq!(
        (e.line, e.message.as_str()),
        (15, "the session on 2027-03-02 is changed twice")
    );

    let e = changes_error("  - date: 2027-03-02\n    cancelled: true\n    starts: \"11:00\"\n");
    assert_eq!(e.line, 15);
    assert_eq!(
        e.message,
        "the session on 2027-03-02 is cancelled, so it has no new time"
    );

    let e = changes_error("  - date: 2027-03-02\n    note: Bring wellies\n");
    assert_eq!(e.line, 13);
    assert_eq!(
        e.message,
        "the change for 2027-03-02 says neither `cancelled: true` nor a new time"
    );
    assert!(e.fix.unwrap().contains("`cancelled: true`"));

    let e = changes_error("  - date: 2027-03-02\n    starts: \"25:00\"\n");
    assert_eq!(
        (e.line, e.message.as_str()),
        (14, "`starts: 25:00` is not a time")
    );
    assert_eq!(
        e.fix.as_deref(),
        Some("hours go from 00 to 23 and minutes from 00 to 59")
    );

    let e = changes_error("  - date: 2027-03-02\n    starts: 11am\n");
    assert!(e.fix.unwrap().contains("24-hour clock"));

    let e = changes_error("  - date: 2027-03-02\n    ends: \"09:00\"\n");
    assert_eq!(
        e.message,
        "the session on 2027-03-02 would end (09:00) before it starts (10:00)"
    );

    let e =
        changes_error("  - date: 2027-03-02\n    starts: \"11:00\"\n    venue: stockwell-hall\n");
    assert_eq!((e.line, e.message.as_str()), (15, "unknown field `venue`"));
    let fix = e.fix.unwrap();
    assert!(fix.contains("`note`"), "{fix}");

    let e = changes_error("  - date: 02/03/2027\n    cancelled: true\n");
    assert_eq!(
        e.fix.as_deref(),
        Some("write dates year first, with dashes: `2027-03-02`")
    );

    // Only a repeating activity has sessions to change.
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&format!(
            "{BASE}changes:\n  - date: 2027-01-05\n    cancelled: true\n"
        )),
    );
    let e = only_error(&s.check());
    assert_eq!(e.line, 9, "the first change");
    assert!(e.message.contains("this event does not repeat"), "{e}");
}

#[test]
fn a_translation_gives_only_the_notes_of_changed_sessions() {
    let s = TestSite::new();
    s.write(
        "content/events/play.md",
        &event_with(&format!(
            "{BASE}repeats:\n  every: week\n  until: 2027-03-30\nchanges:\n  - date: 2027-03-02\n    cancelled: true\n    note: Hall closed\n"
        )),
    );
    s.write(
        "content/events/play.pt.md",
        "---\ntitle: Brincar\nchanges:\n  - date: 2027-03-09\n    note: Sala fechada\n  - date: 2027-03-02\n    cancelled: true\n    note: Sala fechada\n---\n",
    );
    let d = s.check();
    let errors = common::errors(&d);
    let found: Vec<(usize, &str)> = errors
        .iter()
        .map(|e| (e.line, e.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (4, "the original has no change on `2027-03-09`"),
            (
                7,
                "`cancelled` cannot be translated, so it does not belong in a translation file"
            ),
        ],
        "{}",
        show(&d)
    );
    assert_eq!(errors[0].file, "content/events/play.pt.md");
    assert_eq!(
        errors[0].fix.as_deref(),
        Some("use the date of a change in the original file: `2027-03-02`")
    );
}

#[test]
fn ages_in_months_are_checked() {
    let ages_error = |ages: &str| {
        let s = TestSite::new();
        s.write(
            "content/events/play.md",
            &event_with(&format!("{BASE}ages: {ages}\n")),
        );
        let e = only_error(&s.check());
        assert_eq!(e.line, 8, "{e}");
        e
    };
    let e = ages_error("18m-6m");
    assert_eq!(e.message, "`ages: 18m-6m` is the wrong way round");
    assert_eq!(
        e.fix.as_deref(),
        Some("write the youngest age first: `ages: 6-18m`")
    );
    let e = ages_error("0-70m");
    assert_eq!(e.message, "`ages: 0-70m`: 70 months is over five years");
    assert!(e.fix.unwrap().contains("`ages: 0-5`"));
    let e = ages_error("6m");
    assert_eq!(
        e.fix.as_deref(),
        Some("give the youngest and oldest age, e.g. `ages: 0-6m`")
    );
    // The forms already in use stay valid, and months are read in words too.
    for ok in ["0-4", "2", "bump", "bump-1", "0-18m", "6m-2", "0-6 months"] {
        let s = TestSite::new();
        s.write(
            "content/events/play.md",
            &event_with(&format!("{BASE}ages: {ok}\n")),
        );
        let d = s.check();
        assert!(common::errors(&d).is_empty(), "{ok}: {}", show(&d));
    }
}
