//! Stage 2: check the raw records against the content contract and turn them into
//! the [`model`](crate::model). Every problem becomes a [`Diagnostic`] naming the
//! file, line and fix; checking goes on after a problem so one run reports all.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use serde::Deserialize;
use serde_saphyr::Spanned;
use url::Url;

use crate::diagnostics::{did_you_mean, Diagnostics, Pos, Source};
use crate::load::{parse_fields, parse_yaml, yaml_pos, ContentFile, Fields, Kind, Loaded, S};
use crate::model::*;

/// Images larger than this are refused: parents are on limited data plans, and
/// the build resizes from the original.
pub const MAX_IMAGE_BYTES: u64 = 10 * 1024 * 1024;
pub const MAX_IMAGE_SIDE: u32 = 8000;

// ---------------------------------------------------------------- raw records

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    title: Option<S>,
    base_url: Option<S>,
    timezone: Option<S>,
    default_language: Option<S>,
    languages: Option<Spanned<Vec<Spanned<RawLanguage>>>>,
    areas: Option<Vec<S>>,
    theme: Option<S>,
    booking_tracking: Option<BTreeMap<String, S>>,
    region: Option<S>,
    listing_weeks: Option<S>,
    print: Option<Spanned<RawPrint>>,
}

/// `print:` in site.yaml: leaflets and QR sheets.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrint {
    paper: Option<S>,
    bleed_mm: Option<S>,
    qr_target: Option<S>,
}

const SITE_FIELDS: Fields = Fields {
    all: &[
        "title",
        "base_url",
        "timezone",
        "default_language",
        "languages",
        "areas",
        "theme",
        "booking_tracking",
        "region",
        "listing_weeks",
        "print",
    ],
    translatable: &[],
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    code: Option<S>,
    name: Option<S>,
    dir: Option<S>,
    locale: Option<S>,
}

#[derive(Deserialize)]
struct RawVenue {
    name: Option<S>,
    address: Option<S>,
    postcode: Option<S>,
    area: Option<S>,
    location: Option<Spanned<Vec<S>>>,
    accessibility: Option<S>,
}

const VENUE_FIELDS: Fields = Fields {
    all: &[
        "name",
        "address",
        "postcode",
        "area",
        "location",
        "accessibility",
    ],
    translatable: &["name", "accessibility", "translated_from"],
};

#[derive(Deserialize)]
struct RawFestival {
    title: Option<S>,
    summary: Option<S>,
    starts: Option<S>,
    ends: Option<S>,
    look: Option<Spanned<RawLook>>,
}

const FESTIVAL_FIELDS: Fields = Fields {
    all: &["title", "summary", "starts", "ends", "look"],
    translatable: &["title", "summary", "translated_from"],
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLook {
    primary: Option<S>,
    accent: Option<S>,
    text: Option<S>,
    image: Option<S>,
}

#[derive(Deserialize)]
struct RawEvent {
    title: Option<S>,
    summary: Option<S>,
    festival: Option<S>,
    venue: Option<S>,
    starts: Option<S>,
    ends: Option<S>,
    duration: Option<S>,
    ages: Option<S>,
    siblings_welcome: Option<S>,
    cost: Option<S>,
    booking: Option<S>,
    drop_in: Option<S>,
    flagship: Option<S>,
    tags: Option<Vec<S>>,
    spoken_languages: Option<Vec<S>>,
    accessibility: Option<S>,
    image: Option<S>,
    cancelled: Option<S>,
    repeats: Option<Spanned<RawRepeats>>,
}

pub(crate) const EVENT_FIELDS: Fields = Fields {
    all: &[
        "title",
        "summary",
        "festival",
        "venue",
        "starts",
        "ends",
        "duration",
        "ages",
        "siblings_welcome",
        "cost",
        "booking",
        "drop_in",
        "flagship",
        "tags",
        "spoken_languages",
        "accessibility",
        "image",
        "cancelled",
        "repeats",
    ],
    translatable: &["title", "summary", "accessibility", "translated_from"],
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRepeats {
    every: Option<S>,
    until: Option<S>,
    except: Option<Vec<S>>,
}

#[derive(Deserialize)]
struct RawPage {
    title: Option<S>,
    summary: Option<S>,
}

const PAGE_FIELDS: Fields = Fields {
    all: &["title", "summary"],
    translatable: &["title", "summary", "translated_from"],
};

#[derive(Deserialize)]
struct RawQrSheet {
    title: Option<S>,
    links: Option<Spanned<Vec<Spanned<RawQrLink>>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQrLink {
    label: Option<S>,
    url: Option<S>,
}

const QR_FIELDS: Fields = Fields {
    all: &["title", "links"],
    translatable: &["title", "links", "translated_from"],
};

// ---------------------------------------------------------------- helpers

/// A file being checked: its source and where its YAML starts.
struct Ctx<'a> {
    src: &'a Source,
    offset: usize,
}

impl Ctx<'_> {
    fn pos(&self, s: &S) -> Pos {
        yaml_pos(&s.referenced, self.offset)
    }

    fn pos_of<T>(&self, s: &Spanned<T>) -> Pos {
        yaml_pos(&s.referenced, self.offset)
    }

    fn required<'s>(
        &self,
        v: &'s Option<S>,
        field: &str,
        example: &str,
        d: &mut Diagnostics,
    ) -> Option<&'s S> {
        match v {
            Some(s) if !s.value.trim().is_empty() => Some(s),
            Some(s) => {
                d.error(
                    self.src,
                    self.pos(s),
                    format!("`{field}` is empty"),
                    Some(format!(
                        "write it after the colon, e.g. `{field}: {example}`"
                    )),
                );
                None
            }
            None => {
                match self.written_empty(field) {
                    // `primary: #f4a300`: YAML reads `#…` as a comment, so the
                    // field is there but empty. Say that, on its line.
                    Some((pos, rest)) if rest.starts_with('#') => d.error(
                        self.src,
                        pos,
                        format!("`{field}` is empty: YAML reads everything from `#` as a note, not a value"),
                        Some(format!("put the value in double quotes: `{field}: \"{rest}\"`")),
                    ),
                    Some((pos, _)) => d.error(
                        self.src,
                        pos,
                        format!("`{field}` is empty"),
                        Some(format!("write it after the colon, e.g. `{field}: {example}`")),
                    ),
                    None => d.error(
                        self.src,
                        Pos::FILE,
                        format!("the required field `{field}` is missing"),
                        Some(format!("add a line `{field}: {example}`")),
                    ),
                }
                None
            }
        }
    }

    /// Where `field:` is written with no value (or only a `#` comment) in this
    /// file's YAML: its position and whatever follows the colon.
    fn written_empty(&self, field: &str) -> Option<(Pos, String)> {
        let key = format!("{field}:");
        for (i, line) in self.src.text.lines().enumerate().skip(self.offset) {
            if i > self.offset && line.trim_end() == "---" {
                break;
            }
            let indent = line.len() - line.trim_start().len();
            if let Some(rest) = line.trim_start().strip_prefix(&key) {
                let rest = rest.trim();
                if rest.is_empty() || rest.starts_with('#') {
                    return Some((Pos::new(i + 1, indent + 1), rest.to_owned()));
                }
            }
        }
        None
    }

    fn boolean(&self, v: &Option<S>, field: &str, d: &mut Diagnostics) -> bool {
        let Some(s) = v else { return false };
        match s.value.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" => true,
            "false" | "no" | "" => false,
            other => {
                d.error(
                    self.src,
                    self.pos(s),
                    format!("`{field}` must be `true` or `false`, not `{other}`"),
                    Some(format!("write `{field}: true` or `{field}: false`")),
                );
                false
            }
        }
    }

    fn text(&self, v: &Option<S>) -> Option<String> {
        v.as_ref()
            .map(|s| s.value.trim().to_owned())
            .filter(|s| !s.is_empty())
    }

    /// An id reference (venue, festival) that must exist among `known`.
    fn reference(
        &self,
        s: &S,
        field: &str,
        noun: &str,
        folder: &str,
        known: &BTreeSet<String>,
        d: &mut Diagnostics,
    ) -> Option<String> {
        let id = s.value.trim();
        if known.contains(id) {
            return Some(id.to_owned());
        }
        let fix = match did_you_mean(id, known.iter().map(String::as_str)) {
            Some(m) => format!("did you mean `{field}: {m}`?"),
            None if known.is_empty() => {
                format!("add a file content/{folder}/{id}.* for it, or correct the id")
            }
            None => format!(
                "use the file name (without extension) of a file in content/{folder}/, e.g. `{field}: {}`",
                known.iter().next().map(String::as_str).unwrap_or("")
            ),
        };
        d.error(
            self.src,
            self.pos(s),
            format!("there is no {noun} `{id}`"),
            Some(fix),
        );
        None
    }
}

