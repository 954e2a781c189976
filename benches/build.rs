//! Whole-site build benchmarks: `cargo bench --bench build`.
//!
//! - `sample/*`: the repository's own sample site (a snapshot of content/,
//!   locales/ and themes/ copied to a temp folder, so benchmarking never
//!   writes into the repository and edits made meanwhile do not disturb it).
//! - `synth-1000x4/*`: a synthetic site of 1,000 events in 4 languages,
//!   written once by the generator shared with `examples/synth/main.rs`.
//!
//! `preview/*`: the live preview's engine (src/preview.rs) — a title edit
//! saved, to every affected file ready to serve (print documents follow in
//! the background and are not waited for), on the sample site and on a
//! synthetic 60-event site in 9 languages with four festivals.
//!
//! `generate` runs every stage but writing; `generate-cold` first empties the
//! print cache (`.whatson-cache/`) so every PDF is typeset again, as in a
//! first build; `build` also writes the site to a temp folder. All at a fixed
//! "now" of 2026-11-23 09:00.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use whatson::{BuildOptions, Now};

// The allocator the `whatson` binary runs with.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../examples/synth/generator.rs"]
mod generator;

fn now() -> Now {
    Now::parse("2026-11-23 09:00").expect("a valid time")
}

/// Copies the repository's sample site into a temp folder; `None` when the
/// repository has no content/site.yaml.
fn sample_site() -> Option<tempfile::TempDir> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    if !repo.join("content/site.yaml").is_file() {
        return None;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    for sub in ["content", "locales", "themes"] {
        for entry in walkdir::WalkDir::new(repo.join(sub)) {
            let entry = entry.expect("readable sample site");
            let rel = entry.path().strip_prefix(repo).expect("inside the repo");
            let to = dir.path().join(rel);
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&to).expect("create dir");
            } else if entry.file_type().is_file() {
                std::fs::copy(entry.path(), &to).expect("copy");
            }
        }
    }
    Some(dir)
}

/// Checks the site builds without errors before timing it.
fn check(name: &str, root: &Path) {
    let (generated, d) = whatson::generate(root, now());
    if generated.is_none() {
        for e in d.iter().filter(|e| e.is_error()) {
            eprint!("{e}");
        }
        panic!("{name} does not build: {} errors", d.error_count());
    }
}

fn clear_cache(root: &Path) {
    let cache = root.join(".whatson-cache");
    if cache.exists() {
        std::fs::remove_dir_all(&cache).expect("remove the print cache");
    }
}

fn bench_site(c: &mut Criterion, name: &str, root: &Path, full_build: bool) {
    check(name, root);
    let mut group = c.benchmark_group(name);
    group.bench_function("generate", |b| {
        b.iter(|| black_box(whatson::generate(black_box(root), now())))
    });
    group.bench_function("generate-cold", |b| {
        b.iter_batched(
            || clear_cache(root),
            |()| black_box(whatson::generate(black_box(root), now())),
            BatchSize::PerIteration,
        )
    });
    if full_build {
        let out = tempfile::tempdir().expect("temp dir");
        let opts = BuildOptions {
            root: root.to_path_buf(),
            out: Some(out.path().join("public")),
            now: now(),
        };
        group.bench_function("build", |b| {
            b.iter(|| {
                let report = whatson::build(black_box(&opts));
                assert!(report.written, "the build wrote nothing");
                report.files
            })
        });
    }
    group.finish();
}

fn sample(c: &mut Criterion) {
    match sample_site() {
        Some(dir) => bench_site(c, "sample", dir.path(), true),
        None => eprintln!("no content/site.yaml in the repository: skipping the sample site"),
    }
}

fn synthetic(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let root: PathBuf = dir.path().join("site");
    let summary = generator::write_site(&generator::Options::new(1000, 4), &root)
        .expect("write the synthetic site");
    eprintln!("synthetic site: {summary}");
    bench_site(c, "synth-1000x4", &root, false);
}

/// Times a title edit in `rel` under the preview, from the save to the files.
fn bench_preview(c: &mut Criterion, group: &str, root: &Path, rel: &str) {
    let root = root.canonicalize().expect("the site folder");
    let (mut p, first) = whatson::preview::Preview::new(&root, now());
    assert!(first.ok, "{group} does not build");
    let path = root.join(rel);
    let original = std::fs::read_to_string(&path).expect("the edited file");
    let mut n = 0u64;
    let mut g = c.benchmark_group(group);
    g.bench_function("title-edit", |b| {
        b.iter_custom(|iters| {
            let mut timed = Duration::ZERO;
            for _ in 0..iters {
                // Not timed: the last edit's print run, and the save itself.
                p.wait_for_print();
                n += 1;
                let edited = if original.contains("title: \"") {
                    original.replacen("title: \"", &format!("title: \"Edit {n} "), 1)
                } else {
                    original.replacen("title: ", &format!("title: Edit {n} "), 1)
                };
                std::fs::write(&path, edited).expect("save");
                let started = std::time::Instant::now();
                let u = p.update(std::slice::from_ref(&path), None, &|| {});
                timed += started.elapsed();
                assert!(u.ok && !u.full && u.rendered > 0, "{rel}: {u:?}");
            }
            timed
        })
    });
    g.finish();
    p.wait_for_print();
    std::fs::write(&path, original).expect("restore");
}

fn preview(c: &mut Criterion) {
    if let Some(dir) = sample_site() {
        let rel = first_event(dir.path());
        bench_preview(c, "preview-sample", dir.path(), &rel);
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let root: PathBuf = dir.path().join("site");
    let mut opts = generator::Options::new(60, 9);
    opts.festivals = 4;
    generator::write_site(&opts, &root).expect("write the synthetic site");
    let rel = first_event(&root);
    bench_preview(c, "preview-60x9", &root, &rel);
    // 10,000 events in 8 languages: minutes to set up and gigabytes of memory,
    // so only when asked for.
    if std::env::var_os("WHATSON_BENCH_10K").is_some() {
        let root: PathBuf = dir.path().join("site-10k");
        generator::write_site(&generator::Options::new(10_000, 8), &root)
            .expect("write the synthetic site");
        let rel = first_event(&root);
        bench_preview(c, "preview-10000x8", &root, &rel);
    }
}

/// The first event file of a site (a one-off or repeating event's original).
fn first_event(root: &Path) -> String {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(root.join("content/events"))
        .into_iter()
        .flatten()
        .map(|e| e.path().to_path_buf())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "md")
                && p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.matches('.').count() == 1)
        })
        .collect();
    files.sort();
    let first = files.first().expect("an event file");
    first
        .strip_prefix(root)
        .expect("inside the site")
        .to_string_lossy()
        .into_owned()
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));
    targets = sample, synthetic, preview
}
criterion_main!(benches);
