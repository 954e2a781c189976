//! The volunteer translation workflow: export a CSV, fill it in, import it,
//! including outdated translations, Markdown round trips and bad rows.

use crate::common;

use common::*;
use whatson::translations::{self, State, UnitKind};

/// A test site whose Portuguese and Arabic interface strings are not translated
/// yet, whatever .ftl files the repository ships.
fn fresh_site() -> TestSite {
    let site = TestSite::new();
    for lang in ["pt", "ar"] {
        let _ = std::fs::remove_file(site.path(&format!("locales/{lang}.ftl")));
    }
    site
}

/// Runs `translations export --lang <lang>` and returns the CSV's rows.
fn export(site: &TestSite, lang: &str) -> Vec<csv::StringRecord> {
    let out_file = site.path(&format!("{lang}.csv"));
    let out = whatson()
        .args(["translations", "export", "--lang", lang, "--root"])
        .arg(site.root())
        .arg("--out")
        .arg(&out_file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&out_file).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "UTF-8 BOM for spreadsheets"
    );
    let mut r = csv::Reader::from_reader(&bytes[3..]);
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        translations::COLUMNS.to_vec()
    );
    r.records().map(|x| x.unwrap()).collect()
}

fn find<'a>(
    rows: &'a [csv::StringRecord],
    kind: &str,
    id: &str,
    field: &str,
) -> &'a csv::StringRecord {
    rows.iter()
        .find(|r| &r[0] == kind && &r[1] == id && &r[2] == field)
        .unwrap_or_else(|| panic!("no row {kind} {id} {field}"))
}

/// Writes rows back as a CSV the way a spreadsheet would (CRLF line ends),
/// with translations filled in by `fill(kind, id, field) -> Option<text>`.
fn filled(
    rows: &[csv::StringRecord],
    fill: impl Fn(&str, &str, &str) -> Option<String>,
) -> Vec<u8> {
    filled_with(b',', rows, fill)
}

/// As `filled`, with `delimiter` between columns.
fn filled_with(
    delimiter: u8,
    rows: &[csv::StringRecord],
    fill: impl Fn(&str, &str, &str) -> Option<String>,
) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .delimiter(delimiter)
        .from_writer(Vec::new());
    w.write_record(translations::COLUMNS).unwrap();
    for r in rows {
        let mut v: Vec<String> = r.iter().map(str::to_owned).collect();
        if let Some(t) = fill(&v[0], &v[1], &v[2]) {
            v[5] = t;
        }
        w.write_record(&v).unwrap();
    }
    w.into_inner().unwrap()
}

fn import(site: &TestSite, csv: &[u8]) -> std::process::Output {
    let path = site.path("filled.csv");
    std::fs::write(&path, csv).unwrap();
    whatson()
        .args(["translations", "import"])
        .arg(&path)
        .arg("--root")
        .arg(site.root())
        .output()
        .unwrap()
}

fn status(site: &TestSite) -> translations::Status {
    let (loaded, content) = translations::load_site(site.root()).unwrap();
    translations::status(&loaded, &content)
}

const BODY_PT: &str = "## O que esperar\n\nMalabarismo, *arcos* e um **camião de bombeiros**.\n\n- traga água\n- roupa confortável: \"velha\"\n\n---\n\n```\ncódigo: sim # não\n```\n\n[Reservar](https://www.example.org/a?b=c&d=e)\n";

