//! Area leaflets for door drops (`area_leaflets:` in site.yaml): what is on
//! at each area's venues and for its families in the coming weeks, checked
//! as the festival leaflets are (boxes, fonts, qpdf, every QR code decoded).

use crate::common::{show, TestSite};
use crate::print::{
    assert_print_ready, decode_qr_codes, generate, pdf_text, pdfs, redirect_target, site, DPI,
    SITE_YAML,
};

const STOCKWELL_VENUE: &str = "name: Stockwell Children's Centre\naddress: 12 Lansdowne Way, London\npostcode: SW8 1AB\narea: Stockwell\n";
const TULSE_HILL_VENUE: &str =
    "name: Tulse Hill Library\naddress: 3 Norwood Road, London\npostcode: SE24 9AA\narea: Tulse Hill\n";

fn one(title: &str, venue: &str, starts: &str, ends: &str, extra: &str) -> String {
    format!("---\ntitle: {title}\nsummary: Play and songs.\nvenue: {venue}\nstarts: {starts}\nends: {ends}\nages: 0-4\ncost: free\n{extra}---\nBody.\n")
}

/// The print test site (now 1 July 2027, festival events in Vassall from
/// 27 July) with area leaflets for four weeks, a weekly activity and a later
/// event in Stockwell, an event in Tulse Hill only for Stockwell's families
/// and one in Stockwell only for Vassall's.
fn area_site(settings: &str) -> TestSite {
    let t = site();
    t.write(
        "content/site.yaml",
        &format!("{SITE_YAML}area_leaflets: {settings}\n"),
    );
    t.write("content/venues/stockwell-cc.yaml", STOCKWELL_VENUE);
    t.write("content/venues/tulse-hill-library.yaml", TULSE_HILL_VENUE);
    t.write(
        "content/events/stay-and-play.md",
        &one(
            "Stockwell stay and play",
            "stockwell-cc",
            "2027-06-01 10:00",
            "2027-06-01 11:30",
            "booking: https://tickets.example.com/stay\nrepeats:\n  every: week\n  until: 2027-09-28\n",
        ),
    );
    t.write(
        "content/events/baby-massage.md",
        &one(
            "Baby massage",
            "tulse-hill-library",
            "2027-07-10 10:00",
            "2027-07-10 11:00",
            "booking: https://tickets.example.com/massage\nfor_areas: [Stockwell]\n",
        ),
    );
    t.write(
        "content/events/vassall-only.md",
        &one(
            "Vassall families coffee morning",
            "stockwell-cc",
            "2027-07-05 10:00",
            "2027-07-05 11:00",
            "drop_in: true\nfor_areas: [Vassall]\n",
        ),
    );
    t.write(
        "content/events/later.md",
        &one(
            "Summer splash",
            "stockwell-cc",
            "2027-08-12 10:00",
            "2027-08-12 11:00",
            "booking: https://tickets.example.com/splash\n",
        ),
    );
    t
}

fn areas_made(files: &whatson::output::SiteFiles) -> Vec<String> {
    pdfs(files)
        .into_iter()
        .filter(|p| p.contains("/area-"))
        .collect()
}

#[test]
fn area_leaflets_list_only_fitting_events_in_date_order_with_addresses_and_codes_that_scan() {
    let t = area_site("{ weeks: 4 }");
    let (files, d) = generate(&t);
    let shown = show(&d);
    let made = areas_made(&files);
    let mut want = Vec::new();
    for lang in ["am", "ar", "en"] {
        for area in ["stockwell", "vassall"] {
            want.push(format!("print/{lang}/area-{area}.pdf"));
        }
    }
    assert_eq!(made, want, "{shown}");
    // Nothing on: no empty leaflet, a note at the area's line.
    for (area, slug, line) in [
        ("Coldharbour", "coldharbour", 9),
        ("Tulse Hill", "tulse-hill", 9),
    ] {
        let note = d
            .iter()
            .find(|x| x.message.contains(&format!("nothing is on in {area} ")))
            .unwrap_or_else(|| panic!("no note for {area}:\n{shown}"));
        assert!(!note.is_error());
        assert_eq!((note.file.as_str(), note.line), ("content/site.yaml", line));
        assert!(
            note.message.contains(&format!("area-{slug}.pdf")),
            "{shown}"
        );
        assert!(note.message.contains("2027-07-01 to 2027-07-28"), "{shown}");
    }
    for path in &made {
        assert_print_ready(path, files.get(path).unwrap(), (148.0, 210.0));
    }

    let stockwell = pdf_text(files.get("print/en/area-stockwell.pdf").unwrap());
    assert!(
        stockwell.contains("What'sonforfamiliesinStockwell"),
        "{stockwell}"
    );
    // The weekly activity at its next session, then the Tulse Hill event
    // open to Stockwell's families, each with its venue's address.
    let a = stockwell
        .find("Stockwellstayandplay")
        .expect("the weekly activity");
    let b = stockwell
        .find("Babymassage")
        .expect("the event for Stockwell");
    assert!(a < b, "date order: {stockwell}");
    assert!(stockwell.contains("Tuesday,6July2027"), "{stockwell}");
    assert!(
        stockwell.contains("12LansdowneWay,London,SW81AB"),
        "{stockwell}"
    );
    assert!(
        stockwell.contains("3NorwoodRoad,London,SE249AA"),
        "{stockwell}"
    );
    for absent in ["Vassallfamilies", "Summersplash", "Circus", "Rhyme"] {
        assert!(
            !stockwell.contains(absent),
            "{absent} is not for Stockwell: {stockwell}"
        );
    }
    let vassall = pdf_text(files.get("print/en/area-vassall.pdf").unwrap());
    let c = vassall
        .find("Vassallfamiliescoffeemorning")
        .expect("open to Vassall");
    let r = vassall
        .find("Rhymetime")
        .expect("the festival's weekly event, in Vassall");
    assert!(c < r, "{vassall}");
    assert!(!vassall.contains("Stockwellstayandplay"), "{vassall}");

    // Every code scans to its own booking link, through the short link.
    for lang in ["en", "ar", "am"] {
        let path = format!("print/{lang}/area-stockwell.pdf");
        let codes: Vec<String> = decode_qr_codes(files.get(&path).unwrap(), DPI)
            .into_iter()
            .flatten()
            .collect();
        assert_eq!(codes.len(), 2, "{path}: {codes:?}");
        let mut targets: Vec<String> = codes
            .iter()
            .map(|c| {
                assert!(c.starts_with("https://whatson.example.org/b/"), "{c}");
                redirect_target(&files, c)
            })
            .collect();
        targets.sort();
        assert!(
            targets[0].starts_with("https://tickets.example.com/massage?"),
            "{targets:?}"
        );
        assert!(
            targets[1].starts_with("https://tickets.example.com/stay?"),
            "{targets:?}"
        );
        assert!(
            targets.iter().all(|u| u.contains("utm_source=leaflet")),
            "{targets:?}"
        );
    }

    // Byte-identical when built again, from the cache and without it.
    let (cached, _) = generate(&t);
    std::fs::remove_dir_all(t.path(".whatson-cache")).unwrap();
    let (fresh, _) = generate(&t);
    for path in &made {
        assert!(files.get(path) == cached.get(path), "{path} from the cache");
        assert!(files.get(path) == fresh.get(path), "{path} typeset again");
    }
}

