//! The newsletter record, `content/newsletters.yaml`: every issue sent, and a
//! fingerprint of each event's file as the last issue saw it. Committed with
//! the content, it tells the next issue which events are new or changed and
//! tells the build which newsletters have a web page.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use jiff::civil::Date;
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diagnostics::{Diagnostics, Pos, Source};
use crate::load::{is_valid_id, Kind, Loaded};

/// Where the record lives, from the site folder.
pub const FILE: &str = "content/newsletters.yaml";

/// How many weeks one newsletter may cover.
pub const MAX_WEEKS: u32 = 8;

const HEADER: &str = "\
# Every newsletter made with `whatson newsletter`, and a fingerprint of each
# event's file as the last one saw it (so the next one can say what is new or
# changed). `whatson newsletter` writes this file: commit it with the content,
# and do not edit it by hand. Each issue has a page on the site.
";

/// One newsletter issue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// The first day it covers (also its name: `newsletter/<date>/`).
    pub date: Date,
    pub weeks: u32,
    /// Events whose file first appeared with this issue.
    pub new: Vec<String>,
    /// Events whose file changed since the issue before.
    pub changed: Vec<String>,
}

/// The whole record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// Oldest first.
    pub issues: Vec<Issue>,
    /// Each event's fingerprint when the latest issue was made.
    pub seen: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIssue {
    date: Spanned<String>,
    weeks: u32,
    #[serde(default)]
    new: Vec<String>,
    #[serde(default)]
    changed: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    issues: Vec<RawIssue>,
    #[serde(default)]
    seen: BTreeMap<String, String>,
}

fn restore_fix() -> String {
    format!("this file is written by `whatson newsletter`: put back the last committed version (e.g. `git checkout {FILE}`) rather than editing it")
}

/// Reads the record; `None` (with an error in `d`) when it is not one
/// `whatson newsletter` wrote.
pub fn parse(src: &Source, d: &mut Diagnostics) -> Option<State> {
    let raw: Raw = crate::load::read_record(src, "the newsletter record", restore_fix(), d)?;
    let mut state = State {
        issues: Vec::new(),
        seen: BTreeMap::new(),
    };
    for r in raw.issues {
        let pos = crate::load::yaml_pos(&r.date.referenced, 0);
        let date = r.date.value.parse::<Date>().ok();
        let ids_ok = r.new.iter().chain(&r.changed).all(|i| is_valid_id(i));
        let after_last = |date: Date| state.issues.last().is_none_or(|l: &Issue| l.date < date);
        match date {
            Some(date) if ids_ok && (1..=MAX_WEEKS).contains(&r.weeks) && after_last(date) => {
                state.issues.push(Issue {
                    date,
                    weeks: r.weeks,
                    new: r.new,
                    changed: r.changed,
                })
            }
            _ => {
                d.error(
                    src,
                    pos,
                    format!(
                        "the newsletter record's issue `{}` is not one `whatson newsletter` wrote (a date YYYY-MM-DD later than the issue before, 1 to {MAX_WEEKS} weeks, event ids)",
                        r.date.value
                    ),
                    Some(restore_fix()),
                );
                return None;
            }
        }
    }
    for (id, hash) in raw.seen {
        if !is_valid_id(&id) || hash.len() != 16 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            d.error(
                src,
                Pos::FILE,
                format!("the newsletter record's fingerprint for `{id}` is not one `whatson newsletter` wrote"),
                Some(restore_fix()),
            );
            return None;
        }
        state.seen.insert(id, hash);
    }
    Some(state)
}

