//! Filters on the what's-on listing.
//!
//! Two ways to narrow the listing, both built from the same facts:
//! - without JavaScript, pre-rendered listings at stable addresses: one per
//!   area (`/<lang>/area/<area>/`) and one per age group (`/<lang>/age/<group>/`);
//!   festival pages already list a festival's programme;
//! - with JavaScript, `static/filters.js` filters the listing in place, reading
//!   the [`Facets`] each card carries as `data-*` attributes.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Serialize;

use crate::i18n::{args, Messages};
use crate::model::{Ages, Cost, Event};

/// "Your child's age" on the listing. An event's `ages` are whole years,
/// inclusive (`0-4` = from birth until the fifth birthday), or months for
/// babies (`0-18m`); groups and events are compared in months, so a 0-18m
/// group is for babies under one and one-year-olds, not two-year-olds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AgeGroup {
    /// Expecting a baby (`bump`, `bump-N`).
    Bump,
    /// From birth to the first birthday.
    Under1,
    /// One-year-olds.
    One,
    /// Two-year-olds.
    Two,
    /// Three- and four-year-olds.
    ThreeFour,
    /// Events where older brothers and sisters are welcome (`siblings_welcome`).
    Siblings,
}

impl AgeGroup {
    pub const ALL: [AgeGroup; 6] = [
        AgeGroup::Bump,
        AgeGroup::Under1,
        AgeGroup::One,
        AgeGroup::Two,
        AgeGroup::ThreeFour,
        AgeGroup::Siblings,
    ];

    /// The listing's age chips: a child's age first, then expecting and
    /// brothers and sisters.
    pub const CHIPS: [AgeGroup; 6] = [
        AgeGroup::Under1,
        AgeGroup::One,
        AgeGroup::Two,
        AgeGroup::ThreeFour,
        AgeGroup::Bump,
        AgeGroup::Siblings,
    ];

    /// The choices of the family finder: a child's age, or expecting.
    pub const FINDER: [AgeGroup; 5] = [
        AgeGroup::Bump,
        AgeGroup::Under1,
        AgeGroup::One,
        AgeGroup::Two,
        AgeGroup::ThreeFour,
    ];

    /// The group's part of the address (`/<lang>/age/<slug>/`) and its
    /// `data-ages` token. Never change these: they are shared and printed.
    pub fn slug(self) -> &'static str {
        match self {
            AgeGroup::Bump => "bump",
            AgeGroup::Under1 => "0-1",
            AgeGroup::One => "1-2",
            AgeGroup::Two => "2-3",
            AgeGroup::ThreeFour => "3-4",
            AgeGroup::Siblings => "siblings",
        }
    }

    /// The interface string naming the group (`locales/<lang>.ftl`).
    pub fn label_key(self) -> &'static str {
        match self {
            AgeGroup::Bump => "filter-age-bump",
            AgeGroup::Under1 => "filter-age-0-1",
            AgeGroup::One => "filter-age-1-2",
            AgeGroup::Two => "filter-age-2-3",
            AgeGroup::ThreeFour => "filter-age-3-4",
            AgeGroup::Siblings => "filter-age-siblings",
        }
    }

    pub fn from_slug(slug: &str) -> Option<AgeGroup> {
        AgeGroup::ALL.into_iter().find(|g| g.slug() == slug)
    }

    /// Ages in whole years the group stands for.
    fn years(self) -> Option<(u8, u8)> {
        match self {
            AgeGroup::Under1 => Some((0, 0)),
            AgeGroup::One => Some((1, 1)),
            AgeGroup::Two => Some((2, 2)),
            AgeGroup::ThreeFour => Some((3, 4)),
            AgeGroup::Bump | AgeGroup::Siblings => None,
        }
    }

    /// Whether `e` is for this group. An event without `ages` is for
    /// children of every age (not for the bump group).
    pub fn matches(self, e: &Event) -> bool {
        match self {
            AgeGroup::Bump => matches!(e.ages, Some(Ages::Bump | Ages::BumpTo(_))),
            AgeGroup::Siblings => e.siblings_welcome,
            g => {
                let Some((lo, hi)) = g.years() else {
                    return false;
                };
                let (lo, hi) = (u16::from(lo) * 12, u16::from(hi) * 12 + 11);
                match e.ages.map(Ages::months) {
                    None => true,
                    Some(None) => false,
                    Some(Some((a, b))) => a <= hi && lo <= b,
                }
            }
        }
    }
}

/// The age groups `e` belongs to, in [`AgeGroup::ALL`] order.
pub fn age_groups(e: &Event) -> Vec<AgeGroup> {
    AgeGroup::ALL.into_iter().filter(|g| g.matches(e)).collect()
}

/// A name as an address part: lowercase letters and digits (any script)
/// joined by `-`. `Tulse Hill` → `tulse-hill`.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// Each area of `site.yaml` with its address part, unique even when two names
/// would give the same one (the later gets `-2`, `-3` …).
pub fn area_slugs(areas: &[String]) -> Vec<(String, String)> {
    let mut taken: Vec<String> = Vec::new();
    areas
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let base = match slug(name) {
                s if s.is_empty() => format!("area-{}", i + 1),
                s => s,
            };
            let mut candidate = base.clone();
            let mut n = 2;
            while taken.contains(&candidate) {
                candidate = format!("{base}-{n}");
                n += 1;
            }
            taken.push(candidate.clone());
            (name.clone(), candidate)
        })
        .collect()
}

