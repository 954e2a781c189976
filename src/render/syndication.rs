//! Calendars, feeds, structured data and sharing, per language: the `.ics`
//! files (src/calendar.rs), the Atom feed (src/feed.rs), the schema.org
//! JSON-LD of event pages (src/structured.rs), and the values templates get
//! for their links (`calendars`, `feed`, `event.calendar_url`, `event.share`,
//! `structured_data`; see docs/themes.md).
//!
//! Addresses, in every language:
//! - `/<lang>/events/<id>/event.ics`: one event, with a reminder the day before
//! - `/<lang>/calendar.ics`: every upcoming event (a subscription)
//! - `/<lang>/festivals/<id>/calendar.ics`, `/<lang>/area/<area>/calendar.ics`
//! - `/<lang>/feed.xml`: the Atom feed of upcoming events

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::Serialize;
use serde_json::{json, Value};

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, RwLock};

use rayon::prelude::*;

use super::{LangPages, Sink};
use crate::calendar::{self, CalChange, CalEvent, Calendar};
use crate::expand::{repeat_until, Changed, Occurrence};
use crate::i18n::Say;
use crate::model::*;
use crate::route::{Place, Route};
use crate::{feed, structured};

/// An event's part of one language's subscription calendars and feed.
pub(super) struct Piece {
    cal: calendar::Written,
    /// The feed's `<entry>`, and its `updated` time.
    entry: String,
    updated: jiff::Timestamp,
}

/// Pieces of the calendars and feeds kept from one render to the next, by
/// event id and language. A preview keeps them, so a save writes only the
/// saved event's pieces and joins the rest; a build keeps none, because it
/// would only hold memory (each piece is used once per language there).
/// Clones share one store: the preview's next model takes it over.
#[derive(Default, Clone)]
pub struct Pieces {
    kept: Option<Arc<RwLock<Store>>>,
}

type Store = HashMap<String, BTreeMap<String, Arc<Piece>>>;

impl Pieces {
    /// Pieces are kept as they are made.
    pub fn kept() -> Pieces {
        Pieces {
            kept: Some(Arc::default()),
        }
    }

    /// Forgets the pieces of these events (edited, or at an edited venue).
    pub fn forget<'a>(&self, events: impl IntoIterator<Item = &'a str>) {
        if let Some(kept) = &self.kept {
            let mut map = kept.write().unwrap_or_else(|e| e.into_inner());
            for id in events {
                map.remove(id);
            }
        }
    }

    fn get(&self, id: &str, lang: &str) -> Option<Arc<Piece>> {
        let map = self
            .kept
            .as_ref()?
            .read()
            .unwrap_or_else(|e| e.into_inner());
        map.get(id)?.get(lang).cloned()
    }

    fn put(&self, id: &str, lang: &str, piece: Arc<Piece>) {
        if let Some(kept) = &self.kept {
            kept.write()
                .unwrap_or_else(|e| e.into_inner())
                .entry(id.to_owned())
                .or_default()
                .insert(lang.to_owned(), piece);
        }
    }
}

/// Characters left as they are in a query value (RFC 3986 unreserved).
const QUERY: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A calendar to subscribe to.
#[derive(Serialize)]
pub(super) struct CalLinkV {
    id: String,
    /// What it holds: "All events", "Events in Stockwell", a festival's title.
    name: String,
    /// Root-relative https address (download).
    url: String,
    /// `webcal://…` (subscribe).
    webcal: String,
}

#[derive(Serialize)]
pub(super) struct CalendarsV {
    all: CalLinkV,
    areas: Vec<CalLinkV>,
    festivals: Vec<CalLinkV>,
}

#[derive(Serialize)]
pub(super) struct FeedV {
    url: String,
    abs_url: String,
}

