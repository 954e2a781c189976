//! Stage 4b: print. Leaflet PDFs per festival × language, A4 QR sheets per
//! `qr-sheets/<id>` × language plus a "scan to book" sheet per festival ×
//! language, A4 and A3 posters per festival and flagship event × language,
//! the short-link redirect pages their QR codes point at, a printable web
//! page per leaflet and an index of everything for staff.
//!
//! | module | does |
//! | --- | --- |
//! | [`shortlink`] | stable codes, tracking parameters, redirect targets |
//! | [`qr`] | QR codes as SVG, sized and checked for print |
//! | [`leaflet`] | the data each layout receives, and every printed text's source file |
//! | [`pdf`] | Typst as a library: layouts + fonts from the theme → PDF with bleed boxes |
//! | [`fit`] | A5 leaflets packed into 2 or 4 full pages |
//! | [`poster`] | A4 and A3 wall posters of flagship events and festivals |
//! | [`cache`] | PDFs are re-typeset only when something they depend on changed |
//! | [`html`] | redirect pages, printable leaflet pages, the staff index |
//!
//! Layouts live in `themes/<theme>/print/` (Typst and Tera), fonts in its
//! `fonts/` folder, so a festival or partner changes the look without Rust.

pub mod cache;
pub mod fit;
pub mod html;
pub mod leaflet;
pub mod pdf;
pub mod poster;
pub mod qr;
pub mod register;
pub mod share;
pub mod shortlink;
mod typeset;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use jiff::Zoned;

use crate::diagnostics::{Diagnostic, Diagnostics, Severity, Source};
use crate::expand::Expanded;
use crate::i18n::Messages;
use crate::images::Pictures;
use crate::load::{Kind, Loaded};
use crate::model::{Content, Localized, Origin};
use crate::output::Sink;

use leaflet::{Doc, DocKind, Finding};
use shortlink::{Key, ShortLink};

/// The stack of each thread that typesets.
const TYPESET_STACK: usize = 64 << 20;

/// How wide the staff index's thumbnails are, in pixels (shown at half
/// that, sharp on phone and laptop screens).
const THUMB_PX: u32 = 240;

/// Documents typeset between two trims of Typst's memo (see `typeset`).
const TYPESET_BATCH: usize = 32;

/// Printed text (bytes) typeset between two trims of Typst's memo. A festival
/// leaflet of 500 events (120 pages) makes Typst hold about 2 GB until
/// trimmed: long documents go beside small ones only, and the memo is
/// emptied after them (at 10,000 events × 8 languages, batches of 32 held
/// every language's leaflets at once: past 15 GB).
const TYPESET_BATCH_TEXT: usize = 200_000;

/// The cache folder, beside `content/`.
pub const CACHE_DIR: &str = ".whatson-cache/print";

/// How the print stage runs.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Where typeset PDFs are kept between builds; `None` typesets everything.
    pub cache_dir: Option<PathBuf>,
}

impl Options {
    /// The usual options for a site folder: cache in `<root>/.whatson-cache/print`.
    pub fn for_site(root: &Path) -> Options {
        Options {
            cache_dir: Some(root.join(CACHE_DIR)),
        }
    }
}

/// What the print stage made, with timings.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// (output path, bytes, pages, language) of every PDF.
    pub pdfs: Vec<(String, usize, usize, String)>,
    pub short_links: usize,
    pub typeset: usize,
    pub from_cache: usize,
    /// Milliseconds spent typesetting each document that was not cached.
    pub typeset_ms: Vec<(String, f64)>,
}

/// Where printed texts come from, to name the file and line in findings:
/// content by the records' [`Origin`]s; interface strings, which have no
/// place in the model, by the text of `locales/<lang>.ftl`.
pub struct Sources<'a> {
    content: &'a Content,
    locales: &'a [(String, Source)],
}

