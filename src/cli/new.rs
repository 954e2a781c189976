//! `whatson new`: a commented content file to fill in.

use std::path::PathBuf;
use std::process::ExitCode;

use whatson::scaffold::{needs, new_file, NewOptions};
use whatson::Now;

use super::{ask, can_ask};

#[derive(clap::Args)]
pub struct Args {
    /// event, festival, venue or page
    #[arg(value_parser = whatson::scaffold::parse_kind)]
    kind: whatson::load::Kind,
    /// The file name, which becomes the page address: lowercase letters,
    /// digits and `-`, e.g. circus-day-2027
    id: String,
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    /// Title (for a venue: its name)
    #[arg(long)]
    title: Option<String>,
    #[arg(long)]
    summary: Option<String>,
    /// Event: the venue's id
    #[arg(long)]
    venue: Option<String>,
    /// Event: the festival's id
    #[arg(long)]
    festival: Option<String>,
    /// Event: "YYYY-MM-DD HH:MM"; festival: YYYY-MM-DD
    #[arg(long)]
    starts: Option<String>,
    /// Event: "YYYY-MM-DD HH:MM" or "HH:MM"; festival: YYYY-MM-DD
    #[arg(long)]
    ends: Option<String>,
    /// Venue: one of the site's areas
    #[arg(long)]
    area: Option<String>,
    /// Venue: street address
    #[arg(long)]
    address: Option<String>,
    /// Dates are suggested from this day [default: today]
    #[arg(long, value_name = "\"YYYY-MM-DD HH:MM\"", value_parser = Now::parse)]
    now: Option<Now>,
}

pub fn run(a: Args) -> ExitCode {
    let mut opts = NewOptions {
        title: a.title,
        summary: a.summary,
        venue: a.venue,
        festival: a.festival,
        starts: a.starts,
        ends: a.ends,
        area: a.area,
        address: a.address,
        now: a.now.unwrap_or_default(),
    };
    // What it needs and was not given is asked for at a terminal; otherwise
    // `new_file` refuses, naming the options. Each question is asked once: a
    // second time would mean the answer did not fit, so the loop is bounded.
    if can_ask() {
        for _ in 0..8 {
            let Some(need) = needs(&a.root, a.kind, &opts).into_iter().next() else {
                break;
            };
            let Some(answer) = ask(&need.question) else {
                eprintln!(
                    "error: nothing was written: `{}` is needed (or give it as {} …)",
                    need.flag, need.flag
                );
                return ExitCode::FAILURE;
            };
            opts.set(need.flag, answer);
        }
    }
    match new_file(&a.root, a.kind, &a.id, &opts) {
        Ok(path) => {
            println!(
                "Wrote {}. Open it and fill it in: lines ending `# EXAMPLE` and the example texts stop the build until you have edited them. Then run `whatson check`.",
                path.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
