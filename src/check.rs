//! `whatson check`: every finding of a build (without writing `public/`), extra
//! warnings that help comms staff keep the listings tidy, and a translation
//! status table per language.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use jiff::Zoned;
use serde::Serialize;

use crate::diagnostics::{Diagnostic, Diagnostics, Pos, Source};
use crate::expand::{self, Occurrence};
use crate::load::{self, ContentFile, Kind, Loaded};
use crate::model::{Content, ImageRef};
use crate::translations::{self, Counts, Status, UnitKind};
use crate::Now;

/// Event pictures wider or heavier than this are more than anything made from
/// them needs (pages use copies at most 960 pixels wide): they only slow the
/// build and fill the content folder.
pub const IMAGE_MAX: Fit = Fit {
    width: 2000,
    bytes: 500 * 1024,
};
/// Festival pictures are also printed across the top of leaflets, from the
/// original: an A4 page at 300 dpi needs about 2,600 pixels.
pub const FESTIVAL_IMAGE_MAX: Fit = Fit {
    width: 3000,
    bytes: 2 * 1024 * 1024,
};

/// The largest sensible picture for one use.
pub struct Fit {
    pub width: u32,
    pub bytes: u64,
}

/// What `check` found.
pub struct Report {
    pub diagnostics: Diagnostics,
    /// `None` when the content was too broken to tell.
    pub translations: Option<Status>,
    /// False when errors stopped the extra checks.
    pub complete: bool,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.has_errors()
    }
}

/// Runs the whole build in memory (nothing is written) and the extra checks.
pub fn check(root: &Path, now: Now) -> Report {
    let (generated, mut d) = crate::generate(root, now);
    // The build does not hand back what it loaded; loading again is cheap and
    // gives the extra checks each file's text to quote, and the texts to look
    // for pictures in (positions of fields come from the model's origins).
    let mut scratch = Diagnostics::new();
    let loaded = load::load(root, &mut scratch);
    let (content, now) = match generated {
        Some(g) => (Some(g.content), Some(g.now)),
        None => {
            let c = crate::validate::validate(&loaded, &mut scratch);
            match c {
                Some(c) if !scratch.has_errors() => {
                    let z = resolve(now, &c.site.timezone);
                    (Some(c), Some(z))
                }
                _ => (None, None),
            }
        }
    };
    let (Some(content), Some(now)) = (content, now) else {
        return Report {
            diagnostics: d,
            translations: None,
            complete: false,
        };
    };
    extra_warnings(&loaded, &content, &now, &mut d);
    let status = translations::status(&loaded, &content);
    Report {
        diagnostics: d,
        translations: Some(status),
        complete: true,
    }
}

fn resolve(now: Now, tz: &jiff::tz::TimeZone) -> Zoned {
    match now {
        Now::Clock => Zoned::now().with_time_zone(tz.clone()),
        Now::Local(dt) => dt
            .to_zoned(tz.clone())
            .unwrap_or_else(|_| Zoned::now().with_time_zone(tz.clone())),
    }
}