/// A date like `2026-08-04`, or a finding.
fn parse_date(s: &str) -> Result<Date, String> {
    let t = s.trim();
    if let Ok(d) = t.parse::<Date>() {
        if t.len() == 10 {
            return Ok(d);
        }
    }
    Err(date_fix(t, false))
}

/// What to write instead of an unreadable date or date-time.
fn date_fix(t: &str, with_time: bool) -> String {
    if let Some(fix) = impossible_date_or_time(t) {
        return fix;
    }
    let example = if with_time {
        "2026-08-04 10:30"
    } else {
        "2026-08-04"
    };
    // 04/08/2026 and 4-8-2026 are the usual British ways of writing dates.
    let mut parts = t.split(['/', '-', '.', ' ']);
    if let (Some(d), Some(m), Some(y)) = (parts.next(), parts.next(), parts.next()) {
        if let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u32>(), m.parse::<u32>(), y.parse::<u32>()) {
            if y > 1900 && (1..=12).contains(&m) && (1..=31).contains(&d) {
                let rest: Vec<&str> = t.split(' ').skip(1).collect();
                let time = rest.first().map(|r| format!(" {r}")).unwrap_or_default();
                return format!(
                    "write dates year first, with dashes: `{y:04}-{m:02}-{d:02}{time}`"
                );
            }
        }
    }
    format!(
        "write it as year-month-day{}, e.g. `{example}`",
        if with_time {
            " hours:minutes (24-hour clock)"
        } else {
            ""
        }
    )
}

/// A date or time written the right way round that does not exist
/// (`2027-02-30`, `24:00`, `10:75`, `2pm`): the fix says why.
fn impossible_date_or_time(t: &str) -> Option<String> {
    let lower = t.to_ascii_lowercase();
    if lower.ends_with("am") || lower.ends_with("pm") {
        return Some("use the 24-hour clock without am/pm: 9am is `09:00`, 2pm is `14:00`".into());
    }
    let (date, time) = match t.split_once([' ', 'T']) {
        Some((d, tm)) => (d, Some(tm.trim())),
        None if t.contains(':') => ("", Some(t)),
        None => (t, None),
    };
    let mut parts = date.split('-').map(|p| p.parse::<i16>().ok());
    if let (Some(Some(y)), Some(Some(m)), Some(Some(d)), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    {
        if !(1..=12).contains(&m) {
            return Some(format!(
                "there is no month {m}: months go from 01 to 12 (`{y}-MM-DD`)"
            ));
        }
        if let Ok(first) = Date::new(y, m as i8, 1) {
            let days = first.days_in_month();
            if d < 1 || d > i16::from(days) {
                let month = first.strftime("%B");
                return Some(format!("{month} {y} has {days} days: check the date"));
            }
        }
    }
    let (h, m) = time?.split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    if h == 24 && m == 0 {
        let next = date
            .parse::<Date>()
            .ok()
            .and_then(|d| d.tomorrow().ok())
            .map(|d| format!("`{d} 00:00`"))
            .unwrap_or_else(|| "`00:00` on the next day".into());
        return Some(format!(
            "midnight at the end of a day is written as the start of the next: {next}"
        ));
    }
    (h > 23 || m > 59).then(|| "hours go from 00 to 23 and minutes from 00 to 59".into())
}

enum When {
    Date(Date),
    DateTime(DateTime),
    Time(Time),
}

fn parse_when(s: &str, allow_time_only: bool) -> Result<When, String> {
    let t = s.trim();
    if t.len() == 10 {
        if let Ok(d) = t.parse::<Date>() {
            return Ok(When::Date(d));
        }
    }
    // `2026-08-04 10:30` (also `9:30`, and `T` as in ISO 8601).
    if let Some((date, time)) = t.split_once([' ', 'T']) {
        if let (10, Ok(d), Ok(tm)) = (date.len(), date.parse::<Date>(), parse_time(time.trim())) {
            return Ok(When::DateTime(d.to_datetime(tm)));
        }
    }
    if allow_time_only {
        if let Ok(tm) = parse_time(t) {
            return Ok(When::Time(tm));
        }
    }
    Err(date_fix(t, true))
}

fn parse_time(t: &str) -> Result<Time, ()> {
    let (h, m) = t.split_once(':').ok_or(())?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return Err(());
    }
    let h: i8 = h.parse().map_err(|_| ())?;
    let m: i8 = m.parse().map_err(|_| ())?;
    Time::new(h, m, 0, 0).map_err(|_| ())
}

/// What to write instead of an unreadable or impossible `duration`.
fn duration_fix(s: &str) -> String {
    let t: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let digits_then_unit = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if !t.is_empty()
        && digits_then_unit.chars().all(|c| c.is_ascii_digit())
        && t.len() == digits_then_unit.len()
    {
        return format!("add the unit: `duration: {t}m` (minutes) or `duration: {t}h` (hours)");
    }
    match parse_duration_unchecked(&t) {
        Some(0) => return "a session needs a length: e.g. `duration: 45m`".into(),
        Some(_) => return "a session lasts at most 14 days; for something longer give `starts` and `ends` as dates (all day)".into(),
        None => {}
    }
    "write minutes or hours, e.g. `duration: 90m`, `duration: 2h` or `duration: 1h30m`".into()
}

/// `90m`, `2h`, `1h30m` → minutes.
fn parse_duration(s: &str) -> Option<i64> {
    parse_duration_unchecked(s).filter(|total| *total > 0 && *total <= 14 * 24 * 60)
}

/// Minutes in `90m`, `2h`, `1h30m`, however many.
fn parse_duration_unchecked(s: &str) -> Option<i64> {
    let t: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let t = t.to_ascii_lowercase();
    let (hours, rest) = match t.split_once('h') {
        Some((h, rest)) => (h.parse::<i64>().ok()?, rest),
        None => (0, t.as_str()),
    };
    let minutes = match rest.strip_suffix('m').or(rest.strip_suffix("min")) {
        Some(m) => m.parse::<i64>().ok()?,
        None if rest.is_empty() => 0,
        None => return None,
    };
    hours.checked_mul(60)?.checked_add(minutes)
}

fn parse_ages(s: &str) -> Option<Ages> {
    let t = s.trim().to_ascii_lowercase().replace(' ', "");
    let t = t.replace(['–', '—'], "-");
    if t == "bump" {
        return Some(Ages::Bump);
    }
    if let Some(to) = t.strip_prefix("bump-") {
        return to.parse().ok().filter(|n| *n <= 18).map(Ages::BumpTo);
    }
    if let Some((a, b)) = t.split_once('-') {
        let (a, b): (u8, u8) = (a.parse().ok()?, b.parse().ok()?);
        return (a <= b && b <= 18).then_some(Ages::Range(a, b));
    }
    t.parse::<u8>()
        .ok()
        .filter(|n| *n <= 18)
        .map(|n| Ages::Range(n, n))
}

/// What to write instead of an unreadable price: `£2.5` is `£2.50`.
fn cost_fix(t: &str) -> String {
    if let Some((whole, pence)) = t.split_once('.') {
        if pence.len() == 1 && pence.chars().all(|c| c.is_ascii_digit()) {
            return format!("write pence with two digits: `cost: {whole}.{pence}0`");
        }
        if pence.len() > 2 && pence.chars().all(|c| c.is_ascii_digit()) {
            return format!(
                "a price has at most two digits after the point, e.g. `cost: {whole}.{}`",
                &pence[..2]
            );
        }
    }
    "write `cost: free` or a price such as `cost: £2` or `cost: £3.50`".into()
}

fn parse_cost(s: &str) -> Option<Cost> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("free") {
        return Some(Cost::Free);
    }
    let number = t.trim_start_matches(['£', '€', '$']);
    let symbol = &t[..t.len() - number.len()];
    let (whole, pence) = match number.split_once('.') {
        Some((w, p)) => (w, Some(p)),
        None => (number, None),
    };
    let ok = !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && pence.is_none_or(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()));
    if !ok || symbol.chars().count() > 1 {
        return None;
    }
    if number.trim_start_matches(['0', '.']).is_empty() {
        return Some(Cost::Free);
    }
    let symbol = if symbol.is_empty() { "£" } else { symbol };
    Some(Cost::Price(format!("{symbol}{number}")))
}

fn parse_hex_colour(s: &str) -> Option<String> {
    let t = s.trim().trim_start_matches('#');
    if !t.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    match t.len() {
        6 => Some(format!("#{}", t.to_ascii_lowercase())),
        3 => Some(format!(
            "#{}",
            t.chars()
                .flat_map(|c| [c, c])
                .collect::<String>()
                .to_ascii_lowercase()
        )),
        _ => None,
    }
}

/// WCAG contrast ratio between two `#rrggbb` colours (see [`crate::contrast`]).
pub fn contrast(a: &str, b: &str) -> f64 {
    crate::contrast::ratio(a, b)
}

