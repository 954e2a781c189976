//! The family finder, `/<lang>/finder/`: a family says where they live
//! (postcode or area) and their child's age, and sees what they may go to,
//! soonest first.
//!
//! - Without JavaScript: the page lists the areas (with their postcodes);
//!   each leads to `finder/area/<area>/` (or `finder/everyone/` for families
//!   outside every area), which lists the ages, each leading to a
//!   pre-rendered listing (`Filter::Finder` in src/plan.rs). Nothing typed is
//!   sent: there is nothing to type.
//! - With JavaScript (`static/finder.js`): the postcode is matched in the
//!   phone against `finder/index.json`, which the page loads before anything
//!   is typed; the answer is made from that index, so the postcode never
//!   leaves the phone.

use serde::Serialize;
use serde_json::{json, Value};

use super::{Diagnostics, LangPages, Sink};
use crate::filters::AgeGroup;
use crate::i18n::Say;
use crate::plan::{Filter, Slice};
use crate::route::{Place, Route};

#[derive(Serialize)]
struct AreaChoiceV {
    name: String,
    slug: String,
    /// Postcode districts and sectors, as in site.yaml.
    postcodes: Vec<String>,
    url: String,
}

#[derive(Serialize)]
struct AgeChoiceV {
    id: &'static str,
    label: String,
    url: String,
}

/// One event in the finder's index: id, title, when, age groups (bits of
/// [`AgeGroup::ALL`]), the areas it is only for, and its venue (index into
/// the venues); written as it is, without a JSON value of each first.
type IndexEvent<'x> = (&'x str, String, String, u32, Vec<usize>, usize);

impl LangPages<'_> {
    fn area_choices(&self) -> Vec<AreaChoiceV> {
        let site = &self.r.content.site;
        self.r
            .areas
            .iter()
            .map(|(name, slug)| AreaChoiceV {
                name: name.clone(),
                slug: slug.clone(),
                postcodes: site.postcodes.get(name).cloned().unwrap_or_default(),
                url: self.url(Place::FinderChoice(Some(slug))),
            })
            .collect()
    }

    /// The ages to choose from, each leading to its listing for `area`.
    fn age_choices(&self, area: Option<&(String, String)>) -> Vec<AgeChoiceV> {
        AgeGroup::FINDER
            .into_iter()
            .map(|g| AgeChoiceV {
                id: g.slug(),
                label: self.t(g.label_key()),
                url: self.url(Place::Listing(
                    &Filter::Finder(g, area.cloned()),
                    &Slice::Soon,
                )),
            })
            .collect()
    }

    /// `finder/`: the question, as a form for the script and as links.
    pub(super) fn finder_page(
        &self,
        route: Route,
        file: &str,
        sink: &dyn Sink,
        d: &mut Diagnostics,
    ) {
        let finder = json!({
            "main": true,
            "areas": self.area_choices(),
            "ages": self.age_choices(None),
            "everyone_url": self.url(Place::FinderChoice(None)),
            "index_url": self.url(Place::FinderIndex),
            "events_url": self.url(Place::Events),
            "results_url": self.url(Place::Finder),
        });
        let mut ctx = self.context(
            route,
            None,
            self.t("finder-heading"),
            Some(self.t("finder-intro")),
            false,
        );
        ctx.insert("finder", &finder);
        self.emit(sink, file, "finder.html", &ctx, d);
    }

    /// `finder/area/<area>/` and `finder/everyone/`: the age question.
    pub(super) fn finder_choice(
        &self,
        slug: Option<&str>,
        route: Route,
        file: &str,
        sink: &dyn Sink,
        d: &mut Diagnostics,
    ) {
        let area = match slug {
            Some(s) => match self.r.areas.iter().find(|(_, x)| x == s) {
                Some(a) => Some(a.clone()),
                None => return,
            },
            None => None,
        };
        let title = match &area {
            Some((name, _)) => self.t_args("finder-area-heading", &[("area", name.clone().into())]),
            None => self.t("finder-everyone-heading"),
        };
        let finder = json!({
            "main": false,
            "area": area.as_ref().map(|(name, _)| name),
            "ages": self.age_choices(area.as_ref()),
            "start_url": self.url(Place::Finder),
        });
        let mut ctx = self.context(route, None, title, Some(self.t("finder-intro")), false);
        ctx.insert("finder", &finder);
        self.emit(sink, file, "finder.html", &ctx, d);
    }

    /// `finder/index.json`: every event with a session to come that is not
    /// cancelled, by its next session, in this language. Kept small: one
    /// array per event, areas and venues by number.
    ///
    /// ```text
    /// { "ages":   ["bump", "0-1", …],               // bit i of an event's ages
    ///   "areas":  [["Stockwell", "stockwell", ["SW9 0", …]], …],
    ///   "venues": ["Stockwell Community Hall", …],
    ///   "events": [[id, title, when, ages bits, [area numbers], venue number], …] }
    /// ```
    /// An event with no area numbers is open to everyone.
    pub(super) fn finder_index(&self) -> String {
        let c = self.r.content;
        let areas: Vec<Value> = self
            .r
            .areas
            .iter()
            .map(|(name, slug)| {
                json!([
                    name,
                    slug,
                    c.site.postcodes.get(name).cloned().unwrap_or_default()
                ])
            })
            .collect();
        let mut venue_ids: Vec<&str> = Vec::new();
        let mut events: Vec<IndexEvent> = Vec::new();
        // Most sessions share their day and times with others: each is
        // worded once (dates and times go through the locale's formatter).
        type When = (jiff::civil::DateTime, jiff::civil::DateTime, bool);
        let mut worded: std::collections::HashMap<When, String> = Default::default();
        for (e, o) in self.r.upcoming() {
            if e.cancelled || !self.r.listable(e, o) {
                continue;
            }
            let Some(venue) = c.venues.get(&e.venue) else {
                continue;
            };
            let v = match venue_ids.iter().position(|x| *x == venue.id) {
                Some(i) => i,
                None => {
                    venue_ids.push(&venue.id);
                    venue_ids.len() - 1
                }
            };
            let bits: u32 = AgeGroup::ALL
                .iter()
                .enumerate()
                .filter(|(_, g)| g.matches(e))
                .map(|(i, _)| 1 << i)
                .sum();
            let for_areas: Vec<usize> = e
                .for_areas
                .iter()
                .filter_map(|a| self.r.areas.iter().position(|(name, _)| name == a))
                .collect();
            let key = (o.start.datetime(), o.end.datetime(), o.all_day);
            let when = worded.entry(key).or_insert_with(|| {
                format!(
                    "{}, {}",
                    self.formats.weekday_date(o.date()),
                    self.time_label(o)
                )
            });
            events.push((
                e.id.as_str(),
                self.text(&e.title).text,
                when.clone(),
                bits,
                for_areas,
                v,
            ));
        }
        let venues: Vec<String> = venue_ids
            .iter()
            .filter_map(|id| c.venues.get(*id))
            .map(|v| self.text(&v.name).text)
            .collect();
        // Keys in name order, as the index has always had them.
        #[derive(Serialize)]
        struct Index<'x> {
            ages: Vec<&'static str>,
            areas: Vec<Value>,
            events: Vec<IndexEvent<'x>>,
            venues: Vec<String>,
        }
        let index = Index {
            ages: AgeGroup::ALL.iter().map(|g| g.slug()).collect(),
            areas,
            events,
            venues,
        };
        let mut s = serde_json::to_string(&index).unwrap_or_default();
        s.push('\n');
        s
    }
}