#[test]
fn export_edit_import_round_trip() {
    let site = fresh_site();
    let rows = export(&site, "pt");
    let title = find(&rows, "event", "circus", "title");
    assert_eq!(&title[3], "pt");
    assert_eq!(&title[4], "Circus skills family day");
    assert_eq!(&title[5], "", "the translation column starts empty");
    assert!(
        title[6].contains("at Myatt's Fields Park"),
        "context: {}",
        &title[6]
    );
    assert_eq!(title[8].len(), 8, "source hash");
    assert_eq!(
        &find(&rows, "event", "circus", "body")[4],
        "Come and try juggling.\n"
    );
    find(&rows, "festival", "summer-2027", "summary");
    find(&rows, "venue", "myatts-fields-park", "name");
    let count = find(&rows, "interface", "listing-count", "text");
    assert!(count[4].contains("[one]"), "{}", &count[4]);

    let csv = filled(&rows, |kind, id, field| match (kind, id, field) {
        ("event", "circus", "title") => Some("Dia de circo".into()),
        ("event", "circus", "summary") => Some("  Malabarismo e arcos.  ".into()),
        ("event", "circus", "body") => Some(BODY_PT.replace('\n', "\r\n")),
        ("venue", "myatts-fields-park", "name") => {
            Some("Parque Myatt's Fields: \"o grande\"".into())
        }
        ("interface", "event-book", "text") => Some("Reservar um lugar".into()),
        ("interface", "listing-count", "text") => Some(
            "{ $count ->\n    [one] Um evento em breve\n   *[other] { $count } eventos em breve\n}"
                .into(),
        ),
        _ => None,
    });
    let out = import(&site, &csv);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("wrote content/events/circus.pt.md"), "{said}");
    assert!(said.contains("wrote locales/pt.ftl"), "{said}");

    // The site still checks clean, and the texts read back exactly.
    let r = whatson::check::check(
        site.root(),
        whatson::Now::parse("2026-11-23 09:00").unwrap(),
    );
    assert!(!r.has_errors(), "{}", show(&r.diagnostics));
    let (_, content) = translations::load_site(site.root()).unwrap();
    let e = &content.events["circus"];
    assert_eq!(e.title.get("pt"), ("Dia de circo", false));
    assert_eq!(
        e.summary.as_ref().unwrap().get("pt"),
        ("Malabarismo e arcos.", false)
    );
    assert_eq!(
        e.body.translations["pt"], BODY_PT,
        "Markdown bodies round-trip exactly"
    );
    assert_eq!(
        content.venues["myatts-fields-park"].name.get("pt").0,
        "Parque Myatt's Fields: \"o grande\""
    );
    let ftl = site.read("locales/pt.ftl");
    assert!(ftl.contains("event-book = Reservar um lugar"), "{ftl}");
    assert!(ftl.contains("# translated_from: "), "{ftl}");

    // Now translated: the next export leaves them out.
    let s = status(&site);
    assert_eq!(
        s.unit("pt", UnitKind::Event, "circus").unwrap().state(),
        State::Translated
    );
    assert_eq!(
        s.unit("pt", UnitKind::Interface, "event-book")
            .unwrap()
            .state(),
        State::Translated
    );
    let rows = export(&site, "pt");
    assert!(!rows.iter().any(|r| &r[1] == "circus"));
    assert!(!rows
        .iter()
        .any(|r| &r[1] == "event-book" || &r[1] == "listing-count"));
    // The venue has no accessibility translation yet: only that row is left.
    let venue_rows: Vec<_> = rows
        .iter()
        .filter(|r| &r[1] == "myatts-fields-park")
        .collect();
    assert_eq!(venue_rows.len(), 1);
    assert_eq!(&venue_rows[0][2], "accessibility");
}

