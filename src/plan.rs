//! Stage 4: plan the build — every output the site will have, where it lives,
//! and which content records it is made from.
//!
//! The plan is what makes the rest of the engine simple: rendering is a
//! parallel loop over its jobs (each writes its own file), and the live
//! preview re-renders only the jobs made from the records an edit touched
//! (src/preview.rs). Listings are paginated here, by month, so a listing
//! page stays small at any size.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;
use jiff::{Span, Zoned};
use rayon::prelude::*;

use crate::expand::{Expanded, Occurrence};
use crate::filters::AgeGroup;
use crate::load::Kind;
use crate::model::{Change, Content, Event, Venue};

/// At most this many event cards on one listing page: a month with more is
/// split into numbered pages, so no page grows with the size of the site.
pub const PAGE_CARDS: usize = 60;

/// Which events a listing shows.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Filter {
    All,
    /// An area: its name (as in site.yaml) and address part.
    Area(String, String),
    Age(AgeGroup),
    /// An age group in one area (name and address part), so the two choices
    /// combine without JavaScript.
    AgeArea(AgeGroup, String, String),
    /// The family finder's answer without JavaScript: what a child of the
    /// age group living in an area (name and address part), or outside
    /// every area (`None`), may go to: the venue may be anywhere, but an
    /// event `for_areas` others is left out.
    Finder(AgeGroup, Option<(String, String)>),
}

impl Filter {
    /// The listing of an age group and an area (name and address part),
    /// either or both.
    pub fn of(age: Option<AgeGroup>, area: Option<(String, String)>) -> Filter {
        match (age, area) {
            (None, None) => Filter::All,
            (None, Some((name, slug))) => Filter::Area(name, slug),
            (Some(g), None) => Filter::Age(g),
            (Some(g), Some((name, slug))) => Filter::AgeArea(g, name, slug),
        }
    }

    /// The age group and area this listing's chips keep when another is
    /// chosen (a finder answer keeps its age: its area is where the family
    /// lives, not where events are).
    pub fn chosen(&self) -> (Option<AgeGroup>, Option<(String, String)>) {
        match self {
            Filter::All => (None, None),
            Filter::Area(name, slug) => (None, Some((name.clone(), slug.clone()))),
            Filter::AgeArea(g, name, slug) => (Some(*g), Some((name.clone(), slug.clone()))),
            Filter::Age(g) | Filter::Finder(g, _) => (Some(*g), None),
        }
    }

    /// Whether the listing shows `e`, whose venue is in `area`.
    fn keeps(&self, e: &Event, area: Option<&str>) -> bool {
        match self {
            Filter::All => true,
            Filter::Area(name, _) => area == Some(name.as_str()),
            Filter::Age(g) => g.matches(e),
            Filter::AgeArea(g, name, _) => g.matches(e) && area == Some(name.as_str()),
            Filter::Finder(g, area) => g.matches(e) && may_come(e, area.as_ref().map(|a| &a.0)),
        }
    }
}

/// Whether a family living in `area` (`None`: outside every area) may come
/// to `e`.
pub fn may_come(e: &Event, area: Option<&String>) -> bool {
    e.for_areas.is_empty() || area.is_some_and(|a| e.for_areas.contains(a))
}

/// One page of a listing.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Slice {
    /// The first page: the coming weeks.
    Soon,
    /// `YYYY-MM/` (number 1) or `YYYY-MM/<n>/`.
    Month { year: i16, month: i8, number: usize },
}

/// Every file of a language's site, by what makes it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Page {
    Listing(Filter, Slice),
    Event(String),
    EventCalendar(String),
    Festival(String),
    Venue(String),
    Doc(String),
    NotFound,
    /// The subscription calendars (all, per festival, per area) and the feed.
    Syndication,
    /// The family finder: `finder/`, where a family says where they live and
    /// their child's age.
    Finder,
    /// The finder's next step without JavaScript: the age choice for an area
    /// (its address part), or for families outside every area (`None`).
    FinderChoice(Option<String>),
    /// `finder/index.json`: what the finder's script matches in the phone.
    FinderIndex,
    /// `links/`: a light page for social-media bios.
    Links,
}