impl<'a> Sources<'a> {
    pub fn new(loaded: &'a Loaded, content: &'a Content) -> Self {
        Sources {
            content,
            locales: &loaded.locales,
        }
    }

    fn origin(&self, kind: Kind, id: &str) -> Option<&'a Origin> {
        let c = self.content;
        match kind {
            Kind::Venue => c.venues.get(id).map(|x| &x.origin),
            Kind::Festival => c.festivals.get(id).map(|x| &x.origin),
            Kind::Event => c.events.get(id).map(|x| &x.origin),
            Kind::Page => c.pages.get(id).map(|x| &x.origin),
            Kind::QrSheet => c.qr_sheets.get(id).map(|x| &x.origin),
        }
    }

    /// `content/events/x.md` (or its translation) as the build knows it.
    pub fn file(&self, kind: Kind, id: &str, lang: Option<&str>) -> String {
        let origin = self.origin(kind, id);
        match (origin, lang) {
            (Some(o), None) => Some(o.file.clone()),
            (Some(o), Some(l)) => o.translations.get(l).map(|t| t.file.clone()),
            (None, _) => None,
        }
        .unwrap_or_else(|| {
            let ext = if kind.is_yaml() { "yaml" } else { "md" };
            match lang {
                Some(l) => format!("content/{}/{id}.{l}.{ext}", kind.folder()),
                None => format!("content/{}/{id}.{ext}", kind.folder()),
            }
        })
    }

    /// The line of the link a short link leads to (`booking`, a sheet's
    /// `url`), else 1.
    pub fn link_line(&self, key: &Key) -> usize {
        let c = self.content;
        match key {
            Key::Event { id, .. } => c.events.get(id).map_or(1, |e| e.origin.line("booking")),
            Key::SheetLink { sheet, index, .. } => c
                .qr_sheets
                .get(sheet)
                .map_or(1, |s| s.origin.line(&format!("links.{index}.url"))),
            Key::Festival { .. } | Key::Links => 1,
        }
    }

    /// The first line of `display` with a printed text containing `needle`,
    /// else 1.
    pub fn line_containing(&self, display: &str, needle: &str) -> usize {
        if let Some((_, src)) = self.locales.iter().find(|(_, src)| src.display == display) {
            // Interface strings: the model has no lines for them.
            return src
                .text
                .lines()
                .position(|l| l.contains(needle))
                .map_or(1, |i| i + 1);
        }
        let c = self.content;
        let site = &c.site;
        if display == site.origin.file {
            let mut fields = vec![("title".to_owned(), site.title.as_str())];
            for (i, l) in site.languages.iter().enumerate() {
                fields.push((format!("languages.{i}.name"), l.name.as_str()));
            }
            return line_in(&site.origin, &fields, needle);
        }
        let texts = |title: &'a Localized, summary: &'a Option<Localized>| {
            let mut v = vec![("title".to_owned(), title)];
            v.extend(summary.iter().map(|s| ("summary".to_owned(), s)));
            v
        };
        let mut records: Vec<(&Origin, Vec<(String, &Localized)>)> = Vec::new();
        for e in c.events.values() {
            let mut v = texts(&e.title, &e.summary);
            v.extend(
                e.accessibility
                    .iter()
                    .map(|s| ("accessibility".to_owned(), s)),
            );
            records.push((&e.origin, v));
        }
        for f in c.festivals.values() {
            records.push((&f.origin, texts(&f.title, &f.summary)));
        }
        for p in c.pages.values() {
            records.push((&p.origin, texts(&p.title, &p.summary)));
        }
        for v in c.venues.values() {
            let mut t = vec![("name".to_owned(), &v.name)];
            t.extend(
                v.accessibility
                    .iter()
                    .map(|s| ("accessibility".to_owned(), s)),
            );
            records.push((&v.origin, t));
        }
        for s in c.qr_sheets.values() {
            let mut t = vec![("title".to_owned(), &s.title)];
            for (i, l) in s.links.iter().enumerate() {
                t.push((format!("links.{i}.label"), &l.label));
            }
            records.push((&s.origin, t));
        }
        for (origin, fields) in records {
            if origin.file == display {
                let f: Vec<(String, &str)> = fields
                    .iter()
                    .map(|(n, l)| (n.clone(), l.default.as_str()))
                    .collect();
                return line_in(origin, &f, needle);
            }
            for (lang, o) in &origin.translations {
                if o.file == display {
                    let f: Vec<(String, &str)> = fields
                        .iter()
                        .filter_map(|(n, l)| Some((n.clone(), l.translations.get(lang)?.as_str())))
                        .collect();
                    return line_in(o, &f, needle);
                }
            }
        }
        1
    }
}

