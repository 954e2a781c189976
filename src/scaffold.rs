//! `whatson new event|festival|venue|page <id>`: a commented starter file that
//! builds as it is, filled in from flags where given.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::diagnostics::{display_path, Diagnostics};
use crate::load::{self, Kind};
use crate::translations::{write_atomically, yaml_str};
use crate::Now;

/// What to put in the new file; everything but the id is optional.
#[derive(Debug, Clone, Default)]
pub struct NewOptions {
    pub title: Option<String>,
    pub summary: Option<String>,
    pub venue: Option<String>,
    pub festival: Option<String>,
    /// `YYYY-MM-DD HH:MM` for events, `YYYY-MM-DD` for festivals.
    pub starts: Option<String>,
    pub ends: Option<String>,
    pub area: Option<String>,
    pub address: Option<String>,
    pub now: Now,
}

/// An option `new` needs for a kind of file and was not given: it is never
/// made up, because a guessed venue or date would be published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Need {
    /// `--venue`
    pub flag: &'static str,
    /// What to ask a person at a terminal.
    pub question: String,
    /// A value to show in the refusal, e.g. `"2027-08-04 10:30"`.
    pub example: String,
}

impl NewOptions {
    /// Sets the option named by `flag` (as in [`Need::flag`]).
    pub fn set(&mut self, flag: &str, value: String) {
        let slot = match flag {
            "--venue" => &mut self.venue,
            "--starts" => &mut self.starts,
            "--ends" => &mut self.ends,
            "--area" => &mut self.area,
            "--address" => &mut self.address,
            "--title" => &mut self.title,
            "--summary" => &mut self.summary,
            "--festival" => &mut self.festival,
            _ => return,
        };
        *slot = Some(value);
    }
}

/// The options a new `kind` file needs that `o` does not give, in the order
/// to ask for them (an event's end is needed once its start has a time).
pub fn needs(root: &Path, kind: Kind, o: &NewOptions) -> Vec<Need> {
    let mut d = Diagnostics::new();
    let loaded = load::load(root, &mut d);
    let ids = |k: Kind| -> Vec<String> {
        loaded
            .files
            .iter()
            .filter(|f| f.kind == k && f.lang.is_none())
            .map(|f| f.id.clone())
            .collect()
    };
    let mut out = Vec::new();
    let need = |flag, question: &str, example: &str| Need {
        flag,
        question: question.to_owned(),
        example: example.to_owned(),
    };
    match kind {
        Kind::Event => {
            if o.venue.is_none() {
                let venues = ids(Kind::Venue);
                let example = venues
                    .first()
                    .cloned()
                    .unwrap_or("myatts-fields-park".into());
                out.push(need(
                    "--venue",
                    &format!(
                        "Where is it? A venue's file name, one of: {}",
                        venues.join(", ")
                    ),
                    &example,
                ));
            }
            if o.starts.is_none() {
                out.push(need(
                    "--starts",
                    "When does it start? Year-month-day and time, e.g. 2027-08-04 10:30 (a date alone means all day)",
                    "\"2027-08-04 10:30\"",
                ));
            }
            // An all-day event ends the day it starts unless told otherwise.
            let timed = o.starts.as_ref().is_none_or(|s| s.trim().len() > 10);
            if timed && o.ends.is_none() {
                out.push(need(
                    "--ends",
                    "When does it end? The time, e.g. 12:00",
                    "12:00",
                ));
            }
        }
        Kind::Festival => {
            if o.starts.is_none() {
                out.push(need(
                    "--starts",
                    "What is its first day? Year-month-day, e.g. 2027-07-21",
                    "2027-07-21",
                ));
            }
            if o.ends.is_none() {
                out.push(need(
                    "--ends",
                    "What is its last day? Year-month-day, e.g. 2027-09-01",
                    "2027-09-01",
                ));
            }
        }
        Kind::Venue => {
            let content = crate::validate::validate(&loaded, &mut Diagnostics::new());
            let areas = content.map(|c| c.site.areas).unwrap_or_default();
            if o.area.is_none() && areas.len() > 1 {
                out.push(need(
                    "--area",
                    &format!("Which area is it in? One of: {}", areas.join(", ")),
                    &format!("\"{}\"", areas[0]),
                ));
            }
            if o.address.is_none() {
                out.push(need(
                    "--address",
                    "What is its street address? e.g. Cormont Road, London",
                    "\"Cormont Road, London\"",
                ));
            }
        }
        Kind::Page | Kind::QrSheet => {}
    }
    out
}

