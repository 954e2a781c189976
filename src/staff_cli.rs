//! The comms-staff commands: `check`, `serve`, `new`, `init`, `newsletter`
//! and `translations`.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};
use whatson::Now;

#[derive(Subcommand)]
pub enum StaffCommand {
    /// Check everything without writing the site: errors, warnings, and what is
    /// left to translate (exits non-zero only on errors)
    Check {
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
    },
    /// Preview the site at http://127.0.0.1:<port>/; pages reload when a file is saved
    Serve {
        #[arg(long, value_name = "DIR", default_value = ".")]
        root: PathBuf,
        /// The port to listen on (0 picks a free one)
        #[arg(long, default_value_t = 8000)]
        port: u16,
        /// Preview as if it were this local time [default: now]
        #[arg(long, value_name = "\"YYYY-MM-DD HH:MM\"", value_parser = Now::parse)]
        now: Option<Now>,
    },
    /// Start a new event, festival, venue or page from a commented template
    New {
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
    },
    /// Make a new site folder that builds as it is: settings, theme, interface
    /// words, a .gitignore and ready publishing files (GitHub Pages, Netlify)
    Init {
        /// The new folder (it must not exist, or be empty)
        dir: PathBuf,
        /// The site's name, e.g. "What's On in Lambeth"
        #[arg(long)]
        title: Option<String>,
        /// The web address it will be published at, e.g. https://whatson.example.org/
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// The time zone of every time in the content [default: Europe/London]
        #[arg(long)]
        timezone: Option<String>,
        /// Where the publishing workflows download whatson from (its releases
        /// page) [default: where this copy of whatson was released]
        #[arg(long, value_name = "URL")]
        releases: Option<String>,
    },
    /// Make the e-mail newsletter: the coming weeks' events and what is new or
    /// changed since the last one, as e-mail HTML and plain text per language,
    /// in newsletter/<date>/ (run `whatson build` after it to publish its web page)
    Newsletter {
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
    },
    /// Export what is left to translate as a spreadsheet (CSV), and import it back
    #[command(subcommand)]
    Translations(TranslationsCommand),
}

