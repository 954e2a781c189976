//! The live preview's engine (src/preview.rs): after any sequence of edits,
//! additions and deletions, the preview's files equal a full build's, byte for
//! byte, while it renders only what an edit touched.

use crate::common::*;

use whatson::preview::Preview;
use whatson::Now;

const NOW: &str = "2026-11-23 09:00";

fn event(title: &str, venue: &str, day: u32, month: u32, festival: bool) -> String {
    format!(
        "---\ntitle: {title}\nsummary: A morning of fun.\n{}venue: {venue}\nstarts: 2027-{month:02}-{day:02} 10:30\nends: 2027-{month:02}-{day:02} 12:00\nages: 0-4\ncost: free\nbooking: https://www.eventbrite.co.uk/e/{day}{month}\n---\nCome along.\n",
        if festival { "festival: summer-2027\n" } else { "" }
    )
}

fn site() -> TestSite {
    let t = TestSite::new();
    t.write(
        "content/venues/vassall-centre.yaml",
        "name: Vassall Children's Centre\naddress: Vassall Road, London\npostcode: SW9 6HZ\narea: Stockwell\n",
    );
    t.write(
        "content/events/rhymes.md",
        &event("Rhyme time", "vassall-centre", 3, 3, false),
    );
    t.write(
        "content/events/picnic.md",
        &event("Big picnic", "myatts-fields-park", 10, 8, true),
    );
    t.write(
        "content/events/stay-and-play.md",
        "---\ntitle: Stay and play\nvenue: vassall-centre\nstarts: 2026-11-24 10:00\nends: 2026-11-24 11:30\nrepeats:\n  every: week\n  until: 2027-02-23\ncost: free\ndrop_in: true\n---\n",
    );
    t
}

/// A tiny deterministic random source (the same sequences on every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

fn assert_same_as_full_build(t: &TestSite, p: &mut Preview, step: &str) {
    let print = p.wait_for_print();
    assert!(!print.has_errors(), "{step}: {}", show(&print));
    let (full, d) = whatson::generate(t.root(), Now::parse(NOW).unwrap());
    let full = full.unwrap_or_else(|| panic!("{step}: {}", show(&d))).files;
    let files = p.files();
    let preview = files.read().unwrap();
    let a: Vec<&str> = preview.paths().collect();
    let b: Vec<&str> = full.paths().collect();
    let missing: Vec<_> = b.iter().filter(|x| !a.contains(x)).collect();
    let extra: Vec<_> = a.iter().filter(|x| !b.contains(x)).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{step}: missing {missing:?}, extra {extra:?}"
    );
    for path in b {
        assert!(
            preview.get(path) == full.get(path),
            "{step}: {path} differs from a full build"
        );
    }
}

