//! The `whatson` command line: one thin module per command in `cli/`, each
//! reading its options, calling the library and saying what happened.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cli;

// Rendering and typesetting make many small, short-lived allocations on every
// core; mimalloc's per-thread heaps make them cheaper than the system allocator's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Builds a multilingual "what's on" website for family events from simple
/// content files (YAML and Markdown).
#[derive(Parser)]
#[command(name = "whatson", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the website into public/ (the old site is replaced only if the build succeeds)
    Build(cli::build::Args),
    /// Check everything without writing the site: errors, warnings, and what is
    /// left to translate (exits non-zero only on errors)
    Check(cli::check::Args),
    /// Preview the site at http://127.0.0.1:<port>/; pages reload when a file is saved
    Serve(cli::serve::Args),
    /// Start a new event, festival, venue or page from a commented template
    New(cli::new::Args),
    /// Make a new site folder that builds as it is: settings, theme, interface
    /// words, a .gitignore and ready publishing files (GitHub Pages, Netlify)
    Init(cli::init::Args),
    /// Make the e-mail newsletter: the coming weeks' events and what is new or
    /// changed since the last one, as e-mail HTML and plain text per language,
    /// in newsletter/<date>/ (run `whatson build` after it to publish its web page)
    Newsletter(cli::newsletter::Args),
    /// Export what is left to translate as a spreadsheet (CSV), and import it back
    #[command(subcommand)]
    Translations(cli::translations::Command),
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Build(a) => cli::build::run(a),
        Command::Check(a) => cli::check::run(a),
        Command::Serve(a) => cli::serve::run(a),
        Command::New(a) => cli::new::run(a),
        Command::Init(a) => cli::init::run(a),
        Command::Newsletter(a) => cli::newsletter::run(a),
        Command::Translations(c) => cli::translations::run(c),
    }
}
