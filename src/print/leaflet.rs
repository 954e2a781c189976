//! What goes on each printed document: the data a layout receives (as
//! `/data.json`), its QR codes (as `/qr/<n>.svg`), and every piece of text with
//! the file it came from, so a problem with it can name that file.

use std::collections::BTreeMap;

use fluent_bundle::FluentValue;
use jiff::Zoned;
use serde_json::{json, Value};

use crate::expand::{Expanded, Occurrence};
use crate::i18n::{args, Formats, Messages, Say};
use crate::model::*;
use crate::route::Route;

use super::qr::{self, Qr};
use super::shortlink::{Key, ShortLink};
use super::Sources;

/// Printed QR sizes in millimetres, quiet zone included.
pub const EVENT_QR_MM: f64 = 22.0;
pub const FESTIVAL_QR_MM: f64 = 34.0;
pub const SHEET_QR_MM: f64 = 42.0;
/// Codes on a wall poster (`layout: poster`). A phone camera reads a code
/// from about ten times its width (the usual rule for QR codes), so a code
/// scanned by someone standing 1 metre from the wall needs about 100 mm,
/// quiet zone included; two such codes fill an A4 page.
pub const POSTER_QR_MM: f64 = 100.0;
/// Crop marks are drawn this far beyond the bleed, in the slug.
pub const MARKS_MM: f64 = 10.0;
/// A QR sheet label longer than this does not fit its cell in three lines.
pub const MAX_LABEL_CHARS: usize = 90;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    Leaflet,
    /// A door-drop leaflet of one area (`area_leaflets:`): the festival
    /// leaflet's layout with the area's coming weeks.
    AreaLeaflet,
    QrSheet,
    /// A wall poster of a flagship event or a festival, A4 or A3.
    Poster,
    /// A PNG picture for link previews and social media.
    Share(super::share::Shape),
}

impl Doc {
    /// Where it goes in the output: `print/<lang>/<name>.pdf` (`.png` for a
    /// share image).
    pub(super) fn out_path(&self) -> String {
        self.route(if self.kind.is_picture() { "png" } else { "pdf" })
            .file()
    }

    /// Its address with extension `ext`: the document itself, or (`html`)
    /// its page for the web.
    pub(super) fn route(&self, ext: &'static str) -> Route<'_> {
        Route::Print {
            lang: &self.lang,
            name: &self.name,
            ext,
        }
    }

    /// Where its thumbnail for the staff index goes.
    pub(super) fn thumb_path(&self) -> String {
        Route::PrintThumb {
            lang: &self.lang,
            name: &self.name,
        }
        .file()
    }
}

impl DocKind {
    pub fn layout(self) -> &'static str {
        match self {
            DocKind::Leaflet | DocKind::AreaLeaflet => "leaflet.typ",
            DocKind::QrSheet => "qr-sheet.typ",
            DocKind::Poster => "poster.typ",
            DocKind::Share(_) => "share.typ",
        }
    }

    /// A PNG picture rather than a PDF.
    pub fn is_picture(self) -> bool {
        matches!(self, DocKind::Share(_))
    }
}

/// One document to print, in one language.
pub struct Doc {
    pub kind: DocKind,
    /// `summer-2027-leaflet`, `useful-links-qr-sheet`.
    pub name: String,
    pub lang: String,
    pub title: String,
    /// The content file the document is made from.
    pub file: String,
    pub data: Value,
    /// (virtual path, code) of every QR code in the document.
    pub qrs: Vec<(String, Qr)>,
    /// (file, text) of everything printed, for the font check.
    pub texts: Vec<(String, String)>,
    /// Names in `data.labels` this language has no string for yet: they are
    /// in the default language.
    pub fallback_labels: Vec<String>,
    /// (virtual path, original on disk) of every picture in the document:
    /// PDFs are printed from the original, at its full resolution.
    pub pictures: Vec<(String, std::path::PathBuf)>,
    /// For a leaflet: the share of its text (content and labels, by
    /// characters) in its own language, in percent.
    pub translated: Option<u8>,
    /// Typeset again at other scales until its pages are full (see `fit`).
    pub fit: bool,
}