/// The warnings the build itself does not give. Booking links that are missing
/// or not https are already warned about by validation.
pub fn extra_warnings(loaded: &Loaded, content: &Content, now: &Zoned, d: &mut Diagnostics) {
    let originals: BTreeMap<(Kind, &str), &ContentFile> = loaded
        .files
        .iter()
        .filter(|f| f.lang.is_none())
        .map(|f| ((f.kind, f.id.as_str()), &**f))
        .collect();
    let src = |kind: Kind, id: &str| originals.get(&(kind, id)).map(|f| &f.source);
    let expanded = expand::expand(content, now);
    let today = now.date();

    for e in content.events.values() {
        let Some(source) = src(Kind::Event, &e.id) else {
            continue;
        };
        let sessions: Vec<&Occurrence> = expanded.for_event(&e.id).collect();
        if let Some(fid) = &e.festival {
            if let Some(f) = content.festivals.get(fid) {
                // Sessions outside the festival's dates.
                let outside: Vec<&&Occurrence> = sessions
                    .iter()
                    .filter(|o| {
                        let last = if o.all_day {
                            o.end.date().yesterday().unwrap_or(o.end.date())
                        } else {
                            o.end.date()
                        };
                        o.date() < f.starts || last > f.ends
                    })
                    .collect();
                if let Some(first) = outside.first() {
                    let more = match outside.len() {
                        1 => String::new(),
                        n => format!(" (and {} more sessions)", n - 1),
                    };
                    d.warning(
                        source,
                        e.origin.pos_or_file("starts"),
                        format!(
                            "this event is on {}{more}, outside the dates of the festival `{fid}` ({} to {})",
                            first.date(),
                            f.starts,
                            f.ends
                        ),
                        Some(format!("check the date; or the festival's dates in content/festivals/{fid}.md; if it is not part of the festival, delete the `festival:` line")),
                    );
                }
                // Finished, but the festival is still running or to come.
                let last = sessions.iter().map(|o| &o.end).max();
                if let Some(last) = last {
                    if last <= now && f.ends >= today {
                        d.warning(
                            source,
                            e.origin.pos_or_file("festival"),
                            format!(
                                "this event is over (its last session was on {}) but is still listed in the festival `{fid}`, which runs until {}",
                                last.date(),
                                f.ends
                            ),
                            Some("if it has moved, change `starts`; if it is over, delete this file and its translations (or the `festival:` line)".into()),
                        );
                    }
                }
            }
        }
        if let Some(img) = &e.image {
            image_warning(source, e.origin.pos_or_file("image"), img, &IMAGE_MAX, d);
        }
    }
    for f in content.festivals.values() {
        if let (Some(img), Some(source)) = (&f.look.image, src(Kind::Festival, &f.id)) {
            let pos = f.origin.pos_or_file("look.image");
            image_warning(source, pos, img, &FESTIVAL_IMAGE_MAX, d);
        }
    }

    // Venues no event uses.
    let used: BTreeSet<&str> = content.events.values().map(|e| e.venue.as_str()).collect();
    for v in content.venues.values() {
        if used.contains(v.id.as_str()) {
            continue;
        }
        if let Some(source) = src(Kind::Venue, &v.id) {
            d.warning(
                source,
                Pos::FILE,
                format!("no event takes place at `{}`", v.id),
                Some(format!("that is fine if events there are coming; otherwise delete {} and its translations", source.display)),
            );
        }
    }

    clashes(
        content,
        &expanded.occurrences,
        now,
        &|id| src(Kind::Event, id),
        d,
    );

    for f in &loaded.files {
        body_picture_warnings(f, d);
    }
}

/// Pictures written into a text (`![map](map.png)`) are not published with
/// the site, so a relative one shows as a broken image.
fn body_picture_warnings(f: &ContentFile, d: &mut Diagnostics) {
    if f.body.trim().is_empty() {
        return;
    }
    let start = f.source.text.rfind(f.body.as_str()).unwrap_or(0);
    let parser = pulldown_cmark::Parser::new(&f.body).into_offset_iter();
    for (event, range) in parser {
        let dest = match &event {
            pulldown_cmark::Event::Start(pulldown_cmark::Tag::Image { dest_url, .. }) => {
                dest_url.to_string()
            }
            _ => continue,
        };
        // A whole address (with its scheme; `C:` is a drive, not one) or one
        // from the site's root is fine.
        if url::Url::parse(&dest).is_ok_and(|u| u.scheme().len() > 1) || dest.starts_with('/') {
            continue;
        }
        d.warning(
            &f.source,
            Pos::at_offset(&f.source.text, start + range.start),
            format!("the picture `{dest}` in this text will not show: pictures inside a text are not published with the site"),
            Some(match f.kind {
                Kind::Event | Kind::Festival => "give the picture's full web address (https://…), or show it with `image:` at the top of the file".into(),
                _ => "give the picture's full web address (https://…)".into(),
            }),
        );
    }
}

fn image_warning(source: &Source, pos: Pos, img: &ImageRef, max: &Fit, d: &mut Diagnostics) {
    let bytes = std::fs::metadata(&img.path).map(|m| m.len()).unwrap_or(0);
    if img.width <= max.width && bytes <= max.bytes {
        return;
    }
    let name = img
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    d.warning(
        source,
        pos,
        format!(
            "the picture `{name}` is {}×{} pixels and {} KB: larger than the site needs, so every build is slower and the content folder grows",
            img.width,
            img.height,
            bytes.div_ceil(1024)
        ),
        Some(format!(
            "save a copy at most {} pixels wide and under {} KB (JPEG quality 80 is plenty) and use that",
            max.width,
            max.bytes / 1024
        )),
    );
}

