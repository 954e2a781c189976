//! `whatson translations export|import`: what is left to translate, as a
//! spreadsheet, and back.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use whatson::translations::{export, import, load_site, status, write_atomically};
use whatson::Now;

use super::plural;

#[derive(Subcommand)]
pub enum Command {
    /// Write a CSV of every text missing or outdated in one language
    Export {
        /// The language code, e.g. pt
        #[arg(long)]
        lang: String,
        /// The file to write [default: translations-<lang>.csv]
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
        /// Events and festivals that have ended by this local time are left
        /// out [default: now]
        #[arg(long, value_name = "\"YYYY-MM-DD HH:MM\"", value_parser = Now::parse)]
        now: Option<Now>,
    },
    /// Read a filled-in CSV and write the translation files
    Import {
        /// The CSV made by `export`, with the translation column filled in
        file: PathBuf,
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
    },
}

pub fn run(c: Command) -> ExitCode {
    match c {
        Command::Export {
            lang,
            out,
            root,
            now,
        } => run_export(&lang, out, &root, now.unwrap_or_default()),
        Command::Import { file, root } => run_import(&file, &root),
    }
}

fn run_export(lang: &str, out: Option<PathBuf>, root: &std::path::Path, now: Now) -> ExitCode {
    let (loaded, content) = match load_site(root) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let mut status = status(&loaded, &content);
    status.leave_out_ended(&content, &now.resolve(&content.site.timezone));
    let out = out.unwrap_or_else(|| PathBuf::from(format!("translations-{lang}.csv")));
    let mut buf = Vec::new();
    let summary = match export(&status, lang, &mut buf) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = write_atomically(&out, &String::from_utf8_lossy(&buf)) {
        eprintln!("error: could not write {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    let ended = match summary.ended_items {
        0 => String::new(),
        1 => "; 1 event or festival that has ended is left out".to_owned(),
        n => format!("; {n} events and festivals that have ended are left out"),
    };
    println!(
        "Wrote {}: {} texts to translate ({} items missing, {} outdated{ended}). Fill in the `translation` column, save as CSV (UTF-8), then run `whatson translations import {}`.",
        out.display(),
        summary.rows,
        summary.missing_items,
        summary.outdated_items,
        out.display()
    );
    ExitCode::SUCCESS
}

fn run_import(file: &std::path::Path, root: &std::path::Path) -> ExitCode {
    match import(root, file) {
        Ok(s) => {
            for w in &s.written {
                println!("wrote {w}");
            }
            for o in &s.still_outdated {
                println!("note: the original of {o} changed after the export; its translation was saved but is still marked outdated (export again to update it)");
            }
            println!(
                "Imported {} of {} rows into {} file{} ({} rows had no translation and were left alone).",
                s.rows - s.skipped,
                s.rows,
                s.written.len(),
                plural(s.written.len()),
                s.skipped
            );
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("error: {e}");
            }
            eprintln!(
                "Nothing was imported: {} problem{} in {}. Fix them and import again.",
                errors.len(),
                plural(errors.len()),
                file.display()
            );
            ExitCode::FAILURE
        }
    }
}