#[test]
fn any_sequence_of_edits_gives_the_files_of_a_full_build() {
    for seed in [7u64, 2027] {
        let t = site();
        let root = t.root().canonicalize().unwrap();
        let (mut p, first) = Preview::new(&root, Now::parse(NOW).unwrap());
        assert!(first.ok && first.full, "{}", show(&first.diagnostics));
        let mut rng = Lcg(seed);
        let mut added = 0;
        let (mut kept, mut planned) = (0, 0);
        for step in 0..12 {
            let ids = ["rhymes", "picnic", "stay-and-play"];
            let id = ids[rng.next(ids.len())];
            let rel = format!("content/events/{id}.md");
            let what = rng.next(11);
            let edited: String = match what {
                // A title edit.
                0 if t.path(&rel).exists() => {
                    t.write(
                        &rel,
                        &t.read(&rel)
                            .replacen("title: ", &format!("title: New {step} "), 1),
                    );
                    rel.clone()
                }
                // Moved to another month (and so to other listing pages).
                1 if t.path(&rel).exists() && id != "stay-and-play" => {
                    let month = 1 + rng.next(12) as u32;
                    t.write(
                        &rel,
                        &event(
                            &format!("Moved {step}"),
                            "vassall-centre",
                            5,
                            month,
                            id == "picnic",
                        ),
                    );
                    rel.clone()
                }
                // A new event.
                2 => {
                    added += 1;
                    let rel = format!("content/events/new-{added}.md");
                    t.write(
                        &rel,
                        &event(
                            &format!("New event {added}"),
                            "myatts-fields-park",
                            1 + rng.next(27) as u32,
                            1 + rng.next(12) as u32,
                            rng.next(2) == 0,
                        ),
                    );
                    rel
                }
                // A deleted event.
                3 if t.path(&rel).exists() => {
                    t.remove(&rel);
                    rel.clone()
                }
                // A venue's name, shown on every card of its events.
                4 => {
                    let rel = "content/venues/vassall-centre.yaml".to_owned();
                    t.write(
                        &rel,
                        &t.read(&rel)
                            .replacen("name: ", &format!("name: {step} "), 1),
                    );
                    rel
                }
                // Who it is for: the same sessions on other age and area
                // listings (the kept plan must not be kept).
                5 if t.path(&rel).exists() => {
                    let text = t.read(&rel);
                    let text = if text.contains("ages: 0-4\n") {
                        text.replacen("ages: 0-4\n", "ages: 2-3\n", 1)
                    } else if text.contains("siblings_welcome") {
                        text.replacen("siblings_welcome: true\n", "for_areas: [Vassall]\n", 1)
                    } else {
                        text.replacen("venue: ", "siblings_welcome: true\nvenue: ", 1)
                    };
                    t.write(&rel, &text);
                    rel.clone()
                }
                // Half an hour later the same day, or one session changed.
                6 if t.path(&rel).exists() => {
                    let text = t.read(&rel);
                    let text = if text.contains("cancelled: true") {
                        text.replacen("cancelled: true", "starts: \"11:15\"", 1)
                    } else if text.contains("starts: \"11:15\"") {
                        text.replacen("starts: \"11:15\"", "cancelled: true", 1)
                    } else if id == "stay-and-play" {
                        text.replacen(
                            "cost: free\n",
                            &format!(
                                "changes:\n  - date: 2026-12-{:02}\n    {}\ncost: free\n",
                                1 + 7 * rng.next(4),
                                ["cancelled: true", "starts: \"11:15\""][rng.next(2)]
                            ),
                            1,
                        )
                    } else {
                        text.replace(" 10:30\n", " 11:00\n")
                    };
                    t.write(&rel, &text);
                    rel.clone()
                }
                // A venue's area: its events move to another area's listings.
                7 => {
                    let rel = "content/venues/vassall-centre.yaml".to_owned();
                    let text = t.read(&rel);
                    let text = if text.contains("area: Stockwell") {
                        text.replacen("area: Stockwell", "area: Coldharbour", 1)
                    } else {
                        text.replacen("area: Coldharbour", "area: Stockwell", 1)
                    };
                    t.write(&rel, &text);
                    rel
                }
                // A booking link and summary: shown, but listed the same.
                8 if t.path(&rel).exists() => {
                    t.write(
                        &rel,
                        &t.read(&rel)
                            .replacen("summary: ", &format!("summary: {step} "), 1)
                            .replacen("/e/", &format!("/e/{step}"), 1),
                    );
                    rel.clone()
                }
                // A translation.
                _ => {
                    let rel = "content/events/circus.pt.md".to_owned();
                    t.write(
                        &rel,
                        &format!("---\ntitle: Dia de circo {step}\n---\nVenham.\n"),
                    );
                    rel
                }
            };
            let update = p.update(&[root.join(&edited)], None, &|| {});
            assert!(
                update.ok,
                "seed {seed} step {step}: {}",
                show(&update.diagnostics)
            );
            assert_same_as_full_build(&t, &mut p, &format!("seed {seed} step {step} ({edited})"));
            if !update.unchanged && !update.full {
                if update.kept_plan {
                    kept += 1;
                } else {
                    planned += 1;
                }
            }
        }
        // Both ways of updating were taken and checked.
        assert!(
            kept > 0 && planned > 0,
            "seed {seed}: kept {kept}, planned {planned}"
        );
    }
}