/// The first line of the fields whose text contains `needle`, else 1.
fn line_in(origin: &Origin, fields: &[(String, &str)], needle: &str) -> usize {
    fields
        .iter()
        .filter(|(_, t)| t.contains(needle))
        .filter_map(|(n, _)| origin.pos(n))
        .map(|p| p.line)
        .min()
        .unwrap_or(1)
}

/// Every short link of the site, by key: each festival event (the events
/// leaflets and booking sheets print; every event when area leaflets are made), festival and QR-sheet link in each
/// language.
pub fn short_links(content: &Content, sources: &Sources) -> BTreeMap<Key, ShortLink> {
    let site = &content.site;
    let default = &site.default_language;
    let mut out = BTreeMap::new();
    // Area leaflets print every event's code; otherwise only festivals'
    // events are printed.
    let printed = |e: &crate::model::Event| e.festival.is_some() || site.area_leaflets.is_some();
    for e in content.events.values().filter(|e| printed(e)) {
        for lang in &site.languages {
            let key = Key::event(&e.id, &lang.code, default);
            if let Some(target) = shortlink::event_target(content, &e.id, &lang.code) {
                out.insert(
                    key.clone(),
                    ShortLink {
                        code: key.code(),
                        key,
                        target,
                        file: sources.file(Kind::Event, &e.id, None),
                        lang: lang.code.clone(),
                    },
                );
            }
        }
    }
    for f in content.festivals.values() {
        for lang in &site.languages {
            let key = Key::Festival {
                id: f.id.clone(),
                lang: lang.code.clone(),
            };
            if let Some(page) = shortlink::festival_page(site, &f.id, &lang.code) {
                out.insert(
                    key.clone(),
                    ShortLink {
                        code: key.code(),
                        key,
                        target: shortlink::with_tracking(&page, site, Some(&f.id)),
                        file: sources.file(Kind::Festival, &f.id, None),
                        lang: lang.code.clone(),
                    },
                );
            }
        }
    }
    if let Some(page) = shortlink::links_page(site, default) {
        let key = Key::Links;
        out.insert(
            key.clone(),
            ShortLink {
                code: key.code(),
                key,
                target: shortlink::with_tracking(&page, site, Some("links")),
                file: "content/site.yaml".into(),
                lang: default.clone(),
            },
        );
    }
    for s in content.qr_sheets.values() {
        for (index, l) in s.links.iter().enumerate() {
            // Never tracking on other sites' links; links to this site get it.
            let target = if shortlink::is_own_site(&l.url, site) {
                shortlink::with_tracking(&l.url, site, Some(&s.id))
            } else {
                l.url.clone()
            };
            for lang in &site.languages {
                let key = Key::sheet_link(&s.id, index, &lang.code, default);
                out.insert(
                    key.clone(),
                    ShortLink {
                        code: key.code(),
                        key,
                        target: target.clone(),
                        file: sources.file(Kind::QrSheet, &s.id, None),
                        lang: lang.code.clone(),
                    },
                );
            }
        }
    }
    out
}

