//! Wall posters: one per flagship event and per festival, in A4 and A3, for
//! shops and children's centres. Big type for the title and the key facts
//! (when, where, ages, cost), the festival's colours and picture, and one
//! large QR code to the event's (or festival's) short link.
//!
//! The layout (`poster.typ`) shrinks a long title until it fits its box, down
//! to a smallest readable size, and says in a note (`<whatson-note>`) whether
//! it fitted; [`title_finding`] turns a title that did not into a warning at
//! the `title:` line of the file it came from.

use serde_json::{json, Value};

use crate::expand::{Changed, Occurrence};
use crate::i18n::Say;
use crate::load::Kind;
use crate::model::*;

use super::leaflet::{
    collect_strings, look, picture_value, short_display, typst_lang, Doc, DocKind, Finding, Lang,
    Share, Swap,
};
use super::qr::Qr;
use super::shortlink::Key;

/// The two poster sizes, each in every language.
pub const SIZES: [Paper; 2] = [Paper::A4, Paper::A3];

/// The printed QR code on an A4 poster (quiet zone included): the code itself
/// is over 60 mm wide, which a phone reads from across a room.
pub const A4_QR_MM: f64 = 80.0;
/// On A3 everything is √2 larger.
pub const A3_QR_MM: f64 = 113.0;

/// Every interface string a poster prints, as [`super::leaflet::LEAFLET_LABELS`].
pub const POSTER_LABELS: &[(&str, &str)] = &[
    ("site", "site-title"),
    ("scan_to_book", "print-scan-to-book"),
    ("scan_festival", "print-scan-festival"),
    ("drop_in", "event-drop-in"),
    ("ages", "event-ages"),
    ("cost", "event-cost"),
    ("flagship", "event-flagship"),
];

/// Festival highlights a festival poster lists under its dates.
const HIGHLIGHTS: usize = 3;

pub fn qr_mm(paper: Paper) -> f64 {
    match paper {
        Paper::A3 => A3_QR_MM,
        _ => A4_QR_MM,
    }
}

/// A poster's output name: `poster-<id>-a4`.
pub fn name(id: &str, paper: Paper) -> String {
    format!("poster-{id}-{}", paper.name())
}