#[test]
fn an_edited_original_makes_the_translation_outdated_until_reimported() {
    let site = fresh_site();
    let rows = export(&site, "pt");
    let csv = filled(&rows, |kind, id, field| match (kind, id, field) {
        ("event", "circus", "title") => Some("Dia de circo".into()),
        ("event", "circus", "summary") => Some("Malabarismo.".into()),
        ("event", "circus", "body") => Some("Venha.\n".into()),
        ("interface", "event-book", "text") => Some("Reservar".into()),
        _ => None,
    });
    assert!(import(&site, &csv).status.success());
    // An export made now, before the English changes.
    let old_rows = export(&site, "pt");
    let _ = old_rows;

    // The English summary and an interface string change.
    site.write(
        "content/events/circus.md",
        &EVENT_MD.replace(
            "Juggling and hula hoops.",
            "Juggling, hula hoops and a fire engine.",
        ),
    );
    let en = site.read("locales/en.ftl").replace(
        "event-book = Book a place",
        "event-book = Book your free place",
    );
    site.write("locales/en.ftl", &en);
    let s = status(&site);
    assert_eq!(
        s.unit("pt", UnitKind::Event, "circus").unwrap().state(),
        State::Outdated
    );
    assert_eq!(
        s.unit("pt", UnitKind::Interface, "event-book")
            .unwrap()
            .state(),
        State::Outdated
    );
    let out = whatson()
        .args([
            "check",
            "--translations",
            "--now",
            "2026-11-23 09:00",
            "--root",
        ])
        .arg(site.root())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["events", "0", "1", "0"]),
        "{text}"
    );

    // The export offers every field again, with the old translation beside it.
    let rows = export(&site, "pt");
    let summary = find(&rows, "event", "circus", "summary");
    assert_eq!(&summary[4], "Juggling, hula hoops and a fire engine.");
    assert_eq!(&summary[7], "Malabarismo.");
    assert!(summary[6].contains("UPDATE"), "{}", &summary[6]);
    assert_eq!(&find(&rows, "event", "circus", "title")[7], "Dia de circo");
    assert_eq!(
        &find(&rows, "interface", "event-book", "text")[7],
        "Reservar"
    );

    // The volunteer updates only the summary and the button; the rest is kept.
    let csv = filled(&rows, |kind, id, field| match (kind, id, field) {
        ("event", "circus", "summary") => Some("Malabarismo e um camião de bombeiros.".into()),
        ("interface", "event-book", "text") => Some("Reserve o seu lugar gratuito".into()),
        _ => None,
    });
    let out = import(&site, &csv);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = status(&site);
    assert_eq!(
        s.unit("pt", UnitKind::Event, "circus").unwrap().state(),
        State::Translated
    );
    assert_eq!(
        s.unit("pt", UnitKind::Interface, "event-book")
            .unwrap()
            .state(),
        State::Translated
    );
    let (_, content) = translations::load_site(site.root()).unwrap();
    assert_eq!(content.events["circus"].title.get("pt").0, "Dia de circo");
    assert_eq!(content.events["circus"].body.translations["pt"], "Venha.\n");
    let ftl = site.read("locales/pt.ftl");
    assert_eq!(
        ftl.matches("event-book =").count(),
        1,
        "replaced in place: {ftl}"
    );

    // A translation made from an old export is saved but stays outdated.
    site.write(
        "content/events/circus.md",
        &EVENT_MD.replace("Circus skills family day", "Circus and fire engine day"),
    );
    let out = import(&site, &csv);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("still marked outdated"));
    assert_eq!(
        status(&site)
            .unit("pt", UnitKind::Event, "circus")
            .unwrap()
            .state(),
        State::Outdated
    );
}

