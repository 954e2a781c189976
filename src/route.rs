//! Every address the site publishes, in one type: where a file goes in the
//! output folder and the web address that reaches it, for the pages of each
//! language, calendars and feeds, print, share images, newsletters and short
//! links. No other module spells out a path, so a link cannot point at a
//! file the build does not write, and moving an address is a change here.
//!
//! An address is written after the site's base path (`/` or `/whatson/`):
//! [`Route::href`] gives `en/events/story-time/`, [`Route::file`] the file
//! that serves it, `en/events/story-time/index.html`. Pictures copied from
//! `content/` keep their own paths (src/images.rs).

use jiff::civil::Date;

use crate::plan::{Filter, Page, Slice};

/// One published address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route<'a> {
    /// The language chooser.
    Home,
    /// The site-wide 404 page, for addresses outside every language.
    RootNotFound,
    Robots,
    /// `sitemap.xml`: the sitemap, or the index of its parts on a big site.
    Sitemap,
    /// `sitemap-<n>.xml`, counting from 1.
    SitemapPart(usize),
    /// A theme file under `static/` (`""`: the folder itself).
    Static(&'a str),
    /// An address in one language's site.
    Lang(&'a str, Place<'a>),
    /// The staff's print index.
    PrintIndex,
    /// A print document (`pdf`), share image (`png`) or its preview page
    /// (`html`) in a language.
    Print {
        lang: &'a str,
        name: &'a str,
        ext: &'a str,
    },
    /// A print document's thumbnail on the print index.
    PrintThumb {
        lang: &'a str,
        name: &'a str,
    },
    /// A short link's redirect page, by code.
    ShortLink(&'a str),
}

/// An address inside one language's site (`<lang>/…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place<'a> {
    /// A page of a listing; the language's home is the first page of the
    /// whole listing ([`Place::HOME`]).
    Listing(&'a Filter, &'a Slice),
    Event(&'a str),
    /// An event's own calendar file.
    EventCalendar(&'a str),
    Festival(&'a str),
    FestivalCalendar(&'a str),
    Venue(&'a str),
    /// A page of `content/pages/`.
    Doc(&'a str),
    NotFound,
    /// The subscription calendar of every event.
    Calendar,
    /// An area's subscription calendar, by the area's address part.
    AreaCalendar(&'a str),
    Feed,
    Finder,
    /// The finder's age question for an area (its address part), or for
    /// families outside every area (`None`).
    FinderChoice(Option<&'a str>),
    FinderIndex,
    Links,
    /// The folder of the event pages, to which the finder's script adds an
    /// event's id.
    Events,
    /// A newsletter issue's page, by its first day.
    Newsletter(Date),
}

static ALL: Filter = Filter::All;
static SOON: Slice = Slice::Soon;

impl<'a> Place<'a> {
    /// The language's home: the coming weeks of every event.
    pub const HOME: Place<'static> = Place::Listing(&ALL, &SOON);

    /// Where a planned page of a language's site lives (for the subscription
    /// calendars and feed, the calendar of every event).
    pub fn of(page: &'a Page) -> Place<'a> {
        match page {
            Page::Listing(f, slice) => Place::Listing(f, slice),
            Page::Event(id) => Place::Event(id),
            Page::EventCalendar(id) => Place::EventCalendar(id),
            Page::Festival(id) => Place::Festival(id),
            Page::Venue(id) => Place::Venue(id),
            Page::Doc(id) => Place::Doc(id),
            Page::NotFound => Place::NotFound,
            Page::Syndication => Place::Calendar,
            Page::Finder => Place::Finder,
            Page::FinderChoice(area) => Place::FinderChoice(area.as_deref()),
            Page::FinderIndex => Place::FinderIndex,
            Page::Links => Place::Links,
        }
    }

    /// The address after `<lang>/`.
    fn rest(&self) -> String {
        match self {
            Place::Listing(f, slice) => listing(f, slice),
            Place::Event(id) => format!("events/{id}/"),
            Place::EventCalendar(id) => format!("events/{id}/event.ics"),
            Place::Festival(id) => format!("festivals/{id}/"),
            Place::FestivalCalendar(id) => format!("festivals/{id}/calendar.ics"),
            Place::Venue(id) => format!("venues/{id}/"),
            Place::Doc(id) => format!("pages/{id}/"),
            Place::NotFound => "404.html".into(),
            Place::Calendar => "calendar.ics".into(),
            Place::AreaCalendar(slug) => format!("area/{slug}/calendar.ics"),
            Place::Feed => "feed.xml".into(),
            Place::Finder => "finder/".into(),
            Place::FinderChoice(Some(area)) => format!("finder/area/{area}/"),
            Place::FinderChoice(None) => "finder/everyone/".into(),
            Place::FinderIndex => "finder/index.json".into(),
            Place::Links => "links/".into(),
            Place::Events => "events/".into(),
            Place::Newsletter(date) => format!("newsletter/{date}/"),
        }
    }
}

/// A listing page's address after `<lang>/`: the filter's own part
/// (`area/<slug>/`, `age/<slug>/` …) and then the slice (`""`, `2027-03/`,
/// `2027-03/2/`).
fn listing(f: &Filter, slice: &Slice) -> String {
    let prefix = match f {
        Filter::All => String::new(),
        Filter::Area(_, slug) => format!("area/{slug}/"),
        Filter::Age(g) => format!("age/{}/", g.slug()),
        Filter::AgeArea(g, _, slug) => format!("age/{}/area/{slug}/", g.slug()),
        Filter::Finder(g, Some((_, slug))) => format!("finder/area/{slug}/{}/", g.slug()),
        Filter::Finder(g, None) => format!("finder/everyone/{}/", g.slug()),
    };
    match slice {
        Slice::Soon => prefix,
        Slice::Month {
            year,
            month,
            number: 1,
        } => format!("{prefix}{year:04}-{month:02}/"),
        Slice::Month {
            year,
            month,
            number,
        } => format!("{prefix}{year:04}-{month:02}/{number}/"),
    }
}

impl<'a> Route<'a> {
    /// The same address in another language (addresses outside the
    /// languages stay as they are).
    pub fn in_language(self, lang: &'a str) -> Route<'a> {
        match self {
            Route::Lang(_, place) => Route::Lang(lang, place),
            Route::Print { name, ext, .. } => Route::Print { lang, name, ext },
            Route::PrintThumb { name, .. } => Route::PrintThumb { lang, name },
            other => other,
        }
    }

    /// The web address after the site's base path; a folder's ends in `/`,
    /// and the home's is empty.
    pub fn href(&self) -> String {
        match self {
            Route::Home => String::new(),
            Route::RootNotFound => "404.html".into(),
            Route::Robots => "robots.txt".into(),
            Route::Sitemap => "sitemap.xml".into(),
            Route::SitemapPart(n) => format!("sitemap-{n}.xml"),
            Route::Static(file) => format!("static/{file}"),
            Route::Lang(lang, place) => format!("{lang}/{}", place.rest()),
            Route::PrintIndex => "print/".into(),
            Route::Print { lang, name, ext } => format!("print/{lang}/{name}.{ext}"),
            Route::PrintThumb { lang, name } => format!("print/{lang}/thumbs/{name}.png"),
            Route::ShortLink(code) => format!("b/{code}/"),
        }
    }

    /// The file under the output folder that serves the address: a
    /// folder's `index.html`.
    pub fn file(&self) -> String {
        let href = self.href();
        if href.is_empty() || href.ends_with('/') {
            href + "index.html"
        } else {
            href
        }
    }

    /// The address under `base`, the site's base path (`/…/`) or its
    /// absolute address (`https://…/`), ending in `/`.
    pub fn url(&self, base: &str) -> String {
        format!("{base}{}", self.href())
    }

    /// Whether the address is a page for people (one the sitemap lists).
    pub fn is_page(&self) -> bool {
        let file = self.file();
        file.ends_with(".html")
            && !matches!(
                self,
                Route::RootNotFound | Route::Lang(_, Place::NotFound) | Route::Print { .. }
            )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filters::AgeGroup;

    #[test]
    fn folders_are_served_by_their_index_and_files_by_themselves() {
        let e = Route::Lang("en", Place::Event("story-time"));
        assert_eq!(e.href(), "en/events/story-time/");
        assert_eq!(e.file(), "en/events/story-time/index.html");
        assert_eq!(e.url("/whatson/"), "/whatson/en/events/story-time/");
        assert_eq!(Route::Home.file(), "index.html");
        assert_eq!(Route::Home.url("/"), "/");
        assert_eq!(Route::Lang("ar", Place::HOME).file(), "ar/index.html");
        let cal = Route::Lang("pt", Place::EventCalendar("x"));
        assert_eq!(cal.file(), "pt/events/x/event.ics");
        assert_eq!(Route::ShortLink("k3m9xq").file(), "b/k3m9xq/index.html");
        let pdf = Route::Print {
            lang: "so",
            name: "spring-leaflet",
            ext: "pdf",
        };
        assert_eq!(pdf.file(), "print/so/spring-leaflet.pdf");
    }

    #[test]
    fn listings_put_the_filter_before_the_month() {
        let area = Filter::Area("Herne Hill".into(), "herne-hill".into());
        let march = Slice::Month {
            year: 2027,
            month: 3,
            number: 1,
        };
        let second = Slice::Month {
            year: 2027,
            month: 3,
            number: 2,
        };
        let at = |f, s| Route::Lang("en", Place::Listing(f, s)).href();
        assert_eq!(at(&area, &Slice::Soon), "en/area/herne-hill/");
        assert_eq!(at(&area, &march), "en/area/herne-hill/2027-03/");
        assert_eq!(at(&Filter::All, &second), "en/2027-03/2/");
        let g = AgeGroup::ALL[0];
        let finder = Filter::Finder(g, None);
        assert_eq!(
            at(&finder, &Slice::Soon),
            format!("en/finder/everyone/{}/", g.slug())
        );
    }

    #[test]
    fn only_pages_for_people_are_pages() {
        assert!(Route::Lang("en", Place::Links).is_page());
        assert!(Route::Home.is_page());
        assert!(!Route::Lang("en", Place::NotFound).is_page());
        assert!(!Route::Lang("en", Place::Feed).is_page());
        assert!(!Route::Lang("en", Place::FinderIndex).is_page());
    }
}