impl Lang<'_> {
    /// The next session of `e` a family can still go to.
    fn next_session(&self, e: &Event) -> Option<&Occurrence> {
        super::share::next_session(self.c.expanded, self.c.now, e)
    }

    /// The poster of flagship event `e` in `paper`; `None` when it is
    /// cancelled or has no session left.
    pub fn event_poster(
        &self,
        e: &Event,
        paper: Paper,
        findings: &mut Vec<Finding>,
    ) -> Option<Doc> {
        let parts = self.event_parts(e)?;
        self.poster_doc(parts, paper, findings)
    }

    /// What a poster or share image of event `e` shows: its next session,
    /// venue, ages and cost; `None` when it is cancelled or has no session
    /// left.
    pub(super) fn event_parts(&self, e: &Event) -> Option<PosterParts> {
        if e.cancelled {
            return None;
        }
        let o = self.next_session(e)?;
        let c = self.c.content;
        let site = &c.site;
        let festival = e.festival.as_ref().and_then(|f| c.festivals.get(f));
        let mut texts = Vec::new();
        let mut share = Share {
            default: self.lang.code == site.default_language,
            ..Share::default()
        };
        let (title, tfile) = self.text(&e.title, Kind::Event, &e.id);
        texts.push((tfile.clone(), title.clone()));
        share.add(&e.title, &self.lang.code);
        let venue = c.venues.get(&e.venue);
        if let Some(v) = venue {
            self.venue_texts(v, &mut texts, &mut share);
        }
        if let Some(f) = festival {
            texts.push(self.text(&f.title, Kind::Festival, &f.id).swap());
            share.add(&f.title, &self.lang.code);
        }
        let repeat = e
            .repeat
            .as_ref()
            .map(|r| self.repeat_rule(r, e.schedule.start_date()));
        let key = self.event_key(&e.id);
        let facts = json!({
            "date": self.formats.weekday_date(o.date()),
            "time": self.time_label(o),
            "repeat": repeat,
            "venue": venue.map(|v| self.marked(&v.name)),
            "area": venue.map(|v| v.area.clone()),
            "address": venue.map(|v| match &v.postcode {
                Some(p) => format!("{}, {p}", v.address),
                None => v.address.clone(),
            }),
            "ages": e.ages.map(|a| self.ages_label(a)),
            "cost": self.cost_label(&e.cost),
            "drop_in": e.drop_in,
        });
        collect_strings(
            &facts,
            &self.locale_file(),
            &mut texts,
            &["venue", "address", "area"],
        );
        let bookable = e.booking.is_some() && !e.drop_in;
        Some(PosterParts {
            id: e.id.clone(),
            title,
            tfile,
            shown_title: self.marked(&e.title),
            festival: festival.map(|f| self.marked(&f.title)),
            flagship: e.flagship,
            look: festival.map(|f| f.look.clone()),
            facts,
            highlights: Vec::new(),
            key,
            scan: if bookable {
                "scan_to_book"
            } else {
                "scan_festival"
            },
            texts,
            share,
        })
    }

    /// The poster of festival `f` in `paper`: its dates, where it is on, and
    /// its first highlights. `None` once it has ended.
    pub fn festival_poster(
        &self,
        f: &Festival,
        paper: Paper,
        findings: &mut Vec<Finding>,
    ) -> Option<Doc> {
        let parts = self.festival_parts(f)?;
        self.poster_doc(parts, paper, findings)
    }

    /// What a poster or share image of festival `f` shows: its dates, where
    /// it is on and its first highlights; `None` once it has ended.
    pub(super) fn festival_parts(&self, f: &Festival) -> Option<PosterParts> {
        if f.ends < self.c.now.date() {
            return None;
        }
        let c = self.c.content;
        let site = &c.site;
        let mut texts = Vec::new();
        let mut share = Share {
            default: self.lang.code == site.default_language,
            ..Share::default()
        };
        let (title, tfile) = self.text(&f.title, Kind::Festival, &f.id);
        texts.push((tfile.clone(), title.clone()));
        share.add(&f.title, &self.lang.code);
        // Its events still to come, each once, in date order.
        let mut firsts: Vec<(&Occurrence, &Event)> = Vec::new();
        for o in &self.c.expanded.occurrences {
            let Some(e) = c.events.get(&o.event) else {
                continue;
            };
            if e.festival.as_deref() != Some(f.id.as_str())
                || e.cancelled
                || o.changed == Changed::Cancelled
                || o.is_past(self.c.now)
                || firsts.iter().any(|(x, _)| x.event == o.event)
            {
                continue;
            }
            firsts.push((o, e));
        }
        let mut areas: Vec<String> = Vec::new();
        for (_, e) in &firsts {
            if let Some(v) = c.venues.get(&e.venue) {
                if !areas.contains(&v.area) {
                    areas.push(v.area.clone());
                }
            }
        }
        areas.sort();
        // Each name kept on one line and isolated, so "Tulse Hill" stays whole
        // and in its order in a right-to-left list.
        let isolated: Vec<String> = areas
            .iter()
            .map(|a| format!("\u{2068}{}\u{2069}", a.replace(' ', "\u{a0}")))
            .collect();
        let places = (!areas.is_empty()).then(|| self.formats.and_list(&isolated));
        let all_free = !firsts.is_empty() && firsts.iter().all(|(_, e)| e.cost == Cost::Free);
        let highlights: Vec<Value> = firsts
            .iter()
            .filter(|(_, e)| e.flagship)
            .take(HIGHLIGHTS)
            .map(|(o, e)| {
                texts.push(self.text(&e.title, Kind::Event, &e.id).swap());
                share.add(&e.title, &self.lang.code);
                json!({"title": self.marked(&e.title), "date": self.formats.date(o.date())})
            })
            .collect();
        let facts = json!({
            "date": self.dates_label(f.starts, f.ends),
            "time": Value::Null,
            "repeat": Value::Null,
            "venue": Value::Null,
            "area": places,
            "address": Value::Null,
            "ages": Value::Null,
            "cost": all_free.then(|| self.cost_label(&Cost::Free)),
            "drop_in": false,
        });
        collect_strings(&facts, &self.locale_file(), &mut texts, &["area"]);
        for h in &highlights {
            collect_strings(&h["date"], &self.locale_file(), &mut texts, &[]);
        }
        Some(PosterParts {
            id: f.id.clone(),
            title,
            tfile,
            shown_title: self.marked(&f.title),
            festival: None,
            flagship: false,
            look: Some(f.look.clone()),
            facts,
            highlights,
            key: Key::Festival {
                id: f.id.clone(),
                lang: self.lang.code.clone(),
            },
            scan: "scan_festival",
            texts,
            share,
        })
    }

    fn poster_doc(
        &self,
        parts: PosterParts,
        paper: Paper,
        findings: &mut Vec<Finding>,
    ) -> Option<Doc> {
        let mut texts = parts.texts;
        let mut share = parts.share;
        let site = &self.c.content.site;
        let mm = qr_mm(paper);
        let mut qrs: Vec<(String, Qr)> = Vec::new();
        let qr = self.qr(&parts.key, mm, findings).map(|(q, shown)| {
            let path = "/qr/1.svg".to_owned();
            let v = json!({"file": path, "mm": mm, "link": shown});
            qrs.push((path, q));
            v
        })?;
        let (labels, fallback_labels) = self.counted_labels(POSTER_LABELS, &mut texts, &mut share);
        let mut pictures = Vec::new();
        let image = parts
            .look
            .as_ref()
            .and_then(|l| l.image.as_ref())
            .map(|img| picture_value(img, &mut pictures));
        let the_look = look_or_default(parts.look.as_ref());
        let data = json!({
            "kind": "poster",
            "lang": typst_lang(&self.lang.code),
            "dir": self.lang.dir.as_str(),
            "page": self.page(paper),
            "look": the_look,
            "image": image,
            "title": parts.shown_title,
            "festival": parts.festival,
            "flagship": parts.flagship,
            "facts": parts.facts,
            "highlights": parts.highlights,
            "qr": qr,
            "scan": parts.scan,
            "site_url": short_display(&site.base_abs()),
            "labels": labels,
            "fallback_labels": self.fallback_map(&fallback_labels),
        });
        Some(Doc {
            kind: DocKind::Poster,
            name: name(&parts.id, paper),
            lang: self.lang.code.clone(),
            title: parts.title,
            file: parts.tfile,
            data,
            qrs,
            texts,
            fallback_labels,
            pictures,
            translated: Some(share.percent()),
            fit: false,
        })
    }
}