#[test]
fn a_title_edit_renders_only_what_shows_the_event_and_a_save_without_changes_nothing() {
    let t = site();
    let root = t.root().canonicalize().unwrap();
    let (mut p, first) = Preview::new(&root, Now::parse(NOW).unwrap());
    assert!(first.ok);
    let all = first.rendered;
    let rel = "content/events/rhymes.md";
    t.write(rel, &t.read(rel));
    let same = p.update(&[root.join(rel)], None, &|| {});
    assert!(same.unchanged && same.rendered == 0);
    t.write(rel, &t.read(rel).replace("Rhyme time", "Rhymes and songs"));
    let edit = p.update(&[root.join(rel)], None, &|| {});
    assert!(edit.ok && !edit.full, "{}", show(&edit.diagnostics));
    assert!(
        edit.rendered > 0 && edit.rendered * 3 < all,
        "{} of {all} jobs",
        edit.rendered
    );
    assert!(edit.kept_plan, "a title edit lists the same sessions");
    assert_same_as_full_build(&t, &mut p, "title edit");
    // Who may come changes the listings it is on: planned again.
    t.write(rel, &t.read(rel).replace("ages: 0-4", "ages: 2-3"));
    let ages = p.update(&[root.join(rel)], None, &|| {});
    assert!(ages.ok && !ages.full && !ages.kept_plan, "{ages:?}");
    assert_same_as_full_build(&t, &mut p, "ages edit");
    // A picture is published by a full render.
    let png = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("content/festivals/summer-festival-2027.png");
    std::fs::copy(png, t.path("content/events/circus.png")).unwrap();
    let picture = p.update(&[root.join("content/events/circus.png")], None, &|| {});
    assert!(picture.ok && picture.full, "{picture:?}");
    // A template change redoes everything.
    let tpl = "themes/default/templates/page.html";
    t.write(tpl, &format!("{}\n", t.read(tpl)));
    let full = p.update(&[root.join(tpl)], None, &|| {});
    assert!(full.ok && full.full);
    assert_same_as_full_build(&t, &mut p, "template edit");
}

#[test]
fn a_broken_save_is_not_forgotten_when_another_file_is_saved() {
    let t = site();
    let root = t.root().canonicalize().unwrap();
    let (mut p, _) = Preview::new(&root, Now::parse(NOW).unwrap());
    let rhymes = "content/events/rhymes.md";
    t.write(
        rhymes,
        &t.read(rhymes)
            .replace("venue: vassall-centre", "venue: nowhere"),
    );
    let broken = p.update(&[root.join(rhymes)], None, &|| {});
    assert!(!broken.ok && broken.diagnostics.has_errors());
    // Another, good save: the first file is still broken, so still an error.
    let picnic = "content/events/picnic.md";
    t.write(
        picnic,
        &t.read(picnic).replace("Big picnic", "Bigger picnic"),
    );
    let still = p.update(&[root.join(picnic)], None, &|| {});
    assert!(
        !still.ok,
        "the broken file was forgotten: {still:?} after {broken:?}"
    );
    t.write(
        rhymes,
        &t.read(rhymes)
            .replace("venue: nowhere", "venue: vassall-centre"),
    );
    let fixed = p.update(&[root.join(rhymes)], None, &|| {});
    assert!(fixed.ok, "{}", show(&fixed.diagnostics));
    assert_same_as_full_build(&t, &mut p, "after the fix");
}

#[test]
fn the_browser_is_told_once_a_save_shows_on_its_pages_and_the_finder_waits_for_its_index() {
    let t = site();
    let root = t.root().canonicalize().unwrap();
    let (mut p, first) = Preview::new(&root, Now::parse(NOW).unwrap());
    assert!(first.ok, "{}", show(&first.diagnostics));
    let files = p.files();
    let shows = |path: &str, title: &str| {
        let f = files.read().unwrap();
        let bytes = f.get(path).unwrap_or_else(|| panic!("{path} is served"));
        String::from_utf8_lossy(bytes).contains(title)
    };
    let rel = "content/events/rhymes.md";
    let page = "en/events/rhymes/index.html";
    let index = "en/finder/index.json";
    for (n, (title, open)) in [
        ("Rhymes and songs", None),
        ("Songs and rhymes", Some("en/finder/index.html")),
    ]
    .into_iter()
    .enumerate()
    {
        let before = t.read(rel);
        let old = before
            .lines()
            .find_map(|l| l.strip_prefix("title: "))
            .unwrap()
            .to_owned();
        t.write(rel, &before.replace(&old, title));
        let told = std::cell::RefCell::new(Vec::new());
        let u = p.update(&[root.join(rel)], open, &|| {
            told.borrow_mut()
                .push((shows(page, title), shows(index, title)));
        });
        assert!(u.ok && !u.full, "save {n}: {}", show(&u.diagnostics));
        let told = told.into_inner();
        // One reload a save, with the page already showing the edit; the
        // finder's answers come from its index, so with the finder open the
        // index is ready too.
        assert_eq!(told.len(), 1, "save {n}: told {} times", told.len());
        assert!(
            told[0].0,
            "save {n}: the page is told to reload before it shows the edit"
        );
        if open.is_some() {
            assert!(
                told[0].1,
                "the finder is told to reload before its index has the edit"
            );
        }
        // When the save is done, every file has it.
        assert!(shows(page, title) && shows(index, title) && shows("en/calendar.ics", title));
    }
}