impl LangPages<'_> {
    fn cal_link(&self, id: &str, name: String, place: Place) -> CalLinkV {
        CalLinkV {
            id: id.to_owned(),
            name,
            webcal: webcal(&self.abs_url(place)),
            url: self.url(place),
        }
    }

    fn festival_calendar(&self, f: &Festival) -> CalLinkV {
        self.cal_link(
            &f.id,
            self.text(&f.title).text,
            Place::FestivalCalendar(&f.id),
        )
    }

    /// `calendars` in every template.
    pub(super) fn calendars_view(&self) -> CalendarsV {
        CalendarsV {
            all: self.cal_link("all", self.t("calendar-subscribe-all"), Place::Calendar),
            areas: self
                .r
                .areas
                .iter()
                .map(|(name, slug)| {
                    self.cal_link(
                        slug,
                        self.t_args("calendar-subscribe-area", &[("area", name.clone().into())]),
                        Place::AreaCalendar(slug),
                    )
                })
                .collect(),
            festivals: self
                .r
                .content
                .festivals
                .values()
                .map(|f| self.festival_calendar(f))
                .collect(),
        }
    }

    /// `feed` in every template.
    pub(super) fn feed_view(&self) -> FeedV {
        FeedV {
            abs_url: self.abs_url(Place::Feed),
            url: self.url(Place::Feed),
        }
    }

    /// `festival_calendar` on a festival page.
    pub(super) fn festival_calendar_view(&self, f: &Festival) -> CalLinkV {
        self.festival_calendar(f)
    }

    /// Extra fields of `event` on an event page: `calendar_url` and `share`.
    pub(super) fn event_links(&self, e: &Event) -> Value {
        let page = self.abs_url(Place::Event(&e.id));
        let title = self.text(&e.title).text;
        let message = format!("{title} {page}");
        // Nobody should be sent to a cancelled event.
        let share = (!e.cancelled).then(|| {
            json!({
                "url": page,
                "whatsapp_url": format!("https://wa.me/?text={}", utf8_percent_encode(&message, QUERY)),
            })
        });
        json!({
            "calendar_url": self.url(Place::EventCalendar(&e.id)),
            "share": share,
        })
    }

    /// `/<lang>/events/<id>/event.ics`.
    pub(super) fn event_calendar(&self, e: &Event, file: &str, sink: &dyn Sink) {
        let cal = self.calendar(None, None, vec![self.cal_event(e)]);
        sink.put(file, calendar::write(&cal).into_bytes());
    }

    /// The subscription calendars and the feed of this language.
    pub(super) fn syndicate(&self, sink: &dyn Sink) {
        let c = self.r.content;
        let code = &self.lang.code;
        // Each event is written once and then appears in several calendars.
        let pieces: Vec<(&Event, Arc<Piece>)> = self
            .r
            .upcoming()
            .par_iter()
            .map(|&(e, o)| (e, self.piece(e, o)))
            .collect();
        let subscription = |place: Place, name: String, keep: &dyn Fn(&Event) -> bool| {
            let route = Route::Lang(code, place);
            let url = route.url(&self.r.base_abs);
            let events: Vec<&calendar::Written> = pieces
                .iter()
                .filter(|(e, _)| keep(e))
                .map(|(_, p)| &p.cal)
                .collect();
            let site = self.t("site-title");
            let cal = self.calendar(Some(format!("{site} – {name}")), Some(url), Vec::new());
            (route.file(), calendar::assemble(&cal, &events))
        };
        let mut out = vec![subscription(
            Place::Calendar,
            self.t("calendar-subscribe-all"),
            &|_| true,
        )];
        for f in c.festivals.values() {
            out.push(subscription(
                Place::FestivalCalendar(&f.id),
                self.text(&f.title).text,
                &|e| e.festival.as_deref() == Some(f.id.as_str()),
            ));
        }
        for (name, slug) in &self.r.areas {
            out.push(subscription(
                Place::AreaCalendar(slug),
                self.t_args("calendar-subscribe-area", &[("area", name.clone().into())]),
                &|e| c.venues.get(&e.venue).is_some_and(|v| &v.area == name),
            ));
        }
        for (path, text) in out {
            sink.put(&path, text.into_bytes());
        }
        let entries: Vec<(&str, jiff::Timestamp)> = pieces
            .iter()
            .map(|(_, p)| (p.entry.as_str(), p.updated))
            .collect();
        sink.put(
            &Route::Lang(code, Place::Feed).file(),
            self.feed(&entries).into_bytes(),
        );
    }

    /// An event's `VEVENT` and feed entry in this language: from the preview's
    /// pieces when it kept them, else written now.
    fn piece(&self, e: &Event, next: &Occurrence) -> Arc<Piece> {
        if let Some(p) = self.r.pieces.get(&e.id, &self.lang.code) {
            return p;
        }
        let header = self.calendar(None, None, Vec::new());
        let entry = self.feed_entry(e, next);
        let p = Arc::new(Piece {
            cal: calendar::write_event(&header, &self.cal_event(e)),
            entry: feed::write_entry(&entry),
            updated: entry.updated,
        });
        self.r.pieces.put(&e.id, &self.lang.code, p.clone());
        p
    }

    fn calendar(
        &self,
        name: Option<String>,
        source_url: Option<String>,
        events: Vec<CalEvent>,
    ) -> Calendar {
        let site = &self.r.content.site;
        Calendar {
            name,
            source_url,
            timezone: site.timezone.clone(),
            timezone_name: site.timezone_name.clone(),
            stamp: self.r.now.timestamp(),
            events,
        }
    }

    fn cal_event(&self, e: &Event) -> CalEvent {
        let c = self.r.content;
        let site = &c.site;
        let title = self.text(&e.title);
        let summary = if e.cancelled {
            self.t_args(
                "calendar-cancelled-title",
                &[("title", title.text.clone().into())],
            )
        } else {
            title.text.clone()
        };
        let page = self.abs_url(Place::Event(&e.id));
        let mut lines: Vec<String> = Vec::new();
        if e.cancelled {
            lines.push(self.t("event-cancelled-note"));
        }
        if let Some(s) = &e.summary {
            lines.push(self.text(s).text);
        }
        if let Some(a) = e.ages {
            lines.push(format!("{}: {}", self.t("event-ages"), self.ages_label(a)));
        }
        let cost = self.cost_label(&e.cost);
        lines.push(format!("{}: {cost}", self.t("event-cost")));
        if !e.cancelled {
            if e.drop_in {
                lines.push(self.t("event-drop-in"));
            } else if let Some(b) = &e.booking {
                lines.push(format!("{}: {b}", self.t("event-book")));
            }
        }
        lines.push(page.clone());
        let venue = c.venues.get(&e.venue);
        let location = venue
            .map(|v| {
                let mut parts = vec![self.text(&v.name).text, v.address.clone()];
                parts.extend(v.postcode.clone());
                parts.join(", ")
            })
            .unwrap_or_default();
        CalEvent {
            uid: format!("{}@{}", e.id, site.base_url.host_str().unwrap_or("whatson")),
            summary,
            summary_lang: title.lang.clone(),
            description: lines.join("\n"),
            location,
            geo: venue.and_then(|v| v.location),
            url: page,
            cancelled: e.cancelled,
            when: e.schedule,
            repeat: e.repeat.clone(),
            repeat_until: e
                .repeat
                .as_ref()
                .map(|r| repeat_until(e.schedule.start_date(), r, self.r.now)),
            alarm: (!e.cancelled)
                .then(|| self.t_args("calendar-reminder", &[("title", title.text.clone().into())])),
            changes: self.cal_changes(e),
        }
    }

    /// `e`'s sessions changed on their own, each saying how and then why:
    /// "Cancelled" and "Hall closed for repairs", "New time: 11:00–12:30".
    fn cal_changes(&self, e: &Event) -> Vec<CalChange> {
        e.changes
            .iter()
            .map(|c| {
                let moved = match (c.what, e.schedule) {
                    (ChangeKind::Moved { starts, ends }, Schedule::Timed { start, end }) => {
                        let s = c.date.to_datetime(starts.unwrap_or(start.time()));
                        let end = match ends {
                            Some(t) => c.date.to_datetime(t),
                            None => s.checked_add(start.duration_until(end)).unwrap_or(s),
                        };
                        Some((s, end))
                    }
                    _ => None,
                };
                let how = match moved {
                    Some((s, end)) => {
                        let f = &self.formats;
                        let time = format!("{}–{}", f.time(s.time()), f.time(end.time()));
                        self.t_args("event-session-moved", &[("time", time.into())])
                    }
                    None => self.t("event-cancelled"),
                };
                let note = match &c.note {
                    Some(n) => format!("{how}\n{}", self.text(n).text),
                    None => how,
                };
                CalChange {
                    date: c.date,
                    cancelled: c.what == ChangeKind::Cancelled,
                    moved,
                    note,
                }
            })
            .collect()
    }

    fn feed_entry(&self, e: &Event, o: &Occurrence) -> feed::Entry {
        let c = self.r.content;
        let title = self.text(&e.title);
        let url = self.abs_url(Place::Event(&e.id));
        let mut parts = Vec::new();
        if e.cancelled {
            parts.push(self.t("event-cancelled"));
        }
        parts.push(format!(
            "{}, {}",
            self.formats.weekday_date(o.date()),
            self.time_label(o)
        ));
        // The next session changed on its own says so, and why.
        if o.changed != Changed::No {
            if o.changed == Changed::Cancelled {
                parts.push(self.t("event-cancelled"));
            }
            if let Some(n) = e.change_on(o.date()).and_then(|c| c.note.as_ref()) {
                parts.push(self.text(n).text);
            }
        }
        if let Some(r) = &e.repeat {
            parts.push(self.repeat_label(r, e.schedule.start_date()));
        }
        let venue = c.venues.get(&e.venue);
        if let Some(v) = venue {
            parts.push(format!("{}, {}", self.text(&v.name).text, v.area));
        }
        parts.push(self.cost_label(&e.cost));
        let mut summary = parts.join(" · ");
        if let Some(s) = &e.summary {
            summary.push_str(" — ");
            summary.push_str(&self.text(s).text);
        }
        let categories: Vec<String> = venue.map(|v| v.area.clone()).into_iter().collect();
        let first = self
            .r
            .expanded
            .for_event(&e.id)
            .next()
            .map_or(o.start.timestamp(), |f| f.start.timestamp());
        let updated =
            crate::feed::content_time(first, &[&url, &title.text, &summary, &categories.join(",")]);
        feed::Entry {
            id: url.clone(),
            url,
            lang: title.fallback.then(|| title.lang.clone()),
            title: title.text,
            summary,
            updated,
            categories,
        }
    }

    /// The feed around its entries, each written with its `updated` time.
    fn feed(&self, entries: &[(&str, jiff::Timestamp)]) -> String {
        let listing = self.abs_url(Place::HOME);
        // The feed changed when its newest entry did.
        let updated = entries
            .iter()
            .map(|(_, at)| *at)
            .max()
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        let entries: Vec<&str> = entries.iter().map(|(text, _)| *text).collect();
        let f = feed::Feed {
            id: listing.clone(),
            lang: self.lang.code.clone(),
            title: self.t("site-title"),
            subtitle: self.t("listing-intro"),
            self_url: self.abs_url(Place::Feed),
            alternate_url: listing,
            updated,
            author_name: self.t("site-title"),
            author_url: self.r.base_abs.clone(),
            entries: Vec::new(),
        };
        feed::assemble(&f, &entries)
    }

    /// The schema.org Event of an event page, ready for a `<script>`; `shown`
    /// is the session the page leads with (the next one).
    pub(super) fn structured_data(&self, e: &Event, shown: &Occurrence) -> String {
        let c = self.r.content;
        let site = &c.site;
        let title = self.text(&e.title).text;
        let page = self.abs_url(Place::Event(&e.id));
        let mut v = json!({
            "@context": "https://schema.org",
            "@type": "Event",
            "name": title,
            "url": page,
            "startDate": Self::iso(&shown.start, shown.all_day),
            "endDate": if shown.all_day {
                shown.end.date().yesterday().unwrap_or(shown.end.date()).to_string()
            } else {
                Self::iso(&shown.end, false)
            },
            "eventStatus": if e.cancelled {
                "https://schema.org/EventCancelled"
            } else {
                "https://schema.org/EventScheduled"
            },
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "inLanguage": match e.spoken_languages.as_slice() {
                [] => json!(self.lang.code),
                [one] => json!(one),
                many => json!(many),
            },
            "isAccessibleForFree": e.cost == Cost::Free,
            "organizer": {
                "@type": "Organization",
                "name": self.t("site-title"),
                "url": self.r.base_abs,
            },
        });
        let Value::Object(m) = &mut v else {
            return structured::script_json(&v);
        };
        if let Some(s) = &e.summary {
            m.insert("description".into(), json!(self.text(s).text));
        }
        if let Some(v) = c.venues.get(&e.venue) {
            let (street, locality) = match v.address.rsplit_once(',') {
                Some((street, town)) if !town.trim().is_empty() => {
                    (street.trim().to_owned(), town.trim().to_owned())
                }
                _ => (v.address.trim().to_owned(), v.area.clone()),
            };
            let mut address = json!({
                "@type": "PostalAddress",
                "streetAddress": street,
                "addressLocality": locality,
            });
            if let Value::Object(a) = &mut address {
                if let Some(p) = &v.postcode {
                    a.insert("postalCode".into(), json!(p));
                }
                if let Some(r) = &site.region {
                    a.insert("addressCountry".into(), json!(r));
                }
            }
            let mut place = json!({
                "@type": "Place",
                "name": self.text(&v.name).text,
                "address": address,
            });
            if let (Some((lat, lon)), Value::Object(p)) = (v.location, &mut place) {
                p.insert(
                    "geo".into(),
                    json!({"@type": "GeoCoordinates", "latitude": lat, "longitude": lon}),
                );
            }
            m.insert("location".into(), place);
        }
        let currency = structured::currency(site.region.as_deref());
        let price = match &e.cost {
            Cost::Free => Some(("0".to_owned(), currency)),
            Cost::Price(p) => structured::price(p, currency),
        };
        if let Some((price, currency)) = price {
            let url = match (&e.booking, e.cancelled || e.drop_in) {
                (Some(b), false) => b.to_string(),
                _ => page.clone(),
            };
            m.insert(
                "offers".into(),
                json!({"@type": "Offer", "price": price, "priceCurrency": currency, "url": url}),
            );
        }
        if let Some(i) = &e.image {
            m.insert("image".into(), json!([self.r.abs(&self.image(i).url)]));
        }
        if let Some(range) = match e.ages {
            Some(Ages::Range(a, b)) => Some(format!("{a}-{b}")),
            Some(Ages::BumpTo(b)) => Some(format!("0-{b}")),
            // Whole years, as schema.org has them: 0-18m is 0-1.
            Some(a @ Ages::Months { .. }) => {
                a.months().map(|(a, b)| format!("{}-{}", a / 12, b / 12))
            }
            _ => None,
        } {
            m.insert("typicalAgeRange".into(), json!(range));
        }
        if let Some(r) = &e.repeat {
            m.insert("eventSchedule".into(), self.schedule(e, r));
        }
        structured::script_json(&v)
    }

    /// schema.org `Schedule` of a regular activity.
    fn schedule(&self, e: &Event, r: &Repeat) -> Value {
        let first = e.schedule.start_date();
        let until = repeat_until(first, r, self.r.now);
        let day = [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ][first.weekday().to_monday_zero_offset() as usize];
        let mut s = json!({
            "@type": "Schedule",
            "repeatFrequency": match r.every {
                Every::Week => "P1W",
                Every::TwoWeeks => "P2W",
                Every::Month => "P1M",
            },
            "byDay": format!("https://schema.org/{day}"),
            "startDate": first.to_string(),
            "endDate": until.to_string(),
            "scheduleTimezone": self.r.content.site.timezone_name,
        });
        if let Value::Object(m) = &mut s {
            if r.every == Every::Month {
                let nth = (first.day() - 1) / 7 + 1;
                m.insert("byMonthWeek".into(), json!(if nth == 5 { -1 } else { nth }));
            }
            if let Schedule::Timed { start, end } = e.schedule {
                m.insert(
                    "startTime".into(),
                    json!(start.time().strftime("%H:%M:%S").to_string()),
                );
                m.insert(
                    "endTime".into(),
                    json!(end.time().strftime("%H:%M:%S").to_string()),
                );
            }
            if !r.except.is_empty() {
                m.insert(
                    "exceptDate".into(),
                    json!(r.except.iter().map(|d| d.to_string()).collect::<Vec<_>>()),
                );
            }
        }
        s
    }
}

/// `https://host/path` → `webcal://host/path`.
fn webcal(abs: &str) -> String {
    let rest = abs
        .strip_prefix("https://")
        .or_else(|| abs.strip_prefix("http://"))
        .unwrap_or(abs);
    format!("webcal://{rest}")
}
