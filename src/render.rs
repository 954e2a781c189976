//! Stage 4: render the site — every page in every language — through the
//! theme's Tera templates. Templates get plain, already-localised values (see
//! docs/themes.md), so a theme author never formats a date or picks a plural.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use fluent_bundle::FluentValue;
use jiff::civil::Date;
use jiff::{Span, Zoned};
use serde::Serialize;
use walkdir::WalkDir;

use crate::diagnostics::{display_path, Diagnostics, Pos};
use crate::expand::{Changed, Expanded, Occurrence};
use crate::i18n::{args, Formats, Messages, Say, Translate, TranslateHtml};
use crate::images::Pictures;
use crate::markdown::to_safe_html;
use crate::model::*;
use crate::output::{Memory, Sink, SiteFiles};
use crate::plan::{Job, Page, Plan};
use crate::print::share::Of;
use crate::route::{Place, Route};
use rayon::prelude::*;

mod cards;
mod finder;
mod links;
mod listing;
mod syndication;

pub use syndication::Pieces;

/// Templates every theme must provide.
pub const TEMPLATES: [&str; 8] = [
    "base.html",
    "home.html",
    "listing.html",
    "event.html",
    "festival.html",
    "venue.html",
    "page.html",
    "404.html",
];

/// Templates a theme may leave out (those of pages added later), with the
/// default theme's.
const LATER_TEMPLATES: [(&str, &str); 2] = [
    (
        "finder.html",
        include_str!("../themes/default/templates/finder.html"),
    ),
    (
        "links.html",
        include_str!("../themes/default/templates/links.html"),
    ),
];

/// The default theme's macros, which its later templates import; added for a
/// theme that has none of its own, so an older theme still builds.
const DEFAULT_MACROS: &str = include_str!("../themes/default/templates/macros.html");

/// The default theme's finder script, for themes without one.
const FINDER_JS: &[u8] = include_bytes!("../themes/default/static/finder.js");

/// How many upcoming dates an event page lists before "and N more dates".
const EVENT_PAGE_DATES: usize = 8;

/// The theme, parsed once.
pub struct Theme {
    tera: tera::Tera,
    dir: std::path::PathBuf,
    /// Fluent keys the templates use, with where they are first used.
    pub used_keys: BTreeMap<String, (String, Pos)>,
    /// Keys only the default theme's borrowed templates use: an older site's
    /// locale files may lack them, and the built-in English stands in.
    pub fallback_keys: BTreeMap<String, (String, Pos)>,
    /// The theme renders a listing's cards through `card.html`.
    has_card: bool,
}

impl Theme {
    /// Parses `themes/<name>/templates/`. Template syntax errors are reported
    /// against the template file.
    pub fn load(root: &Path, name: &str, d: &mut Diagnostics) -> Option<Theme> {
        let dir = root.join("themes").join(name);
        let templates = dir.join("templates");
        let mut tera = tera::Tera::default();
        tera.autoescape_on(vec![".html", ".xml"]);
        let mut used_keys = BTreeMap::new();
        let mut files = Vec::new();
        for entry in WalkDir::new(&templates)
            .sort_by_file_name()
            .into_iter()
            .flatten()
        {
            if !entry.file_type().is_file() {
                continue;
            }
            let path = entry.path();
            let Ok(rel) = path.strip_prefix(&templates) else {
                continue;
            };
            let name = rel.to_string_lossy().replace('\\', "/");
            let Some(src) = crate::load::read_source(root, path, d) else {
                continue;
            };
            scan_keys(&src.text, &src.display, &mut used_keys);
            files.push((src, name));
        }
        let before = d.error_count();
        // Add one at a time so a syntax error names its own file.
        for (src, name) in &files {
            // Syntax only: `extends`/`import` are resolved together below.
            if let Err(e) = tera::Template::new(name, None, &src.text) {
                d.error(
                    src,
                    Pos::FILE,
                    format!(
                        "the template {name} has a syntax error: {}",
                        error_chain(&e)
                    ),
                    Some("see https://keats.github.io/tera/docs/ for template syntax".into()),
                );
            }
        }
        if d.error_count() > before {
            return None;
        }
        // Pages added after a theme was written: the default theme's
        // template, inside the theme's own layout, until it has its own.
        let mut all: Vec<(String, String)> = files
            .iter()
            .map(|(s, n)| (n.clone(), s.text.clone()))
            .collect();
        let mut fallback_keys = BTreeMap::new();
        for (t, text) in LATER_TEMPLATES {
            if !files.iter().any(|(_, n)| n == t) {
                scan_keys(
                    text,
                    &format!("themes/default/templates/{t}"),
                    &mut fallback_keys,
                );
                all.push((t.to_owned(), text.to_owned()));
            }
        }
        fallback_keys.retain(|k, _| !used_keys.contains_key(k));
        let borrowed = all.len() > files.len();
        if borrowed && !files.iter().any(|(_, n)| n == "macros.html") {
            all.push(("macros.html".to_owned(), DEFAULT_MACROS.to_owned()));
        }
        if let Err(e) = tera.add_raw_templates(all) {
            d.file_error(&display_path(root, &templates), format!("the theme's templates do not fit together: {}", error_chain(&e)), Some("check `{% extends %}`, `{% import %}` and `{% include %}` name existing templates".into()));
            return None;
        }
        for t in TEMPLATES {
            if !files.iter().any(|(_, n)| n == t) {
                d.file_error(
                    &display_path(root, &templates.join(t)),
                    format!("the theme `{name}` has no {t} template"),
                    Some(format!(
                        "add themes/{name}/templates/{t} (see docs/themes.md)"
                    )),
                );
            }
        }
        if d.error_count() > before {
            return None;
        }
        Some(Theme {
            tera,
            dir,
            used_keys,
            fallback_keys,
            has_card: files.iter().any(|(_, n)| n == cards::CARD_TEMPLATE),
        })
    }
}