/// The short-link register after this build: every code it issues merged into
/// `content/short-links.yaml` as read. `None` when the register could not be
/// read (the errors are in `d`).
pub fn reconcile_register(
    loaded: &Loaded,
    content: &Content,
    links: &BTreeMap<Key, ShortLink>,
    d: &mut Diagnostics,
) -> Option<register::Reconciled> {
    let old = match &loaded.short_links {
        Some(src) => register::parse_again(src, d)?,
        None => Default::default(),
    };
    Some(register::reconcile(&old, links, content))
}

/// The text `build` writes to `content/short-links.yaml`; `None` when the
/// register could not be read (and must not be overwritten).
pub fn register_text(loaded: &Loaded, content: &Content) -> Option<String> {
    let sources = Sources::new(loaded, content);
    let links = short_links(content, &sources);
    let r = reconcile_register(loaded, content, &links, &mut Diagnostics::new())?;
    Some(register::to_yaml(&r.entries))
}

fn diagnostic(
    error: bool,
    file: &str,
    line: usize,
    message: String,
    fix: Option<String>,
) -> Diagnostic {
    Diagnostic {
        severity: if error {
            Severity::Error
        } else {
            Severity::Warning
        },
        file: file.to_owned(),
        line: line.max(1),
        column: 1,
        message,
        fix,
        snippet: None,
    }
}

fn push(
    d: &mut Diagnostics,
    error: bool,
    file: &str,
    line: usize,
    message: String,
    fix: Option<String>,
) {
    d.push(diagnostic(error, file, line, message, fix));
}

/// What both halves of the print stage read: the built content and its
/// surroundings.
#[derive(Clone, Copy)]
pub struct Inputs<'a> {
    pub loaded: &'a Loaded,
    pub content: &'a Content,
    pub expanded: &'a Expanded,
    pub now: &'a Zoned,
    pub messages: &'a Messages,
    pub options: &'a Options,
    pub pictures: &'a Pictures,
}

/// The print stage: puts short-link pages, PDFs, printable pages and the staff
/// index into `sink`, and every problem into `d`. The same as [`links`]
/// followed by [`documents`].
pub fn print(inputs: &Inputs, sink: &dyn Sink, d: &mut Diagnostics) -> Report {
    let short_links = links(inputs, sink, d);
    let mut report = documents(inputs, sink, d);
    report.short_links = short_links;
    report
}

/// The fast half of the print stage: the short-link redirect pages (and a
/// clash of two codes). They point at web pages, so they are made whenever the
/// pages are. Returns how many there are.
pub fn links(inputs: &Inputs, sink: &dyn Sink, d: &mut Diagnostics) -> usize {
    let site = &inputs.content.site;
    let sources = Sources::new(inputs.loaded, inputs.content);
    let links = short_links(inputs.content, &sources);

    // Codes must be unique; a clash (about one in a million sites) is reported.
    let mut by_code: BTreeMap<&str, &ShortLink> = BTreeMap::new();
    for l in links.values() {
        if let Some(other) = by_code.insert(&l.code, l) {
            push(
                d,
                true,
                &l.file,
                1,
                format!(
                    "the short link code `{}` of this file is the same as that of {}",
                    l.code, other.file
                ),
                Some("rename one of the two files (its id), so each gets its own code".into()),
            );
        }
    }
    let mut forward = html::Forwarder::new(site, inputs.messages);
    for l in links.values() {
        sink.put(&l.path(), forward.page(&l.target, &l.lang).into());
    }
    // Codes issued before keep working: a code whose target has gone forwards
    // to the festival page or the listing.
    let Some(r) = reconcile_register(inputs.loaded, inputs.content, &links, d) else {
        return links.len();
    };
    let file = register::FILE;
    for (code, link, old, line) in &r.clashes {
        push(
            d,
            true,
            &link.file,
            1,
            format!(
                "the short link code `{code}` of this file is already printed for {} (line {line} of {file})",
                match old {
                    register::For::Event(id) => format!("the event `{id}`"),
                    register::For::Festival(id) => format!("the festival `{id}`"),
                    register::For::SheetLink(s, n) => format!("link {n} of the QR sheet `{s}`"),
                    register::For::Links => "the links page".to_owned(),
                }
            ),
            Some("rename this file (its id), so it gets a code of its own".into()),
        );
    }
    // One warning per target that went, at its first code's line.
    let mut groups: Vec<(&register::For, Vec<&register::Lost>)> = Vec::new();
    for lost in &r.lost {
        sink.put(
            &crate::route::Route::ShortLink(&lost.code).file(),
            forward.page(&lost.target, &lost.lang).into(),
        );
        if lost.changed {
            match groups.iter_mut().find(|(w, _)| **w == lost.entry.what) {
                Some((_, g)) => g.push(lost),
                None => groups.push((&lost.entry.what, vec![lost])),
            }
        }
    }
    for (_, mut g) in groups {
        g.sort_by_key(|l| l.line);
        if let Some((message, fix)) = register::lost_message(&g, inputs.content) {
            push(d, false, file, g[0].line, message, Some(fix));
        }
    }
    links.len() + r.lost.len()
}

