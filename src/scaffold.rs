//! `whatson new event|festival|venue|page <id>`: a commented starter file that
//! builds as it is, filled in from flags where given.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

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

/// Writes `content/<kind>/<id>.<ext>`, checks it, and returns its path. The file
/// is removed again (and the problems returned) if it would not build.
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
    let content = crate::validate::validate(&loaded, &mut Diagnostics::new());
    let site = content.as_ref().map(|c| &c.site);
    let today = match o.now {
        Now::Local(dt) => dt.date(),
        Now::Clock => {
            let tz = site
                .map(|s| s.timezone.clone())
                .unwrap_or(jiff::tz::TimeZone::UTC);
            jiff::Zoned::now().with_time_zone(tz).date()
        }
    };
    let in_days = |n: i64| {
        today
            .checked_add(jiff::Span::new().days(n))
            .unwrap_or(today)
    };
    let ids = |k: Kind| -> Vec<String> {
        loaded
            .files
            .iter()
            .filter(|f| f.kind == k && f.lang.is_none())
            .map(|f| f.id.clone())
            .collect()
    };
    let title = o.title.clone().unwrap_or_else(|| title_from_id(id));
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
                None => venues.first().cloned().ok_or(
                    "an event needs a venue and this site has none yet: make one first with `whatson new venue <id>`",
                )?,
            };
            if let Some(f) = &o.festival {
                if !ids(Kind::Festival).contains(f) {
                    return Err(format!("there is no festival `{f}` in content/festivals/"));
                }
            }
            let starts = o
                .starts
                .clone()
                .unwrap_or_else(|| format!("{} 10:00", next_saturday(in_days(7))));
            let ends = o.ends.clone().unwrap_or_else(|| {
                if starts.trim().len() == 10 {
                    starts.trim().to_owned()
                } else {
                    "11:30".to_owned()
                }
            });
            text.push_str("---\n");
            text.push_str(
                "# A new event. Lines starting with # are notes: the site ignores them.\n",
            );
            text.push_str("# The file name is the page address: content/events/<id>.md.\n");
            let _ = writeln!(text, "title: {}", yaml_str(&title));
            let _ = writeln!(
                text,
                "summary: {}   # one line, shown in listings and on leaflets",
                yaml_str(
                    o.summary
                        .as_deref()
                        .unwrap_or("One line about what happens.")
                )
            );
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
            text.push_str("ages: 0-4            # whole years; `bump` for pregnancy, `bump-1`\n");
            text.push_str("cost: free           # or a price such as `£2`\n");
            text.push_str(
                "drop_in: true        # no booking needed; or delete this line and add:\n",
            );
            text.push_str("# booking: https://www.eventbrite.co.uk/e/123456789\n");
            text.push_str("# accessibility: Step-free, baby changing.\n");
            text.push_str("# spoken_languages: [en]\n");
            text.push_str("# A weekly activity also says how it repeats:\n");
            text.push_str("# repeats:\n#   every: week            # `week`, `2 weeks` or `month`\n#   until: 2027-07-20      # the last session\n#   except: [2026-12-22]   # no session on these dates\n");
            text.push_str("---\nWhat to expect and what to bring (Markdown: **bold**, - lists, [links](https://…)).\n");
        }
        Kind::Festival => {
            let starts = o.starts.clone().unwrap_or_else(|| in_days(30).to_string());
            let start_date: Option<Date> = starts.trim().parse().ok();
            let ends = o.ends.clone().unwrap_or_else(|| {
                start_date
                    .and_then(|s| s.checked_add(jiff::Span::new().days(41)).ok())
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| starts.clone())
            });
            text.push_str("---\n# A new festival. Events join it with `festival: ");
            text.push_str(id);
            text.push_str("`.\n");
            let _ = writeln!(text, "title: {}", yaml_str(&title));
            let _ = writeln!(
                text,
                "summary: {}",
                yaml_str(
                    o.summary
                        .as_deref()
                        .unwrap_or("One line about the festival.")
                )
            );
            let _ = writeln!(
                text,
                "starts: {}   # first day, year-month-day",
                starts.trim()
            );
            let _ = writeln!(text, "ends: {}     # last day", ends.trim());
            text.push_str("look:                    # the festival's own colours\n");
            text.push_str("  primary: \"#f4a300\"     # banners and headings\n");
            text.push_str("  accent: \"#1d3557\"      # buttons\n");
            text.push_str("  # image: banner.jpg    # optional, next to this file, at most 2000 pixels wide\n");
            text.push_str("---\nWhat the festival is about (Markdown).\n");
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
                None => areas.first().cloned().ok_or(
                    "content/site.yaml has no `areas`; add them first, e.g. `areas: [Stockwell, Vassall]`",
                )?,
            };
            text.push_str("# A new venue. Events refer to it with `venue: ");
            text.push_str(id);
            text.push_str("`.\n");
            let _ = writeln!(text, "name: {}", yaml_str(&title));
            let _ = writeln!(
                text,
                "address: {}",
                yaml_str(o.address.as_deref().unwrap_or("1 Example Road, London"))
            );
            text.push_str("# postcode: SE5 9RA\n");
            let _ = writeln!(text, "area: {area}   # one of `areas` in content/site.yaml");
            text.push_str("# location: [51.4747, -0.1036]   # latitude, longitude (from a map)\n");
            text.push_str("# accessibility: Step-free entrance; baby changing.\n");
        }
        Kind::Page => {
            text.push_str("---\n");
            let _ = writeln!(text, "title: {}", yaml_str(&title));
            match &o.summary {
                Some(s) => {
                    let _ = writeln!(text, "summary: {}", yaml_str(s));
                }
                None => text.push_str("# summary: One line about this page.\n"),
            }
            text.push_str("---\nThe page's text (Markdown).\n");
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
    let problems: Vec<String> = d
        .sorted()
        .into_iter()
        .filter(|x| x.is_error() && x.file == shown)
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

fn next_saturday(from: Date) -> Date {
    let mut d = from;
    while d.weekday() != jiff::civil::Weekday::Saturday {
        d = d.tomorrow().unwrap_or(d);
    }
    d
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
        assert_eq!(
            next_saturday(jiff::civil::date(2026, 11, 23)),
            jiff::civil::date(2026, 11, 28)
        );
    }
}