/// Finds `key="…"` uses of the `t` function in a template.
fn scan_keys(text: &str, display: &str, out: &mut BTreeMap<String, (String, Pos)>) {
    for (line_no, line) in text.lines().enumerate() {
        let mut rest = line;
        let mut offset = 0;
        while let Some(i) = rest.find("key=") {
            let after = &rest[i + 4..];
            let quote = after.chars().next();
            if let Some(q @ ('"' | '\'')) = quote {
                if let Some(end) = after[1..].find(q) {
                    let key = &after[1..1 + end];
                    if !key.is_empty()
                        && key
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                    {
                        out.entry(key.to_owned())
                            .or_insert((display.to_owned(), Pos::new(line_no + 1, offset + i + 1)));
                    }
                }
            }
            rest = &rest[i + 4..];
            offset += i + 4;
        }
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut cur = e.source();
    while let Some(s) = cur {
        parts.push(s.to_string());
        cur = s.source();
    }
    parts.join(": ")
}

// ---------------------------------------------------------------- view shapes

#[derive(Serialize, Clone, PartialEq, Eq, Hash)]
struct TextV {
    text: String,
    lang: String,
    dir: &'static str,
    fallback: bool,
}

#[derive(Serialize, Clone)]
struct HtmlV {
    html: String,
    lang: String,
    dir: &'static str,
    fallback: bool,
}

#[derive(Serialize, Clone, PartialEq, Eq, Hash)]
struct LinkV {
    id: String,
    url: String,
    title: TextV,
}

#[derive(Serialize, Clone, PartialEq, Eq, Hash)]
struct ImageV {
    url: String,
    width: u32,
    height: u32,
    /// Every published width, for `srcset` (see src/images.rs).
    srcset: String,
}

#[derive(Serialize, Clone, PartialEq, Eq, Hash)]
struct LookV {
    primary: String,
    accent: String,
    text_on_primary: String,
    text_on_accent: String,
    image: Option<ImageV>,
}

#[derive(Serialize, Clone, PartialEq, Eq, Hash)]
struct VenueRefV {
    id: String,
    url: String,
    name: TextV,
    area: String,
}

#[derive(Serialize, Clone, PartialEq, Eq, Hash)]
struct CardV {
    id: String,
    url: String,
    title: TextV,
    summary: Option<TextV>,
    date_label: String,
    time_label: String,
    start_iso: String,
    end_iso: String,
    all_day: bool,
    day_iso: String,
    venue: VenueRefV,
    festival: Option<LinkV>,
    look: Option<LookV>,
    ages_label: Option<String>,
    cost_label: String,
    free: bool,
    drop_in: bool,
    booking_url: Option<String>,
    cancelled: bool,
    flagship: bool,
    repeating: bool,
    repeat_label: Option<String>,
    past: bool,
    /// What the listing's filter script reads (src/filters.rs).
    facets: crate::filters::Facets,
    /// A regular activity listed once for all its sessions on a listing
    /// page: "Tuesdays 10:00–11:30, until 20 July 2027" (else null).
    when_label: Option<String>,
    /// Its missed sessions on that page: "No session on: 27 October 2026".
    except_label: Option<String>,
    /// The days of those sessions, `YYYY-MM-DD` separated by spaces.
    session_days: Option<String>,
    /// Its sessions on that page changed on their own (cancelled or moved).
    changes: Vec<ChangeV>,
    /// "Only for families living in Stockwell" as safe HTML, each area's
    /// name isolated in `<bdi>` so it reads right in right-to-left pages.
    for_areas_html: Option<String>,
    /// On listing pages, the card as the theme's `card.html` renders it
    /// (src/render/cards.rs); else null.
    html: Option<String>,
}

/// One session changed on its own: "Tuesday 2 March 2027 · Cancelled ·
/// Hall closed for repairs", or its new time.
#[derive(Serialize, Clone, PartialEq, Eq, Hash)]
struct ChangeV {
    date_label: String,
    start_iso: String,
    cancelled: bool,
    /// The new time of a moved session (else null).
    time_label: Option<String>,
    note: Option<TextV>,
}

#[derive(Serialize)]
struct DayV {
    iso: String,
    label: String,
    relative: Option<String>,
    /// From today to Sunday.
    this_week: bool,
    /// `this-week` on the first day of this week, `next-week` on the first
    /// day of the next, for the listing's jump links.
    anchor: Option<&'static str>,
    cards: Vec<CardV>,
}

#[derive(Serialize)]
struct LangV {
    code: String,
    name: String,
    dir: &'static str,
}

/// `og:locale` spelling of a language tag: `pt_BR`, `ar`.
fn og_locale(code: &str) -> String {
    code.replace('-', "_")
}

#[derive(Serialize)]
struct AlternateV {
    code: String,
    name: String,
    dir: &'static str,
    url: String,
    abs_url: String,
    current: bool,
}

#[derive(Serialize)]
struct PageV {
    kind: &'static str,
    title: String,
    description: Option<String>,
    url: String,
    canonical: String,
    alternates: Vec<AlternateV>,
    look: Option<LookV>,
    /// On a pre-rendered filtered listing: `{ kind, id, label }` (src/render/listing_filters.rs).
    filter: Option<serde_json::Value>,
}

/// A page's link preview: `og:image` and its neighbours.
#[derive(Serialize)]
struct PreviewV {
    url: String,
    width: u32,
    height: u32,
    alt: String,
}

#[derive(Serialize)]
struct SiteV {
    title: String,
    base_url: String,
    default_language: String,
    languages: Vec<LangV>,
    festivals: Vec<LinkV>,
    pages: Vec<LinkV>,
}

#[derive(Serialize)]
struct VenueV {
    id: String,
    url: String,
    name: TextV,
    address: String,
    postcode: Option<String>,
    area: String,
    map_url: String,
    /// A `geo:` address: opens the phone's own map app.
    directions_url: String,
    accessibility: Option<TextV>,
}

#[derive(Serialize)]
struct DateV {
    date_label: String,
    time_label: String,
    start_iso: String,
    end_iso: String,
    /// A session changed on its own (`changes:`): how, and why.
    change: Option<ChangeV>,
}

// ---------------------------------------------------------------- the stage

/// What a page tells its templates it is (`page.kind`).
fn kind(route: &Route) -> &'static str {
    match route {
        Route::Home => "home",
        Route::RootNotFound | Route::Lang(_, Place::NotFound) => "not_found",
        Route::Lang(_, place) => match place {
            Place::Listing(..) => "listing",
            Place::Event(_) => "event",
            Place::EventCalendar(_)
            | Place::Calendar
            | Place::FestivalCalendar(_)
            | Place::AreaCalendar(_) => "calendar",
            Place::Festival(_) => "festival",
            Place::Venue(_) => "venue",
            Place::Doc(_) => "page",
            Place::Finder | Place::FinderChoice(_) => "finder",
            Place::FinderIndex => "finder_index",
            Place::Links => "links",
            Place::Newsletter(_) => "newsletter",
            Place::Feed | Place::Events | Place::NotFound => "other",
        },
        _ => "other",
    }
}

