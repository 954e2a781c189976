//! What the commands share: how they read dates and questions, and how they
//! colour and count in what they print.

use std::io::IsTerminal;

pub mod build;
pub mod check;
pub mod init;
pub mod new;
pub mod newsletter;
pub mod serve;
pub mod translations;

/// `--from 2027-09-06` and the like.
pub fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    s.trim()
        .parse()
        .map_err(|_| format!("`{s}` is not a date: write it as YYYY-MM-DD, e.g. 2027-09-06"))
}

/// Colour only for a person at a terminal.
pub fn colour_for(stream_is_terminal: bool) -> bool {
    stream_is_terminal
        && std::env::var_os("NO_COLOR").is_none()
        && std::env::var_os("CI").is_none()
        && std::env::var("TERM").map_or(true, |t| t != "dumb")
}

/// `s` with its `error` or `warning` label in red or yellow, when `colour`.
pub fn paint(s: &str, error: bool, colour: bool) -> String {
    if !colour {
        return s.to_owned();
    }
    let (code, label) = if error {
        ("31", "error")
    } else {
        ("33", "warning")
    };
    s.replacen(label, &format!("\x1b[1;{code}m{label}\x1b[0m"), 1)
}

pub fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Whether a person is there to answer questions.
pub fn can_ask() -> bool {
    std::io::stdin().is_terminal()
}

/// Asks `question` on the terminal; `None` when the answer is empty or the
/// input has ended.
pub fn ask(question: &str) -> Option<String> {
    eprint!("{question}\n> ");
    let mut line = String::new();
    if std::io::stdin().read_line(&mut line).unwrap_or(0) == 0 {
        return None;
    }
    let answer = line.trim();
    (!answer.is_empty()).then(|| answer.to_owned())
}
