//! Measures the print stage on a site folder:
//! `cargo run --release --example print_timing -- <site folder> [runs]`.
//! Typesets every document three times without the cache (the first run pays
//! for loading fonts and warming Typst's memoisation), then once with it; with
//! `runs`, only that many of these four runs.

use std::sync::Arc;
use std::time::Instant;

use whatson::diagnostics::Diagnostics;
use whatson::{expand, i18n, load, print, validate};

fn main() {
    let root = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".into()));
    let mut d = Diagnostics::new();
    let loaded = load::load(&root, &mut d);
    let Some(content) = validate::validate(&loaded, &mut d) else {
        eprintln!("the site has errors: run `whatson build` to see them");
        std::process::exit(1);
    };
    let messages = Arc::new(i18n::Messages::load(&content.site, &loaded.locales, &mut d));
    let now = jiff::Zoned::now().with_time_zone(content.site.timezone.clone());
    let expanded = expand::expand(&content, &now);
    let runs: usize = std::env::args()
        .nth(2)
        .and_then(|n| n.parse().ok())
        .unwrap_or(4);
    let cache = tempfile::tempdir().expect("temp dir");
    for (run, cache_dir) in [
        ("cold", None),
        ("warm", None),
        ("warm", None),
        ("cached", Some(cache.path().to_path_buf())),
    ]
    .into_iter()
    .take(runs)
    {
        let files = whatson::output::Memory::new();
        let mut d = Diagnostics::new();
        let pictures = whatson::images::publish_content(&loaded.root, &content, &files, &mut d);
        let mut d = Diagnostics::new();
        let opts = print::Options {
            cache_dir: cache_dir.clone(),
        };
        let inputs = print::Inputs {
            loaded: &loaded,
            content: &content,
            expanded: &expanded,
            now: &now,
            messages: &messages,
            options: &opts,
            pictures: &pictures,
        };
        if run == "cached" {
            // Fill the cache, then time a build that finds everything in it.
            print::print(&inputs, &files, &mut d);
        }
        let started = Instant::now();
        let r = print::print(&inputs, &files, &mut d);
        let total = started.elapsed().as_secs_f64() * 1000.0;
        let leaflets: Vec<f64> = r
            .typeset_ms
            .iter()
            .filter(|(p, _)| p.ends_with("-leaflet.pdf"))
            .map(|x| x.1)
            .collect();
        let of = |part: &str| -> Vec<f64> {
            r.typeset_ms
                .iter()
                .filter(|(p, _)| p.contains(part))
                .map(|x| x.1)
                .collect()
        };
        let posters = of("/poster-");
        let previews = of("/og-");
        let social: Vec<f64> = [of("/post-"), of("/story-")].concat();
        let first = r.typeset_ms.first().map_or(0.0, |x| x.1);
        let mean = |v: &[f64]| {
            if v.is_empty() {
                0.0
            } else {
                v.iter().sum::<f64>() / v.len() as f64
            }
        };
        println!(
            "{run:>6}: {} documents ({} typeset, {} from cache) in {total:.0} ms; first document {first:.0} ms; leaflets {:.1} ms each on average; {} posters, {:.1} ms each; {} link previews, {:.1} ms each; {} posts and stories, {:.1} ms each",
            r.pdfs.len(), r.typeset, r.from_cache, mean(&leaflets), posters.len(), mean(&posters),
            previews.len(), mean(&previews), social.len(), mean(&social)
        );
        if run == "cold" {
            let ms: std::collections::HashMap<&str, f64> =
                r.typeset_ms.iter().map(|(p, t)| (p.as_str(), *t)).collect();
            for (path, bytes, pages, _) in &r.pdfs {
                let t = ms.get(path.as_str()).copied().unwrap_or(0.0);
                println!("    {path}: {bytes} bytes, {pages} page(s), {t:.0} ms");
            }
        }
    }
}
