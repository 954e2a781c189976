//! `whatson check`: every finding without writing the site.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use whatson::Now;

use super::colour_for;

#[derive(clap::Args)]
pub struct Args {
    /// The site folder: the one holding content/, locales/ and themes/
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    /// Check as if it were this local time, e.g. "2026-11-23 09:00" [default: now]
    #[arg(long, value_name = "\"YYYY-MM-DD HH:MM\"", value_parser = Now::parse)]
    now: Option<Now>,
    /// `text` for people, `json` for scripts
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Show the whole translation table (by language and kind of text)
    /// instead of one line per language
    #[arg(long)]
    translations: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

pub fn run(a: Args) -> ExitCode {
    let report = whatson::check::check(&a.root, a.now.unwrap_or_default());
    match a.format {
        Format::Json => println!("{}", whatson::check::to_json(&report)),
        Format::Text => print!(
            "{}",
            whatson::check::to_text(
                &report,
                colour_for(std::io::stdout().is_terminal()),
                a.translations
            )
        ),
    }
    if report.has_errors() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
