//! The checked site: what validation produces and later stages consume.
//! Nothing here can be invalid: dates parse, references resolve, URLs are URLs.

use std::collections::BTreeMap;

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use url::Url;

use crate::diagnostics::Pos;

/// Where a record was written: its file and the place of each field in it, so
/// stages after validation can name a line without going back to the file.
///
/// Top-level fields are keyed by name (`title`, `booking`) at the position of
/// the key; fields inside a list or mapping by path (`links.0.label`,
/// `look.image`, `languages.1.name`) at the position of the value. Positions
/// are part of a record's equality: an edit that only moves lines changes the
/// record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    /// The file as findings name it, e.g. `content/events/x.md`.
    pub file: String,
    pub fields: BTreeMap<String, Pos>,
    /// The `<id>.<lang>.*` files merged into the record, by language.
    pub translations: BTreeMap<String, Origin>,
}

impl Origin {
    pub fn new(file: impl Into<String>) -> Origin {
        Origin {
            file: file.into(),
            ..Origin::default()
        }
    }

    /// Where `field` is written, if it is.
    pub fn pos(&self, field: &str) -> Option<Pos> {
        self.fields.get(field).copied()
    }

    /// Where `field` is written, else the start of the file.
    pub fn pos_or_file(&self, field: &str) -> Pos {
        self.pos(field).unwrap_or(Pos::FILE)
    }

    /// The line `field` is written on, else the file's first line.
    pub fn line(&self, field: &str) -> usize {
        self.pos_or_file(field).line
    }

    /// The first line on which one of `fields` is written, else 1.
    pub fn first_line(&self, fields: &[&str]) -> usize {
        fields
            .iter()
            .filter_map(|f| self.pos(f))
            .map(|p| p.line)
            .min()
            .unwrap_or(1)
    }

    /// The origin of the text in `lang`: the translation file's when the
    /// record has one in that language, else this one.
    pub fn in_lang(&self, lang: Option<&str>) -> &Origin {
        lang.and_then(|l| self.translations.get(l)).unwrap_or(self)
    }
}

/// Text written in the default language, with its translations by language code.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Localized {
    pub default: String,
    pub translations: BTreeMap<String, String>,
}

impl Localized {
    pub fn new(default: String) -> Self {
        Localized {
            default,
            translations: BTreeMap::new(),
        }
    }

    /// The text for `lang`, and whether it fell back to the default language.
    pub fn get(&self, lang: &str) -> (&str, bool) {
        match self.translations.get(lang) {
            Some(t) => (t, false),
            None => (&self.default, true),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }

    /// Scripts written right to left, by the language's usual script.
    pub fn for_language(code: &str) -> Dir {
        let primary = code.split('-').next().unwrap_or(code);
        match primary {
            "ar" | "arc" | "ckb" | "dv" | "fa" | "he" | "ks" | "ku" | "ps" | "sd" | "ug" | "ur"
            | "yi" => Dir::Rtl,
            _ => Dir::Ltr,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Language {
    pub code: String,
    /// The language's name in itself (Português), as in site.yaml.
    pub name: String,
    pub dir: Dir,
    /// The locale used for plurals, and for dates where CLDR has them, e.g. `en-GB`.
    pub locale: String,
    /// The locale dates and times are written in: `locale`, or the default
    /// language's where CLDR has no date names for this language.
    pub dates_locale: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    pub title: String,
    pub base_url: Url,
    pub timezone: TimeZone,
    pub timezone_name: String,
    pub default_language: String,
    /// In picker order; the default language is among them.
    pub languages: Vec<Language>,
    pub areas: Vec<String>,
    /// The postcode districts (`SW9`) and sectors (`SW9 0`) of each area
    /// that has them, by area name, normalised (capitals, one space), in the
    /// order written. No prefix belongs to two areas.
    pub postcodes: BTreeMap<String, Vec<String>>,
    pub theme: String,
    pub booking_tracking: Vec<(String, String)>,
    /// How many weeks ahead repeating activities are listed on the what's-on page.
    pub listing_weeks: u32,
    /// Leaflets and QR sheets (`print:` in site.yaml).
    pub print: PrintSettings,
    /// The country (`region:` in site.yaml, `GB` for a London site), if known.
    pub region: Option<String>,
    /// The contact panel printed on leaflets (`contact:`), if any.
    pub contact: Option<Contact>,
    /// Partners and funders whose logos leaflets print (`partners:`).
    pub partners: Vec<Partner>,
    /// No leaflet is made in a language with less of its text translated
    /// than this, in percent (`leaflet_min_translated:`, default 50).
    pub leaflet_min_translated: u8,
    /// Door-drop leaflets per area (`area_leaflets:`); `None`: none are made.
    pub area_leaflets: Option<AreaLeaflets>,
    /// `content/site.yaml`, with `languages.<n>.name` for each language.
    pub origin: Origin,
}

/// `contact:` in site.yaml: how families reach the organisers. Every line is
/// optional; printed as written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Contact {
    pub phone: Option<String>,
    pub email: Option<String>,
    pub web: Option<String>,
}

impl Contact {
    /// The lines to print, in order.
    pub fn lines(&self) -> Vec<&str> {
        [&self.phone, &self.email, &self.web]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect()
    }
}

/// One of `partners:` in site.yaml: a partner or funder and its logo.
#[derive(Debug, Clone, PartialEq)]
pub struct Partner {
    pub name: String,
    /// The logo on disk, inside content/ (SVG, PNG or JPEG).
    pub logo: std::path::PathBuf,
}

/// The default `leaflet_min_translated`: half of a leaflet's words.
pub const DEFAULT_LEAFLET_MIN_TRANSLATED: u8 = 50;

/// Paper sizes for leaflets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    A5,
    A4,
    /// Posters only.
    A3,
    /// 99 × 210 mm, the size of a DL envelope.
    Dl,
}

impl Paper {
    /// Trim width and height in millimetres, portrait.
    pub fn size_mm(self) -> (f64, f64) {
        match self {
            Paper::A5 => (148.0, 210.0),
            Paper::A4 => (210.0, 297.0),
            Paper::A3 => (297.0, 420.0),
            Paper::Dl => (99.0, 210.0),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Paper::A5 => "a5",
            Paper::A4 => "a4",
            Paper::A3 => "a3",
            Paper::Dl => "dl",
        }
    }
}

/// `area_leaflets:` in site.yaml: a leaflet per area and language of what is
/// on at and for that area in the coming weeks, for door drops.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AreaLeaflets {
    /// How many weeks the leaflet covers (1 to 12).
    pub weeks: u32,
    pub paper: Paper,
    /// The first day covered; `None`: the day of the build.
    pub from: Option<jiff::civil::Date>,
}

impl AreaLeaflets {
    pub const DEFAULT_WEEKS: u32 = 4;
}

/// What a printed QR code points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QrTarget {
    /// A short link on the site (`<base_url>/b/<code>/`) that redirects.
    Short,
    /// The booking link itself.
    Direct,
}

