//! The what's-on listings: the main one and the pre-rendered ones per area
//! and per age group (see src/filters.rs), each paginated by month
//! (src/plan.rs), with the `filters` value listing templates get for their
//! links and for the form the filter script enhances, and `pagination` for the
//! month index and previous/next links.

use serde::Serialize;

use super::{CardV, Diagnostics, LangPages, Sink};
use crate::expand::{Changed, Occurrence};
use crate::filters::{plural_forms, AgeGroup};
use crate::i18n::Say;
use crate::model::Event;
use crate::plan::{Filter, Slice};
use crate::route::{Place, Route};

#[derive(Serialize)]
struct PageLinkV {
    url: String,
    label: String,
    current: bool,
}

/// `pagination` on listing pages.
#[derive(Serialize)]
struct PaginationV {
    /// The first page (the coming weeks).
    soon: PageLinkV,
    /// Every month with events, in order.
    months: Vec<PageLinkV>,
    previous: Option<PageLinkV>,
    next: Option<PageLinkV>,
    /// "March 2027" on a month page.
    month_label: Option<String>,
    /// 1 on the first page of a month, 2, 3… after it.
    number: usize,
    /// Every session of this page's span is on it (none moved to a next
    /// page), so filtering its cards in place is complete.
    whole: bool,
}

#[derive(Serialize)]
struct FilterV {
    kind: &'static str,
    id: String,
    label: String,
    /// The age group and area chosen (both on an `age-area` page).
    age: Option<String>,
    area: Option<String>,
    /// On a family finder answer: the finder's first page.
    finder_url: Option<String>,
}

#[derive(Serialize)]
struct OptionV {
    id: String,
    label: String,
    url: String,
    current: bool,
}

#[derive(Serialize)]
struct FormV {
    category: &'static str,
    text: String,
}

#[derive(Serialize)]
pub(super) struct FiltersV {
    all_url: String,
    /// The chips that undo one choice and keep the other: "Any age" (this
    /// area, or everything) and "Any area" (this age, or everything).
    any_age_url: String,
    any_area_url: String,
    current: Option<FilterV>,
    ages: Vec<OptionV>,
    areas: Vec<OptionV>,
    festivals: Vec<OptionV>,
    languages: Vec<OptionV>,
    count_forms: Vec<FormV>,
    timezone: String,
}