/// What a poster (or a share image) of an event or festival shows, before
/// it is laid out in one size.
pub(super) struct PosterParts {
    pub id: String,
    pub title: String,
    /// The file `title` comes from.
    pub tfile: String,
    pub shown_title: Value,
    pub festival: Option<Value>,
    pub flagship: bool,
    pub look: Option<Look>,
    pub facts: Value,
    pub highlights: Vec<Value>,
    /// Its short link.
    pub key: Key,
    /// The label under the code: `scan_to_book` or `scan_festival`.
    pub scan: &'static str,
    /// (file, text) of everything shown so far, for the font check.
    pub texts: Vec<(String, String)>,
    pub share: Share,
}

/// A festival's colours as layouts receive them, else the site's.
pub(super) fn look_or_default(l: Option<&Look>) -> Value {
    match l {
        Some(l) => look(l),
        None => look(&super::leaflet::default_look()),
    }
}

/// The layout's note on a poster's title: `{"title": {fits, size_pt,
/// min_pt, ratio}}`, where `ratio` is how much of the title fits at the
/// smallest size (the box's height over the title's).
pub struct TitleFit {
    pub fits: bool,
    pub ratio: f64,
}

pub fn title_fit(notes: &[Value]) -> Option<TitleFit> {
    let t = notes.iter().find_map(|n| n.get("title"))?;
    Some(TitleFit {
        fits: t.get("fits")?.as_bool()?,
        ratio: t.get("ratio").and_then(Value::as_f64).unwrap_or(1.0),
    })
}

/// The warning for a title too long for its poster even at the smallest
/// size: at the `title:` line of the file the title came from (`file`, a
/// translation's when the poster is in its language), with the length that
/// would fit.
pub fn title_finding(doc: &Doc, fit: &TitleFit, origin: Option<&Origin>) -> Finding {
    let chars = doc.title.chars().count();
    // Text flows into the lines it needs: about `ratio` of the characters
    // fit, less a little for words that do not break.
    let fits = ((chars as f64 * fit.ratio * 0.9).floor() as usize).clamp(1, chars.max(1));
    let line = origin.map_or(1, |o| o.line("title"));
    Finding {
        error: false,
        file: doc.file.clone(),
        line,
        message: format!(
            "the title \"{}\" ({chars} characters) is too long for the title box of {} even in its smallest type, so its end is cut off on the {}",
            doc.title,
            doc.out_path(),
            if doc.kind.is_picture() { "picture" } else { "poster" },
        ),
        fix: format!("shorten the title to about {fits} characters"),
    }
}