/// What the filter script knows about one card (printed as `data-*`).
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash)]
pub struct Facets {
    /// Age group slugs (`bump 0-1 1-2 … siblings`).
    pub ages: Vec<&'static str>,
    /// The venue's area slug.
    pub area: String,
    /// The festival id, or empty.
    pub festival: String,
    pub free: bool,
    /// Codes of the languages the session is run in (the site's default
    /// language when the event names none).
    pub langs: Vec<String>,
    /// First and last local day of this date (`YYYY-MM-DD`).
    pub first_day: String,
    pub last_day: String,
}

/// The facets of one date of `e`.
pub fn facets(
    e: &Event,
    area_slug: &str,
    default_language: &str,
    first_day: Date,
    last_day: Date,
) -> Facets {
    let langs = if e.spoken_languages.is_empty() {
        vec![default_language.to_owned()]
    } else {
        e.spoken_languages.clone()
    };
    Facets {
        ages: age_groups(e).into_iter().map(AgeGroup::slug).collect(),
        area: area_slug.to_owned(),
        festival: e.festival.clone().unwrap_or_default(),
        free: e.cost == Cost::Free,
        langs,
        first_day: first_day.to_string(),
        last_day: last_day.max(first_day).to_string(),
    }
}

/// A plural message as templates for the filter script, which counts in the
/// browser: CLDR plural category (`zero`, `one`, `two`, `few`, `many`,
/// `other`, plus `0` for exactly nothing) → the message with `{n}` where the
/// number goes. The script picks one with `Intl.PluralRules`, as Fluent does.
pub fn plural_forms(
    messages: &Messages,
    lang: &str,
    locale: &str,
    key: &str,
) -> BTreeMap<&'static str, String> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let rules = locale
        .parse::<unic_langid::LanguageIdentifier>()
        .ok()
        .and_then(|l| PluralRules::create(l, PluralRuleType::CARDINAL).ok())
        .or_else(|| {
            lang.parse::<unic_langid::LanguageIdentifier>()
                .ok()
                .and_then(|l| PluralRules::create(l, PluralRuleType::CARDINAL).ok())
        });
    let render = |n: u32| {
        let text = messages.get(lang, key, Some(&args(&[("count", n.into())])));
        text.replace(&n.to_string(), "{n}")
    };
    let mut out = BTreeMap::new();
    out.insert("0", render(0));
    // Larger numbers first, so a category is not stood for by 0 or 1, which a
    // translation may have written out as words.
    for n in (2..=200).chain(0..2) {
        let category = match rules.as_ref().map(|r| r.select(n)) {
            Some(Ok(c)) => c,
            _ => PluralCategory::OTHER,
        };
        let name = match category {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        };
        out.entry(name).or_insert_with(|| render(n));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(ages: Option<Ages>, siblings: bool) -> Event {
        Event {
            id: "x".into(),
            title: Default::default(),
            summary: None,
            body: Default::default(),
            festival: None,
            venue: "v".into(),
            schedule: crate::model::Schedule::AllDay {
                start: jiff::civil::date(2027, 1, 1),
                end: jiff::civil::date(2027, 1, 1),
            },
            repeat: None,
            ages,
            siblings_welcome: siblings,
            cost: Cost::Free,
            booking: None,
            drop_in: true,
            flagship: false,
            tags: vec![],
            spoken_languages: vec![],
            accessibility: None,
            image: None,
            cancelled: false,
            changes: vec![],
            for_areas: vec![],
            origin: Default::default(),
        }
    }

    fn slugs(e: &Event) -> Vec<&'static str> {
        age_groups(e).into_iter().map(AgeGroup::slug).collect()
    }

    #[test]
    fn ages_fall_into_groups() {
        assert_eq!(
            slugs(&event(Some(Ages::Range(0, 4)), false)),
            ["0-1", "1-2", "2-3", "3-4"]
        );
        assert_eq!(
            slugs(&event(Some(Ages::Range(0, 1)), false)),
            ["0-1", "1-2"]
        );
        assert_eq!(
            slugs(&event(Some(Ages::Range(2, 4)), true)),
            ["2-3", "3-4", "siblings"]
        );
        assert_eq!(slugs(&event(Some(Ages::Bump), false)), ["bump"]);
        assert_eq!(
            slugs(&event(Some(Ages::BumpTo(1)), false)),
            ["bump", "0-1", "1-2"]
        );
        assert_eq!(slugs(&event(Some(Ages::Range(4, 4)), false)), ["3-4"]);
        assert_eq!(
            slugs(&event(Some(Ages::Range(5, 11)), false)),
            Vec::<&str>::new()
        );
        assert_eq!(slugs(&event(None, false)), ["0-1", "1-2", "2-3", "3-4"]);
        let months = |from, to, to_years| Some(Ages::Months { from, to, to_years });
        assert_eq!(slugs(&event(months(0, 18, false), false)), ["0-1", "1-2"]);
        assert_eq!(slugs(&event(months(0, 6, false), false)), ["0-1"]);
        assert_eq!(slugs(&event(months(0, 12, false), false)), ["0-1", "1-2"]);
        assert_eq!(
            slugs(&event(months(6, 2, true), false)),
            ["0-1", "1-2", "2-3"]
        );
        assert_eq!(slugs(&event(months(24, 36, false), false)), ["2-3", "3-4"]);
        for g in AgeGroup::ALL {
            assert_eq!(AgeGroup::from_slug(g.slug()), Some(g));
        }
    }

    #[test]
    fn area_slugs_are_unique_and_readable() {
        let areas: Vec<String> = ["Tulse Hill", "Tulse  hill", "Ñuñoa", "!!", "Stockwell"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let s: Vec<String> = area_slugs(&areas).into_iter().map(|(_, s)| s).collect();
        assert_eq!(
            s,
            ["tulse-hill", "tulse-hill-2", "ñuñoa", "area-4", "stockwell"]
        );
    }
}