/// One output (or a small group of outputs) to render.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Job {
    /// The language chooser and the root 404.
    Root,
    Sitemap,
    Static,
    Lang(usize, Page),
}

/// A listing page's place in its listing.
#[derive(Debug, Clone)]
pub struct ListingPage {
    pub slice: Slice,
    /// Indices into [`Expanded::occurrences`], in order.
    pub occurrences: Vec<usize>,
    /// Every session of its span is on this page (none cut at [`PAGE_CARDS`]),
    /// so a script filtering its cards in place misses nothing that the
    /// pre-rendered filtered page of the same span would show.
    pub whole: bool,
}

/// A paginated listing (one filter), language-independent.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    pub pages: Vec<ListingPage>,
}

impl Listing {
    pub fn page(&self, slice: &Slice) -> Option<&ListingPage> {
        self.pages.iter().find(|p| &p.slice == slice)
    }

    /// The months with a page, in order.
    pub fn months(&self) -> Vec<(i16, i8)> {
        let mut v: Vec<(i16, i8)> = self
            .pages
            .iter()
            .filter_map(|p| match p.slice {
                Slice::Month { year, month, .. } => Some((year, month)),
                Slice::Soon => None,
            })
            .collect();
        v.dedup();
        v
    }
}

/// A content record a job is made from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Input {
    Event(String),
    Venue(String),
    Festival(String),
    Page(String),
}

/// Everything the build will make.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub listings: BTreeMap<Filter, Listing>,
    languages: usize,
    /// Address parts of the site's areas (the finder's pages).
    areas: Vec<String>,
    events: Vec<String>,
    festivals: Vec<String>,
    venues: Vec<String>,
    pages: Vec<String>,
}

impl Plan {
    pub fn new(content: &Content, expanded: &Expanded, now: &Zoned) -> Plan {
        let areas = crate::filters::area_slugs(&content.site.areas);
        let mut filters = vec![Filter::All];
        filters.extend(
            areas
                .iter()
                .map(|(name, slug)| Filter::Area(name.clone(), slug.clone())),
        );
        filters.extend(AgeGroup::ALL.into_iter().map(Filter::Age));
        for g in AgeGroup::ALL {
            filters.extend(
                areas
                    .iter()
                    .map(|(name, slug)| Filter::AgeArea(g, name.clone(), slug.clone())),
            );
        }
        for g in AgeGroup::FINDER {
            filters.push(Filter::Finder(g, None));
            filters.extend(areas.iter().map(|a| Filter::Finder(g, Some(a.clone()))));
        }

        // Each listed session with its event and its venue's area, looked up
        // once for the hundred or so listings (each filter then only tests).
        let listed: Vec<(usize, &Event, Option<&str>)> = listed(content, expanded, now)
            .into_iter()
            .filter_map(|i| {
                let e = content.events.get(&expanded.occurrences[i].event)?;
                let area = content.venues.get(&e.venue).map(|v| v.area.as_str());
                Some((i, &**e, area))
            })
            .collect();
        let soon_end = now
            .checked_add(Span::new().days(7 * content.site.listing_weeks as i64))
            .unwrap_or_else(|_| now.clone());
        let today = now.date();
        let listings: BTreeMap<Filter, Listing> = filters
            .into_par_iter()
            .map(|f| {
                let mine: Vec<usize> = listed
                    .iter()
                    .filter(|(_, e, area)| f.keeps(e, *area))
                    .map(|(i, ..)| *i)
                    .collect();
                let mut listing = paginate(&mine, expanded, today, &soon_end);
                // A finder answer is "what is on soon for us": its later months
                // are the age group's own month pages, not a copy of each for
                // every area (that copy was most of a large site's pages).
                if matches!(f, Filter::Finder(..)) {
                    listing.pages.truncate(1);
                }
                (f, listing)
            })
            .collect();
        Plan {
            listings,
            languages: content.site.languages.len(),
            areas: areas.into_iter().map(|(_, slug)| slug).collect(),
            events: content.events.keys().cloned().collect(),
            festivals: content.festivals.keys().cloned().collect(),
            venues: content.venues.keys().cloned().collect(),
            pages: content.pages.keys().cloned().collect(),
        }
    }

