//! The listing's filters (see src/filters.rs): the pre-rendered listings per
//! area and per age group, and the `filters` value listing templates get for
//! their links and for the form the filter script enhances.

use serde::Serialize;

use super::{Diagnostics, LangPages, Route, SiteFiles};
use crate::filters::{plural_forms, AgeGroup};
use crate::i18n::Say;

/// What a pre-rendered filtered listing shows.
pub(super) enum ListingFilter {
    /// An area: its name (as in site.yaml) and address part.
    Area(String, String),
    Age(AgeGroup),
}

#[derive(Serialize)]
struct FilterV {
    kind: &'static str,
    id: String,
    label: String,
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
    current: Option<FilterV>,
    ages: Vec<OptionV>,
    areas: Vec<OptionV>,
    festivals: Vec<OptionV>,
    languages: Vec<OptionV>,
    count_forms: Vec<FormV>,
    timezone: String,
}

impl LangPages<'_> {
    fn filter_view(&self, f: &ListingFilter) -> FilterV {
        match f {
            ListingFilter::Area(name, slug) => FilterV {
                kind: "area",
                id: slug.clone(),
                label: name.clone(),
            },
            ListingFilter::Age(g) => FilterV {
                kind: "age",
                id: g.slug().to_owned(),
                label: self.t(g.label_key()),
            },
        }
    }

    /// Everything a listing needs to offer its filters; `current` is the
    /// pre-rendered filter of this page, if any.
    pub(super) fn filters_view(&self, current: Option<&ListingFilter>) -> FiltersV {
        let c = self.r.content;
        let current = current.map(|f| self.filter_view(f));
        let is_current = |kind: &str, id: &str| {
            current
                .as_ref()
                .is_some_and(|f| f.kind == kind && f.id == id)
        };
        let ages = AgeGroup::ALL
            .into_iter()
            .map(|g| OptionV {
                id: g.slug().to_owned(),
                label: self.t(g.label_key()),
                url: self.url(&format!("age/{}/", g.slug())),
                current: is_current("age", g.slug()),
            })
            .collect();
        let areas = self
            .r
            .areas
            .iter()
            .map(|(name, slug)| OptionV {
                id: slug.clone(),
                label: name.clone(),
                url: self.url(&format!("area/{slug}/")),
                current: is_current("area", slug),
            })
            .collect();
        // Festivals and languages that something on the listing has.
        let mut festival_ids = std::collections::BTreeSet::new();
        let mut language_codes = std::collections::BTreeSet::new();
        for o in self.r.listed(|_| true) {
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
            all_url: self.url(""),
            current,
            ages,
            areas,
            festivals,
            languages,
            count_forms,
            timezone: c.site.timezone_name.clone(),
        }
    }

    /// `/<lang>/area/<area>/` or `/<lang>/age/<group>/`: the listing template
    /// with only the matching events, and `page.filter` set.
    pub(super) fn filtered_listing(
        &self,
        route: &Route,
        filter: &ListingFilter,
        files: &mut SiteFiles,
        d: &mut Diagnostics,
    ) {
        let c = self.r.content;
        let days = match filter {
            ListingFilter::Area(name, _) => self.days(
                self.r
                    .listed(|e| c.venues.get(&e.venue).is_some_and(|v| &v.area == name)),
            ),
            ListingFilter::Age(g) => self.days(self.r.listed(|e| g.matches(e))),
        };
        let count: usize = days.iter().map(|d| d.cards.len()).sum();
        let fv = self.filter_view(filter);
        let title = match filter {
            ListingFilter::Area(name, _) => {
                self.t_args("filter-area-heading", &[("area", name.clone().into())])
            }
            ListingFilter::Age(_) => {
                self.t_args("filter-age-heading", &[("group", fv.label.clone().into())])
            }
        };
        let mut ctx = self.context(route, None, title, Some(self.t("listing-intro")), false);
        if let Some(serde_json::Value::Object(mut page)) = ctx.get("page").cloned() {
            page.insert(
                "filter".into(),
                serde_json::to_value(&fv).unwrap_or_default(),
            );
            ctx.insert("page", &page);
        }
        ctx.insert("days", &days);
        ctx.insert("count", &count);
        ctx.insert("regular_weeks", &c.site.listing_weeks);
        ctx.insert("filters", &self.filters_view(Some(filter)));
        self.emit(
            files,
            &format!("{}/{}index.html", self.lang.code, route.rest),
            "listing.html",
            &ctx,
            d,
        );
    }
}