#[test]
fn dl_area_leaflets_are_99_by_210_mm_and_the_command_line_sets_the_period() {
    let t = area_site("{ weeks: 2, size: dl }");
    let out = tempfile::tempdir().unwrap();
    let opts = whatson::BuildOptions {
        root: t.root().to_path_buf(),
        out: Some(out.path().to_path_buf()),
        now: crate::print::now(),
    };
    let report = whatson::build_with(
        &opts,
        &whatson::PrintOverrides {
            area_leaflets_from: Some(jiff::civil::date(2027, 8, 9)),
            area_leaflets_weeks: Some(1),
        },
        &|_| {},
    );
    assert!(report.written, "{}", show(&report.diagnostics));
    let pdf = std::fs::read(out.path().join("print/en/area-stockwell.pdf")).unwrap();
    assert_print_ready("print/en/area-stockwell.pdf", &pdf, (99.0, 210.0));
    let text = pdf_text(&pdf);
    // 9 to 15 August: the weekly activity's session then, and the splash.
    assert!(text.contains("Tuesday,10August2027"), "{text}");
    let a = text.find("Stockwellstayandplay").unwrap();
    let b = text
        .find("Summersplash")
        .expect("the event in the chosen week");
    assert!(a < b, "{text}");
    assert!(!text.contains("Babymassage"), "outside the week: {text}");
    assert!(
        out.path().join("print/en/area-vassall.pdf").is_file(),
        "the festival's events that week"
    );
    let index = std::fs::read_to_string(out.path().join("print/index.html")).unwrap();
    assert!(index.contains("area-stockwell.pdf"), "{index}");
}

#[test]
fn area_leaflet_settings_are_checked_and_old_sites_make_none() {
    let t = area_site("{ weeks: 0, size: a3 }");
    let (g, d) = whatson::generate(t.root(), crate::print::now());
    assert!(g.is_none());
    let shown = show(&d);
    for (needle, fix) in [("`weeks: 0`", "weeks: 4"), ("`size: a3`", "size: dl")] {
        let e = d
            .iter()
            .find(|x| x.message.contains(needle))
            .unwrap_or_else(|| panic!("no error about {needle}:\n{shown}"));
        assert!(e.is_error());
        assert_eq!(
            (e.file.as_str(), e.line),
            ("content/site.yaml", 15),
            "{shown}"
        );
        assert!(e.fix.as_deref().unwrap_or("").contains(fix), "{shown}");
    }
    t.write(
        "content/site.yaml",
        &format!("{SITE_YAML}area_leaflets: {{ week: 4 }}\n"),
    );
    let (g, d) = whatson::generate(t.root(), crate::print::now());
    assert!(g.is_none(), "an unknown setting is an error: {}", show(&d));

    // Without `area_leaflets:` nothing changes.
    t.write("content/site.yaml", SITE_YAML);
    let (files, d) = generate(&t);
    assert!(areas_made(&files).is_empty(), "{}", show(&d));
    assert!(!d.iter().any(|x| x.message.contains("nothing is on")));

    // The translated-share rule of festival leaflets holds for them too.
    t.write(
        "content/site.yaml",
        &format!(
            "{}area_leaflets: {{}}\n",
            SITE_YAML.replace("leaflet_min_translated: 0%", "leaflet_min_translated: 95%")
        ),
    );
    let (files, d) = generate(&t);
    assert!(files.get("print/en/area-stockwell.pdf").is_some());
    assert!(files.get("print/ar/area-stockwell.pdf").is_none());
    assert!(
        d.iter().any(|x| x
            .message
            .contains("print/ar/area-stockwell.pdf is not made")),
        "{}",
        show(&d)
    );
}