/// The record as `whatson newsletter` writes it: one line per issue and per
/// event, sorted, so its diff says what changed.
pub fn to_text(state: &State) -> String {
    let mut out = String::from(HEADER);
    let list = |ids: &[String]| {
        ids.iter()
            .map(|i| format!("\"{i}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    out.push_str("issues:\n");
    for i in &state.issues {
        let _ = writeln!(
            out,
            "  - {{ date: \"{}\", weeks: {}, new: [{}], changed: [{}] }}",
            i.date,
            i.weeks,
            list(&i.new),
            list(&i.changed)
        );
    }
    out.push_str("seen:\n");
    for (id, hash) in &state.seen {
        let _ = writeln!(out, "  \"{id}\": \"{hash}\"");
    }
    out
}

/// A fingerprint of each event's own file (not its translations: a new
/// translation does not make an event "changed" for readers).
pub fn fingerprints(loaded: &Loaded) -> BTreeMap<String, String> {
    loaded
        .files
        .iter()
        .filter(|f| f.kind == Kind::Event && f.lang.is_none())
        .map(|f| {
            let text = f.source.text.replace("\r\n", "\n");
            (
                f.id.clone(),
                format!("{:016x}", xxhash_rust::xxh3::xxh3_64(text.as_bytes())),
            )
        })
        .collect()
}

/// Records an issue from `date` for `weeks` weeks, given the events' files
/// now. New and changed are counted against the issue before; the first
/// issue has nothing to compare with, so it names none. Making the latest
/// issue again keeps what it named and adds what changed since. An issue
/// before the latest is refused (the record runs forward).
pub fn record(
    state: &mut State,
    date: Date,
    weeks: u32,
    now: BTreeMap<String, String>,
) -> Result<Issue, String> {
    let (mut new, mut changed) = (Vec::new(), Vec::new());
    let redo = match state.issues.last() {
        Some(last) if last.date > date => {
            return Err(format!(
                "the newsletter of {} has been made already; a newsletter can only start on or after it",
                last.date
            ))
        }
        Some(last) if last.date == date => {
            new.clone_from(&last.new);
            changed.clone_from(&last.changed);
            true
        }
        _ => false,
    };
    if !state.issues.is_empty() {
        for (id, hash) in &now {
            match state.seen.get(id) {
                None if !new.contains(id) => new.push(id.clone()),
                Some(old) if old != hash && !new.contains(id) && !changed.contains(id) => {
                    changed.push(id.clone())
                }
                _ => {}
            }
        }
    }
    // Only events that still exist.
    new.retain(|id| now.contains_key(id));
    changed.retain(|id| now.contains_key(id));
    new.sort();
    changed.sort();
    let issue = Issue {
        date,
        weeks,
        new,
        changed,
    };
    if redo {
        state.issues.pop();
    }
    state.issues.push(issue.clone());
    state.seen = now;
    Ok(issue)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(text: &str) -> Source {
        Source {
            display: FILE.into(),
            path: FILE.into(),
            text: text.into(),
        }
    }

    fn fp(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn new_and_changed_are_counted_against_the_issue_before() {
        let mut s = State::default();
        let d1: Date = "2026-12-01".parse().unwrap();
        let first = record(&mut s, d1, 2, fp(&[("a", "1"), ("b", "2")])).unwrap();
        assert!(first.new.is_empty() && first.changed.is_empty());
        let d2: Date = "2026-12-15".parse().unwrap();
        let second = record(&mut s, d2, 2, fp(&[("a", "1"), ("b", "9"), ("c", "3")])).unwrap();
        assert_eq!(second.new, vec!["c"]);
        assert_eq!(second.changed, vec!["b"]);
        // Made again the same day after another edit: both kept, one added.
        let again = record(&mut s, d2, 2, fp(&[("a", "5"), ("b", "9"), ("c", "4")])).unwrap();
        assert_eq!(again.new, vec!["c"]);
        assert_eq!(again.changed, vec!["a", "b"]);
        assert_eq!(s.issues.len(), 2);
        assert!(record(&mut s, d1, 2, fp(&[])).is_err());
    }

    #[test]
    fn the_record_reads_back_what_it_wrote_and_refuses_edits() {
        let mut s = State::default();
        let h = "0123456789abcdef";
        record(&mut s, "2026-12-01".parse().unwrap(), 2, fp(&[("a", h)])).unwrap();
        record(
            &mut s,
            "2026-12-15".parse().unwrap(),
            3,
            fp(&[("a", h), ("b", h)]),
        )
        .unwrap();
        let text = to_text(&s);
        let mut d = Diagnostics::new();
        assert_eq!(parse(&src(&text), &mut d), Some(s));
        assert!(d.is_empty());
        let broken = text.replace("2026-12-15", "2026-11-15");
        assert_eq!(parse(&src(&broken), &mut d), None);
        let e = d.iter().next().unwrap();
        assert_eq!(e.line, 7, "the second issue's line");
        assert!(e.message.contains("2026-11-15"), "{}", e.message);
    }
}
