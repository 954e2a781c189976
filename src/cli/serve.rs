//! `whatson serve`: the live preview.

use std::path::PathBuf;
use std::process::ExitCode;

use whatson::Now;

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    /// The port to listen on (0 picks a free one)
    #[arg(long, default_value_t = 8000)]
    port: u16,
    /// Preview as if it were this local time [default: now]
    #[arg(long, value_name = "\"YYYY-MM-DD HH:MM\"", value_parser = Now::parse)]
    now: Option<Now>,
}

pub fn run(a: Args) -> ExitCode {
    let opts = whatson::serve::ServeOptions {
        root: a.root,
        port: a.port,
        now: a.now.unwrap_or_default(),
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
