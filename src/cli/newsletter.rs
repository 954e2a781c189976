//! `whatson newsletter`: the e-mail of the coming weeks, per language.

use std::path::PathBuf;
use std::process::ExitCode;

use whatson::newsletter::{make, state, Options};

use super::{parse_date, plural};

#[derive(clap::Args)]
pub struct Args {
    /// The first day it covers, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    from: Option<jiff::civil::Date>,
    /// How many weeks it covers (1 to 8)
    #[arg(long, default_value_t = 2)]
    weeks: u32,
    /// Only this language, e.g. ar (repeat for more) [default: every language]
    #[arg(long, value_name = "CODE")]
    lang: Vec<String>,
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
}

pub fn run(a: Args) -> ExitCode {
    let (made, d) = make(&Options {
        root: a.root,
        from: a.from,
        weeks: a.weeks,
        langs: a.lang,
    });
    for x in d.sorted() {
        eprintln!("{x}\n");
    }
    let m = match made {
        Ok(m) => m,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    for f in &m.files {
        let more = if f.left_out > 0 && f.path.ends_with(".html") {
            format!(
                ", {} more left for the website to keep it small",
                f.left_out
            )
        } else {
            String::new()
        };
        println!(
            "wrote {} ({:.1} KB, {} events{more})",
            f.path,
            f.bytes as f64 / 1024.0,
            f.listed
        );
    }
    let (n, c) = (m.issue.new.len(), m.issue.changed.len());
    println!(
        "Newsletter from {} for {} week{}: new since the last one: {n}, changed: {c}. Recorded in {}: commit it, then run `whatson build` to publish its page {}. Paste the .html file into your e-mail tool as HTML; the .txt file is its plain-text version.",
        m.issue.date,
        m.issue.weeks,
        plural(m.issue.weeks as usize),
        state::FILE,
        m.page
    );
    ExitCode::SUCCESS
}
