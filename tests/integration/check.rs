//! `whatson check`: the build's findings plus the extra warnings, the
//! translation table, exit codes and the JSON format.

use crate::common;

use common::*;
use whatson::check::{check, Report};
use whatson::translations::{source_hash, UnitKind};
use whatson::Now;

/// A test site whose Portuguese and Arabic interface strings are not translated
/// yet, whatever .ftl files the repository ships.
fn fresh_site() -> TestSite {
    let site = TestSite::new();
    for lang in ["pt", "ar"] {
        let _ = std::fs::remove_file(site.path(&format!("locales/{lang}.ftl")));
    }
    site
}

const NOW: &str = "2026-11-23 09:00";

fn now() -> Now {
    Now::parse(NOW).unwrap()
}

fn run(site: &TestSite) -> Report {
    check(site.root(), now())
}

fn warnings(r: &Report) -> Vec<String> {
    r.diagnostics
        .sorted()
        .into_iter()
        .filter(|d| !d.is_error())
        .map(|d| d.to_string())
        .collect()
}

fn has_warning(r: &Report, file_line: &str, text: &str) -> bool {
    warnings(r)
        .iter()
        .any(|w| w.contains(file_line) && w.contains(text))
}

/// The extra warnings `check` adds, none of which the clean site should get.
const EXTRA: [&str; 7] = [
    "will not show: pictures inside a text",
    "is over (its last session",
    "outside the dates of the festival",
    "no event takes place at",
    "larger than the site needs",
    "overlaps with",
    "has no `booking` link",
];

#[test]
fn the_clean_site_passes_with_no_extra_warnings() {
    let site = fresh_site();
    let r = run(&site);
    assert!(!r.has_errors(), "{}", show(&r.diagnostics));
    assert!(r.complete);
    for w in warnings(&r) {
        for extra in EXTRA {
            assert!(!w.contains(extra), "unexpected warning: {w}");
        }
    }
    let out = whatson()
        .args(["check", "--now", NOW, "--root"])
        .arg(site.root())
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Check passed"), "{text}");
    assert!(!text.contains('\x1b'), "no colour when piped: {text}");
    assert!(!site.path("public").exists(), "check writes no site");
}