/// The slow half of the print stage: typesets the PDFs (on every core, reusing
/// the cache), and puts them, the printable leaflet pages and the staff index
/// into `sink`. Its report has no short-link count: see [`links`].
pub fn documents(inputs: &Inputs, sink: &dyn Sink, d: &mut Diagnostics) -> Report {
    let &Inputs {
        loaded,
        content,
        expanded,
        now,
        messages,
        options,
        pictures,
    } = inputs;
    let site = &content.site;
    let sources = Sources::new(loaded, content);
    let links = short_links(content, &sources);
    // The codes whose masks an earlier build chose (src/print/qr.rs).
    let saved_codes = options.cache_dir.as_ref().map(|c| c.join(qr::SAVED_FILE));
    if let Some(file) = &saved_codes {
        qr::load(file);
    }

    let dir = loaded.root.join("themes").join(&site.theme).join("print");
    let shown_dir = format!("themes/{}/print", site.theme);
    if !dir.join("leaflet.typ").is_file() || !dir.join("qr-sheet.typ").is_file() {
        push(d, false, &shown_dir, 1, format!("the theme `{}` has no print layouts (leaflet.typ and qr-sheet.typ), so no leaflets or QR sheets are made", site.theme), Some("copy themes/default/print into the theme".into()));
        return Report::default();
    }
    let (fonts, problems) = pdf::Fonts::load(&dir.join("fonts"));
    for p in problems {
        push(
            d,
            false,
            &format!("{shown_dir}/fonts"),
            1,
            p,
            Some("delete the file or replace it with a .ttf or .otf font".into()),
        );
    }
    if fonts.is_empty() {
        push(
            d,
            true,
            &format!("{shown_dir}/fonts"),
            1,
            "there are no fonts for printing, so the PDFs cannot be made".into(),
            Some(format!(
                "put .ttf font files (with their licence) in {shown_dir}/fonts/, e.g. Noto Sans"
            )),
        );
        return Report::default();
    }
    let html_theme = match html::HtmlTheme::load(&dir, &shown_dir) {
        Ok(t) => t,
        Err((file, msg)) => {
            push(
                d,
                true,
                &file,
                1,
                msg,
                Some("see https://keats.github.io/tera/docs/ for template syntax".into()),
            );
            return Report::default();
        }
    };

    // Layout files are part of every cache key.
    let mut layouts: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(&dir)
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "typ"))
        .filter_map(|e| {
            Some((
                e.path()
                    .strip_prefix(&dir)
                    .ok()?
                    .to_string_lossy()
                    .into_owned(),
                std::fs::read(e.path()).ok()?,
            ))
        })
        .collect();
    layouts.sort();
    // What every document's key shares, hashed once.
    let mut shared_key = cache::KeyBuilder::new();
    shared_key.part("typst", b"typst 0.15; whatson print 5");
    shared_key.part("bleed", site.print.bleed_mm.to_string().as_bytes());
    for (name, bytes) in &layouts {
        shared_key.part(name, bytes);
    }
    for (name, h) in &fonts.fingerprint {
        shared_key.part(name, &h.to_le_bytes());
    }
    let cache = cache::Cache::new(options.cache_dir.clone());
    let mut typesetter = typeset::Typesetter::new(typeset::Setting {
        loaded,
        content,
        messages,
        sources: &sources,
        sink,
        fonts: &fonts,
        html_theme: &html_theme,
        dir: &dir,
        shown_dir: &shown_dir,
        cache: &cache,
        shared_key,
    });

    let ctx = leaflet::Ctx {
        content,
        expanded,
        now,
        messages,
        links: &links,
        sources: &sources,
        pictures,
    };
    // Made and typeset a group at a time (a language's leaflets and sheets,
    // then its posters, then its pictures), in the order of the staff index.
    let mut findings: Vec<Finding> = Vec::new();
    // (index in `areas:`, name, address part) of areas with nothing on.
    let mut nothing_on: std::collections::BTreeSet<(usize, String, String)> = Default::default();
    for lang in &site.languages {
        let l = leaflet::Lang::new(&ctx, lang);
        let mut docs: Vec<Doc> = Vec::new();
        for f in content.festivals.values() {
            keep_if_translated(site, l.leaflet(f, &mut findings), true, &mut docs, d);
            if let Some(sheet) = l.booking_sheet(f, &mut findings) {
                docs.push(sheet);
            }
        }
        for s in content.qr_sheets.values() {
            docs.push(l.sheet(s, &mut findings));
        }
        if let Some(a) = &site.area_leaflets {
            let period = area_period(a, now);
            for (i, (area, slug)) in crate::filters::area_slugs(&site.areas)
                .into_iter()
                .enumerate()
            {
                let Some(leaflet) = l.area_leaflet(&area, &slug, period, a.paper, &mut findings)
                else {
                    // The same in every language.
                    nothing_on.insert((i, area, slug));
                    continue;
                };
                keep_if_translated(site, leaflet, true, &mut docs, d);
            }
        }
        typesetter.run(docs);
    }
    if let Some(a) = &site.area_leaflets {
        note_nothing_on(site, area_period(a, now), &nothing_on, d);
    }
    if dir.join("poster.typ").is_file() {
        for lang in &site.languages {
            let l = leaflet::Lang::new(&ctx, lang);
            typesetter.run(posters(&l, &mut findings, d));
        }
    } else {
        push(
            d,
            false,
            &shown_dir,
            1,
            format!(
                "the theme `{}` has no poster layout (poster.typ), so no posters are made",
                site.theme
            ),
            Some("copy themes/default/print/poster.typ into the theme's print folder".into()),
        );
    }
    if dir.join("share.typ").is_file() {
        for lang in &site.languages {
            let l = leaflet::Lang::new(&ctx, lang);
            typesetter.run(shares(&l, d));
        }
    } else {
        push(
            d,
            false,
            &shown_dir,
            1,
            format!(
                "the theme `{}` has no layout for share images (share.typ), so pages have no link-preview pictures and no social-media pictures are made",
                site.theme
            ),
            Some("copy themes/default/print/share.typ into the theme's print folder".into()),
        );
    }
    let report = typesetter.finish(findings, d);
    // A long-running preview would otherwise keep every version of every
    // leaflet it ever typeset.
    typst::comemo::evict(0);
    cache.keep(qr::SAVED_FILE);
    cache.prune();
    if let Some(file) = &saved_codes {
        qr::save(file);
    }
    report
}