/// Every interface string a leaflet prints: (name in `data.labels`, key in
/// `locales/<lang>.ftl`). Nothing printed is written in a layout itself.
pub const LEAFLET_LABELS: &[(&str, &str)] = &[
    ("site", "site-title"),
    ("tagline", "site-tagline"),
    ("scan_to_book", "print-scan-to-book"),
    ("scan_festival", "print-scan-festival"),
    ("how_to_book", "print-how-to-book"),
    ("drop_in", "event-drop-in"),
    ("no_events", "print-no-events"),
    ("ages", "event-ages"),
    ("cost", "event-cost"),
    ("flagship", "event-flagship"),
    ("contact", "print-contact"),
    ("partners", "print-partners"),
];

/// Every interface string a QR sheet prints, as [`LEAFLET_LABELS`].
pub const SHEET_LABELS: &[(&str, &str)] =
    &[("site", "site-title"), ("scan_hint", "print-sheet-hint")];

/// Every other key the print stage reads from `locales/<lang>.ftl`.
pub const OTHER_KEYS: &[&str] = &[
    "print-booking-sheet-title",
    "festival-dates",
    "cost-free",
    "event-repeats-week",
    "event-repeats-2weeks",
    "event-repeats-month",
    "event-repeats-until",
    "event-all-day",
    "ages-bump",
    "ages-bump-to",
    "ages-single",
    "ages-range",
    "print-download-pdf",
    "print-area-title",
    "print-redirect-title",
    "print-redirect-text",
];

/// A problem found while preparing a document.
pub struct Finding {
    pub error: bool,
    pub file: String,
    pub line: usize,
    pub message: String,
    pub fix: String,
}

/// Shared by all documents of one build.
pub struct Ctx<'a> {
    pub content: &'a Content,
    pub expanded: &'a Expanded,
    pub now: &'a Zoned,
    pub messages: &'a Messages,
    pub links: &'a BTreeMap<Key, ShortLink>,
    pub sources: &'a Sources<'a>,
    /// The web versions of pictures, for the printable web page.
    pub pictures: &'a crate::images::Pictures,
}

/// One language's view of the build.
pub struct Lang<'a> {
    pub c: &'a Ctx<'a>,
    pub lang: &'a Language,
    pub formats: Formats,
}

impl Say for Lang<'_> {
    fn t(&self, key: &str) -> String {
        self.c.messages.get(&self.lang.code, key, None)
    }

    fn t_args(&self, key: &str, a: &[(&str, FluentValue)]) -> String {
        self.c.messages.get(&self.lang.code, key, Some(&args(a)))
    }

    fn formats(&self) -> &Formats {
        &self.formats
    }
}

impl<'a> Lang<'a> {
    pub fn new(c: &'a Ctx<'a>, lang: &'a Language) -> Self {
        Lang {
            c,
            lang,
            formats: Formats::new(&lang.dates_locale),
        }
    }

    /// Text in this language (or the default), with the file it came from.
    pub(super) fn text(
        &self,
        l: &Localized,
        kind: crate::load::Kind,
        id: &str,
    ) -> (String, String) {
        let (t, fallback) = l.get(&self.lang.code);
        let lang = (!fallback).then_some(self.lang.code.as_str());
        (t.to_owned(), self.c.sources.file(kind, id, lang))
    }

    /// Content text for a layout: `{text, lang, dir, fallback}`, where `lang`
    /// and `dir` are the default language's when the text is not translated
    /// yet (`fallback`), so the layout sets it in that language and direction
    /// (English inside an Arabic leaflet stays left to right) and the printable
    /// page marks it with its own `lang`.
    pub(super) fn marked(&self, l: &Localized) -> Value {
        let (t, fallback) = l.get(&self.lang.code);
        self.marked_text(t, fallback)
    }

    pub(super) fn marked_text(&self, t: &str, fallback: bool) -> Value {
        let site = &self.c.content.site;
        if fallback && self.lang.code != site.default_language {
            let dir = site
                .language(&site.default_language)
                .map_or("ltr", |x| x.dir.as_str());
            json!({"text": t, "lang": typst_lang(&site.default_language), "dir": dir, "fallback": true})
        } else {
            json!({"text": t, "lang": typst_lang(&self.lang.code), "dir": self.lang.dir.as_str(), "fallback": false})
        }
    }

