//! A build killed at any moment leaves `public/` holding exactly one whole
//! build, the old one or the new one, byte for byte; the next build puts
//! everything right.
//!
//! A synthetic site is built in two versions (every page differs, and one
//! event exists only in the second), then real `whatson build` processes are
//! killed with SIGKILL at moments spread over a build, most of them inside
//! the write stage. What is asserted does not depend on timing: whichever
//! moment a kill lands on, the published tree must be one of the two builds.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Child;
use std::time::{Duration, Instant};

use crate::common::whatson;

use crate::generator;

const NOW: &str = "2026-11-23 09:00";
const MANIFEST: &str = ".whatson-manifest";
const EXTRA_EVENT: &str = "content/events/2027/kill-test-extra.md";

type Tree = BTreeMap<String, Vec<u8>>;

/// Every file of `dir` but the manifest at its root, path → bytes.
fn snapshot(dir: &Path) -> Tree {
    assert!(dir.is_dir(), "{} is missing", dir.display());
    let mut tree = Tree::new();
    for entry in walkdir::WalkDir::new(dir).min_depth(1) {
        let entry = entry.unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
        if entry.file_type().is_dir() {
            continue;
        }
        let rel = entry.path().strip_prefix(dir).unwrap();
        let rel = rel.to_string_lossy().replace('\\', "/");
        if rel != MANIFEST {
            tree.insert(rel, fs::read(entry.path()).unwrap());
        }
    }
    tree
}

/// Names in `dir` beside the site folder that the writer may leave.
fn beside(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public") || n.starts_with("public"))
        .collect();
    names.sort();
    names
}

/// Fails naming the first paths where `got` and `want` differ (the trees are
/// too big to print).
fn assert_same(got: &Tree, want: &Tree, what: &str) {
    if got != want {
        let odd: Vec<&String> = got
            .keys()
            .chain(want.keys())
            .filter(|p| got.get(*p) != want.get(*p))
            .take(5)
            .collect();
        panic!(
            "{what}: {} files instead of {}; first differences: {odd:?}",
            got.len(),
            want.len()
        );
    }
}

fn start_build(root: &Path) -> Child {
    whatson()
        .args(["build", "--quiet", "--now", NOW, "--root"])
        .arg(root)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start whatson build")
}