/// Adds `doc` to `docs`, unless its language is below
/// `leaflet_min_translated`: then it is left out, with a warning if `warn`.
fn keep_if_translated(
    site: &crate::model::Site,
    doc: Doc,
    warn: bool,
    docs: &mut Vec<Doc>,
    d: &mut Diagnostics,
) {
    match doc.translated {
        Some(share) if share < site.leaflet_min_translated => {
            if warn {
                not_translated_enough(site, &doc, share, d);
            }
        }
        _ => docs.push(doc),
    }
}

/// The warning for a leaflet left out by `leaflet_min_translated`: at that
/// line of site.yaml when it is set, else at the language's line.
fn not_translated_enough(site: &crate::model::Site, doc: &Doc, share: u8, d: &mut Diagnostics) {
    let o = &site.origin;
    let set = o.pos("leaflet_min_translated").is_some();
    let index = site.languages.iter().position(|l| l.code == doc.lang);
    let line = if set {
        o.line("leaflet_min_translated")
    } else {
        index.map_or(1, |i| o.line(&format!("languages.{i}.name")))
    };
    let name = site
        .language(&doc.lang)
        .map_or(doc.lang.as_str(), |l| l.name.as_str());
    let min = site.leaflet_min_translated;
    let rule = if set {
        format!("the {min}% this line asks for")
    } else {
        format!(
            "the {min}% leaflets need unless `leaflet_min_translated` in site.yaml says otherwise"
        )
    };
    push(
        d,
        false,
        &o.file,
        line,
        format!(
            "{}{} is not made: only {share}% of its text is in {name} ({}), less than {rule}; a family would find mostly {} words in it",
            doc.out_path(),
            match doc.kind {
                DocKind::Poster => " (nor its A3 size)",
                DocKind::Share(_) => " (nor its story)",
                _ => "",
            },
            doc.lang,
            site.language(&site.default_language).map_or(site.default_language.as_str(), |l| l.name.as_str()),
        ),
        Some(format!(
            "translate the {} events and venues into `{}` (e.g. content/events/<id>.{}.md) and locales/{}.ftl, or lower the share, e.g. `leaflet_min_translated: {}%` (`0%` prints every language)",
            match doc.kind {
                DocKind::AreaLeaflet => "area's",
                DocKind::Poster => "poster's",
                DocKind::Share(_) => "picture's",
                _ => "festival's",
            },
            doc.lang, doc.lang, doc.lang, share
        )),
    );
}