impl LangPages<'_> {
    fn filter_view(&self, f: &Filter) -> Option<FilterV> {
        Some(match f {
            Filter::All => return None,
            Filter::Area(name, slug) => FilterV {
                kind: "area",
                id: slug.clone(),
                label: name.clone(),
                age: None,
                area: Some(slug.clone()),
                finder_url: None,
            },
            Filter::Age(g) => FilterV {
                kind: "age",
                id: g.slug().to_owned(),
                label: self.t(g.label_key()),
                age: Some(g.slug().to_owned()),
                area: None,
                finder_url: None,
            },
            Filter::AgeArea(g, name, slug) => FilterV {
                kind: "age-area",
                id: format!("{}/{slug}", g.slug()),
                label: format!("{name}: {}", self.t(g.label_key())),
                age: Some(g.slug().to_owned()),
                area: Some(slug.clone()),
                finder_url: None,
            },
            // The age chips lead to all of that age: the area of a finder
            // answer is where the family lives, not where events are.
            Filter::Finder(g, area) => FilterV {
                kind: "finder",
                id: match area {
                    Some((_, slug)) => format!("{}/{slug}", g.slug()),
                    None => g.slug().to_owned(),
                },
                label: self.t(g.label_key()),
                age: Some(g.slug().to_owned()),
                area: None,
                finder_url: Some(self.url(Place::Finder)),
            },
        })
    }

    /// Everything a listing needs to offer its filters; `current` is the
    /// pre-rendered filter of this page, if any.
    pub(super) fn filters_view(&self, filter: &Filter, occurrences: &[usize]) -> FiltersV {
        let c = self.r.content;
        let current = self.filter_view(filter);
        // The listing of an age and an area, either or both.
        let (age, area) = filter.chosen();
        let at = |age: Option<AgeGroup>, area: Option<(String, String)>| {
            self.url(Place::Listing(&Filter::of(age, area), &Slice::Soon))
        };
        let chosen_age = current.as_ref().and_then(|f| f.age.clone());
        let chosen_area = current.as_ref().and_then(|f| f.area.clone());
        // A chip keeps the other choice: an age chip on an area's page leads
        // to that age in that area, and the other way round. Children's ages
        // come first, so a toddler's chip is on a phone's first screen.
        let ages = AgeGroup::CHIPS
            .into_iter()
            .map(|g| OptionV {
                id: g.slug().to_owned(),
                label: self.t(g.label_key()),
                url: at(Some(g), area.clone()),
                current: chosen_age.as_deref() == Some(g.slug()),
            })
            .collect();
        let areas = self
            .r
            .areas
            .iter()
            .map(|a| OptionV {
                id: a.1.clone(),
                label: a.0.clone(),
                url: at(age, Some(a.clone())),
                current: chosen_area.as_deref() == Some(a.1.as_str()),
            })
            .collect();
        // Festivals and languages that something on this page has: the
        // script filters the cards in place.
        let mut festival_ids = std::collections::BTreeSet::new();
        let mut language_codes = std::collections::BTreeSet::new();
        for o in occurrences
            .iter()
            .filter_map(|&i| self.r.expanded.occurrences.get(i))
        {
            let Some(e) = c.events.get(&o.event) else {
                continue;
            };
            if let Some(f) = &e.festival {
                festival_ids.insert(f.clone());
            }
            if e.spoken_languages.is_empty() {
                language_codes.insert(c.site.default_language.clone());
            }
            language_codes.extend(e.spoken_languages.iter().cloned());
        }
        let festivals = festival_ids
            .iter()
            .filter_map(|id| self.festival_link(id))
            .map(|l| OptionV {
                id: l.id,
                label: l.title.text,
                url: l.url,
                current: false,
            })
            .collect();
        let mut languages: Vec<OptionV> = language_codes
            .into_iter()
            .map(|code| {
                let label = self
                    .formats
                    .language_name(&code)
                    .or_else(|| c.site.language(&code).map(|l| l.name.clone()))
                    .unwrap_or_else(|| code.clone());
                OptionV {
                    id: code,
                    label,
                    url: String::new(),
                    current: false,
                }
            })
            .collect();
        languages.sort_by(|a, b| a.label.cmp(&b.label).then(a.id.cmp(&b.id)));
        let count_forms = plural_forms(
            &self.r.messages,
            &self.lang.code,
            &self.lang.locale,
            "listing-count",
        )
        .into_iter()
        .map(|(category, text)| FormV { category, text })
        .collect();
        FiltersV {
            all_url: self.url(Place::HOME),
            any_age_url: at(None, area),
            any_area_url: at(age, None),
            current,
            ages,
            areas,
            festivals,
            languages,
            count_forms,
            timezone: c.site.timezone_name.clone(),
        }
    }

    /// Each regular activity once, for all its `sessions` on a listing page,
    /// in the order of its first session there: "Tuesdays 10:00–11:30, until
    /// 20 July 2027", and its missed sessions up to its last one shown.
    fn regular_cards<'o>(&self, sessions: impl Iterator<Item = &'o Occurrence>) -> Vec<CardV> {
        let c = self.r.content;
        let today = self.r.now.date();
        let mut by_event: Vec<(&Event, Vec<&Occurrence>)> = Vec::new();
        for o in sessions {
            let Some(e) = c.events.get(&o.event) else {
                continue;
            };
            match by_event.iter_mut().find(|(x, _)| x.id == e.id) {
                Some((_, list)) => list.push(o),
                None => by_event.push((e, vec![o])),
            }
        }
        by_event
            .into_iter()
            .filter_map(|(e, list)| {
                let (first, last) = (list.first()?, list.last()?);
                let r = e.repeat.as_ref()?;
                // "Next session" is one that takes place.
                let next = list
                    .iter()
                    .find(|o| o.changed != Changed::Cancelled)
                    .unwrap_or(first);
                let mut card = self.card(e, next);
                card.facets.first_day = first.date().to_string();
                let days = self.repeat_label(r, e.schedule.start_date());
                // The usual time, not a moved session's.
                let time = match list.iter().find(|o| o.changed == Changed::No) {
                    Some(usual) => self.time_label(usual),
                    None => card.time_label.clone(),
                };
                card.changes = list.iter().filter_map(|o| self.change_view(e, o)).collect();
                card.when_label = Some(match self.until_label(r) {
                    Some(until) => self.t_args(
                        "listing-regular-when-until",
                        &[
                            ("days", days.into()),
                            ("time", time.into()),
                            ("until", until.into()),
                        ],
                    ),
                    None => self.t_args(
                        "listing-regular-when",
                        &[("days", days.into()), ("time", time.into())],
                    ),
                });
                let missed: Vec<String> = r
                    .except
                    .iter()
                    .filter(|x| **x >= today && **x <= last.date())
                    .map(|x| self.formats.date(*x))
                    .collect();
                card.except_label = (!missed.is_empty()).then(|| {
                    self.t_args(
                        "event-no-session",
                        &[("dates", self.formats.and_list(&missed).into())],
                    )
                });
                let mut days: Vec<String> = list
                    .iter()
                    .map(|o| o.date().max(today).to_string())
                    .collect();
                days.dedup();
                card.session_days = Some(days.join(" "));
                card.facets.last_day = last.date().to_string();
                Some(card)
            })
            .collect()
    }

    fn month_label(&self, year: i16, month: i8) -> String {
        jiff::civil::Date::new(year, month, 1)
            .map(|d| self.formats.month_year(d))
            .unwrap_or_else(|_| format!("{year:04}-{month:02}"))
    }

    fn slice_label(&self, slice: &Slice) -> String {
        match slice {
            Slice::Soon => self.t("listing-soon"),
            Slice::Month {
                year,
                month,
                number: 1,
            } => self.month_label(*year, *month),
            Slice::Month {
                year,
                month,
                number,
            } => self.t_args(
                "listing-month-page",
                &[
                    ("month", self.month_label(*year, *month).into()),
                    ("page", (*number as i64).into()),
                ],
            ),
        }
    }

    /// One page of a listing: `/<lang>/` (the coming weeks), `/<lang>/2027-03/`,
    /// `/<lang>/2027-03/2/`, and the same under `area/<area>/` and
    /// `age/<group>/`, where `page.filter` says which.
    pub(super) fn listing(
        &self,
        route: Route,
        filter: &Filter,
        slice: &Slice,
        sink: &dyn Sink,
        d: &mut Diagnostics,
    ) {
        let c = self.r.content;
        let Some(listing) = self.r.plan.listings.get(filter) else {
            return;
        };
        let Some(at) = listing.pages.iter().position(|p| &p.slice == slice) else {
            return;
        };
        let page = &listing.pages[at];
        let sessions: Vec<&Occurrence> = page
            .occurrences
            .iter()
            .filter_map(|&i| self.r.expanded.occurrences.get(i))
            .collect();
        let is_regular =
            |o: &&Occurrence| c.events.get(&o.event).is_some_and(|e| e.repeat.is_some());
        let mut regular = self.regular_cards(sessions.iter().copied().filter(is_regular));
        let mut days = self.days(sessions.iter().copied().filter(|o| !is_regular(o)));
        self.render_cards(
            regular
                .iter_mut()
                .chain(days.iter_mut().flat_map(|d| d.cards.iter_mut())),
            d,
        );
        let count = regular.len() + days.iter().map(|d| d.cards.len()).sum::<usize>();
        let fv = self.filter_view(filter);
        let heading = match (filter, &fv) {
            (Filter::Area(name, _), _) => {
                self.t_args("filter-area-heading", &[("area", name.clone().into())])
            }
            (Filter::Age(_), Some(fv)) => {
                self.t_args("filter-age-heading", &[("group", fv.label.clone().into())])
            }
            (Filter::AgeArea(g, name, _), _) => self.t_args(
                "filter-age-area-heading",
                &[
                    ("area", name.clone().into()),
                    ("group", self.t(g.label_key()).into()),
                ],
            ),
            (Filter::Finder(g, Some((name, _))), _) => self.t_args(
                "finder-results-heading",
                &[
                    ("area", name.clone().into()),
                    ("group", self.t(g.label_key()).into()),
                ],
            ),
            (Filter::Finder(g, None), _) => self.t_args(
                "finder-results-everyone",
                &[("group", self.t(g.label_key()).into())],
            ),
            _ => self.t("listing-heading"),
        };
        let month_label = match slice {
            Slice::Month { year, month, .. } => Some(self.month_label(*year, *month)),
            Slice::Soon => None,
        };
        let title = match slice {
            Slice::Soon => heading,
            _ => self.t_args(
                "listing-month-title",
                &[
                    ("listing", heading.into()),
                    ("month", self.slice_label(slice).into()),
                ],
            ),
        };
        // A finder answer has one page; its months are the age group's.
        let (months_filter, months_listing) = match filter {
            Filter::Finder(g, _) => {
                let age = Filter::Age(*g);
                let l = self.r.plan.listings.get(&age).unwrap_or(listing);
                (age, l)
            }
            _ => (filter.clone(), listing),
        };
        let link = |s: &Slice, label: String| PageLinkV {
            url: self.url(Place::Listing(filter, s)),
            label,
            current: s == slice,
        };
        let month_link = |s: &Slice, label: String| PageLinkV {
            url: self.url(Place::Listing(&months_filter, s)),
            label,
            current: s == slice,
        };
        let current_month = match slice {
            Slice::Month { year, month, .. } => Some((*year, *month)),
            Slice::Soon => None,
        };
        let pagination = PaginationV {
            soon: link(&Slice::Soon, self.t("listing-soon")),
            months: months_listing
                .months()
                .into_iter()
                .map(|(year, month)| {
                    let s = Slice::Month {
                        year,
                        month,
                        number: 1,
                    };
                    PageLinkV {
                        current: current_month == Some((year, month)),
                        ..month_link(&s, self.month_label(year, month))
                    }
                })
                .collect(),
            previous: at
                .checked_sub(1)
                .and_then(|i| listing.pages.get(i))
                .map(|p| link(&p.slice, self.slice_label(&p.slice))),
            next: match listing.pages.get(at + 1) {
                Some(p) => Some(link(&p.slice, self.slice_label(&p.slice))),
                None if months_filter != *filter => months_listing
                    .pages
                    .get(1)
                    .map(|p| month_link(&p.slice, self.slice_label(&p.slice))),
                None => None,
            },
            month_label,
            number: match slice {
                Slice::Month { number, .. } => *number,
                Slice::Soon => 1,
            },
            whole: page.whole,
        };
        let mut ctx = self.context(route, None, title, Some(self.t("listing-intro")), false);
        if let (Some(fv), Some(serde_json::Value::Object(mut page))) =
            (&fv, ctx.get("page").cloned())
        {
            page.insert(
                "filter".into(),
                serde_json::to_value(fv).unwrap_or_default(),
            );
            ctx.insert("page", &page);
        }
        ctx.insert("days", &days);
        ctx.insert("regular", &regular);
        ctx.insert("count", &count);
        ctx.insert("pagination", &pagination);
        ctx.insert("regular_weeks", &c.site.listing_weeks);
        ctx.insert("filters", &self.filters_view(filter, &page.occurrences));
        self.emit(sink, &route.file(), "listing.html", &ctx, d);
    }
}
