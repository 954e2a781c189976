//! `whatson build`: the site into `public/`, replaced only on success.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use whatson::{BuildOptions, Now, PrintOverrides};

use super::{colour_for, paint, parse_date, plural};

#[derive(clap::Args)]
pub struct Args {
    /// The site folder: the one holding content/, locales/ and themes/
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    /// Where to write the website [default: <root>/public]
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Build as if it were this local time, e.g. "2026-11-23 09:00" (events
    /// that have ended by then are left off the listings) [default: now]
    #[arg(long, value_name = "\"YYYY-MM-DD HH:MM\"", value_parser = Now::parse)]
    now: Option<Now>,
    /// Print only problems, not the summary
    #[arg(long, short)]
    quiet: bool,
    /// Make the area leaflets (door drops) starting on this day, e.g.
    /// 2027-09-06 [default: `area_leaflets:` in site.yaml, from the build's day]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    area_leaflets_from: Option<jiff::civil::Date>,
    /// Make the area leaflets covering this many weeks (1 to 12)
    /// [default: `area_leaflets: { weeks: … }` in site.yaml, else 4]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=12))]
    area_leaflets_weeks: Option<u32>,
}

pub fn run(a: Args) -> ExitCode {
    let started = std::time::Instant::now();
    let progress = whatson::progress::Progress::on_terminal();
    let report = whatson::build_with(
        &BuildOptions {
            root: a.root,
            out: a.out,
            now: a.now.unwrap_or_default(),
        },
        &PrintOverrides {
            area_leaflets_from: a.area_leaflets_from,
            area_leaflets_weeks: a.area_leaflets_weeks,
        },
        &|stage| progress.stage(stage),
    );
    progress.finish();
    let colour = colour_for(std::io::stderr().is_terminal());
    for d in report.diagnostics.sorted() {
        eprint!("{}", paint(&d.to_string(), d.is_error(), colour));
        eprintln!();
    }
    let (errors, warnings) = (
        report.diagnostics.error_count(),
        report.diagnostics.warning_count(),
    );
    if let Some(e) = &report.write_error {
        eprintln!("error: could not write {}: {e}", report.out.display());
        eprintln!("  The previous site was left as it was.");
        return ExitCode::FAILURE;
    }
    if let Some(e) = &report.register_error {
        eprintln!(
            "error: the site was published, but {} could not be updated: {e}",
            whatson::print::register::FILE
        );
        eprintln!("  Fix the problem (is the folder writable?) and build again, so the new printed codes are recorded.");
        return ExitCode::FAILURE;
    }
    if errors > 0 {
        eprintln!(
            "Build failed: {errors} error{} and {warnings} warning{}. Nothing was written; {} is unchanged.",
            plural(errors),
            plural(warnings),
            report.out.display()
        );
        return ExitCode::FAILURE;
    }
    if !a.quiet {
        println!(
            "Built {} event{} in {} language{}: {} files ({} pages per language, {:.1} MB) in {} in {:.2} s{}.",
            report.events,
            plural(report.events),
            report.languages,
            plural(report.languages),
            report.files,
            report.pages_per_language,
            report.bytes as f64 / 1_048_576.0,
            report.out.display(),
            started.elapsed().as_secs_f64(),
            if warnings > 0 { format!(", with {warnings} warning{}", plural(warnings)) } else { String::new() }
        );
    }
    ExitCode::SUCCESS
}
