//! `/<lang>/links/`: one light page to put in social-media bios (its short
//! link and QR code are on the print index): the festival on now or next
//! with its next events, the family finder, and the links of the QR sheets.

use serde_json::json;

use super::{Diagnostics, LangPages, Sink};
use crate::i18n::Say;
use crate::route::{Place, Route};

/// How many of the festival's next events the page lists.
const NEXT_EVENTS: usize = 5;

impl LangPages<'_> {
    pub(super) fn links_page(
        &self,
        route: Route,
        file: &str,
        sink: &dyn Sink,
        d: &mut Diagnostics,
    ) {
        let c = self.r.content;
        let today = self.r.now.date();
        // The festival on now, else the next to start.
        let festival = c
            .festivals
            .values()
            .filter(|f| f.ends >= today)
            .min_by_key(|f| (f.starts.max(today), f.starts, f.id.clone()));
        let festival = festival.map(|f| {
            let mut next = Vec::new();
            let mut seen = std::collections::BTreeSet::new();
            for o in self.upcoming(|e| e.festival.as_deref() == Some(f.id.as_str()) && !e.cancelled)
            {
                if next.len() == NEXT_EVENTS {
                    break;
                }
                if !seen.insert(o.event.as_str()) {
                    continue;
                }
                let Some(e) = c.events.get(&o.event) else {
                    continue;
                };
                next.push(json!({
                    "url": self.url(Place::Event(&e.id)),
                    "title": self.text(&e.title),
                    "date_label": self.formats.weekday_date(o.date()),
                    "time_label": self.time_label(o),
                    "start_iso": Self::iso(&o.start, o.all_day),
                }));
            }
            json!({
                "url": self.url(Place::Festival(&f.id)),
                "title": self.text(&f.title),
                "dates_label": self.dates_label(f.starts, f.ends),
                "next": next,
            })
        });
        let sheets: Vec<serde_json::Value> = c
            .qr_sheets
            .values()
            .map(|s| {
                json!({
                    "title": self.text(&s.title),
                    "links": s.links.iter().map(|l| json!({
                        "label": self.text(&l.label),
                        "url": l.url.as_str(),
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        let links = json!({
            "festival": festival,
            "sheets": sheets,
            "finder_url": self.url(Place::Finder),
            "listing_url": self.url(Place::HOME),
        });
        let mut ctx = self.context(
            route,
            None,
            self.t("links-heading"),
            Some(self.t("links-intro")),
            false,
        );
        ctx.insert("links", &links);
        self.emit(sink, file, "links.html", &ctx, d);
    }
}