/// The refusal when options are missing and nobody can be asked.
pub fn refusal(kind: Kind, id: &str, missing: &[Need]) -> String {
    let flags: Vec<&str> = missing.iter().map(|n| n.flag).collect();
    let example: Vec<String> = missing
        .iter()
        .map(|n| format!("{} {}", n.flag, n.example))
        .collect();
    format!(
        "`whatson new {} {id}` needs {} (they are not guessed, so nothing made up is published); run it again with them, e.g. `whatson new {} {id} {}`, or run it in a terminal to be asked",
        kind_word(kind),
        flags.join(", "),
        kind_word(kind),
        example.join(" ")
    )
}

fn kind_word(kind: Kind) -> &'static str {
    match kind {
        Kind::Event => "event",
        Kind::Festival => "festival",
        Kind::Venue => "venue",
        Kind::Page => "page",
        Kind::QrSheet => "qr-sheet",
    }
}

/// Writes `content/<kind>/<id>.<ext>`, checks it, and returns its path. The file
/// is removed again (and the problems returned) if it would not build. Every
/// value it had to guess is marked `# EXAMPLE`, and its example texts are
/// errors in `build` and `check` until they are edited.
pub fn new_file(root: &Path, kind: Kind, id: &str, o: &NewOptions) -> Result<PathBuf, String> {
    if kind == Kind::QrSheet {
        return Err("`whatson new` makes events, festivals, venues and pages".into());
    }
    if !load::is_valid_id(id) {
        return Err(format!(
            "`{id}` cannot be used as an id: use lowercase letters, digits and `-` (it becomes the page address), e.g. `circus-day-2027`"
        ));
    }
    let mut d = Diagnostics::new();
    let loaded = load::load(root, &mut d);
    if loaded.site.is_none() {
        return Err(format!(
            "there is no site in {} (no content/site.yaml); run this in the site's folder or pass --root",
            root.display()
        ));
    }
    if let Some(f) = loaded
        .files
        .iter()
        .find(|f| f.kind == kind && f.id == id && f.lang.is_none())
    {
        return Err(format!(
            "{} already exists; choose another id or edit that file",
            f.source.display
        ));
    }
    let missing = needs(root, kind, o);
    if !missing.is_empty() {
        return Err(refusal(kind, id, &missing));
    }
    let content = crate::validate::validate(&loaded, &mut Diagnostics::new());
    let site = content.as_ref().map(|c| &c.site);
    let ids = |k: Kind| -> Vec<String> {
        loaded
            .files
            .iter()
            .filter(|f| f.kind == k && f.lang.is_none())
            .map(|f| f.id.clone())
            .collect()
    };
    const EX: &str = crate::validate::placeholder::MARKER;
    // A title made from the id is a guess too.
    let title_line = |field: &str| match &o.title {
        Some(t) => format!("{field}: {}\n", yaml_str(t)),
        None => format!("{field}: {}   {EX}\n", yaml_str(&title_from_id(id))),
    };
    let summary_line = |example: &str| match &o.summary {
        Some(t) => format!("summary: {}\n", yaml_str(t)),
        None => format!("summary: {}   {EX}\n", yaml_str(example)),
    };
    let body = |kind: Kind| {
        crate::validate::placeholder::BODIES
            .iter()
            .find(|(k, _, _)| *k == kind)
            .map_or("", |(_, t, _)| t)
    };
    let ext = if kind.is_yaml() { "yaml" } else { "md" };
    let mut text = String::new();
    match kind {
        Kind::Event => {
            let venues = ids(Kind::Venue);
            let venue = match &o.venue {
                Some(v) if venues.contains(v) => v.clone(),
                Some(v) => {
                    return Err(format!(
                        "there is no venue `{v}`; the venues are: {} (or make one with `whatson new venue {v}`)",
                        venues.join(", ")
                    ))
                }
                None => return Err(refusal(kind, id, &needs(root, kind, o))),
            };
            if venues.is_empty() {
                return Err("an event needs a venue and this site has none yet: make one first with `whatson new venue <id>`".into());
            }
            if let Some(f) = &o.festival {
                if !ids(Kind::Festival).contains(f) {
                    return Err(format!("there is no festival `{f}` in content/festivals/"));
                }
            }
            let starts = o.starts.clone().unwrap_or_default();
            let ends = o.ends.clone().unwrap_or_else(|| starts.trim().to_owned());
            text.push_str("---\n");
            text.push_str(
                "# A new event. Lines starting with # are notes: the site ignores them.\n",
            );
            text.push_str("# The file name is the page address: content/events/<id>.md.\n");
            let _ = writeln!(text, "# Lines ending `{EX}` hold a guess or an example: check each, change it\n# if needed, then delete `{EX}`. Until then the site is not built.");
            text.push_str(&title_line("title"));
            text.push_str("# One line, shown in listings and on leaflets:\n");
            text.push_str(&summary_line("One line about what happens."));
            match &o.festival {
                Some(f) => {
                    let _ = writeln!(text, "festival: {f}");
                }
                None => text
                    .push_str("# festival: summer-festival-2027   # if it is part of a festival\n"),
            }
            let _ = writeln!(
                text,
                "venue: {venue}   # a file name in content/venues/, without .yaml"
            );
            let _ = writeln!(
                text,
                "starts: {}   # year-month-day hours:minutes (24-hour clock)",
                starts.trim()
            );
            let _ = writeln!(
                text,
                "ends: {}   # or `duration: 90m`; a date alone means all day",
                ends.trim()
            );
            text.push_str("# Ages in whole years (0-4, 2-3); `bump` for pregnancy, `bump-1`:\n");
            let _ = writeln!(text, "ages: 0-4   {EX}");
            text.push_str("# `free`, or a price such as `£2`:\n");
            let _ = writeln!(text, "cost: free   {EX}");
            text.push_str("# No booking needed; or delete this line and add the booking link:\n");
            let _ = writeln!(text, "drop_in: true   {EX}");
            text.push_str("# booking: https://www.eventbrite.co.uk/e/123456789\n");
            text.push_str("# accessibility: Step-free, baby changing.\n");
            text.push_str("# spoken_languages: [en]\n");
            text.push_str("# A weekly activity also says how it repeats:\n");
            text.push_str("# repeats:\n#   every: week            # `week`, `2 weeks` or `month`\n#   until: 2027-07-20      # the last session\n#   except: [2026-12-22]   # no session on these dates\n");
            let _ = writeln!(text, "---\n{}", body(Kind::Event));
        }
        Kind::Festival => {
            let starts = o.starts.clone().unwrap_or_default();
            let ends = o.ends.clone().unwrap_or_default();
            text.push_str("---\n# A new festival. Events join it with `festival: ");
            text.push_str(id);
            text.push_str("`.\n");
            let _ = writeln!(text, "# Lines ending `{EX}` hold a guess or an example: check each, change it\n# if needed, then delete `{EX}`. Until then the site is not built.");
            text.push_str(&title_line("title"));
            text.push_str(&summary_line("One line about the festival."));
            let _ = writeln!(
                text,
                "starts: {}   # first day, year-month-day",
                starts.trim()
            );
            let _ = writeln!(text, "ends: {}     # last day", ends.trim());
            text.push_str("# The festival's own colours: `primary` for banners and headings,\n# `accent` for buttons.\n");
            text.push_str("look:\n");
            let _ = writeln!(text, "  primary: \"#f4a300\"   {EX}");
            let _ = writeln!(text, "  accent: \"#1d3557\"   {EX}");
            text.push_str("  # image: banner.jpg    # optional, next to this file, at most 2000 pixels wide\n");
            let _ = writeln!(text, "---\n{}", body(Kind::Festival));
        }
        Kind::Venue => {
            let areas: Vec<String> = site.map(|s| s.areas.clone()).unwrap_or_default();
            let area = match &o.area {
                Some(a) if areas.is_empty() || areas.contains(a) => a.clone(),
                Some(a) => {
                    return Err(format!(
                        "`{a}` is not one of the site's areas: {}",
                        areas.join(", ")
                    ))
                }
                None => match areas.as_slice() {
                    [only] => only.clone(),
                    [] => return Err("content/site.yaml has no `areas`; add them first, e.g. `areas: [Stockwell, Vassall]`".into()),
                    _ => return Err(refusal(kind, id, &needs(root, kind, o))),
                },
            };
            let address = o.address.clone().unwrap_or_default();
            text.push_str("# A new venue. Events refer to it with `venue: ");
            text.push_str(id);
            text.push_str("`.\n");
            let _ = writeln!(text, "# Lines ending `{EX}` hold a guess: check each, change it if needed,\n# then delete `{EX}`. Until then the site is not built.");
            text.push_str(&title_line("name"));
            let _ = writeln!(text, "address: {}", yaml_str(&address));
            text.push_str("# postcode: SE5 9RA\n");
            let _ = writeln!(text, "area: {area}   # one of `areas` in content/site.yaml");
            text.push_str("# location: [51.4747, -0.1036]   # latitude, longitude (from a map)\n");
            text.push_str("# accessibility: Step-free entrance; baby changing.\n");
        }
        Kind::Page => {
            text.push_str("---\n");
            let _ = writeln!(
                text,
                "# Lines ending `{EX}` hold a guess: check, then delete `{EX}`."
            );
            text.push_str(&title_line("title"));
            match &o.summary {
                Some(s) => {
                    let _ = writeln!(text, "summary: {}", yaml_str(s));
                }
                None => text.push_str("# summary: One line about this page.\n"),
            }
            let _ = writeln!(text, "---\n{}", body(Kind::Page));
        }
        Kind::QrSheet => {}
    }
    let path = root
        .join("content")
        .join(kind.folder())
        .join(format!("{id}.{ext}"));
    write_atomically(&path, &text)
        .map_err(|e| format!("could not write {}: {e}", path.display()))?;
    // It must build as it is: check the site with the new file in it.
    let shown = display_path(root, &path);
    let mut d = Diagnostics::new();
    let loaded = load::load(root, &mut d);
    let _ = crate::validate::validate(&loaded, &mut d);
    // Its examples are errors until edited; anything else would not build.
    let problems: Vec<String> = d
        .sorted()
        .into_iter()
        .filter(|x| {
            x.is_error()
                && x.file == shown
                && !x
                    .message
                    .starts_with(crate::validate::placeholder::MESSAGE_START)
        })
        .map(|x| x.to_string())
        .collect();
    if !problems.is_empty() {
        let _ = std::fs::remove_file(&path);
        return Err(format!(
            "the new file would not build, so it was not kept:\n{}",
            problems.join("")
        ));
    }
    Ok(path)
}

/// `circus-day-2027` → `Circus day 2027`.
fn title_from_id(id: &str) -> String {
    let words = id.replace('-', " ");
    let mut c = words.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => words,
    }
}

/// `event` → [`Kind::Event`], for the command line.
pub fn parse_kind(s: &str) -> Result<Kind, String> {
    match s {
        "event" => Ok(Kind::Event),
        "festival" => Ok(Kind::Festival),
        "venue" => Ok(Kind::Venue),
        "page" => Ok(Kind::Page),
        other => Err(format!(
            "`{other}` is not something `whatson new` makes: use event, festival, venue or page"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_from_ids() {
        assert_eq!(title_from_id("circus-day-2027"), "Circus day 2027");
    }
}