    /// `{name: {lang, dir}}` of the labels shown in the default language.
    pub(super) fn fallback_map(&self, names: &[String]) -> Value {
        let site = &self.c.content.site;
        let dir = site
            .language(&site.default_language)
            .map_or("ltr", |x| x.dir.as_str());
        names
            .iter()
            .map(|n| {
                (
                    n.clone(),
                    json!({"lang": typst_lang(&site.default_language), "dir": dir}),
                )
            })
            .collect::<serde_json::Map<String, Value>>()
            .into()
    }

    /// The interface strings of a layout, by name, from `locales/<lang>.ftl`,
    /// and the names of those this language does not have yet (shown in the
    /// default language).
    pub(super) fn labels(&self, keys: &[(&str, &str)]) -> (Value, Vec<String>) {
        let mut out = serde_json::Map::new();
        let mut fallback = Vec::new();
        for (name, key) in keys {
            out.insert((*name).to_owned(), Value::String(self.t(key)));
            let default = &self.c.content.site.default_language;
            if self.lang.code != *default && !self.c.messages.has(&self.lang.code, key) {
                fallback.push((*name).to_owned());
            }
        }
        (Value::Object(out), fallback)
    }

    /// [`labels`](Self::labels) for a document whose translated share counts
    /// them: their texts are checked like the rest, and each counts as this
    /// language's own unless it falls back to the default language.
    pub(super) fn counted_labels(
        &self,
        keys: &[(&str, &str)],
        texts: &mut Vec<(String, String)>,
        share: &mut Share,
    ) -> (Value, Vec<String>) {
        let (labels, fallback) = self.labels(keys);
        collect_strings(&labels, &self.locale_file(), texts, &[]);
        for (name, _) in keys {
            let t = labels
                .get(*name)
                .and_then(Value::as_str)
                .unwrap_or_default();
            share.count(t, !fallback.iter().any(|f| f == name));
        }
        (labels, fallback)
    }

    pub(super) fn locale_file(&self) -> String {
        format!("locales/{}.ftl", self.lang.code)
    }

    /// The key of an event's short link in this language.
    pub(super) fn event_key(&self, id: &str) -> Key {
        Key::event(id, &self.lang.code, &self.c.content.site.default_language)
    }

    /// The QR code for a short link's key: the short URL, or with
    /// `qr_target: direct` the destination itself when it fits.
    pub(super) fn qr(
        &self,
        key: &Key,
        size_mm: f64,
        findings: &mut Vec<Finding>,
    ) -> Option<(Qr, String)> {
        let site = &self.c.content.site;
        let link = self.c.links.get(key)?;
        let short = link.url(site);
        if site.print.qr_target == QrTarget::Direct {
            match qr::encode(link.target.as_str(), size_mm) {
                Ok(q) => {
                    let shown = short_display(&short);
                    return Some((q, shown));
                }
                Err(e) => findings.push(Finding {
                    error: false,
                    line: self.c.sources.link_line(key),
                    file: link.file.clone(),
                    message: format!("{e}, so the printed QR code uses the short link {short} instead"),
                    fix: "shorten the link (leave out tracking and search parameters), or set `print: { qr_target: short }` in content/site.yaml".into(),
                }),
            }
        }
        match qr::encode(&short, size_mm) {
            Ok(q) => Some((q, short_display(&short))),
            Err(e) => {
                findings.push(Finding {
                    error: true,
                    file: "content/site.yaml".into(),
                    line: site.origin.line("base_url"),
                    message: format!("the short link {short}: {e}"),
                    fix: "use a shorter `base_url`".into(),
                });
                None
            }
        }
    }