    /// Whether `other` has exactly the same jobs (cheaper than comparing them).
    pub fn same_jobs(&self, other: &Plan) -> bool {
        let slices = |p: &Plan| {
            p.listings
                .iter()
                .map(|(f, l)| (f.clone(), l.pages.iter().map(|p| p.slice.clone()).collect()))
                .collect::<Vec<(Filter, Vec<Slice>)>>()
        };
        self.languages == other.languages
            && self.areas == other.areas
            && self.events == other.events
            && self.festivals == other.festivals
            && self.venues == other.venues
            && self.pages == other.pages
            && slices(self) == slices(other)
    }

    /// How many languages each page is made in.
    pub fn languages(&self) -> usize {
        self.languages
    }

    /// Every job, in a fixed order (the order findings are reported in).
    pub fn jobs(&self) -> Vec<Job> {
        let mut v = Vec::new();
        for lang in 0..self.languages {
            v.extend(self.lang_pages().into_iter().map(|p| Job::Lang(lang, p)));
        }
        v.extend([Job::Root, Job::Sitemap, Job::Static]);
        v
    }

    /// The pages every language has, in order; the sitemap lists their HTML.
    pub fn lang_pages(&self) -> Vec<Page> {
        let mut v = Vec::new();
        for (f, l) in &self.listings {
            v.extend(
                l.pages
                    .iter()
                    .map(|p| Page::Listing(f.clone(), p.slice.clone())),
            );
        }
        v.push(Page::Syndication);
        for id in &self.events {
            v.push(Page::Event(id.clone()));
            v.push(Page::EventCalendar(id.clone()));
        }
        v.extend(self.festivals.iter().cloned().map(Page::Festival));
        v.extend(self.venues.iter().cloned().map(Page::Venue));
        v.extend(self.pages.iter().cloned().map(Page::Doc));
        v.push(Page::Finder);
        v.push(Page::FinderChoice(None));
        v.extend(
            self.areas
                .iter()
                .cloned()
                .map(|a| Page::FinderChoice(Some(a))),
        );
        v.push(Page::FinderIndex);
        v.push(Page::Links);
        v.push(Page::NotFound);
        v
    }
}

/// Whether the sessions and plan made for `old` are those of `new` too, when
/// only the `touched` records may differ: the same records, and each touched
/// event and venue changed only in what is shown of it (its words, its
/// booking link), not in what [`crate::expand::expand`] or [`Plan::new`]
/// read. A preview then keeps both instead of making them again for every
/// event of the site.
pub fn still_holds(old: &Content, new: &Content, touched: &BTreeSet<(Kind, &str)>) -> bool {
    old.site == new.site
        && old.events.keys().eq(new.events.keys())
        && old.venues.keys().eq(new.venues.keys())
        && old.festivals.keys().eq(new.festivals.keys())
        && old.pages.keys().eq(new.pages.keys())
        && touched.iter().all(|&(kind, id)| match kind {
            Kind::Event => match (old.events.get(id), new.events.get(id)) {
                (Some(a), Some(b)) => listed_alike(a, b),
                _ => false,
            },
            Kind::Venue => match (old.venues.get(id), new.venues.get(id)) {
                (Some(a), Some(b)) => venue_alike(a, b),
                _ => false,
            },
            // Only their ids are planned (and an edit of either renders
            // every page again anyway); QR sheets are print only.
            Kind::Festival | Kind::Page | Kind::QrSheet => true,
        })
}