#[test]
fn each_extra_warning_is_reported_where_it_applies() {
    let site = fresh_site();
    // A festival running now, with an event that is over.
    site.write(
        "content/festivals/winter-2026.md",
        "---\ntitle: Winter warmers\nsummary: Cosy fun.\nstarts: 2026-11-01\nends: 2026-12-31\nlook:\n  primary: \"#1d3557\"\n  accent: \"#f4a300\"\n---\nWarm.\n",
    );
    site.write(
        "content/events/lantern.md",
        "---\ntitle: Lantern making\nsummary: Paper lanterns.\nfestival: winter-2026\nvenue: myatts-fields-park\nstarts: 2026-11-10 10:00\nends: 11:00\ndrop_in: true\n---\n",
    );
    // A festival event outside the festival's dates.
    site.write(
        "content/events/late.md",
        "---\ntitle: Late circus\nsummary: After the festival.\nfestival: summer-2027\nvenue: myatts-fields-park\nstarts: 2027-10-01 10:00\nends: 11:00\ndrop_in: true\n---\n",
    );
    // No booking and not drop-in; an http booking link.
    site.write(
        "content/events/nobook.md",
        "---\ntitle: Story time\nsummary: Stories.\nvenue: hall\nstarts: 2027-01-05 10:00\nends: 11:00\n---\n",
    );
    site.write(
        "content/events/insecure.md",
        "---\ntitle: Rhyme time\nsummary: Rhymes.\nvenue: hall\nstarts: 2027-02-05 10:00\nends: 11:00\nbooking: http://www.example.org/book\n---\n",
    );
    site.write(
        "content/venues/hall.yaml",
        "name: Church hall\naddress: 1 Road\narea: Stockwell\n",
    );
    // A venue nobody uses.
    site.write(
        "content/venues/library.yaml",
        "name: Library\naddress: 2 Road\narea: Stockwell\n",
    );
    // Two activities at one venue at overlapping times (weekly, three clashes).
    site.write(
        "content/events/baby-yoga.md",
        "---\ntitle: Baby yoga\nsummary: Stretch.\nvenue: myatts-fields-park\nstarts: 2027-03-02 10:00\nends: 11:00\ndrop_in: true\nrepeats:\n  every: week\n  until: 2027-03-16\n---\n",
    );
    site.write(
        "content/events/messy-play.md",
        "---\ntitle: Messy play\nsummary: Paint.\nvenue: myatts-fields-park\nstarts: 2027-03-02 10:30\nends: 12:00\ndrop_in: true\nrepeats:\n  every: week\n  until: 2027-03-16\n---\n",
    );
    // A picture wider than needed.
    let img = image::RgbImage::from_pixel(2400, 10, image::Rgb([200, 100, 0]));
    img.save(site.path("content/events/big.png")).unwrap();
    site.write(
        "content/events/circus.md",
        &EVENT_MD.replace("ages: 0-4", "ages: 0-4\nimage: big.png"),
    );

    let r = run(&site);
    assert!(!r.has_errors(), "{}", show(&r.diagnostics));
    let all = warnings(&r).join("\n");
    assert!(
        has_warning(&r, "content/events/lantern.md:4:1", "this event is over (its last session was on 2026-11-10) but is still listed in the festival `winter-2026`"),
        "{all}"
    );
    assert!(
        has_warning(&r, "content/events/late.md:6:1", "this event is on 2027-10-01, outside the dates of the festival `summer-2027` (2027-07-21 to 2027-09-01)"),
        "{all}"
    );
    assert!(
        has_warning(
            &r,
            "content/events/nobook.md:1:1",
            "has no `booking` link and is not marked `drop_in: true`"
        ),
        "{all}"
    );
    assert!(
        has_warning(
            &r,
            "content/events/insecure.md:7:10",
            "`booking` is not a secure (https) link"
        ),
        "{all}"
    );
    assert!(
        has_warning(
            &r,
            "content/venues/library.yaml:1:1",
            "no event takes place at `library`"
        ),
        "{all}"
    );
    assert!(
        !has_warning(&r, "content/venues/hall.yaml", "no event takes place"),
        "{all}"
    );
    assert!(
        has_warning(&r, "content/events/baby-yoga.md:5:1", "this event overlaps with `messy-play` at Myatt's Fields Park: 2027-03-02 10:00–11:00 and 10:30–12:00, and 2 more times"),
        "{all}"
    );
    assert!(
        has_warning(
            &r,
            "content/events/circus.md:",
            "the picture `big.png` is 2400×10 pixels"
        ),
        "{all}"
    );
    let img_warning = warnings(&r)
        .into_iter()
        .find(|w| w.contains("big.png"))
        .unwrap();
    assert!(img_warning.contains(" | image: big.png"), "{img_warning}");
    // Warnings do not fail the check.
    let out = whatson()
        .args(["check", "--now", NOW, "--root"])
        .arg(site.root())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn a_cancelled_event_does_not_clash_and_past_sessions_are_ignored() {
    let site = fresh_site();
    site.write(
        "content/events/a.md",
        "---\ntitle: A\nsummary: A.\nvenue: myatts-fields-park\nstarts: 2027-08-04 10:00\nends: 11:00\ndrop_in: true\ncancelled: true\n---\n",
    );
    site.write(
        "content/events/b.md",
        "---\ntitle: B\nsummary: B.\nvenue: myatts-fields-park\nstarts: 2026-01-04 10:00\nends: 11:00\ndrop_in: true\n---\n",
    );
    site.write(
        "content/events/c.md",
        "---\ntitle: C\nsummary: C.\nvenue: myatts-fields-park\nstarts: 2026-01-04 10:30\nends: 11:30\ndrop_in: true\n---\n",
    );
    let r = run(&site);
    assert!(
        !warnings(&r).iter().any(|w| w.contains("overlaps")),
        "{}",
        show(&r.diagnostics)
    );
}

#[test]
fn errors_fail_the_check_with_file_line_and_fix_in_text_and_json() {
    let site = fresh_site();
    site.write(
        "content/events/circus.md",
        &EVENT_MD.replace("venue: myatts-fields-park", "venue: myatts-field-park"),
    );
    let out = whatson()
        .args(["check", "--now", NOW, "--root"])
        .arg(site.root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("error: content/events/circus.md:5:8: there is no venue `myatts-field-park`"),
        "{text}"
    );
    assert!(
        text.contains("fix: did you mean `venue: myatts-fields-park`?"),
        "{text}"
    );
    assert!(text.contains("Check failed: 1 error"), "{text}");

    let out = whatson()
        .args(["check", "--format", "json", "--now", NOW, "--root"])
        .arg(site.root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(j["ok"], false);
    assert_eq!(j["errors"], 1);
    let d = &j["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["severity"] == "error")
        .unwrap();
    assert_eq!(d["file"], "content/events/circus.md");
    assert_eq!(d["line"], 5);
    assert_eq!(d["fix"], "did you mean `venue: myatts-fields-park`?");
}

#[test]
fn json_lists_translation_counts_per_language() {
    let site = fresh_site();
    let out = whatson()
        .args(["check", "--format", "json", "--now", NOW, "--root"])
        .arg(site.root())
        .output()
        .unwrap();
    assert!(out.status.success());
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(j["ok"], true);
    assert_eq!(j["translations"]["pt"]["event"]["missing"], 1);
    assert_eq!(j["translations"]["ar"]["venue"]["missing"], 1);
    assert!(
        j["translations"]["pt"]["interface"]["missing"]
            .as_u64()
            .unwrap()
            > 10
    );
}

#[test]
fn translation_status_tells_translated_missing_and_outdated_apart() {
    let site = fresh_site();
    let hash = source_hash(&[
        ("title", "Circus skills family day"),
        ("summary", "Juggling and hula hoops."),
        ("body", "Come and try juggling.\n"),
    ]);
    site.write(
        "content/events/circus.pt.md",
        &format!("---\ntitle: Dia de circo\nsummary: Malabarismo.\ntranslated_from: \"{hash}\"\n---\nVenha fazer malabarismo.\n"),
    );
    // Arabic: translated by hand, without a recorded version: counts as translated.
    site.write(
        "content/events/circus.ar.md",
        "---\ntitle: يوم السيرك\nsummary: ألعاب.\n---\nتعال.\n",
    );
    let r = run(&site);
    assert!(!r.has_errors(), "{}", show(&r.diagnostics));
    let counts = r.translations.as_ref().unwrap().counts();
    assert_eq!(counts["pt"][&UnitKind::Event].translated, 1);
    assert_eq!(counts["ar"][&UnitKind::Event].translated, 1);
    assert_eq!(counts["pt"][&UnitKind::Festival].missing, 1);

    // The English changes: the Portuguese is now outdated.
    site.write(
        "content/events/circus.md",
        &EVENT_MD.replace(
            "Juggling and hula hoops.",
            "Juggling, hula hoops and a fire engine.",
        ),
    );
    let r = run(&site);
    let counts = r.translations.as_ref().unwrap().counts();
    assert_eq!(counts["pt"][&UnitKind::Event].outdated, 1);
    assert_eq!(counts["pt"][&UnitKind::Event].translated, 0);
    let text = whatson::check::status_table(r.translations.as_ref().unwrap(), false);
    assert!(text.contains("pt (Português)"), "{text}");
    assert!(
        text.lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["events", "0", "1", "0"]),
        "{text}"
    );
}

#[test]
fn translated_from_belongs_only_in_translation_files() {
    let site = fresh_site();
    site.write(
        "content/events/circus.md",
        &EVENT_MD.replace("cost: free", "cost: free\ntranslated_from: \"abcd1234\""),
    );
    let r = run(&site);
    let e = only_error(&r.diagnostics);
    assert!(e.message.contains("unknown field `translated_from`"), "{e}");
}

#[test]
fn a_picture_inside_a_text_is_reported_where_it_is_written() {
    let site = fresh_site();
    site.write(
        "content/pages/find-us.md",
        "---\ntitle: Find us\n---\nWe are by the park.\n\n![Map of the centre](map.png)\n\n![Logo](https://www.example.org/logo.png)\n",
    );
    let r = run(&site);
    let all = warnings(&r).join("\n");
    assert!(
        has_warning(
            &r,
            "content/pages/find-us.md:6:1",
            "the picture `map.png` in this text will not show"
        ),
        "{all}"
    );
    assert!(!all.contains("logo.png"), "{all}");
}

#[test]
fn the_findings_come_last_under_a_short_translation_summary() {
    let site = fresh_site();
    // Print every language's leaflet: this test counts the other findings.
    let yaml = site.read("content/site.yaml");
    site.write(
        "content/site.yaml",
        &format!("{yaml}leaflet_min_translated: 0%\n"),
    );
    site.write(
        "content/events/late.md",
        "---\ntitle: Late circus\nsummary: After the festival.\nfestival: summer-2027\nvenue: myatts-fields-park\nstarts: 2027-10-01 10:00\nends: 11:00\ndrop_in: true\n---\n",
    );
    let check_text = |extra: &[&str]| {
        let out = whatson()
            .args(["check", "--now", NOW])
            .args(extra)
            .arg("--root")
            .arg(site.root())
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let text = check_text(&[]);
    let lines: Vec<&str> = text.lines().collect();
    let warning = lines
        .iter()
        .position(|l| l.starts_with("warning: content/events/late.md"))
        .unwrap_or_else(|| panic!("{text}"));
    let pt = lines
        .iter()
        .position(|l| l.starts_with("  pt (Português)") && l.contains("% translated"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(pt < warning, "the summary is above the findings:\n{text}");
    assert!(
        lines
            .iter()
            .skip(warning)
            .all(|l| !l.contains("% translated")),
        "{text}"
    );
    assert!(
        lines.last().unwrap().starts_with("Check passed with"),
        "{text}"
    );
    assert!(text.contains("whatson check --translations"), "{text}");
    // One line per language, not the table by kind of text.
    assert!(!text.contains("outdated: the original changed"), "{text}");
    assert!(lines.len() < 20, "{} lines:\n{text}", lines.len());

    let full = check_text(&["--translations"]);
    assert!(full.contains("outdated: the original changed"), "{full}");
    let full_lines: Vec<&str> = full.lines().collect();
    let table_end = full_lines
        .iter()
        .rposition(|l| l.contains("translations export --lang"))
        .unwrap();
    let warning = full_lines
        .iter()
        .position(|l| l.starts_with("warning: content/events/late.md"))
        .unwrap();
    assert!(table_end < warning, "{full}");
}
