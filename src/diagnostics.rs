//! Findings about the content, addressed to the comms officer who wrote it.
//!
//! Every stage pushes into one [`Diagnostics`] list instead of returning on the
//! first problem, so a single run reports everything that needs fixing.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One finding: where it is, what is wrong, and what to write instead.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the site root, with `/` separators (e.g. `content/events/x.md`).
    pub file: String,
    /// 1-based; a finding about a whole file is at line 1.
    pub line: usize,
    /// 1-based.
    pub column: usize,
    pub message: String,
    /// What to do about it, in plain words.
    pub fix: Option<String>,
    /// The offending source line, when known.
    #[serde(skip)]
    pub snippet: Option<String>,
}

impl Diagnostic {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(
            f,
            "{label}: {}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )?;
        if let Some(snippet) = &self.snippet {
            let number = self.line.to_string();
            let pad = " ".repeat(number.len());
            writeln!(f, " {number} | {snippet}")?;
            let caret_at = snippet
                .chars()
                .take(self.column.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect::<String>();
            writeln!(f, " {pad} | {caret_at}^")?;
        }
        if let Some(fix) = &self.fix {
            writeln!(f, "  fix: {fix}")?;
        }
        Ok(())
    }
}

/// A source file's text, kept so findings can quote the line they point at.
#[derive(Debug, Clone)]
pub struct Source {
    /// Display path, relative to the site root.
    pub display: String,
    pub path: PathBuf,
    pub text: String,
}

impl Source {
    pub fn line_text(&self, line: usize) -> Option<&str> {
        self.text.lines().nth(line.checked_sub(1)?)
    }
}

/// What to retype on a line holding characters that look like others:
/// invisible spaces and curly quotes where YAML needs straight ones.
fn lookalike_hint(line: &str) -> Option<String> {
    let invisible = [
        ('\u{a0}', "a non-breaking space"),
        ('\u{200b}', "a zero-width space"),
        ('\u{2060}', "a word joiner"),
        ('\u{feff}', "a zero-width no-break space"),
    ];
    if let Some((_, name)) = invisible.iter().find(|(c, _)| line.contains(*c)) {
        return Some(format!(
            "this line holds {name}, an invisible character that looks like a space or nothing (often pasted from a document or an email): delete the spaces around the words and type them again"
        ));
    }
    let value = line
        .split_once(':')
        .map(|(_, v)| v.trim_start())
        .unwrap_or("");
    let value = value.strip_prefix("- ").unwrap_or(value);
    if value.starts_with(['\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}', '\u{ab}']) {
        return Some(
            "this value starts with a curly quote (“ or ‘) from a word processor; to quote a value, use straight quotes: \"…\"".into(),
        );
    }
    None
}

/// Where in a source a finding points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

impl Pos {
    pub const FILE: Pos = Pos { line: 1, column: 1 };

    pub fn new(line: usize, column: usize) -> Self {
        Pos {
            line: line.max(1),
            column: column.max(1),
        }
    }

    /// The line and column (in characters) of byte `offset` in `text`.
    pub fn at_offset(text: &str, offset: usize) -> Self {
        let before = text.get(..offset.min(text.len())).unwrap_or(text);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Pos::new(line, column)
    }
}

/// The findings of one run, in the order they were found.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    /// An error in `src` at `pos`, quoting the line.
    pub fn error(
        &mut self,
        src: &Source,
        pos: Pos,
        message: impl Into<String>,
        fix: Option<String>,
    ) {
        self.at(Severity::Error, src, pos, message, fix);
    }

    pub fn warning(
        &mut self,
        src: &Source,
        pos: Pos,
        message: impl Into<String>,
        fix: Option<String>,
    ) {
        self.at(Severity::Warning, src, pos, message, fix);
    }

    pub fn at(
        &mut self,
        severity: Severity,
        src: &Source,
        pos: Pos,
        message: impl Into<String>,
        fix: Option<String>,
    ) {
        let snippet = src.line_text(pos.line).map(str::to_owned);
        // Text pasted from a word processor or an email looks right and is
        // not: say so first, or the fix quotes back what seems correct.
        let fix = match (snippet.as_deref().and_then(lookalike_hint), fix) {
            (Some(hint), Some(fix)) => Some(format!(
                "{hint}; if the line is still wrong after that: {fix}"
            )),
            (Some(hint), None) => Some(hint),
            (None, fix) => fix,
        };
        self.push(Diagnostic {
            severity,
            file: src.display.clone(),
            line: pos.line,
            column: pos.column,
            message: message.into(),
            fix,
            snippet,
        });
    }

    /// A finding about a file that could not be read or has no source text.
    pub fn file_error(&mut self, display: &str, message: impl Into<String>, fix: Option<String>) {
        self.push(Diagnostic {
            severity: Severity::Error,
            file: display.to_owned(),
            line: 1,
            column: 1,
            message: message.into(),
            fix,
            snippet: None,
        });
    }

    pub fn file_warning(&mut self, display: &str, message: impl Into<String>, fix: Option<String>) {
        self.push(Diagnostic {
            severity: Severity::Warning,
            file: display.to_owned(),
            line: 1,
            column: 1,
            message: message.into(),
            fix,
            snippet: None,
        });
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Findings sorted by file, then line, errors before warnings at the same place:
    /// stable output whatever order the stages ran in.
    pub fn sorted(&self) -> Vec<Diagnostic> {
        let mut v = self.items.clone();
        v.sort_by(|a, b| {
            (&a.file, a.line, a.column, a.severity, &a.message)
                .cmp(&(&b.file, b.line, b.column, b.severity, &b.message))
        });
        v.dedup();
        v
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }
}

/// `content/events/x.md` style display path for `path` under `root`.
pub fn display_path(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a, I>(word: &str, candidates: I) -> Option<String>
where
    I: IntoIterator<Item = &'a str>,
{
    let lower = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&lower, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_field_names() {
        let fields = ["starts", "ends", "venue", "title"];
        assert_eq!(did_you_mean("start", fields).as_deref(), Some("starts"));
        assert_eq!(did_you_mean("Venu", fields).as_deref(), Some("venue"));
        assert_eq!(did_you_mean("colour", fields), None);
    }

    #[test]
    fn display_names_file_line_and_fix() {
        let src = Source {
            display: "content/events/a.md".into(),
            path: PathBuf::from("a.md"),
            text: "---\nstart: 2026-01-01 10:00\n---\n".into(),
        };
        let mut d = Diagnostics::new();
        d.error(
            &src,
            Pos::new(2, 1),
            "unknown field `start`",
            Some("did you mean `starts`?".into()),
        );
        let shown = d.sorted()[0].to_string();
        assert!(shown.starts_with("error: content/events/a.md:2:1: unknown field `start`"));
        assert!(shown.contains(" 2 | start: 2026-01-01 10:00"));
        assert!(shown.contains("fix: did you mean `starts`?"));
    }
}
