//! Progress for long builds: a spinner naming the stage, on a terminal only.
//! Nothing is shown when output is piped, in CI (`CI` set) or with `NO_COLOR`/
//! `TERM=dumb`, so logs stay clean.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

/// A stage display that is silent when not on a terminal.
pub struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    /// Shows progress on stderr if it is an interactive terminal.
    pub fn on_terminal() -> Progress {
        let interactive = std::io::stderr().is_terminal()
            && std::env::var_os("CI").is_none()
            && std::env::var("TERM").map_or(true, |t| t != "dumb");
        if !interactive {
            return Progress::hidden();
        }
        let bar = ProgressBar::new_spinner();
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
            bar.set_style(style);
        }
        bar.enable_steady_tick(Duration::from_millis(100));
        Progress { bar: Some(bar) }
    }

    pub fn hidden() -> Progress {
        Progress { bar: None }
    }

    /// Names the stage now running.
    pub fn stage(&self, what: &str) {
        if let Some(b) = &self.bar {
            b.set_message(what.to_owned());
        }
    }

    /// Removes the spinner before the summary is printed.
    pub fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}