    /// The leaflet of festival `f`: its details and its upcoming events.
    pub fn leaflet(&self, f: &Festival, findings: &mut Vec<Finding>) -> Doc {
        use crate::load::Kind;
        let c = self.c.content;
        let site = &c.site;
        let mut texts = Vec::new();
        let mut qrs: Vec<(String, Qr)> = Vec::new();
        let (title, tfile) = self.text(&f.title, Kind::Festival, &f.id);
        texts.push((tfile.clone(), title.clone()));
        if let Some(s) = &f.summary {
            texts.push(self.text(s, Kind::Festival, &f.id).swap());
        }
        // Each event once, at its next session.
        let mut firsts: Vec<&Occurrence> = Vec::new();
        for o in &self.c.expanded.occurrences {
            let Some(e) = c.events.get(&o.event) else {
                continue;
            };
            if e.festival.as_deref() != Some(f.id.as_str()) || e.cancelled || o.is_past(self.c.now)
            {
                continue;
            }
            if !firsts.iter().any(|x| x.event == o.event) {
                firsts.push(o);
            }
        }
        // In date order (occurrences are sorted): a family reads a programme
        // by its dates. Headline events carry a mark instead of moving.
        let mut share = Share {
            default: self.lang.code == site.default_language,
            ..Share::default()
        };
        share.add(&f.title, &self.lang.code);
        if let Some(s) = &f.summary {
            share.add(s, &self.lang.code);
        }
        let mut events = Vec::new();
        for o in firsts {
            let e = &c.events[&o.event];
            events.push(self.event_row(o, e, &mut qrs, &mut texts, &mut share, findings));
        }
        let festival_qr = self
            .qr(
                &Key::Festival {
                    id: f.id.clone(),
                    lang: self.lang.code.clone(),
                },
                FESTIVAL_QR_MM,
                findings,
            )
            .map(|(q, shown)| {
                let path = format!("/qr/{}.svg", qrs.len() + 1);
                let v = json!({"file": path, "mm": FESTIVAL_QR_MM, "link": shown, "svg": q.svg});
                qrs.push((path, q));
                v
            });
        let (labels, fallback_labels) = self.counted_labels(LEAFLET_LABELS, &mut texts, &mut share);
        let dates = self.dates_label(f.starts, f.ends);
        texts.push((self.locale_file(), dates.clone()));
        let mut pictures = Vec::new();
        let image = f.look.image.as_ref().map(|img| {
            let file = picture_file(img, &mut pictures);
            let base = site.base_path();
            let web = self.c.pictures.get(&img.output);
            json!({
                "file": file,
                "width": img.width,
                "height": img.height,
                "url": web.map(|p| format!("{base}{}", p.src)),
                "srcset": web.map(|p| p.srcset(&base)),
            })
        });
        let (contact, partners) = self.closing_panel(&mut texts, &mut pictures);
        let data = json!({
            "kind": "leaflet",
            // How the layout is scaled to fill whole pages (see `fit`).
            "fit": {"scale": 1.0, "back_page": false},
            "contact": contact,
            "partners": partners,
            "lang": typst_lang(&self.lang.code),
            "dir": self.lang.dir.as_str(),
            "page": self.page(site.print.paper),
            "look": look(&f.look),
            "title": self.marked(&f.title),
            "dates": dates,
            "summary": f.summary.as_ref().map(|x| self.marked(x)),
            "events": events,
            "festival_qr": festival_qr,
            "image": image,
            "site_url": short_display(&site.base_abs()),
            "labels": labels,
            "fallback_labels": self.fallback_map(&fallback_labels),
        });
        Doc {
            kind: DocKind::Leaflet,
            name: format!("{}-leaflet", f.id),
            lang: self.lang.code.clone(),
            title,
            file: tfile,
            data,
            qrs,
            texts,
            fallback_labels,
            pictures,
            translated: Some(share.percent()),
            fit: site.print.paper == Paper::A5,
        }
    }