/// Two different (not cancelled) events at one venue at overlapping times, from
/// now on. Reported once per pair, on the first event's file.
fn clashes<'a>(
    content: &Content,
    occurrences: &[Occurrence],
    now: &Zoned,
    src: &dyn Fn(&str) -> Option<&'a Source>,
    d: &mut Diagnostics,
) {
    let mut by_venue: BTreeMap<&str, Vec<&Occurrence>> = BTreeMap::new();
    for o in occurrences {
        let Some(e) = content.events.get(&o.event) else {
            continue;
        };
        if o.all_day || e.cancelled || o.end <= *now {
            continue;
        }
        by_venue.entry(e.venue.as_str()).or_default().push(o);
    }
    // (first id, second id) → (first clash, how many)
    let mut pairs: BTreeMap<(&str, &str), (&Occurrence, &Occurrence, usize)> = BTreeMap::new();
    for list in by_venue.values() {
        for (i, a) in list.iter().enumerate() {
            for b in &list[i + 1..] {
                if b.start >= a.end {
                    break;
                }
                if a.event == b.event {
                    continue;
                }
                let (x, y) = if a.event < b.event { (a, b) } else { (b, a) };
                pairs
                    .entry((x.event.as_str(), y.event.as_str()))
                    .and_modify(|p| p.2 += 1)
                    .or_insert((x, y, 1));
            }
        }
    }
    for ((first, second), (x, y, n)) in pairs {
        let (Some(source), Some(event)) = (src(first), content.events.get(first)) else {
            continue;
        };
        let pos = event.origin.pos_or_file("starts");
        let venue = content
            .venues
            .get(&event.venue)
            .map(|v| v.name.default.clone())
            .unwrap_or_default();
        let more = if n > 1 {
            format!(", and {} more times", n - 1)
        } else {
            String::new()
        };
        d.warning(
            source,
            pos,
            format!(
                "this event overlaps with `{second}` at {venue}: {} {}–{} and {}–{}{more}",
                x.date(),
                x.start.strftime("%H:%M"),
                x.end.strftime("%H:%M"),
                y.start.strftime("%H:%M"),
                y.end.strftime("%H:%M"),
            ),
            Some("if they really share the venue at the same time (different rooms), ignore this; otherwise check the times and the `venue`".into()),
        );
    }
}

// ---------------------------------------------------------------- output

/// Plain text (or ANSI-coloured) report.
/// The report for a person: the translations first (a line per language, or
/// with `full_table` the whole table), then every finding, then the verdict,
/// so the findings are what stays on screen.
pub fn to_text(report: &Report, colour: bool, full_table: bool) -> String {
    let mut out = String::new();
    if let Some(status) = &report.translations {
        if full_table {
            out.push_str(&status_table(status, colour));
        } else {
            out.push_str(&status_summary(status, colour));
        }
        if !status.languages.is_empty() {
            out.push('\n');
        }
    }
    for d in report.diagnostics.sorted() {
        out.push_str(&paint(&d, colour));
        out.push('\n');
    }
    let (e, w) = (
        report.diagnostics.error_count(),
        report.diagnostics.warning_count(),
    );
    let s = |n: usize| if n == 1 { "" } else { "s" };
    if e > 0 {
        let _ = writeln!(
            out,
            "{}: {e} error{} and {w} warning{}. The site would not build; fix the errors above.",
            bold("Check failed", colour),
            s(e),
            s(w)
        );
        if !report.complete {
            out.push_str("Some checks (festival dates, clashes, unused venues, pictures, translations) run once the errors are fixed.\n");
        }
    } else if w > 0 {
        let _ = writeln!(
            out,
            "Check passed with {w} warning{}: the site builds; the warnings are worth a look.",
            s(w)
        );
    } else {
        out.push_str("Check passed: no problems found.\n");
    }
    out
}

fn bold(s: &str, colour: bool) -> String {
    if colour {
        format!("\x1b[1m{s}\x1b[0m")
    } else {
        s.to_owned()
    }
}