/// What expanding and planning read of an event is the same in `a` and `b`.
/// Every field is named, so one added to events has to be sorted here.
fn listed_alike(a: &Event, b: &Event) -> bool {
    let Event {
        id,
        schedule,
        repeat,
        changes,
        venue,
        ages,
        siblings_welcome,
        for_areas,
        title: _,
        summary: _,
        body: _,
        festival: _,
        cost: _,
        booking: _,
        drop_in: _,
        flagship: _,
        tags: _,
        spoken_languages: _,
        accessibility: _,
        image: _,
        cancelled: _,
        origin: _,
    } = a;
    let session = |c: &Change| {
        let Change {
            date,
            what,
            note: _,
        } = c;
        (*date, *what)
    };
    (
        id,
        schedule,
        repeat,
        venue,
        ages,
        siblings_welcome,
        for_areas,
    ) == (
        &b.id,
        &b.schedule,
        &b.repeat,
        &b.venue,
        &b.ages,
        &b.siblings_welcome,
        &b.for_areas,
    ) && changes
        .iter()
        .map(session)
        .eq(b.changes.iter().map(session))
}

/// What planning reads of a venue (its area) is the same in `a` and `b`.
fn venue_alike(a: &Venue, b: &Venue) -> bool {
    let Venue {
        area,
        id: _,
        name: _,
        address: _,
        postcode: _,
        location: _,
        accessibility: _,
        origin: _,
    } = a;
    *area == b.area
}

/// Occurrences shown in listings, as indices: not yet ended; repeating ones
/// only within the listing horizon so weekly activities do not drown one-off
/// events.
fn listed(content: &Content, expanded: &Expanded, now: &Zoned) -> Vec<usize> {
    let horizon = now
        .checked_add(Span::new().days(7 * content.site.listing_weeks as i64))
        .unwrap_or_else(|_| now.clone());
    expanded
        .occurrences
        .iter()
        .enumerate()
        .filter(|(_, o)| {
            content
                .events
                .get(&o.event)
                .is_some_and(|e| !o.is_past(now) && (e.repeat.is_none() || o.start <= horizon))
        })
        .map(|(i, _)| i)
        .collect()
}

/// The day a session is listed under: an event already under way is shown today.
pub fn listed_day(o: &Occurrence, today: Date) -> Date {
    o.date().max(today)
}

/// Splits one listing into its first page (the coming weeks, or the next
/// sessions when the coming weeks are quiet) and its month pages.
fn paginate(listed: &[usize], expanded: &Expanded, today: Date, soon_end: &Zoned) -> Listing {
    let mut pages = Vec::new();
    let coming: Vec<usize> = listed
        .iter()
        .copied()
        .filter(|&i| expanded.occurrences[i].start < *soon_end)
        .collect();
    // The coming weeks, or the next sessions when they are quiet.
    let (soon, all) = if coming.is_empty() {
        (
            listed.iter().copied().take(PAGE_CARDS).collect(),
            listed.len(),
        )
    } else {
        let all = coming.len();
        (coming.into_iter().take(PAGE_CARDS).collect(), all)
    };
    pages.push(ListingPage {
        slice: Slice::Soon,
        occurrences: soon,
        whole: all <= PAGE_CARDS,
    });
    let mut by_month: BTreeMap<(i16, i8), Vec<usize>> = BTreeMap::new();
    for &i in listed {
        let d = listed_day(&expanded.occurrences[i], today);
        by_month.entry((d.year(), d.month())).or_default().push(i);
    }
    for ((year, month), all) in by_month {
        let whole = all.len() <= PAGE_CARDS;
        for (n, chunk) in all.chunks(PAGE_CARDS).enumerate() {
            pages.push(ListingPage {
                slice: Slice::Month {
                    year,
                    month,
                    number: n + 1,
                },
                occurrences: chunk.to_vec(),
                whole,
            });
        }
    }
    Listing { pages }
}