/// The posters of a language: for each festival not yet over, its own
/// poster and one per flagship event with a session to come, in A4 and A3.
/// A language below `leaflet_min_translated` gets none (one warning per
/// poster, naming its A4 file).
fn posters(l: &leaflet::Lang, findings: &mut Vec<Finding>, d: &mut Diagnostics) -> Vec<Doc> {
    let content = l.c.content;
    let site = &content.site;
    let mut docs = Vec::new();
    for f in content.festivals.values() {
        let mut made: Vec<Doc> = Vec::new();
        for paper in poster::SIZES {
            made.extend(l.festival_poster(f, paper, findings));
        }
        for e in content.events.values() {
            if e.flagship && e.festival.as_deref() == Some(f.id.as_str()) {
                for paper in poster::SIZES {
                    made.extend(l.event_poster(e, paper, findings));
                }
            }
        }
        for p in made {
            // One warning for both sizes.
            let warn = p.name.ends_with("-a4");
            keep_if_translated(site, p, warn, &mut docs, d);
        }
    }
    docs
}

/// The share images of a language: a link preview for each event page with
/// a session to come and each festival page until the festival ends; a post
/// and a story for each festival not yet over and each flagship event with
/// a session to come, if the language meets `leaflet_min_translated` (as
/// posters).
fn shares(l: &leaflet::Lang, d: &mut Diagnostics) -> Vec<Doc> {
    let content = l.c.content;
    let site = &content.site;
    let mut docs: Vec<Doc> = content
        .events
        .values()
        .filter_map(|e| l.event_preview(e))
        .collect();
    docs.extend(
        content
            .festivals
            .values()
            .filter_map(|f| l.festival_preview(f)),
    );
    for f in content.festivals.values() {
        let mut made = l.social(f, None);
        for e in content.events.values() {
            if e.flagship && e.festival.as_deref() == Some(f.id.as_str()) {
                made.extend(l.social(f, Some(e)));
            }
        }
        for p in made {
            // One warning for the post and the story.
            let warn = p.name.starts_with("post-");
            keep_if_translated(site, p, warn, &mut docs, d);
        }
    }
    docs
}