    /// One event as a leaflet prints it, at its session `o`: its texts go
    /// into `texts` and `share`, its booking code into `qrs`.
    fn event_row(
        &self,
        o: &Occurrence,
        e: &Event,
        qrs: &mut Vec<(String, Qr)>,
        texts: &mut Vec<(String, String)>,
        share: &mut Share,
        findings: &mut Vec<Finding>,
    ) -> Value {
        use crate::load::Kind;
        let c = self.c.content;
        texts.push(self.text(&e.title, Kind::Event, &e.id).swap());
        share.add(&e.title, &self.lang.code);
        if let Some(s) = &e.summary {
            texts.push(self.text(s, Kind::Event, &e.id).swap());
            share.add(s, &self.lang.code);
        }
        let venue = c.venues.get(&e.venue);
        if let Some(v) = venue {
            self.venue_texts(v, texts, share);
        }
        let repeat = e
            .repeat
            .as_ref()
            .map(|r| self.repeat_rule(r, e.schedule.start_date()));
        let bookable = e.booking.is_some() && !e.drop_in;
        let qr = if bookable {
            self.qr(&self.event_key(&e.id), EVENT_QR_MM, findings)
                .map(|(q, shown)| {
                    let path = format!("/qr/{}.svg", qrs.len() + 1);
                    let v = json!({"file": path, "mm": EVENT_QR_MM, "link": shown, "svg": q.svg});
                    qrs.push((path, q));
                    v
                })
        } else {
            None
        };
        let cost = self.cost_label(&e.cost);
        let row = json!({
            "id": e.id,
            "date": self.formats.weekday_date(o.date()),
            "time": self.time_label(o),
            "repeat": repeat,
            "title": self.marked(&e.title),
            "summary": e.summary.as_ref().map(|x| self.marked(x)),
            "venue": venue.map(|v| self.marked(&v.name)),
            "area": venue.map(|v| v.area.clone()),
            "address": venue.map(|v| v.address.clone()),
            "postcode": venue.and_then(|v| v.postcode.clone()),
            "ages": e.ages.map(|a| self.ages_label(a)),
            "cost": cost,
            "drop_in": e.drop_in,
            "flagship": e.flagship,
            "qr": qr,
        });
        collect_strings(
            &row,
            &self.locale_file(),
            texts,
            &["id", "title", "summary", "venue", "address", "postcode"],
        );
        row
    }

