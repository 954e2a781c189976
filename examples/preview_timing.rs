//! Times the live preview on a site folder, one title edit after another:
//! `cargo run --release --example preview_timing -- <site folder> [edits]`.
//! Loads the site as `whatson serve` does and waits for its print documents
//! (not timed), then saves `edits` (default 9) title edits of the first event
//! file, each timed from the save to the browser being told to reload (the
//! pages are ready) and to every affected file ready to serve.
//! The site's files are left as they were. A profiler can attach during the
//! pause after "ready".

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use whatson::preview::Preview;
use whatson::Now;

// The allocator `whatson serve` runs with: timings under another one (the
// system's) are not the preview's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let root = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".into()));
    let root = root.canonicalize().expect("the site folder");
    let edits: usize = std::env::args()
        .nth(2)
        .and_then(|n| n.parse().ok())
        .unwrap_or(9);
    let now = Now::parse("2026-12-01 00:00").expect("a valid time");
    let started = Instant::now();
    let (mut p, first) = Preview::new(&root, now);
    assert!(first.ok, "the site has errors: run `whatson check`");
    eprintln!("loaded in {:.1} s", started.elapsed().as_secs_f64());
    p.wait_for_print();
    eprintln!("printed in {:.1} s; ready", started.elapsed().as_secs_f64());
    std::thread::sleep(Duration::from_secs(3));
    let path = first_event(&root);
    let original = std::fs::read_to_string(&path).expect("the event file");
    let (mut told, mut done) = (Vec::new(), Vec::new());
    for n in 1..=edits {
        let edited = original.replacen("title: ", &format!("title: Edit {n} "), 1);
        std::fs::write(&path, edited).expect("save");
        let reload = std::cell::Cell::new(None);
        let t = Instant::now();
        let u = p.update(std::slice::from_ref(&path), None, &|| {
            if reload.get().is_none() {
                reload.set(Some(t.elapsed()));
            }
        });
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        assert!(u.ok && !u.full, "{u:?}");
        let to_page = reload.get().map_or(ms, |r| r.as_secs_f64() * 1000.0);
        eprintln!(
            "edit {n}: {to_page:.0} ms to the reload, {ms:.0} ms to every file, {} jobs",
            u.rendered
        );
        told.push(to_page);
        done.push(ms);
        p.wait_for_print();
    }
    std::fs::write(&path, original).expect("restore");
    for (what, mut times) in [("the reload", told), ("every file", done)] {
        times.sort_by(f64::total_cmp);
        if let Some(median) = times.get(times.len() / 2) {
            eprintln!("median to {what}: {median:.0} ms of {edits}");
        }
    }
}

/// The first event file of the site (in its folders) that is not a
/// translation.
fn first_event(root: &Path) -> PathBuf {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(root.join("content/events"))
        .into_iter()
        .flatten()
        .map(|e| e.path().to_path_buf())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.ends_with(".md") && n.matches('.').count() == 1)
        })
        .collect();
    files.sort();
    files.into_iter().next().expect("an event file")
}