/// The warning for a share image whose text (other than the title, see
/// [`poster::title_finding`]) did not fit even in its smallest type.
fn share_overflow(doc: &Doc, shape: share::Shape, origin: Option<&Origin>) -> Finding {
    let (w, h) = shape.size();
    Finding {
        error: false,
        file: doc.file.clone(),
        line: origin.map_or(1, |o| o.line("title")),
        message: format!(
            "the date, place and other details of {} do not fit its {w} × {h} picture even in their smallest type, so their end is cut off",
            doc.out_path()
        ),
        fix: "shorten the venue's name or the event's title (on a festival's picture, its highlights' titles)".into(),
    }
}

/// The origin of the event or festival whose file (or translation) is `file`.
fn record_origin<'a>(content: &'a Content, file: &str) -> Option<&'a Origin> {
    let origins = content
        .events
        .values()
        .map(|e| &e.origin)
        .chain(content.festivals.values().map(|f| &f.origin));
    for o in origins {
        if o.file == file {
            return Some(o);
        }
        if let Some(t) = o.translations.values().find(|t| t.file == file) {
            return Some(t);
        }
    }
    None
}

/// The days an area leaflet covers: from `from` (else the build's day) for
/// its weeks; the end is exclusive.
pub fn area_period(
    a: &crate::model::AreaLeaflets,
    now: &Zoned,
) -> (jiff::civil::Date, jiff::civil::Date) {
    let from = a.from.unwrap_or_else(|| now.date());
    let until = from.saturating_add(jiff::Span::new().days(i64::from(a.weeks) * 7));
    (from, until)
}

/// A note for each area with nothing on in the period: no leaflet is made
/// for it in any language (an empty leaflet is no use on a doormat).
fn note_nothing_on(
    site: &crate::model::Site,
    (from, until): (jiff::civil::Date, jiff::civil::Date),
    areas: &std::collections::BTreeSet<(usize, String, String)>,
    d: &mut Diagnostics,
) {
    let last = until.yesterday().unwrap_or(until);
    for (i, area, slug) in areas {
        push(
            d,
            false,
            &site.origin.file,
            site.origin.line(&format!("areas.{i}")),
            format!("nothing is on in {area} from {from} to {last}, so no area leaflet is made for it (print/<language>/area-{slug}.pdf)"),
            Some("nothing needs to change: the leaflet is made once an event is at a venue in this area, or open to its families with `for_areas`, in those weeks".into()),
        );
    }
}

/// Characters that must be drawn from a font (not spaces or invisible marks).
fn needs_glyph(c: char) -> bool {
    !c.is_whitespace()
        && !c.is_control()
        && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}' | '\u{FE00}'..='\u{FE0F}')
}

/// Emoji, dingbats, arrows and other symbol blocks: decoration, never part
/// of a word, so a PDF can go without one.
fn is_pictograph(c: char) -> bool {
    matches!(c as u32,
        0x2190..=0x2BFF // arrows, maths, technical, dingbats, miscellaneous symbols
        | 0x20D0..=0x20FF // combining marks for symbols (keycaps)
        | 0x3030 | 0x303D | 0x3297 | 0x3299
        | 0x1F000..=0x1FAFF // emoji, pictographs, flags
        | 0xE0020..=0xE007F) // emoji tag sequences
}