fn best_text_on(bg: &str) -> String {
    crate::contrast::best_text_on(bg)
}

fn check_url(ctx: &Ctx, s: &S, field: &str, d: &mut Diagnostics) -> Option<Url> {
    let t = s.value.trim();
    let fix = format!("write the whole web address, starting with https://, e.g. `{field}: https://www.eventbrite.co.uk/e/123456789`");
    match Url::parse(t) {
        Ok(u)
            if matches!(u.scheme(), "https" | "http")
                && u.host_str().is_some_and(|h| h.contains('.')) =>
        {
            if u.scheme() == "http" {
                d.warning(
                    ctx.src,
                    ctx.pos(s),
                    format!("`{field}` is not a secure (https) link"),
                    Some("use the https:// address of the page if it has one".into()),
                );
            }
            Some(u)
        }
        Ok(u) if !matches!(u.scheme(), "https" | "http") => {
            d.error(
                ctx.src,
                ctx.pos(s),
                format!("`{field}` must be a web link, not a `{}:` link", u.scheme()),
                Some(fix),
            );
            None
        }
        _ => {
            d.error(
                ctx.src,
                ctx.pos(s),
                format!("`{t}` is not a complete web address"),
                Some(fix),
            );
            None
        }
    }
}

/// The site's address is a folder every page lives under: an address copied
/// from the browser with `index.html`, `?…` or `#…` on it would make every
/// link and printed QR code point somewhere that does not exist.
fn check_base_url(ctx: &Ctx, s: &S, mut u: Url, d: &mut Diagnostics) -> Option<Url> {
    let last = u.path().rsplit('/').next().unwrap_or("");
    let is_page = last.rsplit_once('.').is_some_and(|(_, ext)| {
        ["html", "htm", "php", "asp", "aspx", "jsp", "shtml"]
            .contains(&ext.to_ascii_lowercase().as_str())
    });
    let page = is_page.then(|| last.to_owned());
    let extra = match (&page, u.query(), u.fragment()) {
        (Some(p), _, _) => Some(format!("the page name `{p}`")),
        (None, Some(_), _) => Some("a `?` and what follows it".to_owned()),
        (None, None, Some(_)) => Some("a `#` and what follows it".to_owned()),
        (None, None, None) => None,
    };
    if let Some(what) = extra {
        if let Some(p) = &page {
            let folder = u.path().trim_end_matches(p.as_str()).to_owned();
            u.set_path(&folder);
        }
        u.set_query(None);
        u.set_fragment(None);
        d.error(
            ctx.src,
            ctx.pos(s),
            format!(
                "`base_url` is the address of the site's folder, but this one ends with {what}"
            ),
            Some(format!(
                "write `base_url: {}`",
                u.as_str().trim_end_matches('/')
            )),
        );
        return None;
    }
    Some(u)
}

/// Checks an `image:` path: inside content/, an image we can read, not huge.
fn check_image(
    ctx: &Ctx,
    s: &S,
    content_dir: &Path,
    output_dir: &str,
    id: &str,
    d: &mut Diagnostics,
) -> Option<ImageRef> {
    let rel = s.value.trim();
    let dir = ctx.src.path.parent()?;
    let candidate = dir.join(rel);
    let inside = |p: &Path| {
        let root = content_dir.canonicalize().ok();
        let p = p.canonicalize().ok();
        matches!((root, p), (Some(r), Some(p)) if p.starts_with(&r))
    };
    if rel.is_empty() || Path::new(rel).is_absolute() {
        d.error(ctx.src, ctx.pos(s), "`image` must be a file name next to this file", Some("write the picture's file name, e.g. `image: circus.jpg`, and put the picture in the same folder".into()));
        return None;
    }
    if !candidate.exists() {
        d.error(
            ctx.src,
            ctx.pos(s),
            format!("the picture `{rel}` does not exist"),
            Some(format!(
                "put the picture in {} or correct the file name (it is case-sensitive)",
                crate::diagnostics::display_path(content_dir.parent().unwrap_or(content_dir), dir)
            )),
        );
        return None;
    }
    if !inside(&candidate) {
        d.error(
            ctx.src,
            ctx.pos(s),
            format!("the picture `{rel}` is outside the content folder"),
            Some("copy the picture into the content folder, next to this file".into()),
        );
        return None;
    }
    let ext = candidate
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if !matches!(ext.as_str(), "jpg" | "jpeg" | "png" | "webp" | "gif") {
        d.error(
            ctx.src,
            ctx.pos(s),
            format!("`{rel}` is not a picture format the site can use"),
            Some("save the picture as .jpg or .png".into()),
        );
        return None;
    }
    let size = std::fs::metadata(&candidate).map(|m| m.len()).unwrap_or(0);
    if size > MAX_IMAGE_BYTES {
        d.error(
            ctx.src,
            ctx.pos(s),
            format!(
                "the picture `{rel}` is {:.1} MB; pictures may be at most {} MB",
                size as f64 / 1_048_576.0,
                MAX_IMAGE_BYTES / 1_048_576
            ),
            Some("save a smaller copy (2000 pixels wide is plenty) and use that".into()),
        );
        return None;
    }
    let dims = image::ImageReader::open(&candidate)
        .ok()
        .and_then(|r| r.with_guessed_format().ok())
        .and_then(|r| r.into_dimensions().ok());
    let Some((width, height)) = dims else {
        d.error(
            ctx.src,
            ctx.pos(s),
            format!("the picture `{rel}` cannot be read: it is damaged or not really a picture"),
            Some("open it in an image editor and save it again as .jpg or .png".into()),
        );
        return None;
    };
    if width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE {
        d.error(
            ctx.src,
            ctx.pos(s),
            format!("the picture `{rel}` is {width}×{height} pixels; the largest allowed is {MAX_IMAGE_SIDE} pixels on a side"),
            Some("save a smaller copy (2000 pixels wide is plenty) and use that".into()),
        );
        return None;
    }
    let ext = if ext == "jpeg" { "jpg".to_owned() } else { ext };
    Some(ImageRef {
        path: candidate,
        output: format!("media/{output_dir}/{id}.{ext}"),
        width,
        height,
    })
}

// ---------------------------------------------------------------- the stage

/// Checks everything loaded and returns the site, or `None` when site.yaml is
/// too broken to check the rest against. Findings go to `d`.
pub fn validate(loaded: &Loaded, d: &mut Diagnostics) -> Option<Content> {
    let site_src = loaded.site.as_ref()?;
    let site = validate_site(site_src, &loaded.root, d)?;
    let content_dir = loaded.root.join("content");

    // Originals first (by kind), so translations and references can be resolved.
    let mut originals: BTreeMap<(Kind, String), &ContentFile> = BTreeMap::new();
    let mut translations: Vec<&ContentFile> = Vec::new();
    let mut seen: BTreeMap<(Kind, String, Option<String>), &ContentFile> = BTreeMap::new();
    for f in &loaded.files {
        let key = (f.kind, f.id.clone(), f.lang.clone());
        if let Some(first) = seen.get(&key) {
            d.file_error(
                &f.source.display,
                format!(
                    "two {} files have the id `{}`: this one and {}",
                    f.kind.noun(),
                    f.id,
                    first.source.display
                ),
                Some(
                    "ids must be unique even in different sub-folders: rename one of the files"
                        .into(),
                ),
            );
            continue;
        }
        seen.insert(key, f);
        match &f.lang {
            None => {
                originals.insert((f.kind, f.id.clone()), f);
            }
            Some(_) => translations.push(f),
        }
    }
    let ids = |kind: Kind| -> BTreeSet<String> {
        originals
            .keys()
            .filter(|(k, _)| *k == kind)
            .map(|(_, id)| id.clone())
            .collect()
    };
    let venue_ids = ids(Kind::Venue);
    let festival_ids = ids(Kind::Festival);

    let mut content = Content {
        site,
        venues: BTreeMap::new(),
        festivals: BTreeMap::new(),
        events: BTreeMap::new(),
        pages: BTreeMap::new(),
        qr_sheets: BTreeMap::new(),
    };

    for ((kind, id), f) in &originals {
        let ctx = Ctx {
            src: &f.source,
            offset: f.yaml_line_offset,
        };
        match kind {
            Kind::Venue => {
                if let Some(v) = venue(&ctx, f, &content.site, d) {
                    content.venues.insert(id.clone(), v);
                }
            }
            Kind::Festival => {
                if let Some(v) = festival(&ctx, f, &content_dir, d) {
                    content.festivals.insert(id.clone(), v);
                }
            }
            Kind::Event => {
                if let Some(v) = event(
                    &ctx,
                    f,
                    &content_dir,
                    &content.site.timezone,
                    &venue_ids,
                    &festival_ids,
                    d,
                ) {
                    content.events.insert(id.clone(), v);
                }
            }
            Kind::Page => {
                if let Some(v) = page(&ctx, f, d) {
                    content.pages.insert(id.clone(), v);
                }
            }
            Kind::QrSheet => {
                if let Some(v) = qr_sheet(&ctx, f, d) {
                    content.qr_sheets.insert(id.clone(), v);
                }
            }
        }
    }

    for f in translations {
        translation(f, &originals, &loaded.unreadable, &mut content, d);
    }
    Some(content)
}