/// What rendering reads: the checked content, its sessions, the plan, and
/// the theme with its strings.
pub struct Inputs<'a> {
    pub root: &'a Path,
    pub content: &'a Content,
    pub expanded: &'a Expanded,
    pub plan: &'a Plan,
    pub now: &'a Zoned,
    pub messages: Arc<Messages>,
    pub theme: &'a Theme,
    pub pictures: &'a Pictures,
    /// Calendar and feed pieces kept between renders (a preview's).
    pub pieces: &'a Pieces,
}

/// Everything shared by the pages of one build.
pub struct Renderer<'a> {
    content: &'a Content,
    expanded: &'a Expanded,
    plan: &'a Plan,
    now: &'a Zoned,
    messages: Arc<Messages>,
    base_path: String,
    base_abs: String,
    /// Published pictures by `ImageRef::output` (src/images.rs).
    images: &'a Pictures,
    /// Each area of site.yaml with its address part (src/filters.rs).
    areas: Vec<(String, String)>,
    root: &'a Path,
    theme: &'a Theme,
    /// Templates, strings and date formats, per language.
    langs: Vec<LangKit<'a>>,
    /// Repeating sessions are listed up to here (`listing_weeks`).
    horizon: Zoned,
    pieces: &'a Pieces,
    /// Events with a session still to come, with that session (made once,
    /// for the calendars and feeds of every language).
    /// (Indices into the sessions: a borrowed list would make the renderer
    /// invariant in its lifetime.)
    upcoming: std::sync::OnceLock<Vec<usize>>,
    /// The theme has a layout for share images, so event and festival
    /// pages have link previews (src/print/share.rs).
    previews: bool,
}

/// Renders every job of the plan into `sink`, on every core.
pub fn render(inputs: &Inputs, sink: &dyn Sink, d: &mut Diagnostics) {
    render_jobs(inputs, &inputs.plan.jobs(), sink, d);
}

/// Renders `jobs` into `sink` in parallel. Findings are reported in the
/// order of `jobs`, whatever the number of threads, so output is identical.
pub fn render_jobs(inputs: &Inputs, jobs: &[Job], sink: &dyn Sink, d: &mut Diagnostics) {
    let r = Renderer::new(inputs, jobs);
    let found: Vec<Diagnostics> = jobs
        .par_iter()
        .map(|job| {
            let mut d = Diagnostics::new();
            r.job(job, sink, &mut d);
            d
        })
        .collect();
    for f in found {
        d.extend(f);
    }
}

/// Renders each of `jobs` on its own, in parallel: the files each made, in
/// the order of `jobs` (a preview replaces a job's files as a whole).
pub fn render_each(inputs: &Inputs, jobs: &[Job], d: &mut Diagnostics) -> Vec<SiteFiles> {
    let r = Renderer::new(inputs, jobs);
    let made: Vec<(SiteFiles, Diagnostics)> = jobs
        .par_iter()
        .map(|job| {
            let sink = Memory::new();
            let mut d = Diagnostics::new();
            r.job(job, &sink, &mut d);
            (sink.into_files(), d)
        })
        .collect();
    made.into_iter()
        .map(|(files, found)| {
            d.extend(found);
            files
        })
        .collect()
}