fn build(root: &Path) {
    let out = whatson()
        .args(["build", "--quiet", "--now", NOW, "--root"])
        .arg(root)
        .output()
        .expect("run whatson build");
    assert!(
        out.status.success(),
        "build failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Version A or B of the site: B marks every page and has one more event.
struct Versions {
    base: String,
    extra: String,
}

impl Versions {
    fn set(&self, root: &Path, b: bool) {
        let base = root.join("themes/default/templates/base.html");
        let text = if b {
            format!("{}<!-- version b -->\n", self.base)
        } else {
            self.base.clone()
        };
        fs::write(base, text).unwrap();
        let extra = root.join(EXTRA_EVENT);
        if b {
            fs::create_dir_all(extra.parent().unwrap()).unwrap();
            fs::write(extra, &self.extra).unwrap();
        } else if extra.exists() {
            fs::remove_file(extra).unwrap();
        }
    }
}

#[test]
fn a_killed_build_leaves_the_old_site_or_the_new_one_whole() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    generator::write_site(&generator::Options::new(60, 3), root).expect("synthetic site");
    let venue = fs::read_dir(root.join("content/venues"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .min()
        .expect("a venue");
    let venue = venue.file_stem().unwrap().to_string_lossy().into_owned();
    let versions = Versions {
        base: fs::read_to_string(root.join("themes/default/templates/base.html")).unwrap(),
        extra: format!(
            "---\ntitle: Kill test picnic\nsummary: Only in version B.\nvenue: {venue}\n\
             starts: 2027-01-16 10:00\nends: 2027-01-16 12:00\nages: 0-11\ncost: free\n---\nBring a blanket.\n"
        ),
    };
    let out = root.join("public");
    let slot = root.join(".public.slot");

    // The two whole builds, each made by a normal build.
    versions.set(root, false);
    build(root);
    let a = snapshot(&out);
    versions.set(root, true);
    build(root);
    let b = snapshot(&out);
    assert_ne!(a, b);
    assert!(b.len() > a.len(), "version B has more pages");
    let differing = b.iter().filter(|(p, v)| a.get(*p) != Some(*v)).count();
    assert!(
        differing * 3 > a.len(),
        "many files differ: {differing} of {}",
        a.len()
    );

    // Measure one build: how long it takes, and when the write stage starts
    // (the slot's manifest is removed first thing).
    versions.set(root, false);
    assert!(slot.join(MANIFEST).exists());
    let started = Instant::now();
    let mut child = start_build(root);
    let mut write_start = None;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if write_start.is_none() && !slot.join(MANIFEST).exists() {
            write_start = Some(started.elapsed());
        }
        std::thread::sleep(Duration::from_micros(500));
    };
    assert!(status.success());
    let total = started.elapsed();
    let write_start = write_start.unwrap_or(total.mul_f64(0.8));
    assert_same(&snapshot(&out), &a, "the measured build");
    eprintln!("a build takes {total:?}, writing from {write_start:?}");

    // Kill moments: 8 spread over the stages before writing, 20 over the
    // write stage (which starts a little earlier or later under load).
    let mut moments: Vec<Duration> = (0..8)
        .map(|i| write_start.mul_f64(f64::from(i) / 8.0))
        .collect();
    let from = write_start.mul_f64(0.9);
    let span = total.saturating_sub(from).mul_f64(1.1);
    moments.extend((0..20).map(|i| from + span.mul_f64(f64::from(i) / 19.0)));

    let mut current_is_b = false;
    let mut content_is_b = false;
    let (mut old, mut new) = (0, 0);
    for (i, delay) in moments.iter().enumerate() {
        // Always build the other version, so every build has work to do.
        versions.set(root, !current_is_b);
        content_is_b = !current_is_b;
        let mut child = start_build(root);
        std::thread::sleep(*delay);
        let _ = child.kill();
        let _ = child.wait();
        let published = snapshot(&out);
        let (before, after) = if current_is_b { (&b, &a) } else { (&a, &b) };
        if &published == before {
            old += 1;
        } else if &published == after {
            new += 1;
            current_is_b = !current_is_b;
        } else {
            let odd: Vec<&String> = published
                .keys()
                .chain(before.keys())
                .filter(|p| published.get(*p) != before.get(*p))
                .take(5)
                .collect();
            panic!(
                "kill {i} after {delay:?}: public/ is neither the old build nor the new one \
                 ({} files; first differences from the old: {odd:?})",
                published.len()
            );
        }
        assert!(
            out.join(MANIFEST).exists(),
            "kill {i}: the manifest is published"
        );
        let names = beside(root);
        assert!(
            names
                .iter()
                .all(|n| [".public.lock", ".public.slot", "public"].contains(&n.as_str())),
            "kill {i}: unexpected folders beside public/: {names:?}"
        );
    }
    eprintln!(
        "{} kills: {old} left the old site, {new} the new one",
        moments.len()
    );

    // A normal build afterwards, with a leftover of the earlier writer
    // beside it, gives the exact tree and tidies everything.
    let leftover = root.join(".public.new-abc123");
    fs::create_dir_all(leftover.join("en")).unwrap();
    fs::write(leftover.join("en/index.html"), "half a site").unwrap();
    build(root);
    let want = if content_is_b { &b } else { &a };
    assert_same(&snapshot(&out), want, "the build after the kills");
    // And the slot, whatever a kill left in it, serves the build after.
    versions.set(root, !content_is_b);
    build(root);
    let want = if content_is_b { &a } else { &b };
    assert_same(&snapshot(&out), want, "the next build");
    assert_eq!(beside(root), [".public.lock", ".public.slot", "public"]);
}