fn paint(d: &Diagnostic, colour: bool) -> String {
    let s = d.to_string();
    if !colour {
        return s;
    }
    let (code, label) = if d.is_error() {
        ("31", "error")
    } else {
        ("33", "warning")
    };
    let s = s.replacen(label, &format!("\x1b[1;{code}m{label}\x1b[0m"), 1);
    s.replacen("  fix:", "  \x1b[1;32mfix:\x1b[0m", 1)
}

/// One line per language: how much is translated, and what is left.
pub fn status_summary(status: &Status, colour: bool) -> String {
    let mut out = String::new();
    if status.languages.is_empty() {
        return out;
    }
    let counts = status.counts();
    let _ = writeln!(out, "{}", bold("Translations", colour));
    let width = status
        .languages
        .iter()
        .map(|(c, n)| c.chars().count() + n.chars().count() + 3)
        .max()
        .unwrap_or(0);
    for (code, name) in &status.languages {
        let total = counts.get(code).map_or(Counts::default(), |per| {
            per.values().fold(Counts::default(), |a, c| Counts {
                translated: a.translated + c.translated,
                outdated: a.outdated + c.outdated,
                missing: a.missing + c.missing,
            })
        });
        let share = (total.translated * 100)
            .checked_div(total.total())
            .unwrap_or(100);
        let label = format!("{code} ({name})");
        let pad = width.saturating_sub(label.chars().count());
        let _ = writeln!(
            out,
            "  {label}{:pad$}  {share:>3}% translated, {} outdated, {} missing",
            "", total.outdated, total.missing
        );
    }
    out.push_str("  (the table by kind: `whatson check --translations`; a spreadsheet of what is left: `whatson translations export --lang <code>`)\n");
    out
}

/// The per-language table of translated, outdated and missing texts.
pub fn status_table(status: &Status, colour: bool) -> String {
    let mut out = String::new();
    if status.languages.is_empty() {
        return out;
    }
    let counts = status.counts();
    let _ = writeln!(
        out,
        "{}",
        bold(
            "Translations (outdated: the original changed after it was translated)",
            colour
        )
    );
    let _ = writeln!(
        out,
        "  {:<22} {:>10} {:>9} {:>8}",
        "", "translated", "outdated", "missing"
    );
    for (code, name) in &status.languages {
        let _ = writeln!(out, "  {}", bold(&format!("{code} ({name})"), colour));
        let Some(per) = counts.get(code) else {
            continue;
        };
        for kind in UnitKind::ALL {
            let c = per.get(&kind).copied().unwrap_or_default();
            if c.total() == 0 {
                continue;
            }
            let missing = if colour && c.missing > 0 {
                format!("\x1b[33m{:>8}\x1b[0m", c.missing)
            } else {
                format!("{:>8}", c.missing)
            };
            let outdated = if colour && c.outdated > 0 {
                format!("\x1b[33m{:>9}\x1b[0m", c.outdated)
            } else {
                format!("{:>9}", c.outdated)
            };
            let _ = writeln!(
                out,
                "    {:<20} {:>10} {outdated} {missing}",
                kind.plural(),
                c.translated
            );
        }
        let todo = per.values().map(|c| c.missing + c.outdated).sum::<usize>();
        if todo > 0 {
            let _ = writeln!(
                out,
                "    → `whatson translations export --lang {code}` makes a spreadsheet of what is left"
            );
        }
    }
    out
}

#[derive(Serialize)]
struct JsonReport<'a> {
    ok: bool,
    errors: usize,
    warnings: usize,
    complete: bool,
    diagnostics: Vec<Diagnostic>,
    translations: Option<BTreeMap<String, BTreeMap<&'a str, Counts>>>,
}

/// The report as JSON, for scripts and CI.
pub fn to_json(report: &Report) -> String {
    let translations = report.translations.as_ref().map(|s| {
        s.counts()
            .into_iter()
            .map(|(lang, per)| {
                (
                    lang,
                    per.into_iter()
                        .map(|(k, c)| (k.name(), c))
                        .collect::<BTreeMap<_, _>>(),
                )
            })
            .collect()
    });
    let j = JsonReport {
        ok: !report.has_errors(),
        errors: report.diagnostics.error_count(),
        warnings: report.diagnostics.warning_count(),
        complete: report.complete,
        diagnostics: report.diagnostics.sorted(),
        translations,
    };
    serde_json::to_string_pretty(&j).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