/// `print:` in site.yaml.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PrintSettings {
    pub paper: Paper,
    /// Bleed on every side, in millimetres.
    pub bleed_mm: f64,
    pub qr_target: QrTarget,
}

impl Default for PrintSettings {
    fn default() -> Self {
        PrintSettings {
            paper: Paper::A5,
            bleed_mm: 3.0,
            qr_target: QrTarget::Short,
        }
    }
}

fn ending_in_slash(s: &str) -> String {
    if s.ends_with('/') {
        s.to_owned()
    } else {
        format!("{s}/")
    }
}

impl Site {
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// Root-relative path of the site (`/` or `/whatson/`), from `base_url`.
    pub fn base_path(&self) -> String {
        ending_in_slash(self.base_url.path())
    }

    /// The site's absolute address (`base_url`), ending in `/`.
    pub fn base_abs(&self) -> String {
        ending_in_slash(self.base_url.as_str())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Venue {
    pub id: String,
    pub name: Localized,
    pub address: String,
    pub postcode: Option<String>,
    pub area: String,
    pub location: Option<(f64, f64)>,
    pub accessibility: Option<Localized>,
    pub origin: Origin,
}

/// A festival's colours, checked for contrast.
#[derive(Debug, Clone, PartialEq)]
pub struct Look {
    pub primary: String,
    pub accent: String,
    pub text_on_primary: String,
    pub text_on_accent: String,
    pub image: Option<ImageRef>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Festival {
    pub id: String,
    pub title: Localized,
    pub summary: Option<Localized>,
    pub body: Localized,
    pub starts: Date,
    pub ends: Date,
    pub look: Look,
    pub origin: Origin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ages {
    /// Pregnancy only.
    Bump,
    /// Pregnancy up to and including this age in years.
    BumpTo(u8),
    /// Whole years, inclusive.
    Range(u8, u8),
    /// For babies, from `from` months: up to and including `to` months
    /// (`0-18m`), or with `to_years` to `to` whole years inclusive (`6m-2`).
    Months { from: u8, to: u8, to_years: bool },
}

impl Ages {
    /// The ages in months a child may have, inclusive (`0-4` is 0 to 59
    /// months, `0-18m` 0 to 18), for the age filter; `None` for pregnancy only.
    pub fn months(self) -> Option<(u16, u16)> {
        let years = |y: u8| u16::from(y) * 12 + 11;
        match self {
            Ages::Bump => None,
            Ages::BumpTo(to) => Some((0, years(to))),
            Ages::Range(a, b) => Some((u16::from(a) * 12, years(b))),
            Ages::Months { from, to, to_years } => Some((
                u16::from(from),
                if to_years { years(to) } else { u16::from(to) },
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cost {
    Free,
    /// As written, e.g. `£3.50`.
    Price(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Every {
    Week,
    TwoWeeks,
    /// Same weekday position in each month; a 5th week means the last one.
    Month,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repeat {
    pub every: Every,
    /// Inclusive; `None` repeats until the build's horizon.
    pub until: Option<Date>,
    pub except: Vec<Date>,
}

/// When an event (or the first session of a repeating one) happens, local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule {
    Timed {
        start: DateTime,
        end: DateTime,
    },
    /// Whole days, `end` inclusive.
    AllDay {
        start: Date,
        end: Date,
    },
}

impl Schedule {
    pub fn start_date(&self) -> Date {
        match self {
            Schedule::Timed { start, .. } => start.date(),
            Schedule::AllDay { start, .. } => *start,
        }
    }
}

/// An image in the content folder, checked to be readable.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageRef {
    /// Absolute path on disk (inside content/).
    pub path: std::path::PathBuf,
    /// Where it is published, relative to the site root (`media/events/x.jpg`).
    pub output: String,
    pub width: u32,
    pub height: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: String,
    pub title: Localized,
    pub summary: Option<Localized>,
    pub body: Localized,
    pub festival: Option<String>,
    pub venue: String,
    pub schedule: Schedule,
    pub repeat: Option<Repeat>,
    pub ages: Option<Ages>,
    pub siblings_welcome: bool,
    pub cost: Cost,
    pub booking: Option<Url>,
    pub drop_in: bool,
    pub flagship: bool,
    pub tags: Vec<String>,
    pub spoken_languages: Vec<String>,
    pub accessibility: Option<Localized>,
    pub image: Option<ImageRef>,
    pub cancelled: bool,
    /// Single sessions changed (`changes:`), by date; each date is a session.
    pub changes: Vec<Change>,
    /// Only families living in these areas (of site.yaml) may come; empty
    /// when everyone may.
    pub for_areas: Vec<String>,
    pub origin: Origin,
}

impl Event {
    /// The change written for the session on `date`, if any.
    pub fn change_on(&self, date: Date) -> Option<&Change> {
        self.changes.iter().find(|c| c.date == date)
    }
}

/// One session of a repeating activity changed, not the whole activity: it
/// stays listed, marked, unlike a date in `except`.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// The session's usual date (its date stays the same when moved).
    pub date: Date,
    pub what: ChangeKind,
    /// Why, in the event's languages ("Hall closed for repairs").
    pub note: Option<Localized>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Cancelled,
    /// Other times that day; `None` keeps the usual start (or end; a new
    /// start alone keeps the usual length).
    Moved {
        starts: Option<Time>,
        ends: Option<Time>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub id: String,
    pub title: Localized,
    pub summary: Option<Localized>,
    pub body: Localized,
    pub origin: Origin,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QrLink {
    pub label: Localized,
    pub url: Url,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QrSheet {
    pub id: String,
    /// `layout: poster` for a wall poster with large codes; else a grid.
    pub layout: SheetLayout,
    /// With `links.<n>.label` and `links.<n>.url` for each link (also in
    /// translations).
    pub title: Localized,
    pub links: Vec<QrLink>,
    pub origin: Origin,
}

/// How a QR sheet is laid out (`layout:` in its file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SheetLayout {
    /// Three codes a row, to hand out or pin up close by.
    #[default]
    Grid,
    /// Two large codes a page, to scan from across a room.
    Poster,
}

/// The whole checked site. Collections are sorted by id so output is deterministic.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub site: Site,
    pub venues: BTreeMap<String, Venue>,
    pub festivals: BTreeMap<String, Festival>,
    /// Shared, so a preview's next model takes unchanged events over by reference.
    pub events: BTreeMap<String, std::sync::Arc<Event>>,
    pub pages: BTreeMap<String, Page>,
    pub qr_sheets: BTreeMap<String, QrSheet>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origin_lines_fall_back_to_the_first_line_and_follow_translations() {
        let mut o = Origin::new("content/events/x.md");
        o.fields.insert("title".into(), Pos::new(2, 1));
        o.fields.insert("booking".into(), Pos::new(9, 1));
        let mut t = Origin::new("content/events/x.pt.md");
        t.fields.insert("title".into(), Pos::new(3, 1));
        o.translations.insert("pt".into(), t);
        assert_eq!(o.line("title"), 2);
        assert_eq!(o.line("summary"), 1);
        assert_eq!(o.first_line(&["booking", "url"]), 9);
        assert_eq!(o.first_line(&["url"]), 1);
        assert_eq!(o.in_lang(Some("pt")).file, "content/events/x.pt.md");
        assert_eq!(o.in_lang(Some("pt")).line("title"), 3);
        assert_eq!(o.in_lang(Some("so")).file, "content/events/x.md");
        assert_eq!(o.in_lang(None).file, "content/events/x.md");
    }
}