#[test]
fn bad_rows_are_named_and_nothing_is_written() {
    let site = fresh_site();
    let rows = export(&site, "pt");
    let good_hash = find(&rows, "event", "circus", "title")[8].to_owned();
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(translations::COLUMNS).unwrap();
    let row = |kind: &str, id: &str, field: &str, lang: &str, t: &str, hash: &str| {
        vec![
            kind.to_owned(),
            id.into(),
            field.into(),
            lang.into(),
            "src".into(),
            t.into(),
            "".into(),
            "".into(),
            hash.into(),
        ]
    };
    // row 2: fine (but must not be written, because other rows are bad)
    w.write_record(row(
        "event",
        "circus",
        "title",
        "pt",
        "Dia de circo",
        &good_hash,
    ))
    .unwrap();
    // row 3: unknown id
    w.write_record(row("event", "juggling", "title", "pt", "x", &good_hash))
        .unwrap();
    // row 4: a title with a line break
    w.write_record(row(
        "event", "circus", "summary", "pt", "um\ndois", &good_hash,
    ))
    .unwrap();
    // row 5: damaged hash
    w.write_record(row("event", "circus", "body", "pt", "Texto", "12"))
        .unwrap();
    // row 6: not a kind
    w.write_record(row("evnt", "circus", "title", "pt", "x", &good_hash))
        .unwrap();
    // row 7: broken Fluent
    let fl_hash = find(&rows, "interface", "listing-count", "text")[8].to_owned();
    w.write_record(row(
        "interface",
        "listing-count",
        "text",
        "pt",
        "{ $count ->",
        &fl_hash,
    ))
    .unwrap();
    // row 8: not a site language
    w.write_record(row("event", "circus", "title", "fr", "Jour", &good_hash))
        .unwrap();
    // row 9: a field the event does not have
    w.write_record(row("event", "circus", "venue", "pt", "x", &good_hash))
        .unwrap();
    // row 10: the same text twice
    w.write_record(row("event", "circus", "title", "pt", "Outra", &good_hash))
        .unwrap();
    // row 11: empty translation: skipped, not an error
    w.write_record(row("event", "circus", "accessibility", "pt", "", ""))
        .unwrap();
    let out = import(&site, &w.into_inner().unwrap());
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    for expected in [
        "row 3 (event `juggling`, title): there is no event `juggling`",
        "row 4 (event `circus`, summary): this text must be a single line",
        "row 5 (event `circus`, body): the source hash `12` is damaged",
        "row 6 (evnt `circus`, title): `evnt` in the kind column is not a kind of text",
        "row 7 (interface `listing-count`, text): the translation is not valid Fluent",
        "row 8 (event `circus`, title): `fr` in the language column is not one of the site's languages",
        "row 9 (event `circus`, venue): `venue` is not a text of this event",
        "row 10 (event `circus`, title): this text is also translated in row 2",
        "Nothing was imported: 8 problems",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
    assert!(!err.contains("row 11"), "{err}");
    assert!(
        !site.path("content/events/circus.pt.md").exists(),
        "nothing half-written"
    );
    assert!(!site.path("locales/pt.ftl").exists());

    // A file without the needed columns.
    let out = import(&site, b"id,text\ncircus,x\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("row 1: there is no `kind` column"));
}

#[test]
fn export_refuses_the_default_and_unknown_languages() {
    let site = fresh_site();
    for (lang, expected) in [
        ("en", "`en` is the default language"),
        (
            "fr",
            "`fr` is not one of the site's languages; choose one of: pt, ar",
        ),
    ] {
        let out = whatson()
            .args(["translations", "export", "--lang", lang, "--root"])
            .arg(site.root())
            .arg("--out")
            .arg(site.path("x.csv"))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(expected), "{err}");
    }
}

#[test]
fn qr_sheet_labels_are_translated_one_by_one() {
    let site = fresh_site();
    site.write(
        "content/qr-sheets/links.yaml",
        "title: Useful links\nlinks:\n  - label: Free nursery places\n    url: https://www.example.gov.uk/two\n  - label: Healthy Start card\n    url: https://www.healthystart.nhs.uk/\n",
    );
    let rows = export(&site, "ar");
    assert_eq!(
        &find(&rows, "qr-sheet", "links", "links.2.label")[4],
        "Healthy Start card"
    );
    let csv = filled(&rows, |kind, _, field| match (kind, field) {
        ("qr-sheet", "links.2.label") => Some("بطاقة البداية الصحية".into()),
        _ => None,
    });
    let out = import(&site, &csv);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (_, content) = translations::load_site(site.root()).unwrap();
    let sheet = &content.qr_sheets["links"];
    assert_eq!(
        sheet.links[1].label.get("ar"),
        ("بطاقة البداية الصحية", false)
    );
    assert!(sheet.links[0].label.get("ar").1, "label 1 still falls back");
    let counts = status(&site).counts();
    let c = counts["ar"][&UnitKind::QrSheet];
    assert_eq!((c.translated, c.missing), (1, 2));
}

#[test]
fn a_spreadsheet_saved_with_semicolons_or_tabs_imports_and_line_endings_do_not_outdate() {
    for delimiter in [b';', b'\t'] {
        let site = fresh_site();
        site.write(
            "content/events/circus.md",
            &EVENT_MD.replace(
                "Come and try juggling.\n",
                "Come and try juggling.\n\nBring water.\n",
            ),
        );
        let rows = export(&site, "pt");
        let csv = filled_with(delimiter, &rows, |kind, id, field| {
            match (kind, id, field) {
                ("event", "circus", "title") => Some("Dia de circo; em família".into()),
                ("event", "circus", "summary") => Some("Malabarismo, arcos.".into()),
                ("event", "circus", "body") => Some("Venha.\n\nTraga água.\n".into()),
                _ => None,
            }
        });
        let out = import(&site, &csv);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let pt = site.read("content/events/circus.pt.md");
        assert!(pt.contains("Dia de circo; em família"), "{pt}");
        assert!(pt.contains("Malabarismo, arcos."), "{pt}");
        assert_eq!(
            status(&site)
                .unit("pt", UnitKind::Event, "circus")
                .unwrap()
                .state(),
            State::Translated
        );
        // The English file re-saved with Windows line endings, text unchanged.
        let en = site.read("content/events/circus.md").replace('\n', "\r\n");
        site.write("content/events/circus.md", &en);
        assert_eq!(
            status(&site)
                .unit("pt", UnitKind::Event, "circus")
                .unwrap()
                .state(),
            State::Translated,
            "CRLF is not an edit"
        );
    }
}

#[test]
fn export_leaves_out_events_and_festivals_that_have_ended() {
    let site = fresh_site();
    site.write(
        "content/events/spring-fair.md",
        "---\ntitle: Spring fair\nsummary: Stalls and games.\nvenue: myatts-fields-park\nstarts: 2027-03-06 10:00\nends: 2027-03-06 12:00\nages: 0-4\ncost: free\ndrop_in: true\n---\nFun.\n",
    );
    site.write(
        "content/festivals/spring-2027.md",
        "---\ntitle: Spring days\nsummary: Spring fun.\nstarts: 2027-03-01\nends: 2027-03-31\n---\nText.\n",
    );
    let run = |now: &str| {
        let out_file = site.path("pt.csv");
        let out = whatson()
            .args([
                "translations",
                "export",
                "--lang",
                "pt",
                "--now",
                now,
                "--root",
            ])
            .arg(site.root())
            .arg("--out")
            .arg(&out_file)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let bytes = std::fs::read(&out_file).unwrap();
        let mut r = csv::Reader::from_reader(&bytes[3..]);
        let ids: Vec<String> = r.records().map(|x| x.unwrap()[1].to_owned()).collect();
        (ids, String::from_utf8_lossy(&out.stdout).into_owned())
    };
    // Before: everything is offered.
    let (ids, _) = run("2027-02-01 09:00");
    for id in ["spring-fair", "spring-2027", "circus", "summer-2027"] {
        assert!(ids.iter().any(|i| i == id), "{id} in {ids:?}");
    }
    // After the spring fair and festival: they are left out, and the
    // summary says so; the summer's are still there.
    let (ids, said) = run("2027-04-02 09:00");
    assert!(
        !ids.iter().any(|i| i == "spring-fair" || i == "spring-2027"),
        "{ids:?}"
    );
    assert!(ids.iter().any(|i| i == "circus") && ids.iter().any(|i| i == "summer-2027"));
    assert!(
        said.contains("2 events and festivals that have ended are left out"),
        "{said}"
    );
}