/// Checking a save again from the last check's records gives what checking
/// everything gives: the same records and the same findings, for edits that
/// add a warning, an error, a translation's text and a venue's area.
#[test]
fn checking_a_save_from_the_last_check_finds_what_a_whole_check_finds() {
    use whatson::diagnostics::Diagnostics;
    use whatson::load::{self, Reloaded};
    use whatson::validate::{self, Earlier};

    let t = site();
    t.write(
        "content/events/rhymes.pt.md",
        "---\ntitle: Hora das rimas\n---\nVenham.\n",
    );
    let root = t.root().canonicalize().unwrap();
    let mut d = Diagnostics::new();
    let mut loaded = load::load(&root, &mut d);
    let (mut content, mut findings) =
        validate::validate_reusing(&loaded, None, &mut d).expect("the site checks");
    assert!(!d.has_errors(), "{}", show(&d));
    let sorted = |d: &Diagnostics| d.sorted().iter().map(|x| x.to_string()).collect::<Vec<_>>();
    // The file, the edit, and whether the site is broken after it.
    type Edit = (&'static str, fn(String) -> String, bool);
    let edits: [Edit; 6] = [
        // A warning: no summary.
        (
            "content/events/rhymes.md",
            |s| s.replace("summary: A morning of fun.\n", ""),
            false,
        ),
        // The warning mended.
        (
            "content/events/rhymes.md",
            |s| s.replace("venue: ", "summary: Songs and rhymes.\nvenue: "),
            false,
        ),
        // A translation's title.
        (
            "content/events/rhymes.pt.md",
            |s| s.replace("Hora das rimas", "Rimas"),
            false,
        ),
        // A venue's area.
        (
            "content/venues/vassall-centre.yaml",
            |s| s.replace("Stockwell", "Vassall"),
            false,
        ),
        // A placeholder left from `whatson new` and a booking link that is no link.
        (
            "content/events/picnic.md",
            |s| {
                s.replace("booking: https://", "booking: htps://")
                    .replace("A morning of fun.", "One line about what happens.")
            },
            true,
        ),
        // Mended, and its title edited: checked against the last good check.
        (
            "content/events/picnic.md",
            |s| {
                s.replace("booking: htps://", "booking: https://")
                    .replace("One line about what happens.", "A morning of fun.")
                    .replace("title: Big picnic", "title: The big picnic")
            },
            false,
        ),
    ];
    for (rel, edit, broken) in edits {
        t.write(rel, &edit(t.read(rel)));
        let mut again = loaded.clone();
        let r = load::reload_file(&mut again, &root.join(rel));
        assert!(matches!(r, Reloaded::Changed), "{rel}: {r:?}");
        let mut quick = Diagnostics::new();
        let earlier = Earlier::new(&loaded, &content, &findings, &again);
        let from_earlier = validate::validate_reusing(&again, Some(&earlier), &mut quick);
        let mut whole = Diagnostics::new();
        let from_scratch = validate::validate_reusing(&again, None, &mut whole);
        assert_eq!(sorted(&quick), sorted(&whole), "{rel}: the findings differ");
        assert_eq!(quick.has_errors(), broken, "{rel}: {}", show(&quick));
        let (a, fa) = from_earlier.expect("records");
        let (b, fb) = from_scratch.expect("records");
        assert!(a == b, "{rel}: the records differ");
        assert_eq!(
            fa.keys().collect::<Vec<_>>(),
            fb.keys().collect::<Vec<_>>(),
            "{rel}"
        );
        if !broken {
            (loaded, content, findings) = (again, a, fa);
        }
    }
}