impl<'a> Renderer<'a> {
    /// The renderer of `jobs` (it frees each language's listing cards once
    /// that language's listing pages among them are done).
    fn new(i: &Inputs<'a>, jobs: &[Job]) -> Renderer<'a> {
        let site = &i.content.site;
        let langs: Vec<LangKit> = site
            .languages
            .iter()
            .map(|lang| LangKit::new(i.theme, &i.messages, lang))
            .collect();
        for job in jobs {
            if let Job::Lang(l, Page::Listing(..)) = job {
                if let Some(kit) = langs.get(*l) {
                    kit.cards.expect_pages(1);
                }
            }
        }
        Renderer {
            content: i.content,
            expanded: i.expanded,
            plan: i.plan,
            now: i.now,
            messages: i.messages.clone(),
            base_path: site.base_path(),
            base_abs: site.base_abs(),
            images: i.pictures,
            areas: crate::filters::area_slugs(&site.areas),
            root: i.root,
            theme: i.theme,
            langs,
            horizon: i
                .now
                .checked_add(Span::new().days(7 * site.listing_weeks as i64))
                .unwrap_or_else(|_| i.now.clone()),
            pieces: i.pieces,
            upcoming: std::sync::OnceLock::new(),
            previews: i
                .root
                .join("themes")
                .join(&site.theme)
                .join("print")
                .join("share.typ")
                .is_file(),
        }
    }

    /// Events with a session still to come, by their next session.
    fn upcoming(&self) -> Vec<(&Event, &Occurrence)> {
        let sessions = &self.expanded.occurrences;
        let upcoming = self.upcoming.get_or_init(|| {
            let mut seen = std::collections::HashSet::new();
            (0..sessions.len())
                .filter(|&i| !sessions[i].is_past(self.now) && seen.insert(&sessions[i].event))
                .collect()
        });
        upcoming
            .iter()
            .filter_map(|&i| {
                Some((
                    &**self.content.events.get(&sessions[i].event)?,
                    &sessions[i],
                ))
            })
            .collect()
    }

    /// Whether a session of `e` belongs in listings: repeating ones only
    /// within the horizon, so weekly activities do not drown one-off events.
    fn listable(&self, e: &Event, o: &Occurrence) -> bool {
        e.repeat.is_none() || o.start <= self.horizon
    }

    fn job(&self, job: &Job, sink: &dyn Sink, d: &mut Diagnostics) {
        match job {
            Job::Lang(i, page) => {
                if let Some(kit) = self.langs.get(*i) {
                    kit.with(self).page(page, sink, d);
                }
            }
            Job::Root => self.root_pages(sink, d),
            Job::Sitemap => {
                for (path, text) in self.sitemap() {
                    sink.put(&path, text.into_bytes());
                }
                sink.put(
                    &Route::Robots.file(),
                    format!(
                        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
                        Route::Sitemap.url(&self.base_abs)
                    )
                    .into_bytes(),
                );
            }
            Job::Static => copy_static(self.root, &self.theme.dir, sink, d),
        }
    }

    /// The root: a language chooser, and a 404 in the default language.
    fn root_pages(&self, sink: &dyn Sink, d: &mut Diagnostics) {
        let site = &self.content.site;
        let Some(lp) = site
            .languages
            .iter()
            .position(|l| l.code == site.default_language)
            .and_then(|i| self.langs.get(i))
        else {
            return;
        };
        let lp = lp.with(self);
        let languages: Vec<serde_json::Value> = site
            .languages
            .iter()
            .map(|l| {
                // Each choice greets in its own language, where it has the words.
                let greeting = self
                    .messages
                    .has(&l.code, "language-picker-heading")
                    .then(|| self.messages.get(&l.code, "language-picker-heading", None));
                serde_json::json!({"code": l.code, "name": l.name, "dir": l.dir.as_str(), "url": self.url(Route::Lang(&l.code, Place::HOME)), "greeting": greeting})
            })
            .collect();
        let mut ctx = lp.context(Route::Home, None, site.title.clone(), None, true);
        ctx.insert("languages", &languages);
        lp.emit(sink, &Route::Home.file(), "home.html", &ctx, d);
        // Its address is the default language's 404 page, the same page.
        let nf = Route::Lang(&lp.lang.code, Place::NotFound);
        let ctx = lp.context(nf, None, lp.t("not-found-heading"), None, true);
        lp.emit(sink, &Route::RootNotFound.file(), "404.html", &ctx, d);
    }
}

fn copy_static(root: &Path, theme_dir: &Path, sink: &dyn Sink, d: &mut Diagnostics) {
    let dir = theme_dir.join("static");
    if !dir.join("finder.js").is_file() {
        sink.put(&Route::Static("finder.js").file(), FINDER_JS.to_vec());
    }
    for entry in WalkDir::new(&dir).sort_by_file_name().into_iter().flatten() {
        if !entry.file_type().is_file() {
            continue;
        }
        let Ok(rel) = entry.path().strip_prefix(&dir) else {
            continue;
        };
        let rel = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        match std::fs::read(entry.path()) {
            Ok(bytes) => sink.put(&Route::Static(&rel).file(), bytes),
            Err(e) => d.file_error(
                &display_path(root, entry.path()),
                format!("cannot read this theme file: {e}"),
                None,
            ),
        }
    }
}

impl Renderer<'_> {
    /// `route`'s address under the site's base path.
    fn url(&self, route: Route) -> String {
        route.url(&self.base_path)
    }

    fn abs(&self, root_relative: &str) -> String {
        let rel = root_relative
            .strip_prefix(&self.base_path)
            .unwrap_or(root_relative.trim_start_matches('/'));
        format!("{}{rel}", self.base_abs)
    }

    /// `sitemap.xml`: one file while the site is small; past
    /// [`SITEMAP_URLS`] addresses (the protocol allows 50,000 and 50 MB a
    /// file, and each address here carries its alternates) an index of
    /// `sitemap-1.xml`, `sitemap-2.xml` …
    fn sitemap(&self) -> Vec<(String, String)> {
        let site = &self.content.site;
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
        let mut urls = vec![format!(
            "  <url>\n    <loc>{}</loc>\n  </url>\n",
            xml_escape(&self.base_abs)
        )];
        let pages = self.plan.lang_pages();
        for place in pages.iter().map(Place::of) {
            if !Route::Lang("", place).is_page() {
                continue;
            }
            let abs = |lang: &str| xml_escape(&Route::Lang(lang, place).url(&self.base_abs));
            for lang in &site.languages {
                let mut out = format!("  <url>\n    <loc>{}</loc>\n", abs(&lang.code));
                for alt in &site.languages {
                    out.push_str(&format!(
                        "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                        xml_escape(&alt.code),
                        abs(&alt.code)
                    ));
                }
                out.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n  </url>\n",
                    abs(&site.default_language)
                ));
                urls.push(out);
            }
        }
        let file = |part: &[String]| format!("{head}{}</urlset>\n", part.concat());
        if urls.len() <= SITEMAP_URLS {
            return vec![(Route::Sitemap.file(), file(&urls))];
        }
        let mut files = Vec::new();
        let mut index = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (i, part) in urls.chunks(SITEMAP_URLS).enumerate() {
            let part_route = Route::SitemapPart(i + 1);
            index.push_str(&format!(
                "  <sitemap>\n    <loc>{}</loc>\n  </sitemap>\n",
                xml_escape(&part_route.url(&self.base_abs))
            ));
            files.push((part_route.file(), file(part)));
        }
        index.push_str("</sitemapindex>\n");
        files.insert(0, (Route::Sitemap.file(), index));
        files
    }
}

/// A `geo:` URI (RFC 5870) for a venue, which phones open in their own map
/// app: at its location, labelled with its name; without a location, a search
/// for its address and postcode (`geo:0,0?q=…`, as Android reads it).
fn directions_url(v: &Venue) -> String {
    use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
    match v.location {
        Some((lat, lon)) => format!(
            "geo:{lat},{lon}?q={lat},{lon}({})",
            utf8_percent_encode(&v.name.default, NON_ALPHANUMERIC)
        ),
        None => {
            let q = format!("{}, {}", v.address, v.postcode.clone().unwrap_or_default());
            format!(
                "geo:0,0?q={}",
                utf8_percent_encode(q.trim_end_matches([',', ' ']), NON_ALPHANUMERIC)
            )
        }
    }
}