fn validate_site(src: &Source, root: &Path, d: &mut Diagnostics) -> Option<Site> {
    let raw: RawSite = parse_yaml(src, &src.text, 0, &SITE_FIELDS, None, d)?;
    let ctx = Ctx { src, offset: 0 };
    let errors_before = d.error_count();

    let title = ctx.text(&raw.title).unwrap_or_else(|| "What's On".into());
    let base_url = ctx
        .required(&raw.base_url, "base_url", "https://whatson.example.org", d)
        .and_then(|s| check_url(&ctx, s, "base_url", d).map(|u| (s, u)))
        .and_then(|(s, u)| check_base_url(&ctx, s, u, d));

    let timezone = ctx
        .required(&raw.timezone, "timezone", "Europe/London", d)
        .and_then(|s| {
            let name = s.value.trim();
            match jiff::tz::TimeZone::get(name) {
                Ok(tz) => Some((tz, name.to_owned())),
                Err(_) => {
                    let names: Vec<String> =
                        jiff::tz::db().available().map(|n| n.to_string()).collect();
                    let fix = match did_you_mean(name, names.iter().map(String::as_str)) {
                        Some(m) => format!("did you mean `timezone: {m}`?"),
                        None => "use a time zone name such as `Europe/London`".into(),
                    };
                    d.error(
                        src,
                        ctx.pos(s),
                        format!("`{name}` is not a time zone"),
                        Some(fix),
                    );
                    None
                }
            }
        });

    let region = raw.region.as_ref().and_then(|s| {
        let r = s.value.trim();
        if r.len() == 2 && r.bytes().all(|b| b.is_ascii_uppercase()) {
            Some(r.to_owned())
        } else {
            d.error(
                src,
                ctx.pos(s),
                format!("`{r}` is not a country code"),
                Some("write the two capital letters of the country, e.g. `region: GB`".into()),
            );
            None
        }
    });
    // British English dates (4 August, 24-hour clock) for a London site unless told otherwise.
    let region = region.or_else(|| {
        timezone
            .as_ref()
            .filter(|(_, n)| n == "Europe/London")
            .map(|_| "GB".to_owned())
    });

    let mut languages: Vec<Language> = Vec::new();
    // Which languages' locales come from `region` (not an explicit `locale:`).
    let mut derived_locale: Vec<bool> = Vec::new();
    let mut language_pos: Vec<Pos> = Vec::new();
    match &raw.languages {
        None => d.error(src, Pos::FILE, "the required field `languages` is missing", Some("add `languages:` with one line per language, e.g. `  - { code: en, name: English }`".into())),
        Some(list) if list.value.is_empty() => d.error(src, ctx.pos_of(list), "`languages` is empty", Some("list at least one language, e.g. `  - { code: en, name: English }`".into())),
        Some(list) => {
            for item in &list.value {
                let l = &item.value;
                let pos = ctx.pos_of(item);
                let Some(code) = l.code.as_ref() else {
                    d.error(src, pos, "this language has no `code`", Some("write e.g. `- { code: pt, name: Português }`".into()));
                    continue;
                };
                let c = code.value.trim();
                if !crate::load::is_valid_lang_code(c) {
                    d.error(src, ctx.pos(code), format!("`{c}` is not a language code"), Some("use a two- or three-letter code in lowercase, e.g. `pt`, `so`, `ar`".into()));
                    continue;
                }
                if languages.iter().any(|x| x.code == c) {
                    d.error(src, ctx.pos(code), format!("the language `{c}` is listed twice"), Some("delete one of the two lines".into()));
                    continue;
                }
                let name = ctx.text(&l.name).unwrap_or_else(|| {
                    d.error(src, pos, format!("the language `{c}` has no `name`"), Some(format!("give its name in the language itself, e.g. `- {{ code: {c}, name: … }}`")));
                    c.to_owned()
                });
                let dir = match &l.dir {
                    None => Dir::for_language(c),
                    Some(s) => match s.value.trim() {
                        "rtl" => Dir::Rtl,
                        "ltr" => Dir::Ltr,
                        other => {
                            d.error(src, ctx.pos(s), format!("`dir: {other}` is not a text direction"), Some("write `dir: rtl` (right to left) or `dir: ltr`".into()));
                            Dir::for_language(c)
                        }
                    },
                };
                let locale = match &l.locale {
                    Some(s) => {
                        let v = s.value.trim();
                        if v.parse::<icu_locale_core::Locale>().is_err() {
                            d.error(src, ctx.pos(s), format!("`{v}` is not a locale"), Some("write a language code with a country, e.g. `locale: pt-BR`".into()));
                        }
                        v.to_owned()
                    }
                    None => match &region {
                        Some(r) if !c.contains('-') => format!("{c}-{r}"),
                        _ => c.to_owned(),
                    },
                };
                derived_locale.push(l.locale.is_none() && region.is_some());
                language_pos.push(ctx.pos(code));
                languages.push(Language { code: c.to_owned(), name, dir, dates_locale: locale.clone(), locale });
            }
        }
    }

    let default_language = ctx
        .required(&raw.default_language, "default_language", "en", d)
        .and_then(|s| {
            let c = s.value.trim();
            if languages.iter().any(|l| l.code == c) {
                Some(c.to_owned())
            } else {
                if !languages.is_empty() {
                    let fix = match did_you_mean(c, languages.iter().map(|l| l.code.as_str())) {
                        Some(m) => format!("did you mean `default_language: {m}`?"),
                        None => format!(
                            "add `{c}` to `languages`, or choose one of: {}",
                            languages
                                .iter()
                                .map(|l| l.code.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    };
                    d.error(
                        src,
                        ctx.pos(s),
                        format!("the default language `{c}` is not in `languages`"),
                        Some(fix),
                    );
                }
                None
            }
        });

    // One clock for the whole site: the one used in the site's region (CLDR:
    // 24-hour in Britain), or else the default language's. An Arabic or Amharic page for a
    // London programme then says 14:00 like its posters, not "2:00 PM".
    if let Some(di) = default_language
        .as_ref()
        .and_then(|c| languages.iter().position(|l| &l.code == c))
    {
        let cycle = region
            .as_deref()
            .and_then(crate::i18n::region_hour_cycle)
            .unwrap_or_else(|| crate::i18n::hour_cycle(&languages[di].locale));
        for (l, derived) in languages.iter_mut().zip(&derived_locale) {
            if *derived {
                l.locale = format!("{}-u-hc-{cycle}", l.locale);
            }
            l.dates_locale = l.locale.clone();
        }
        // CLDR has no month or day names for some languages families speak
        // (Romani, Dari, Twi): their pages write dates as the default
        // language does rather than "2027 M03 2".
        let default_locale = languages[di].locale.clone();
        let default_name = languages[di].name.clone();
        let default_has_dates = crate::i18n::has_date_names(&default_locale);
        let mut example = None;
        for (l, pos) in languages.iter_mut().zip(&language_pos) {
            if crate::i18n::has_date_names(&l.locale) {
                continue;
            }
            let example = example.get_or_insert_with(|| {
                crate::i18n::Formats::new(&default_locale)
                    .weekday_date(jiff::civil::date(2027, 3, 2))
            });
            let (message, fix) = if default_has_dates {
                l.dates_locale = default_locale.clone();
                (
                    format!("there are no date names for `{}` in the locale data, so its pages write dates as {default_name} does (\"{example}\")", l.code),
                    "to use another language's dates instead, add its locale to this line (e.g. `locale: fa-AF` for Persian dates); otherwise nothing needs to change".to_owned(),
                )
            } else {
                (
                    format!("there are no date names for `{}` in the locale data, so dates are written as numbers (\"{example}\")", l.code),
                    format!("name a language its readers know dates in, e.g. `- {{ code: {}, name: {}, locale: en-GB }}`", l.code, l.name),
                )
            };
            d.warning(src, *pos, message, Some(fix));
        }
    }

    let mut areas: Vec<String> = Vec::new();
    for a in raw.areas.iter().flatten() {
        let name = a.value.trim().to_owned();
        if name.is_empty() {
            continue;
        }
        if areas.contains(&name) {
            d.error(
                src,
                ctx.pos(a),
                format!("the area `{name}` is listed twice"),
                Some("delete one of them".into()),
            );
        } else {
            areas.push(name);
        }
    }

    let theme = match &raw.theme {
        Some(s) => {
            let t = s.value.trim().to_owned();
            if !crate::load::is_valid_id(&t) {
                d.error(
                    src,
                    ctx.pos(s),
                    format!("`{t}` is not a theme name"),
                    Some("use the name of a folder in themes/, e.g. `theme: default`".into()),
                );
            } else if !root.join("themes").join(&t).join("templates").is_dir() {
                let known: Vec<String> = std::fs::read_dir(root.join("themes"))
                    .map(|r| {
                        r.flatten()
                            .filter_map(|e| e.file_name().to_str().map(str::to_owned))
                            .collect()
                    })
                    .unwrap_or_default();
                let fix = match did_you_mean(&t, known.iter().map(String::as_str)) {
                    Some(m) if m != t => format!("did you mean `theme: {m}`?"),
                    _ if t == "default" => "the default theme is missing: copy the themes/default folder from whatson into this site".into(),
                    _ => format!("create themes/{t}/templates/, or use `theme: default`"),
                };
                d.error(
                    src,
                    ctx.pos(s),
                    format!("there is no theme `{t}` (no folder themes/{t}/templates)"),
                    Some(fix),
                );
            }
            t
        }
        None => "default".into(),
    };

    let booking_tracking = raw
        .booking_tracking
        .iter()
        .flatten()
        .map(|(k, v)| (k.clone(), v.value.trim().to_owned()))
        .collect();

    let listing_weeks = match &raw.listing_weeks {
        None => 6,
        Some(s) => match s.value.trim().parse::<u32>() {
            Ok(n) if (1..=52).contains(&n) => n,
            _ => {
                d.error(
                    src,
                    ctx.pos(s),
                    "`listing_weeks` must be a number of weeks from 1 to 52",
                    Some("e.g. `listing_weeks: 6`".into()),
                );
                6
            }
        },
    };

    let print = print_settings(&ctx, raw.print.as_ref(), d);

    if d.error_count() > errors_before {
        return None;
    }
    let (timezone, timezone_name) = timezone?;
    Some(Site {
        title,
        base_url: base_url?,
        timezone,
        timezone_name,
        default_language: default_language?,
        languages,
        areas,
        theme,
        booking_tracking,
        listing_weeks,
        print,
        region,
    })
}

/// Checks `print:` in site.yaml; anything not given keeps its default.
fn print_settings(
    ctx: &Ctx,
    raw: Option<&Spanned<RawPrint>>,
    d: &mut Diagnostics,
) -> PrintSettings {
    let mut p = PrintSettings::default();
    let Some(raw) = raw.map(|r| &r.value) else {
        return p;
    };
    if let Some(s) = &raw.paper {
        match s.value.trim().to_ascii_lowercase().as_str() {
            "a5" => p.paper = Paper::A5,
            "a4" => p.paper = Paper::A4,
            "dl" => p.paper = Paper::Dl,
            other => d.error(
                ctx.src,
                ctx.pos(s),
                format!("`paper: {other}` is not a leaflet size whatson knows"),
                Some("write `paper: a5` (148 × 210 mm), `paper: a4` (210 × 297 mm) or `paper: dl` (99 × 210 mm)".into()),
            ),
        }
    }
    if let Some(s) = &raw.bleed_mm {
        let v = s.value.trim().trim_end_matches("mm").trim();
        match v.parse::<f64>() {
            Ok(mm) if (0.0..=10.0).contains(&mm) => p.bleed_mm = mm,
            _ => d.error(
                ctx.src,
                ctx.pos(s),
                format!(
                    "`bleed_mm: {}` must be a number of millimetres from 0 to 10",
                    s.value.trim()
                ),
                Some("printers usually ask for 3 mm: write `bleed_mm: 3`".into()),
            ),
        }
    }
    if let Some(s) = &raw.qr_target {
        match s.value.trim() {
            "short" => p.qr_target = QrTarget::Short,
            "direct" => p.qr_target = QrTarget::Direct,
            other => d.error(
                ctx.src,
                ctx.pos(s),
                format!("`qr_target: {other}` is not a choice"),
                Some("write `qr_target: short` (QR codes open a short link on this site that forwards to the booking page; keeps working when a booking link changes) or `qr_target: direct` (QR codes hold the booking link itself)".into()),
            ),
        }
    }
    p
}

fn venue(ctx: &Ctx, f: &ContentFile, site: &Site, d: &mut Diagnostics) -> Option<Venue> {
    let raw: RawVenue = parse_fields(f, &VENUE_FIELDS, d)?;
    let before = d.error_count();
    let name = ctx.required(&raw.name, "name", "Myatt's Fields Park", d);
    let address = ctx.required(&raw.address, "address", "Cormont Road, London", d);
    let area = ctx
        .required(
            &raw.area,
            "area",
            site.areas.first().map(String::as_str).unwrap_or("Vassall"),
            d,
        )
        .and_then(|s| {
            let a = s.value.trim();
            if site.areas.iter().any(|x| x == a) {
                return Some(a.to_owned());
            }
            let fix = match did_you_mean(a, site.areas.iter().map(String::as_str)) {
                Some(m) => format!("did you mean `area: {m}`?"),
                None if site.areas.is_empty() => format!("add `areas: [{a}]` to content/site.yaml"),
                None => format!(
                    "use one of the areas in content/site.yaml: {}, or add `{a}` there",
                    site.areas.join(", ")
                ),
            };
            ctx_error(
                ctx,
                d,
                s,
                format!("`{a}` is not one of the site's areas"),
                fix,
            );
            None
        });
    let location = raw.location.as_ref().and_then(|loc| {
        let nums: Vec<Option<f64>> = loc.value.iter().map(|v| v.value.trim().parse::<f64>().ok()).collect();
        match nums.as_slice() {
            [Some(lat), Some(lon)] if (-90.0..=90.0).contains(lat) && (-180.0..=180.0).contains(lon) => Some((*lat, *lon)),
            _ => {
                d.error(ctx.src, ctx.pos_of(loc), "`location` must be two numbers: latitude, longitude", Some("e.g. `location: [51.4747, -0.1036]` (from a map: right-click the place, copy the numbers)".into()));
                None
            }
        }
    });
    if d.error_count() > before {
        return None;
    }
    Some(Venue {
        id: f.id.clone(),
        name: Localized::new(name?.value.trim().to_owned()),
        address: address?.value.trim().to_owned(),
        postcode: ctx.text(&raw.postcode),
        area: area?,
        location,
        accessibility: ctx.text(&raw.accessibility).map(Localized::new),
    })
}

fn ctx_error(ctx: &Ctx, d: &mut Diagnostics, s: &S, message: String, fix: String) {
    d.error(ctx.src, ctx.pos(s), message, Some(fix));
}

fn festival(
    ctx: &Ctx,
    f: &ContentFile,
    content_dir: &Path,
    d: &mut Diagnostics,
) -> Option<Festival> {
    let raw: RawFestival = parse_fields(f, &FESTIVAL_FIELDS, d)?;
    let before = d.error_count();
    let title = ctx.required(&raw.title, "title", "Summer Festival of Family Fun", d);
    let date = |v: &Option<S>, field: &str, d: &mut Diagnostics| {
        ctx.required(v, field, "2027-07-21", d)
            .and_then(|s| match parse_date(&s.value) {
                Ok(x) => Some(x),
                Err(fix) => {
                    ctx_error(
                        ctx,
                        d,
                        s,
                        format!("`{field}: {}` is not a date", s.value.trim()),
                        fix,
                    );
                    None
                }
            })
    };
    let starts = date(&raw.starts, "starts", d);
    let ends = date(&raw.ends, "ends", d);
    if let (Some(s), Some(e), Some(es)) = (starts, ends, raw.ends.as_ref()) {
        if e < s {
            ctx_error(
                ctx,
                d,
                es,
                format!("the festival ends ({e}) before it starts ({s})"),
                "check the dates: `ends` is the festival's last day".into(),
            );
        }
    }
    let look = match &raw.look {
        None => {
            d.warning(ctx.src, Pos::FILE, "this festival has no `look`, so it uses the site's colours", Some("add `look:` with `primary:` and `accent:` colours, e.g. `primary: \"#f4a300\"`".into()));
            Some(Look {
                primary: "#1d3557".into(),
                accent: "#1d3557".into(),
                text_on_primary: "#ffffff".into(),
                text_on_accent: "#ffffff".into(),
                image: None,
            })
        }
        Some(look) => festival_look(ctx, &look.value, &f.id, content_dir, d),
    };
    if d.error_count() > before {
        return None;
    }
    Some(Festival {
        id: f.id.clone(),
        title: Localized::new(title?.value.trim().to_owned()),
        summary: ctx.text(&raw.summary).map(Localized::new),
        body: Localized::new(f.body.clone()),
        starts: starts?,
        ends: ends?,
        look: look?,
    })
}

fn festival_look(
    ctx: &Ctx,
    raw: &RawLook,
    id: &str,
    content_dir: &Path,
    d: &mut Diagnostics,
) -> Option<Look> {
    let colour = |v: &Option<S>, field: &str, d: &mut Diagnostics| -> Option<String> {
        let s = ctx.required(v, field, "\"#f4a300\"", d)?;
        match parse_hex_colour(&s.value) {
            Some(c) => Some(c),
            None => {
                ctx_error(
                    ctx,
                    d,
                    s,
                    format!("`{}` is not a colour", s.value.trim()),
                    format!("write a hex colour in quotes, e.g. `{field}: \"#f4a300\"`"),
                );
                None
            }
        }
    };
    let primary = colour(&raw.primary, "primary", d);
    let accent = colour(&raw.accent, "accent", d);
    let text = match &raw.text {
        None => None,
        Some(_) => Some(colour(&raw.text, "text", d)?),
    };
    let (primary, accent) = (primary?, accent?);
    let (on_primary, on_accent) = match (&text, &raw.text) {
        (Some(t), Some(s)) => {
            // Every place the theme writes text on a festival colour.
            let pairs = crate::contrast::theme_pairs(&primary, &accent, t, t);
            let failing = crate::contrast::check_pairs(&pairs);
            let on_primary_fails = failing.iter().any(|p| p.background_field == "primary");
            // Suggest only a colour that reads on both, so following the fix
            // never leads to the next error.
            let fix = match crate::contrast::readable_on_all(t, &[&primary, &accent]) {
                Some(c) => format!("choose a text colour that reads on both, e.g. `text: \"{c}\"`, or delete `text:` and the site picks black or white for each"),
                None => format!("no one text colour reads on both {primary} and {accent}: delete `text:` and the site picks black or white for each ({} and {})", best_text_on(&primary), best_text_on(&accent)),
            };
            for p in &failing {
                let (bg, field, ratio) = (&p.background, p.background_field, p.ratio());
                let message = format!("text colour {t} on the {field} colour {bg} has a contrast of {ratio:.2}:1; at least 4.5:1 is needed so everyone can read {}", p.used_for);
                if on_primary_fails {
                    ctx_error(ctx, d, s, message, fix.clone());
                } else {
                    // `text` reads on the banners it is chosen for; on the
                    // buttons the site uses black or white instead of failing
                    // the build (the format's own example is such a pair).
                    d.warning(
                        ctx.src,
                        ctx.pos(s),
                        format!("{message}, so the buttons use {} instead", best_text_on(bg)),
                        Some(fix.clone()),
                    );
                }
            }
            if on_primary_fails {
                return None;
            }
            let on_accent = if failing.is_empty() {
                t.clone()
            } else {
                best_text_on(&accent)
            };
            (t.clone(), on_accent)
        }
        _ => (best_text_on(&primary), best_text_on(&accent)),
    };
    let image = match &raw.image {
        Some(s) => Some(check_image(ctx, s, content_dir, "festivals", id, d)?),
        None => None,
    };
    Some(Look {
        primary,
        accent,
        text_on_primary: on_primary,
        text_on_accent: on_accent,
        image,
    })
}

fn event(
    ctx: &Ctx,
    f: &ContentFile,
    content_dir: &Path,
    tz: &TimeZone,
    venues: &BTreeSet<String>,
    festivals: &BTreeSet<String>,
    d: &mut Diagnostics,
) -> Option<Event> {
    let raw: RawEvent = parse_fields(f, &EVENT_FIELDS, d)?;
    let before = d.error_count();
    let title = ctx.required(&raw.title, "title", "Stay and play", d);
    if raw
        .summary
        .as_ref()
        .is_none_or(|s| s.value.trim().is_empty())
    {
        d.warning(
            ctx.src,
            Pos::FILE,
            "this event has no `summary`",
            Some("add a one-line `summary:`; it is shown in listings and on leaflets".into()),
        );
    }
    let venue = ctx
        .required(
            &raw.venue,
            "venue",
            venues
                .iter()
                .next()
                .map(String::as_str)
                .unwrap_or("myatts-fields-park"),
            d,
        )
        .and_then(|s| ctx.reference(s, "venue", "venue", "venues", venues, d));
    let festival = raw
        .festival
        .as_ref()
        .filter(|s| !s.value.trim().is_empty())
        .and_then(|s| ctx.reference(s, "festival", "festival", "festivals", festivals, d));
    let schedule = schedule(ctx, &raw, tz, d);
    let repeat = match (&raw.repeats, &schedule) {
        (Some(r), Some(sch)) => repeat(ctx, r, sch, d),
        _ => None,
    };
    let ages = raw.ages.as_ref().and_then(|s| match parse_ages(&s.value) {
        Some(a) => Some(a),
        None => {
            ctx_error(ctx, d, s, format!("`ages: {}` is not an age range", s.value.trim()), "write whole years, e.g. `ages: 0-4` or `ages: 2-3`; `bump` for pregnancy, `bump-1` for pregnancy to one year".into());
            None
        }
    });
    let cost = match &raw.cost {
        None => Cost::Free,
        Some(s) => parse_cost(&s.value).unwrap_or_else(|| {
            ctx_error(
                ctx,
                d,
                s,
                format!("`cost: {}` is not a price", s.value.trim()),
                cost_fix(s.value.trim()),
            );
            Cost::Free
        }),
    };
    let booking = raw
        .booking
        .as_ref()
        .filter(|s| !s.value.trim().is_empty())
        .and_then(|s| check_url(ctx, s, "booking", d));
    let drop_in = ctx.boolean(&raw.drop_in, "drop_in", d);
    let flagship = ctx.boolean(&raw.flagship, "flagship", d);
    let cancelled = ctx.boolean(&raw.cancelled, "cancelled", d);
    let siblings_welcome = ctx.boolean(&raw.siblings_welcome, "siblings_welcome", d);
    if raw.booking.is_none() && !drop_in && !cancelled {
        d.warning(
            ctx.src,
            Pos::FILE,
            "this event has no `booking` link and is not marked `drop_in: true`",
            Some("add `booking: https://…` or `drop_in: true` so parents know what to do".into()),
        );
    }
    if flagship && raw.festival.is_none() {
        if let Some(s) = &raw.flagship {
            d.warning(
                ctx.src,
                ctx.pos(s),
                "`flagship` only matters for festival events",
                Some("add `festival: <id>` or delete `flagship`".into()),
            );
        }
    }
    let spoken_languages = raw
        .spoken_languages
        .iter()
        .flatten()
        .filter_map(|s| {
            let c = s.value.trim();
            if crate::load::is_valid_lang_code(c) && c.parse::<icu_locale_core::LanguageIdentifier>().is_ok() {
                Some(c.to_owned())
            } else {
                ctx_error(ctx, d, s, format!("`{c}` is not a language code"), "use two- or three-letter lowercase codes, e.g. `spoken_languages: [en, pt, so]`".into());
                None
            }
        })
        .collect();
    let tags = raw
        .tags
        .iter()
        .flatten()
        .map(|s| s.value.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    let image = raw
        .image
        .as_ref()
        .and_then(|s| check_image(ctx, s, content_dir, "events", &f.id, d));
    if d.error_count() > before {
        return None;
    }
    Some(Event {
        id: f.id.clone(),
        title: Localized::new(title?.value.trim().to_owned()),
        summary: ctx.text(&raw.summary).map(Localized::new),
        body: Localized::new(f.body.clone()),
        festival,
        venue: venue?,
        schedule: schedule?,
        repeat,
        ages,
        siblings_welcome,
        cost,
        booking,
        drop_in,
        flagship,
        tags,
        spoken_languages,
        accessibility: ctx.text(&raw.accessibility).map(Localized::new),
        image,
        cancelled,
    })
}

fn schedule(ctx: &Ctx, raw: &RawEvent, tz: &TimeZone, d: &mut Diagnostics) -> Option<Schedule> {
    let Some(starts_s) = ctx.required(&raw.starts, "starts", "2026-08-04 10:30", d) else {
        end_errors_alone(ctx, raw, d);
        return None;
    };
    let starts = match parse_when(&starts_s.value, false) {
        Ok(w) => w,
        Err(fix) => {
            ctx_error(
                ctx,
                d,
                starts_s,
                format!("`starts: {}` is not a date and time", starts_s.value.trim()),
                fix,
            );
            end_errors_alone(ctx, raw, d);
            return None;
        }
    };
    match starts {
        When::Date(start) => {
            if let Some(s) = &raw.duration {
                ctx_error(
                    ctx,
                    d,
                    s,
                    "an all-day event cannot have a `duration`".into(),
                    "give `starts` a time (e.g. `starts: 2026-08-04 10:30`) or delete `duration`"
                        .into(),
                );
                return None;
            }
            let end = match &raw.ends {
                None => start,
                Some(s) => match parse_when(&s.value, false) {
                    Ok(When::Date(e)) => e,
                    Ok(_) => {
                        ctx_error(ctx, d, s, "`starts` is a date without a time (all day), so `ends` must be a date too".into(), "write `ends: YYYY-MM-DD` (the last day), or give both a time".into());
                        return None;
                    }
                    Err(fix) => {
                        ctx_error(
                            ctx,
                            d,
                            s,
                            format!("`ends: {}` is not a date", s.value.trim()),
                            fix,
                        );
                        return None;
                    }
                },
            };
            if end < start {
                ctx_error(
                    ctx,
                    d,
                    raw.ends.as_ref()?,
                    format!("the event ends ({end}) before it starts ({start})"),
                    "check the dates: `ends` is the last day of the event".into(),
                );
                return None;
            }
            Some(Schedule::AllDay { start, end })
        }
        When::DateTime(start) => {
            let end = match (&raw.ends, &raw.duration) {
                (Some(e), Some(_)) => {
                    ctx_error(
                        ctx,
                        d,
                        e,
                        "give either `ends` or `duration`, not both".into(),
                        "delete one of the two lines".into(),
                    );
                    return None;
                }
                (Some(e), None) => match ends_when(ctx, e, d)? {
                    When::DateTime(end) => end,
                    When::Time(t) => start.date().to_datetime(t),
                    When::Date(_) => {
                        ctx_error(
                            ctx,
                            d,
                            e,
                            "`ends` needs a time because `starts` has one".into(),
                            format!("write e.g. `ends: {} 12:00`", start.date()),
                        );
                        return None;
                    }
                },
                (None, Some(dur)) => {
                    let minutes = duration_minutes(ctx, dur, d)?;
                    start.checked_add(jiff::Span::new().minutes(minutes)).ok()?
                }
                (None, None) => {
                    d.error(ctx.src, ctx.pos(starts_s), "this event has a start time but no end", Some("add `ends: …` (e.g. `ends: 12:00`) or `duration: …` (e.g. `duration: 90m`) under `starts`".into()));
                    return None;
                }
            };
            if end <= start {
                let s = raw.ends.as_ref().or(raw.duration.as_ref())?;
                ctx_error(
                    ctx,
                    d,
                    s,
                    format!("the event ends ({}) before it starts ({})", end.strftime("%Y-%m-%d %H:%M"), start.strftime("%Y-%m-%d %H:%M")),
                    "check the times; use the 24-hour clock (2pm is 14:00); an event past midnight ends on the next day's date".into(),
                );
                return None;
            }
            let end_s = raw
                .ends
                .as_ref()
                .or(raw.duration.as_ref())
                .unwrap_or(starts_s);
            let start_ok = exists_locally(ctx, tz, start, "starts", starts_s, d);
            let end_ok = exists_locally(ctx, tz, end, "ends", end_s, d);
            (start_ok && end_ok).then_some(Schedule::Timed { start, end })
        }
        When::Time(_) => None,
    }
}

/// When `starts` is missing or unreadable, `ends` and `duration` are still
/// checked on their own, so one run reports every mistake in the event.
fn end_errors_alone(ctx: &Ctx, raw: &RawEvent, d: &mut Diagnostics) {
    if let Some(e) = &raw.ends {
        ends_when(ctx, e, d);
    }
    if let Some(dur) = &raw.duration {
        duration_minutes(ctx, dur, d);
    }
}

/// `ends` as a date, a date and time, or a time alone; a finding otherwise.
fn ends_when(ctx: &Ctx, e: &S, d: &mut Diagnostics) -> Option<When> {
    parse_when(&e.value, true)
        .map_err(|fix| {
            let message = format!("`ends: {}` is not a date and time", e.value.trim());
            ctx_error(ctx, d, e, message, fix);
        })
        .ok()
}

/// `duration` in minutes; a finding when it is not a length of time.
fn duration_minutes(ctx: &Ctx, dur: &S, d: &mut Diagnostics) -> Option<i64> {
    let minutes = parse_duration(&dur.value);
    if minutes.is_none() {
        let message = format!("`duration: {}` is not a length of time", dur.value.trim());
        ctx_error(ctx, d, dur, message, duration_fix(&dur.value));
    }
    minutes
}

/// A local time skipped when the clocks go forward (01:30 on the last Sunday
/// of March in London) never happens: an event there is a typing mistake, and
/// silently moving it would print a time nobody wrote.
fn exists_locally(
    ctx: &Ctx,
    tz: &TimeZone,
    at: DateTime,
    field: &str,
    s: &S,
    d: &mut Diagnostics,
) -> bool {
    let jiff::tz::AmbiguousOffset::Gap { before, after } = tz.to_ambiguous_zoned(at).offset()
    else {
        return true;
    };
    let jump = jiff::SignedDuration::from_secs(i64::from(after.seconds() - before.seconds()));
    let first_valid = at
        .checked_add(jump)
        .map(|t| t.strftime("%H:%M").to_string())
        .unwrap_or_default();
    ctx_error(
        ctx,
        d,
        s,
        format!(
            "`{field}: {}` does not exist: the clocks go forward that night, so the time {} is skipped",
            s.value.trim(),
            at.strftime("%H:%M")
        ),
        format!("check the time; the same moment is written {first_valid}"),
    );
    false
}

fn repeat(
    ctx: &Ctx,
    r: &Spanned<RawRepeats>,
    sch: &Schedule,
    d: &mut Diagnostics,
) -> Option<Repeat> {
    let raw = &r.value;
    let Some(every_s) = &raw.every else {
        d.error(
            ctx.src,
            ctx.pos_of(r),
            "`repeats` needs `every:`",
            Some("add `every: week`, `every: 2 weeks` or `every: month` under `repeats:`".into()),
        );
        return None;
    };
    let every = match every_s.value.trim().to_ascii_lowercase().as_str() {
        "week" | "1 week" | "weekly" => Every::Week,
        "2 weeks" | "two weeks" | "fortnight" | "fortnightly" => Every::TwoWeeks,
        "month" | "1 month" | "monthly" => Every::Month,
        other => {
            ctx_error(
                ctx,
                d,
                every_s,
                format!("`every: {other}` is not a repeat the site understands"),
                "write `every: week`, `every: 2 weeks` or `every: month`".into(),
            );
            return None;
        }
    };
    let start = sch.start_date();
    let until = match &raw.until {
        None => None,
        Some(s) => match parse_date(&s.value) {
            Ok(u) if u < start => {
                ctx_error(
                    ctx,
                    d,
                    s,
                    format!("`until: {u}` is before the first session ({start})"),
                    "`until` is the date of the last session".into(),
                );
                return None;
            }
            Ok(u) => Some(u),
            Err(fix) => {
                ctx_error(
                    ctx,
                    d,
                    s,
                    format!("`until: {}` is not a date", s.value.trim()),
                    fix,
                );
                return None;
            }
        },
    };
    let mut except = Vec::new();
    for s in raw.except.iter().flatten() {
        match parse_date(&s.value) {
            Ok(x) => except.push((x, s)),
            Err(fix) => ctx_error(
                ctx,
                d,
                s,
                format!("`{}` in `except` is not a date", s.value.trim()),
                fix,
            ),
        }
    }
    let rep = Repeat {
        every,
        until,
        except: except.iter().map(|(x, _)| *x).collect(),
    };
    // An `except` date that is not a session date is probably a typo.
    let sessions: BTreeSet<Date> = crate::expand::session_dates(
        start,
        &rep,
        until.unwrap_or(start.saturating_add(jiff::Span::new().years(2))),
    )
    .into_iter()
    .collect();
    for (x, s) in &except {
        if !sessions.contains(x) {
            d.warning(ctx.src, ctx.pos(s), format!("{x} in `except` is not one of this activity's session dates, so it changes nothing"), Some("check the date: it should be a day on which the activity would normally happen".into()));
        }
    }
    // With every session taken out there is nothing to list, link or print.
    if let Some((_, first)) = except.first() {
        if sessions.iter().all(|x| rep.except.contains(x)) {
            ctx_error(
                ctx,
                d,
                first,
                format!(
                    "every session of this activity ({} of them) is listed in `except`, so it never takes place",
                    sessions.len()
                ),
                "take the dates on which it does happen out of `except`; if it is cancelled altogether, write `cancelled: true` instead".into(),
            );
            return None;
        }
    }
    Some(rep)
}

fn page(ctx: &Ctx, f: &ContentFile, d: &mut Diagnostics) -> Option<Page> {
    let raw: RawPage = parse_fields(f, &PAGE_FIELDS, d)?;
    let title = ctx.required(&raw.title, "title", "About us", d)?;
    Some(Page {
        id: f.id.clone(),
        title: Localized::new(title.value.trim().to_owned()),
        summary: ctx.text(&raw.summary).map(Localized::new),
        body: Localized::new(f.body.clone()),
    })
}

fn qr_sheet(ctx: &Ctx, f: &ContentFile, d: &mut Diagnostics) -> Option<QrSheet> {
    let raw: RawQrSheet = parse_fields(f, &QR_FIELDS, d)?;
    let before = d.error_count();
    let title = ctx.required(&raw.title, "title", "Useful links for families", d);
    let mut links = Vec::new();
    match &raw.links {
        None => d.error(
            ctx.src,
            Pos::FILE,
            "the required field `links` is missing",
            Some("add `links:` with `- label: …` and `url: …` for each link".into()),
        ),
        Some(list) if list.value.is_empty() => d.error(
            ctx.src,
            ctx.pos_of(list),
            "`links` is empty, so the printed sheet would have no codes",
            Some("add `- label: …` and `url: …` for each link, or delete the file".into()),
        ),
        Some(list) => {
            for item in &list.value {
                let l = &item.value;
                let label = ctx.required(&l.label, "label", "Healthy Start card", d);
                let url = ctx
                    .required(&l.url, "url", "https://www.healthystart.nhs.uk/", d)
                    .and_then(|s| check_url(ctx, s, "url", d));
                if let (Some(label), Some(url)) = (label, url) {
                    links.push(QrLink {
                        label: Localized::new(label.value.trim().to_owned()),
                        url,
                    });
                }
            }
        }
    }
    if d.error_count() > before {
        return None;
    }
    Some(QrSheet {
        id: f.id.clone(),
        title: Localized::new(title?.value.trim().to_owned()),
        links,
    })
}

/// Merges a `<id>.<lang>.*` file into its original.
fn translation(
    f: &ContentFile,
    originals: &BTreeMap<(Kind, String), &ContentFile>,
    unreadable: &BTreeSet<(Kind, String)>,
    content: &mut Content,
    d: &mut Diagnostics,
) {
    let lang = f.lang.clone().unwrap_or_default();
    let site = &content.site;
    if lang == site.default_language {
        d.file_error(
            &f.source.display,
            format!("`{lang}` is the default language, so this is not a translation"),
            Some(format!(
                "put this text in the original file ({}.{}) and delete this one",
                f.id,
                if f.kind.is_yaml() { "yaml" } else { "md" }
            )),
        );
        return;
    }
    if site.language(&lang).is_none() {
        let codes: Vec<&str> = site.languages.iter().map(|l| l.code.as_str()).collect();
        let fix = match did_you_mean(&lang, codes.iter().copied()) {
            Some(m) => format!("did you mean `.{m}`? Otherwise add `{lang}` to `languages` in content/site.yaml"),
            None => format!("add `{lang}` to `languages` in content/site.yaml, or rename the file to one of: {}", codes.join(", ")),
        };
        d.file_error(
            &f.source.display,
            format!("`{lang}` is not one of the site's languages"),
            Some(fix),
        );
        return;
    }
    if !originals.contains_key(&(f.kind, f.id.clone())) {
        if unreadable.contains(&(f.kind, f.id.clone())) {
            // The original has its own error; this file is fine as it is.
            return;
        }
        let ext = if f.kind.is_yaml() { "yaml" } else { "md" };
        d.file_error(
            &f.source.display,
            format!(
                "this is a translation of `{}`, but there is no {} file {}.{ext}",
                f.id,
                f.kind.noun(),
                f.id
            ),
            Some(format!(
                "check the file name matches the original's, or add content/{}/{}.{ext}",
                f.kind.folder(),
                f.id
            )),
        );
        return;
    }
    let ctx = Ctx {
        src: &f.source,
        offset: f.yaml_line_offset,
    };
    let set = |target: Option<&mut Localized>, v: &Option<S>| {
        if let (Some(t), Some(text)) = (target, ctx.text(v)) {
            t.translations.insert(lang.clone(), text);
        }
    };
    let body = f.body.trim();
    match f.kind {
        Kind::Event => {
            let Some(raw) = parse_fields::<RawEvent>(f, &EVENT_FIELDS, d) else {
                return;
            };
            let Some(e) = content.events.get_mut(&f.id) else {
                return;
            };
            set(Some(&mut e.title), &raw.title);
            set(e.summary.as_mut(), &raw.summary);
            set(e.accessibility.as_mut(), &raw.accessibility);
            if !body.is_empty() {
                e.body.translations.insert(lang.clone(), f.body.clone());
            }
        }
        Kind::Festival => {
            let Some(raw) = parse_fields::<RawFestival>(f, &FESTIVAL_FIELDS, d) else {
                return;
            };
            let Some(x) = content.festivals.get_mut(&f.id) else {
                return;
            };
            set(Some(&mut x.title), &raw.title);
            set(x.summary.as_mut(), &raw.summary);
            if !body.is_empty() {
                x.body.translations.insert(lang.clone(), f.body.clone());
            }
        }
        Kind::Page => {
            let Some(raw) = parse_fields::<RawPage>(f, &PAGE_FIELDS, d) else {
                return;
            };
            let Some(x) = content.pages.get_mut(&f.id) else {
                return;
            };
            set(Some(&mut x.title), &raw.title);
            set(x.summary.as_mut(), &raw.summary);
            if !body.is_empty() {
                x.body.translations.insert(lang.clone(), f.body.clone());
            }
        }
        Kind::Venue => {
            let Some(raw) = parse_fields::<RawVenue>(f, &VENUE_FIELDS, d) else {
                return;
            };
            let Some(x) = content.venues.get_mut(&f.id) else {
                return;
            };
            set(Some(&mut x.name), &raw.name);
            set(x.accessibility.as_mut(), &raw.accessibility);
        }
        Kind::QrSheet => {
            let Some(raw) = parse_fields::<RawQrSheet>(f, &QR_FIELDS, d) else {
                return;
            };
            let Some(x) = content.qr_sheets.get_mut(&f.id) else {
                return;
            };
            set(Some(&mut x.title), &raw.title);
            if let Some(list) = &raw.links {
                if list.value.len() != x.links.len() {
                    d.error(
                        &f.source,
                        ctx.pos_of(list),
                        format!(
                            "this translation has {} links but the original has {}",
                            list.value.len(),
                            x.links.len()
                        ),
                        Some(
                            "give one `- label: …` per link of the original, in the same order"
                                .into(),
                        ),
                    );
                    return;
                }
                for (item, link) in list.value.iter().zip(x.links.iter_mut()) {
                    if let Some(u) = &item.value.url {
                        d.error(&f.source, ctx.pos(u), "`url` cannot be translated, so it does not belong in a translation file", Some("delete this line; the link in the original file is used for every language".into()));
                    }
                    if let Some(text) = ctx.text(&item.value.label) {
                        link.label.translations.insert(lang.clone(), text);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90m"), Some(90));
        assert_eq!(parse_duration("2h"), Some(120));
        assert_eq!(parse_duration("1h30m"), Some(90));
        assert_eq!(parse_duration("1h 30m"), Some(90));
        assert_eq!(parse_duration("0m"), None);
        assert_eq!(parse_duration("an hour"), None);
    }

    #[test]
    fn ages_and_costs() {
        assert_eq!(parse_ages("0-4"), Some(Ages::Range(0, 4)));
        assert_eq!(parse_ages("bump"), Some(Ages::Bump));
        assert_eq!(parse_ages("bump-1"), Some(Ages::BumpTo(1)));
        assert_eq!(parse_ages("3"), Some(Ages::Range(3, 3)));
        assert_eq!(parse_ages("4-0"), None);
        assert_eq!(parse_ages("toddlers"), None);
        assert_eq!(parse_cost("free"), Some(Cost::Free));
        assert_eq!(parse_cost("£3.50"), Some(Cost::Price("£3.50".into())));
        assert_eq!(parse_cost("2"), Some(Cost::Price("£2".into())));
        assert_eq!(parse_cost("£0"), Some(Cost::Free));
        assert_eq!(parse_cost("two pounds"), None);
        assert_eq!(parse_cost("£3.5"), None);
    }

    #[test]
    fn dates_written_the_british_way_get_a_rewrite() {
        assert!(parse_date("2026-08-04").is_ok());
        let fix = parse_date("04/08/2026").unwrap_err();
        assert!(fix.contains("`2026-08-04`"), "{fix}");
        assert!(matches!(
            parse_when("2026-08-04 10:30", false),
            Ok(When::DateTime(_))
        ));
        assert!(parse_when("2026-08-04 25:30", false).is_err());
        assert!(matches!(parse_when("12:00", true), Ok(When::Time(_))));
    }

    #[test]
    fn contrast_matches_wcag_examples() {
        assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 0.01);
        assert!((contrast("#777777", "#ffffff") - 4.48).abs() < 0.01);
        assert_eq!(best_text_on("#f4a300"), "#000000");
        assert_eq!(best_text_on("#1d3557"), "#ffffff");
        assert_eq!(parse_hex_colour("#ABC").as_deref(), Some("#aabbcc"));
        assert_eq!(parse_hex_colour("orange"), None);
    }
}