#[derive(Subcommand)]
pub enum TranslationsCommand {
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

fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    s.trim()
        .parse()
        .map_err(|_| format!("`{s}` is not a date; write it as YYYY-MM-DD, e.g. 2026-12-07"))
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// Colour only for a person at a terminal.
fn colour_for(stream_is_terminal: bool) -> bool {
    stream_is_terminal
        && std::env::var_os("NO_COLOR").is_none()
        && std::env::var_os("CI").is_none()
        && std::env::var("TERM").map_or(true, |t| t != "dumb")
}

pub fn run(c: StaffCommand) -> ExitCode {
    match c {
        StaffCommand::Check {
            root,
            now,
            format,
            translations,
        } => {
            let report = whatson::check::check(&root, now.unwrap_or_default());
            match format {
                Format::Json => println!("{}", whatson::check::to_json(&report)),
                Format::Text => print!(
                    "{}",
                    whatson::check::to_text(
                        &report,
                        colour_for(std::io::stdout().is_terminal()),
                        translations
                    )
                ),
            }
            if report.has_errors() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        StaffCommand::Serve { root, port, now } => {
            let opts = whatson::serve::ServeOptions {
                root,
                port,
                now: now.unwrap_or_default(),
            };
            let result = whatson::serve::serve(&opts, |addr| {
                println!("Previewing the site at http://{addr}/ (press Ctrl+C to stop)");
            });
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        StaffCommand::New {
            kind,
            id,
            root,
            title,
            summary,
            venue,
            festival,
            starts,
            ends,
            area,
            address,
            now,
        } => {
            let mut opts = whatson::scaffold::NewOptions {
                title,
                summary,
                venue,
                festival,
                starts,
                ends,
                area,
                address,
                now: now.unwrap_or_default(),
            };
            // What it needs and was not given is asked for at a terminal;
            // otherwise `new_file` refuses, naming the options.
            if std::io::stdin().is_terminal() {
                let mut asked = 0;
                while let Some(need) = whatson::scaffold::needs(&root, kind, &opts)
                    .into_iter()
                    .next()
                {
                    // Each question once: a second time means the answer did not fit.
                    asked += 1;
                    if asked > 8 {
                        break;
                    }
                    eprint!("{}\n> ", need.question);
                    let mut line = String::new();
                    if std::io::stdin().read_line(&mut line).unwrap_or(0) == 0
                        || line.trim().is_empty()
                    {
                        eprintln!(
                            "error: nothing was written: `{}` is needed (or give it as {} …)",
                            need.flag, need.flag
                        );
                        return ExitCode::FAILURE;
                    }
                    opts.set(need.flag, line.trim().to_owned());
                }
            }
            match whatson::scaffold::new_file(&root, kind, &id, &opts) {
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
        StaffCommand::Init {
            dir,
            title,
            base_url,
            timezone,
            releases,
        } => {
            let mut o = whatson::init::InitOptions {
                title,
                base_url,
                timezone,
                releases,
            };
            if std::io::stdin().is_terminal() {
                for (flag, question, _) in whatson::init::needs(&o) {
                    eprint!("{question}\n> ");
                    let mut line = String::new();
                    if std::io::stdin().read_line(&mut line).unwrap_or(0) == 0
                        || line.trim().is_empty()
                    {
                        eprintln!("error: nothing was written: {flag} is needed");
                        return ExitCode::FAILURE;
                    }
                    let v = Some(line.trim().to_owned());
                    match flag {
                        "--title" => o.title = v,
                        _ => o.base_url = v,
                    }
                }
            }
            match whatson::init::init(&dir, &o) {
                Ok(files) => {
                    println!(
                        "Made the site folder {} ({} files). Next: `cd {}`, `whatson build` to see it in public/, then `whatson new venue <id>` and `whatson new event <id>` to add your own.",
                        dir.display(),
                        files.len(),
                        dir.display()
                    );
                    if o.releases.is_none() && whatson::init::RELEASES.is_none() {
                        println!("note: this copy of whatson was not made by the release workflow, so the publishing files do not know where to download it: set WHATSON_RELEASES in .github/workflows/publish.yml (and netlify.toml), or run init with --releases https://github.com/<owner>/whatson/releases");
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        StaffCommand::Newsletter {
            from,
            weeks,
            lang,
            root,
        } => {
            let (made, d) = whatson::newsletter::make(&whatson::newsletter::Options {
                root,
                from,
                weeks,
                langs: lang,
            });
            for x in d.sorted() {
                eprintln!("{x}\n");
            }
            match made {
                Ok(m) => {
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
                        if m.issue.weeks == 1 { "" } else { "s" },
                        whatson::newsletter::state::FILE,
                        m.page
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        StaffCommand::Translations(TranslationsCommand::Export {
            lang,
            out,
            root,
            now,
        }) => {
            let (loaded, content) = match whatson::translations::load_site(&root) {
                Ok(x) => x,
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::FAILURE;
                }
            };
            let mut status = whatson::translations::status(&loaded, &content);
            let now = now.unwrap_or_default().resolve(&content.site.timezone);
            status.leave_out_ended(&content, &now);
            let out = out.unwrap_or_else(|| PathBuf::from(format!("translations-{lang}.csv")));
            let mut buf = Vec::new();
            let summary = match whatson::translations::export(&status, &lang, &mut buf) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::FAILURE;
                }
            };
            let text = String::from_utf8_lossy(&buf);
            if let Err(e) = whatson::translations::write_atomically(&out, &text) {
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
        StaffCommand::Translations(TranslationsCommand::Import { file, root }) => {
            match whatson::translations::import(&root, &file) {
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
                        if s.written.len() == 1 { "" } else { "s" },
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
                        if errors.len() == 1 { "" } else { "s" },
                        file.display()
                    );
                    ExitCode::FAILURE
                }
            }
        }
    }
}