    /// The closing panel's contact lines and partners' logos, from site.yaml.
    fn closing_panel(
        &self,
        texts: &mut Vec<(String, String)>,
        pictures: &mut Vec<(String, std::path::PathBuf)>,
    ) -> (Value, Value) {
        let site = &self.c.content.site;
        let contact = site.contact.as_ref().map(|ct| {
            let lines = ct.lines();
            for l in &lines {
                texts.push((site.origin.file.clone(), (*l).to_owned()));
            }
            json!({"lines": lines})
        });
        let partners: Vec<Value> = site
            .partners
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let ext = p
                    .logo
                    .extension()
                    .map(|e| e.to_string_lossy().to_lowercase())
                    .unwrap_or_default();
                let file = format!("/partners/{}.{ext}", i + 1);
                pictures.push((file.clone(), p.logo.clone()));
                texts.push((site.origin.file.clone(), p.name.clone()));
                json!({"name": p.name, "file": file})
            })
            .collect();
        (json!(contact), Value::Array(partners))
    }

    /// The door-drop leaflet of `area` (its address part `slug`): every event
    /// at a venue in the area or open to its families (`for_areas`), with a
    /// session from `from` to `until` (exclusive), once at its first such
    /// session, in date order. An event only for other areas' families is
    /// left out. `None` when nothing is on then.
    pub fn area_leaflet(
        &self,
        area: &str,
        slug: &str,
        (from, until): (jiff::civil::Date, jiff::civil::Date),
        paper: Paper,
        findings: &mut Vec<Finding>,
    ) -> Option<Doc> {
        let c = self.c.content;
        let site = &c.site;
        let mut firsts: Vec<&Occurrence> = Vec::new();
        for o in &self.c.expanded.occurrences {
            let Some(e) = c.events.get(&o.event) else {
                continue;
            };
            let venue_area = c.venues.get(&e.venue).map(|v| v.area.as_str());
            if !for_area(e, venue_area, area)
                || e.cancelled
                || o.changed == crate::expand::Changed::Cancelled
                || o.is_past(self.c.now)
                || o.date() < from
                || o.date() >= until
            {
                continue;
            }
            if !firsts.iter().any(|x| x.event == o.event) {
                firsts.push(o);
            }
        }
        if firsts.is_empty() {
            return None;
        }
        let mut texts = Vec::new();
        let mut qrs: Vec<(String, Qr)> = Vec::new();
        let mut share = Share {
            default: self.lang.code == site.default_language,
            ..Share::default()
        };
        let events: Vec<Value> = firsts
            .into_iter()
            .map(|o| {
                let e = &c.events[&o.event];
                self.event_row(o, e, &mut qrs, &mut texts, &mut share, findings)
            })
            .collect();
        let title = self.t_args("print-area-title", &[("area", area.to_owned().into())]);
        let own_title = self.c.messages.has(&self.lang.code, "print-area-title")
            || self.lang.code == site.default_language;
        share.count(&title, own_title);
        texts.push((self.locale_file(), title.clone()));
        let (labels, fallback_labels) = self.counted_labels(LEAFLET_LABELS, &mut texts, &mut share);
        let last = until.yesterday().unwrap_or(until);
        let dates = self.dates_label(from, last);
        texts.push((self.locale_file(), dates.clone()));
        let mut pictures = Vec::new();
        let (contact, partners) = self.closing_panel(&mut texts, &mut pictures);
        let data = json!({
            "kind": "area-leaflet",
            "fit": {"scale": 1.0, "back_page": false},
            "contact": contact,
            "partners": partners,
            "lang": typst_lang(&self.lang.code),
            "dir": self.lang.dir.as_str(),
            "page": self.page(paper),
            "look": look(&default_look()),
            "title": self.marked_text(&title, !own_title),
            "dates": dates,
            "summary": Value::Null,
            "area": area,
            "events": events,
            "festival_qr": Value::Null,
            "image": Value::Null,
            "site_url": short_display(&site.base_abs()),
            "labels": labels,
            "fallback_labels": self.fallback_map(&fallback_labels),
        });
        Some(Doc {
            kind: DocKind::AreaLeaflet,
            name: format!("area-{slug}"),
            lang: self.lang.code.clone(),
            title,
            file: self.locale_file(),
            data,
            qrs,
            texts,
            fallback_labels,
            pictures,
            translated: Some(share.percent()),
            fit: true,
        })
    }

    /// Page geometry for a layout.
    pub fn page(&self, paper: Paper) -> Value {
        let (w, h) = paper.size_mm();
        json!({
            "paper": paper.name(),
            "width_mm": w,
            "height_mm": h,
            "bleed_mm": self.c.content.site.print.bleed_mm,
            "marks_mm": MARKS_MM,
        })
    }

    /// A QR sheet from `qr-sheets/<id>.yaml`.
    pub fn sheet(&self, s: &QrSheet, findings: &mut Vec<Finding>) -> Doc {
        use crate::load::Kind;
        let mut texts = Vec::new();
        let (title, tfile) = self.text(&s.title, Kind::QrSheet, &s.id);
        texts.push((tfile.clone(), title.clone()));
        let mut items = Vec::new();
        for (i, l) in s.links.iter().enumerate() {
            let (label, file) = self.text(&l.label, Kind::QrSheet, &s.id);
            items.push((
                Key::sheet_link(
                    &s.id,
                    i,
                    &self.lang.code,
                    &self.c.content.site.default_language,
                ),
                label,
                file,
                self.marked(&l.label),
            ));
        }
        self.sheet_doc(
            format!("{}-qr-sheet", s.id),
            (title, self.marked(&s.title)),
            tfile,
            texts,
            items,
            (None, s.layout),
            findings,
        )
    }

    /// The "scan to book" sheet of a festival: one code per bookable event.
    /// `None` when no event of the festival takes bookings.
    pub fn booking_sheet(&self, f: &Festival, findings: &mut Vec<Finding>) -> Option<Doc> {
        use crate::load::Kind;
        let c = self.c.content;
        let mut texts = Vec::new();
        let (ftitle, tfile) = self.text(&f.title, Kind::Festival, &f.id);
        let title = self.t_args(
            "print-booking-sheet-title",
            &[("festival", ftitle.clone().into())],
        );
        texts.push((tfile.clone(), title.clone()));
        let mut seen = Vec::new();
        let mut items = Vec::new();
        for o in &self.c.expanded.occurrences {
            let Some(e) = c.events.get(&o.event) else {
                continue;
            };
            if e.festival.as_deref() != Some(f.id.as_str())
                || e.cancelled
                || e.drop_in
                || e.booking.is_none()
                || o.is_past(self.c.now)
                || seen.contains(&e.id)
            {
                continue;
            }
            seen.push(e.id.clone());
            let (t, file) = self.text(&e.title, Kind::Event, &e.id);
            let label = format!("{t} – {}", self.formats.date(o.date()));
            // Title and date together: set in the sheet's language (an
            // untranslated title keeps its own direction by the bidi rules).
            let shown = self.marked_text(&label, false);
            items.push((self.event_key(&e.id), label, file, shown));
        }
        if items.is_empty() {
            return None;
        }
        let shown = self.marked_text(&title, false);
        Some(self.sheet_doc(
            format!("{}-booking-qr-sheet", f.id),
            (title, shown),
            tfile,
            texts,
            items,
            (Some(look(&f.look)), SheetLayout::Grid),
            findings,
        ))
    }

    #[allow(clippy::too_many_arguments)]
    fn sheet_doc(
        &self,
        name: String,
        (title, shown_title): (String, Value),
        file: String,
        mut texts: Vec<(String, String)>,
        items: Vec<(Key, String, String, Value)>,
        (look_v, layout): (Option<Value>, SheetLayout),
        findings: &mut Vec<Finding>,
    ) -> Doc {
        let qr_mm = match layout {
            SheetLayout::Grid => SHEET_QR_MM,
            SheetLayout::Poster => POSTER_QR_MM,
        };
        let mut qrs: Vec<(String, Qr)> = Vec::new();
        let mut cells = Vec::new();
        for (key, label, lfile, shown_label) in items {
            let chars = label.chars().count();
            if chars > MAX_LABEL_CHARS {
                findings.push(Finding {
                    error: false,
                    line: self.c.sources.line_containing(&lfile, &label),
                    file: lfile.clone(),
                    message: format!(
                        "the label \"{label}\" has {chars} characters: on the printed QR sheet it takes more than three lines under its code, and the sheet gets longer"
                    ),
                    // A festival's booking sheet labels each code with the
                    // event's title and date: the title is what to shorten.
                    fix: match key {
                        Key::Event { .. } => format!("shorten the event's `title`: with its date, the label should be at most {MAX_LABEL_CHARS} characters"),
                        _ => format!("shorten the label to at most {MAX_LABEL_CHARS} characters"),
                    },
                });
            }
            texts.push((lfile, label.clone()));
            let Some((q, shown)) = self.qr(&key, qr_mm, findings) else {
                continue;
            };
            let path = format!("/qr/{}.svg", qrs.len() + 1);
            cells.push(json!({"label": shown_label, "qr": {"file": path, "mm": qr_mm, "link": shown, "svg": q.svg}}));
            qrs.push((path, q));
        }
        let (labels, fallback_labels) = self.labels(SHEET_LABELS);
        collect_strings(&labels, &self.locale_file(), &mut texts, &[]);
        let data = json!({
            "kind": "qr-sheet",
            "layout": match layout {
                SheetLayout::Grid => "grid",
                SheetLayout::Poster => "poster",
            },
            "lang": typst_lang(&self.lang.code),
            "dir": self.lang.dir.as_str(),
            "page": self.page(Paper::A4),
            "look": look_v.unwrap_or_else(|| look(&default_look())),
            "title": shown_title,
            "cells": cells,
            "site_url": short_display(&self.c.content.site.base_abs()),
            "labels": labels,
            "fallback_labels": self.fallback_map(&fallback_labels),
        });
        Doc {
            kind: DocKind::QrSheet,
            name,
            lang: self.lang.code.clone(),
            title,
            file,
            data,
            qrs,
            texts,
            fallback_labels,
            pictures: Vec::new(),
            translated: None,
            fit: false,
        }
    }
}