/// Addresses in one sitemap file (each with its alternates, about 1 KB).
const SITEMAP_URLS: usize = 20_000;

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// What the pages of one language are made with, made once per build.
struct LangKit<'a> {
    lang: &'a Language,
    formats: Formats,
    tera: tera::Tera,
    cards: cards::CardMemo,
}

impl<'a> LangKit<'a> {
    fn new(theme: &Theme, messages: &Arc<Messages>, lang: &'a Language) -> LangKit<'a> {
        let mut tera = theme.tera.clone();
        tera.register_function(
            "t",
            Translate {
                messages: messages.clone(),
                lang: lang.code.clone(),
            },
        );
        tera.register_function(
            "th",
            TranslateHtml {
                messages: messages.clone(),
                lang: lang.code.clone(),
            },
        );
        LangKit {
            lang,
            formats: Formats::new(&lang.dates_locale),
            tera,
            cards: cards::CardMemo::default(),
        }
    }

    fn with<'b>(&'b self, r: &'b Renderer<'b>) -> LangPages<'b> {
        LangPages {
            r,
            lang: self.lang,
            formats: &self.formats,
            tera: &self.tera,
            cards: &self.cards,
        }
    }
}

/// The pages of one language.
struct LangPages<'a> {
    r: &'a Renderer<'a>,
    lang: &'a Language,
    formats: &'a Formats,
    tera: &'a tera::Tera,
    cards: &'a cards::CardMemo,
}

impl Say for LangPages<'_> {
    fn t(&self, key: &str) -> String {
        self.r.messages.get(&self.lang.code, key, None)
    }

    fn t_args(&self, key: &str, a: &[(&str, FluentValue)]) -> String {
        self.r.messages.get(&self.lang.code, key, Some(&args(a)))
    }

    fn formats(&self) -> &Formats {
        self.formats
    }
}

