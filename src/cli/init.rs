//! `whatson init`: a new site folder that builds as it is.

use std::path::PathBuf;
use std::process::ExitCode;

use whatson::init::{init, needs, InitOptions, RELEASES};

use super::{ask, can_ask};

#[derive(clap::Args)]
pub struct Args {
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
}

pub fn run(a: Args) -> ExitCode {
    let mut o = InitOptions {
        title: a.title,
        base_url: a.base_url,
        timezone: a.timezone,
        releases: a.releases,
    };
    if can_ask() {
        for (flag, question, _) in needs(&o) {
            let Some(answer) = ask(question) else {
                eprintln!("error: nothing was written: {flag} is needed");
                return ExitCode::FAILURE;
            };
            match flag {
                "--title" => o.title = Some(answer),
                _ => o.base_url = Some(answer),
            }
        }
    }
    match init(&a.dir, &o) {
        Ok(files) => {
            println!(
                "Made the site folder {} ({} files). Next: `cd {}`, `whatson build` to see it in public/, then `whatson new venue <id>` and `whatson new event <id>` to add your own.",
                a.dir.display(),
                files.len(),
                a.dir.display()
            );
            if o.releases.is_none() && RELEASES.is_none() {
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