/// Whether event `e`, at a venue in `venue_area`, is for families of `area`:
/// open to them by its `for_areas`, or, open to all, at a venue in the area.
pub fn for_area(e: &Event, venue_area: Option<&str>, area: &str) -> bool {
    if e.for_areas.is_empty() {
        venue_area == Some(area)
    } else {
        e.for_areas.iter().any(|a| a == area)
    }
}

/// Characters of a leaflet's text in its own language, and in all.
#[derive(Default)]
pub(super) struct Share {
    /// The site's default language: everything is its own.
    pub(super) default: bool,
    pub(super) own: usize,
    pub(super) all: usize,
}

impl Share {
    pub(super) fn add(&mut self, l: &Localized, lang: &str) {
        let (t, fallback) = l.get(lang);
        self.count(t, !fallback);
    }

    pub(super) fn count(&mut self, t: &str, own: bool) {
        let n = t.chars().filter(|c| !c.is_whitespace()).count();
        self.all += n;
        if own || self.default {
            self.own += n;
        }
    }

    /// Rounded down, so 49.9% is not taken for 50%.
    pub(super) fn percent(&self) -> u8 {
        if self.all == 0 {
            return 100;
        }
        (self.own * 100 / self.all).min(100) as u8
    }
}

/// The look of documents that belong to no festival.
pub(super) fn default_look() -> Look {
    Look {
        primary: "#1d3557".into(),
        accent: "#1d3557".into(),
        text_on_primary: "#ffffff".into(),
        text_on_accent: "#ffffff".into(),
        image: None,
    }
}

