//! Writes a synthetic site folder for load tests and benchmarks:
//!
//! ```text
//! cargo run --release --example synth -- --events 10000 --languages 8 --out /tmp/synth
//! cargo run --release -- build --root /tmp/synth --now "2026-11-23 09:00"
//! ```
//!
//! The folder holds content/ (site.yaml, venues, festivals, events with
//! translations, pages, a QR sheet), locales/*.ftl and themes/default/ copied
//! from this repository. The same options always write the same files.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

mod generator;

/// Write a synthetic whatson site folder.
#[derive(Parser)]
#[command(name = "synth")]
struct Args {
    /// Number of events (about 15% repeating).
    #[arg(long, default_value_t = 1000)]
    events: usize,
    /// Number of languages, chosen in order from en, pt, es, pl, fr, it, so, ar, am, ti.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u8).range(1..=10))]
    languages: u8,
    /// The site folder to write (its content/, locales/ and themes/ are replaced).
    #[arg(long)]
    out: PathBuf,
    /// Number of venues [default: max(8, events / 50)].
    #[arg(long)]
    venues: Option<usize>,
    /// Number of festivals.
    #[arg(long, default_value_t = 3)]
    festivals: usize,
    /// Seed of the random numbers: the same seed writes the same site.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let mut opts = generator::Options::new(args.events, usize::from(args.languages));
    opts.venues = args.venues;
    opts.festivals = args.festivals;
    opts.seed = args.seed;
    match generator::write_site(&opts, &args.out) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("synth: cannot write {}: {e}", args.out.display());
            ExitCode::FAILURE
        }
    }
}