impl LangPages<'_> {
    fn text(&self, l: &Localized) -> TextV {
        let (text, fallback) = l.get(&self.lang.code);
        let site = &self.r.content.site;
        let (lang, dir) = if fallback {
            let d = site
                .language(&site.default_language)
                .map(|x| x.dir)
                .unwrap_or(Dir::Ltr);
            (site.default_language.clone(), d)
        } else {
            (self.lang.code.clone(), self.lang.dir)
        };
        TextV {
            text: text.to_owned(),
            lang,
            dir: dir.as_str(),
            fallback: fallback && self.lang.code != site.default_language,
        }
    }

    /// A Markdown body in this language (or the default's, marked), made safe.
    fn body(&self, l: &Localized) -> Option<HtmlV> {
        let t = self.text(l);
        let html = to_safe_html(&t.text);
        if html.trim().is_empty() {
            return None;
        }
        Some(HtmlV {
            html,
            lang: t.lang,
            dir: t.dir,
            fallback: t.fallback,
        })
    }

    /// The address of `place` in this language, under the base path.
    fn url(&self, place: Place) -> String {
        self.r.url(Route::Lang(&self.lang.code, place))
    }

    /// The absolute address of `place` in this language.
    fn abs_url(&self, place: Place) -> String {
        Route::Lang(&self.lang.code, place).url(&self.r.base_abs)
    }

    /// The link preview of an event's or festival's page, when the theme
    /// makes them.
    fn preview(&self, of: Of, id: &str, alt: String) -> Option<PreviewV> {
        if !self.r.previews {
            return None;
        }
        let (width, height) = crate::print::share::Shape::Og.size();
        let name = crate::print::share::og_name(of, id);
        let route = Route::Print {
            lang: &self.lang.code,
            name: &name,
            ext: "png",
        };
        Some(PreviewV {
            url: route.url(&self.r.base_abs),
            width,
            height,
            alt,
        })
    }

    fn look(&self, l: &Look) -> LookV {
        LookV {
            primary: l.primary.clone(),
            accent: l.accent.clone(),
            text_on_primary: l.text_on_primary.clone(),
            text_on_accent: l.text_on_accent.clone(),
            image: l.image.as_ref().map(|i| self.image(i)),
        }
    }

    fn image(&self, i: &ImageRef) -> ImageV {
        let base = &self.r.base_path;
        match self.r.images.get(&i.output) {
            Some(p) => ImageV {
                url: format!("{base}{}", p.src),
                width: p.width,
                height: p.height,
                srcset: p.srcset(base),
            },
            None => ImageV {
                url: format!("{base}{}", i.output),
                width: i.width,
                height: i.height,
                srcset: String::new(),
            },
        }
    }

    fn festival_link(&self, id: &str) -> Option<LinkV> {
        let f = self.r.content.festivals.get(id)?;
        Some(LinkV {
            id: f.id.clone(),
            url: self.url(Place::Festival(&f.id)),
            title: self.text(&f.title),
        })
    }

    fn venue_ref(&self, v: &Venue) -> VenueRefV {
        VenueRefV {
            id: v.id.clone(),
            url: self.url(Place::Venue(&v.id)),
            name: self.text(&v.name),
            area: v.area.clone(),
        }
    }

    fn iso(o: &Zoned, all_day: bool) -> String {
        if all_day {
            o.date().to_string()
        } else {
            o.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
        }
    }

    fn card(&self, e: &Event, o: &Occurrence) -> CardV {
        let c = self.r.content;
        let venue = &c.venues[&e.venue];
        CardV {
            id: e.id.clone(),
            url: self.url(Place::Event(&e.id)),
            title: self.text(&e.title),
            summary: e.summary.as_ref().map(|s| self.text(s)),
            date_label: self.formats.weekday_date(o.date()),
            time_label: self.time_label(o),
            start_iso: Self::iso(&o.start, o.all_day),
            end_iso: if o.all_day {
                o.end.date().yesterday().unwrap_or(o.end.date()).to_string()
            } else {
                Self::iso(&o.end, false)
            },
            all_day: o.all_day,
            day_iso: o.date().to_string(),
            venue: self.venue_ref(venue),
            festival: e.festival.as_deref().and_then(|f| self.festival_link(f)),
            look: e
                .festival
                .as_deref()
                .and_then(|f| c.festivals.get(f))
                .map(|f| self.look(&f.look)),
            ages_label: e.ages.map(|a| self.ages_label(a)),
            cost_label: self.cost_label(&e.cost),
            free: e.cost == Cost::Free,
            drop_in: e.drop_in,
            booking_url: if e.cancelled || e.drop_in {
                None
            } else {
                e.booking.as_ref().map(|u| u.to_string())
            },
            cancelled: e.cancelled,
            flagship: e.flagship,
            repeating: e.repeat.is_some(),
            repeat_label: e
                .repeat
                .as_ref()
                .map(|r| self.repeat_label(r, e.schedule.start_date())),
            past: o.is_past(self.r.now),
            facets: crate::filters::facets(
                e,
                self.r
                    .areas
                    .iter()
                    .find(|(name, _)| *name == venue.area)
                    .map(|(_, slug)| slug.as_str())
                    .unwrap_or_default(),
                &c.site.default_language,
                o.date(),
                if o.all_day {
                    o.end.date().yesterday().unwrap_or(o.end.date())
                } else {
                    o.end.date()
                },
            ),
            when_label: None,
            except_label: None,
            session_days: None,
            changes: Vec::new(),
            for_areas_html: self.for_areas_html(&e.for_areas),
            html: None,
        }
    }

    /// "Only for families living in …" for an event `for_areas`, as HTML:
    /// the names go through the message (and the language's list pattern)
    /// as private-use tokens and come back escaped, each in a `<bdi>`.
    fn for_areas_html(&self, areas: &[String]) -> Option<String> {
        if areas.is_empty() {
            return None;
        }
        let tokens: Vec<String> = (0..areas.len())
            .map(|i| format!("\u{E000}{i}\u{E001}"))
            .collect();
        let list = self.formats.and_list(&tokens);
        let text = self.t_args("event-for-areas", &[("areas", list.into())]);
        let mut html = tera::escape_html(&text);
        for (token, name) in tokens.iter().zip(areas) {
            html = html.replace(
                token,
                &format!("<bdi translate=\"no\">{}</bdi>", tera::escape_html(name)),
            );
        }
        Some(html)
    }

    /// Groups occurrences by local day; an event already under way is shown today.
    fn days<'o>(&self, occurrences: impl Iterator<Item = &'o Occurrence>) -> Vec<DayV> {
        let today = self.r.now.date();
        let mut by_day: BTreeMap<Date, Vec<CardV>> = BTreeMap::new();
        for o in occurrences {
            let Some(e) = self.r.content.events.get(&o.event) else {
                continue;
            };
            by_day
                .entry(o.date().max(today))
                .or_default()
                .push(self.card(e, o));
        }
        let tomorrow = today.tomorrow().ok();
        // Weeks run Monday to Sunday, as in the UK.
        let sunday = today
            .checked_add(Span::new().days(6 - i64::from(today.weekday().to_monday_zero_offset())))
            .unwrap_or(today);
        let next_sunday = sunday.checked_add(Span::new().days(7)).unwrap_or(sunday);
        let (mut this_seen, mut next_seen) = (false, false);
        by_day
            .into_iter()
            .map(|(day, cards)| DayV {
                this_week: day <= sunday,
                anchor: if day <= sunday && !this_seen {
                    this_seen = true;
                    Some("this-week")
                } else if day > sunday && day <= next_sunday && !next_seen {
                    next_seen = true;
                    Some("next-week")
                } else {
                    None
                },
                iso: day.to_string(),
                label: self.formats.weekday_date(day),
                relative: if day == today {
                    Some(self.t("day-today"))
                } else if Some(day) == tomorrow {
                    Some(self.t("day-tomorrow"))
                } else {
                    None
                },
                cards,
            })
            .collect()
    }

    fn venue_view(&self, v: &Venue) -> VenueV {
        let map_url = match v.location {
            Some((lat, lon)) => {
                format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}")
            }
            None => {
                let q = format!("{}, {}", v.address, v.postcode.clone().unwrap_or_default());
                let mut u =
                    url::Url::parse("https://www.openstreetmap.org/search").expect("static URL");
                u.query_pairs_mut()
                    .append_pair("query", q.trim_end_matches([',', ' ']));
                u.to_string()
            }
        };
        VenueV {
            directions_url: directions_url(v),
            id: v.id.clone(),
            url: self.url(Place::Venue(&v.id)),
            name: self.text(&v.name),
            address: v.address.clone(),
            postcode: v.postcode.clone(),
            area: v.area.clone(),
            map_url,
            accessibility: v.accessibility.as_ref().map(|a| self.text(a)),
        }
    }

    fn context(
        &self,
        route: Route,
        look: Option<LookV>,
        title: String,
        description: Option<String>,
        root: bool,
    ) -> tera::Context {
        let r = self.r;
        let site = &r.content.site;
        let alternates = site
            .languages
            .iter()
            .map(|l| {
                // The root's pages offer each language's home.
                let there = if root {
                    Route::Lang(&l.code, Place::HOME)
                } else {
                    route.in_language(&l.code)
                };
                AlternateV {
                    code: l.code.clone(),
                    name: l.name.clone(),
                    dir: l.dir.as_str(),
                    abs_url: there.url(&r.base_abs),
                    url: r.url(there),
                    current: !root && l.code == self.lang.code,
                }
            })
            .collect();
        let page = PageV {
            kind: kind(&route),
            title,
            description,
            canonical: route.url(&r.base_abs),
            url: r.url(route),
            alternates,
            look,
            filter: None,
        };
        let site_v = SiteV {
            title: self.t("site-title"),
            base_url: r.base_abs.clone(),
            default_language: site.default_language.clone(),
            languages: site
                .languages
                .iter()
                .map(|l| LangV {
                    code: l.code.clone(),
                    name: l.name.clone(),
                    dir: l.dir.as_str(),
                })
                .collect(),
            festivals: r
                .content
                .festivals
                .keys()
                .filter_map(|id| self.festival_link(id))
                .collect(),
            pages: r
                .content
                .pages
                .values()
                .map(|p| LinkV {
                    id: p.id.clone(),
                    url: self.url(Place::Doc(&p.id)),
                    title: self.text(&p.title),
                })
                .collect(),
        };
        let mut ctx = tera::Context::new();
        ctx.insert(
            "lang",
            &LangV {
                code: self.lang.code.clone(),
                name: self.lang.name.clone(),
                dir: self.lang.dir.as_str(),
            },
        );
        ctx.insert("site", &site_v);
        ctx.insert("page", &page);
        ctx.insert("og_locale", &og_locale(&self.lang.code));
        ctx.insert("preview", &None::<PreviewV>);
        ctx.insert("static_url", &r.url(Route::Static("")));
        ctx.insert("home_url", &self.url(Place::HOME));
        ctx.insert("calendars", &self.calendars_view());
        ctx.insert("feed", &self.feed_view());
        ctx
    }

    fn emit(
        &self,
        sink: &dyn Sink,
        path: &str,
        template: &str,
        ctx: &tera::Context,
        d: &mut Diagnostics,
    ) {
        match self.tera.render(template, ctx) {
            Ok(html) => sink.put(path, html.into_bytes()),
            Err(e) => self.template_failed(template, &format!(" while making {path}"), &e, d),
        }
    }

    /// `template` failed (`doing` says on what): reported against its file.
    fn template_failed(&self, template: &str, doing: &str, e: &tera::Error, d: &mut Diagnostics) {
        d.file_error(
            &format!("themes/{}/templates/{template}", self.r.content.site.theme),
            format!("the template {template} failed{doing}: {}", error_chain(e)),
            Some("check the names used in the template against docs/themes.md".into()),
        );
    }

    /// Renders one planned page of this language.
    fn page(&self, page: &Page, sink: &dyn Sink, d: &mut Diagnostics) {
        let c = self.r.content;
        let route = Route::Lang(&self.lang.code, Place::of(page));
        let file = route.file();
        match page {
            Page::Listing(filter, slice) => {
                self.listing(route, filter, slice, sink, d);
                self.cards.page_done();
            }
            Page::Syndication => self.syndicate(sink),
            Page::EventCalendar(id) => {
                if let Some(e) = c.events.get(id) {
                    self.event_calendar(e, &file, sink);
                }
            }
            Page::Event(id) => {
                if let Some(e) = c.events.get(id) {
                    self.event_page(e, route, &file, sink, d);
                }
            }
            Page::Festival(id) => {
                if let Some(f) = c.festivals.get(id) {
                    self.festival_page(f, route, &file, sink, d);
                }
            }
            Page::Venue(id) => {
                let Some(v) = c.venues.get(id) else { return };
                let days = self.days(self.upcoming(|e| e.venue == v.id).filter(|o| {
                    c.events
                        .get(&o.event)
                        .is_some_and(|e| self.r.listable(e, o))
                }));
                let view = self.venue_view(v);
                let mut ctx = self.context(
                    route,
                    None,
                    view.name.text.clone(),
                    Some(format!("{}, {}", v.address, v.area)),
                    false,
                );
                ctx.insert("venue", &view);
                ctx.insert("days", &days);
                self.emit(sink, &file, "venue.html", &ctx, d);
            }
            Page::Doc(id) => {
                let Some(p) = c.pages.get(id) else { return };
                let title = self.text(&p.title);
                let summary = p.summary.as_ref().map(|s| self.text(s));
                let mut ctx = self.context(
                    route,
                    None,
                    title.text.clone(),
                    summary.as_ref().map(|s| s.text.clone()),
                    false,
                );
                ctx.insert("doc", &serde_json::json!({"id": p.id, "title": title, "summary": summary, "body": self.body(&p.body)}));
                self.emit(sink, &file, "page.html", &ctx, d);
            }
            Page::NotFound => {
                let ctx = self.context(route, None, self.t("not-found-heading"), None, false);
                self.emit(sink, &file, "404.html", &ctx, d);
            }
            Page::Finder => self.finder_page(route, &file, sink, d),
            Page::FinderChoice(area) => self.finder_choice(area.as_deref(), route, &file, sink, d),
            Page::FinderIndex => sink.put(&file, self.finder_index().into_bytes()),
            Page::Links => self.links_page(route, &file, sink, d),
        }
    }

    /// Sessions still to come of the events `keep` chooses.
    fn upcoming<'b>(
        &'b self,
        keep: impl Fn(&Event) -> bool + 'b,
    ) -> impl Iterator<Item = &'b Occurrence> + 'b {
        let c = self.r.content;
        self.r.expanded.occurrences.iter().filter(move |o| {
            !o.is_past(self.r.now) && c.events.get(&o.event).is_some_and(|e| keep(e))
        })
    }

    /// How session `o` of `e` is changed, if it is.
    fn change_view(&self, e: &Event, o: &Occurrence) -> Option<ChangeV> {
        if o.changed == Changed::No {
            return None;
        }
        let c = e.change_on(o.date())?;
        Some(ChangeV {
            date_label: self.formats.weekday_date(o.date()),
            start_iso: Self::iso(&o.start, o.all_day),
            cancelled: o.changed == Changed::Cancelled,
            time_label: (o.changed == Changed::Moved).then(|| self.time_label(o)),
            note: c.note.as_ref().map(|n| self.text(n)),
        })
    }

    fn event_page(
        &self,
        e: &Event,
        route: Route,
        file: &str,
        sink: &dyn Sink,
        d: &mut Diagnostics,
    ) {
        let c = self.r.content;
        let now = self.r.now;
        let all: Vec<&Occurrence> = self.r.expanded.for_event(&e.id).collect();
        let upcoming: Vec<&Occurrence> = all.iter().copied().filter(|o| !o.is_past(now)).collect();
        // The card shows the next session, or the last one once all are over.
        // A cancelled session is not the next one, and a moved one does not
        // give the activity's usual time.
        let happening = |o: &&&Occurrence| o.changed != Changed::Cancelled;
        let Some(shown) = upcoming
            .iter()
            .find(happening)
            .or(upcoming.first())
            .or(all.last())
        else {
            return;
        };
        let mut card = self.card(e, shown);
        if let Some(usual) = upcoming
            .iter()
            .chain(&all)
            .find(|o| o.changed == Changed::No)
        {
            card.time_label = self.time_label(usual);
        }
        let venue = &c.venues[&e.venue];
        let dates: Vec<DateV> = upcoming
            .iter()
            .take(EVENT_PAGE_DATES)
            .map(|o| DateV {
                date_label: self.formats.weekday_date(o.date()),
                time_label: self.time_label(o),
                start_iso: Self::iso(&o.start, o.all_day),
                end_iso: Self::iso(&o.end, o.all_day),
                change: self.change_view(e, o),
            })
            .collect();
        // Each changed session is shown once: in the list of next dates when
        // it is there, otherwise under "When".
        let listed = if e.repeat.is_some() {
            EVENT_PAGE_DATES
        } else {
            0
        };
        let changes: Vec<ChangeV> = upcoming
            .iter()
            .skip(listed)
            .filter_map(|o| self.change_view(e, o))
            .collect();
        // A moved next session says its own time beside its date.
        let next_time_label = (shown.changed == Changed::Moved)
            .then(|| self.time_label(shown))
            .filter(|t| *t != card.time_label);
        let spoken: Vec<serde_json::Value> = e
            .spoken_languages
            .iter()
            .map(|code| {
                let name = self
                    .formats
                    .language_name(code)
                    .or_else(|| c.site.language(code).map(|l| l.name.clone()))
                    .unwrap_or_else(|| code.clone());
                serde_json::json!({"code": code, "name": name})
            })
            .collect();
        let repeat = e.repeat.as_ref();
        let mut event = serde_json::to_value(&card).unwrap_or_default();
        if let serde_json::Value::Object(m) = &mut event {
            let except_labels: Vec<String> = repeat
                .map(|r| {
                    r.except
                        .iter()
                        .filter(|x| **x >= now.date())
                        .map(|x| self.formats.date(*x))
                        .collect()
                })
                .unwrap_or_default();
            let extra = serde_json::json!({
                "body": self.body(&e.body),
                "accessibility": e.accessibility.as_ref().map(|a| self.text(a)),
                "siblings_welcome": e.siblings_welcome,
                "spoken_languages": spoken,
                "tags": e.tags,
                "image": e.image.as_ref().map(|i| self.image(i)),
                "venue": self.venue_view(venue),
                "dates": if repeat.is_some() { dates } else { Vec::new() },
                "more_dates": upcoming.len().saturating_sub(EVENT_PAGE_DATES),
                "until_label": repeat.and_then(|r| self.until_label(r)),
                "repeat_rule": repeat.map(|r| self.repeat_rule(r, e.schedule.start_date())),
                "except_labels": except_labels,
                "except_list": self.formats.and_list(&except_labels),
                "changes": changes,
                "next_time_label": next_time_label,
                "past": upcoming.is_empty(),
            });
            if let serde_json::Value::Object(x) = extra {
                m.extend(x);
            }
            if let serde_json::Value::Object(x) = self.event_links(e) {
                m.extend(x);
            }
        }
        let look = card.look.clone();
        let mut ctx = self.context(
            route,
            look,
            card.title.text.clone(),
            card.summary.as_ref().map(|s| s.text.clone()),
            false,
        );
        ctx.insert("event", &event);
        if crate::print::share::event_has_preview(self.r.expanded, now, e) {
            let alt = format!(
                "{} – {}, {}",
                card.title.text, card.date_label, card.venue.name.text
            );
            ctx.insert("preview", &self.preview(Of::Event, &e.id, alt));
        }
        ctx.insert("structured_data", &self.structured_data(e, shown));
        self.emit(sink, file, "event.html", &ctx, d);
    }

    fn festival_page(
        &self,
        f: &Festival,
        route: Route,
        file: &str,
        sink: &dyn Sink,
        d: &mut Diagnostics,
    ) {
        let c = self.r.content;
        let now = self.r.now;
        let in_festival = |e: &Event| e.festival.as_deref() == Some(f.id.as_str());
        let upcoming: Vec<&Occurrence> = self
            .r
            .expanded
            .occurrences
            .iter()
            .filter(|o| !o.is_past(now) && c.events.get(&o.event).is_some_and(|e| in_festival(e)))
            .collect();
        // Each highlight is the next session of a flagship event; the
        // programme below leaves that session out, so it is listed once.
        let mut highlights: Vec<CardV> = Vec::new();
        let mut highlighted: Vec<&Occurrence> = Vec::new();
        for o in &upcoming {
            let e = &c.events[&o.event];
            if e.flagship && !highlights.iter().any(|h| h.id == e.id) {
                highlights.push(self.card(e, o));
                highlighted.push(o);
            }
        }
        let days = self.days(
            upcoming
                .iter()
                .copied()
                .filter(|o| !highlighted.contains(o)),
        );
        let look = self.look(&f.look);
        let festival = serde_json::json!({
            "id": f.id,
            "title": self.text(&f.title),
            "summary": f.summary.as_ref().map(|s| self.text(s)),
            "body": self.body(&f.body),
            "dates_label": self.dates_label(f.starts, f.ends),
            "look": look,
            "ended": f.ends < now.date(),
        });
        let title = self.text(&f.title).text;
        let mut ctx = self.context(
            route,
            Some(look),
            title,
            f.summary.as_ref().map(|s| self.text(s).text),
            false,
        );
        ctx.insert("festival", &festival);
        if crate::print::share::festival_has_preview(now, f) {
            let alt = format!(
                "{} – {}",
                self.text(&f.title).text,
                self.dates_label(f.starts, f.ends)
            );
            ctx.insert("preview", &self.preview(Of::Festival, &f.id, alt));
        }
        ctx.insert("festival_calendar", &self.festival_calendar_view(f));
        ctx.insert("highlights", &highlights);
        ctx.insert("days", &days);
        self.emit(sink, file, "festival.html", &ctx, d);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_translation_keys_in_templates() {
        let mut out = BTreeMap::new();
        scan_keys(
            "<h1>{{ t(key=\"listing-heading\") }}</h1>\n{{ t(key='x-y', count=2) }}",
            "base.html",
            &mut out,
        );
        assert_eq!(
            out.keys().cloned().collect::<Vec<_>>(),
            vec!["listing-heading", "x-y"]
        );
        assert_eq!(out["x-y"].1, Pos::new(2, 6));
    }
}