pub(super) fn look(l: &Look) -> Value {
    json!({
        "primary": l.primary,
        "accent": l.accent,
        "text_on_primary": l.text_on_primary,
        "text_on_accent": l.text_on_accent,
        // Text in the festival's colour on white paper: the accent, darkened
        // just enough to read (a yellow accent would vanish on paper).
        "ink": crate::contrast::nearest_readable(&l.accent, "#ffffff"),
    })
}

/// `https://x.org/b/abc/` → `x.org/b/abc`: what people type.
pub fn short_display(url: &str) -> String {
    url.trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_owned()
}

/// Adds every string in `v` (except under `skip` keys and inline SVG) to `texts`.
pub(super) fn collect_strings(
    v: &Value,
    file: &str,
    texts: &mut Vec<(String, String)>,
    skip: &[&str],
) {
    match v {
        Value::String(s) => texts.push((file.to_owned(), s.clone())),
        Value::Array(a) => a.iter().for_each(|x| collect_strings(x, file, texts, skip)),
        Value::Object(m) => {
            for (k, x) in m {
                if !skip.contains(&k.as_str()) && k != "svg" && k != "file" && k != "link" {
                    collect_strings(x, file, texts, skip);
                }
            }
        }
        _ => {}
    }
}

impl Lang<'_> {
    /// A venue's name, address and postcode as printed (for the font and
    /// length checks), and its name's translation for the translated share.
    pub(super) fn venue_texts(
        &self,
        v: &Venue,
        texts: &mut Vec<(String, String)>,
        share: &mut Share,
    ) {
        texts.push(self.text(&v.name, crate::load::Kind::Venue, &v.id).swap());
        texts.push((v.origin.file.clone(), v.address.clone()));
        texts.extend(
            v.postcode
                .iter()
                .map(|p| (v.origin.file.clone(), p.clone())),
        );
        share.add(&v.name, &self.lang.code);
    }
}

/// `(text, file)` → `(file, text)`.
pub(super) trait Swap {
    fn swap(self) -> (String, String);
}

impl Swap for (String, String) {
    fn swap(self) -> (String, String) {
        (self.1, self.0)
    }
}

/// A language code as a layout's `text(lang: …)` takes it: the language
/// alone (`pt` for a site's `pt-BR`), since Typst wants its region apart.
pub(super) fn typst_lang(code: &str) -> &str {
    code.split('-').next().unwrap_or(code)
}

/// The virtual file a document's picture is typeset from (`/picture.jpg`),
/// added to its `pictures`: PDFs and PNGs are made from the original.
pub(super) fn picture_file(
    img: &ImageRef,
    pictures: &mut Vec<(String, std::path::PathBuf)>,
) -> String {
    let ext = img
        .path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let file = format!("/picture.{ext}");
    pictures.push((file.clone(), img.path.clone()));
    file
}

/// A picture as the layouts receive it: `{file, width, height}`.
pub(super) fn picture_value(
    img: &ImageRef,
    pictures: &mut Vec<(String, std::path::PathBuf)>,
) -> Value {
    let file = picture_file(img, pictures);
    json!({"file": file, "width": img.width, "height": img.height})
}
