//! Typesetting the print documents as they are made, a batch at a time: a
//! batch is typeset (or found in the cache) and goes to the sink, and only
//! what the report, the staff index and the findings need is kept. At 10,000
//! events × 8 languages the documents of the whole site held 300 MB (their
//! data and QR codes) for the whole build; now only the group being made
//! (a language's leaflets and sheets, posters or pictures) and one batch.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;

use super::leaflet::{Doc, DocKind, Finding};
use super::{
    cache, diagnostic, fit, html, is_pictograph, needs_glyph, pdf, poster, push, record_origin,
    share_overflow, Report, Sources, THUMB_PX, TYPESET_BATCH, TYPESET_BATCH_TEXT, TYPESET_STACK,
};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::Messages;
use crate::load::Loaded;
use crate::model::Content;
use crate::output::Sink;

/// How typesetting one document went.
/// A PDF that was made has already gone into the sink, from its worker
/// thread; only its length is kept, so the stage holds no PDF longer than
/// it takes to make it.
enum Typeset {
    /// Found in the cache: (length, pages, the layout's notes, whether it
    /// has a thumbnail).
    Cached(usize, usize, Vec<serde_json::Value>, bool),
    /// Typeset now, in `ms` milliseconds.
    Made {
        pdf: usize,
        thumb: bool,
        pages: usize,
        warnings: Vec<pdf::Problem>,
        notes: Vec<serde_json::Value>,
        ms: f64,
    },
    /// Typst stopped, after `ms` milliseconds.
    Failed { errors: Vec<pdf::Problem>, ms: f64 },
}

/// One document's part of the print stage, as a worker thread left it: its
/// problems in the order they were found, and the PDF if one was attempted.
struct DocOutcome {
    diagnostics: Vec<Diagnostic>,
    typeset: Option<Typeset>,
}

/// A picture as read from disk: its bytes and their hash, or why not.
type Read = Result<(Vec<u8>, u64), String>;

/// (layout file, line, message) → (error, hints, documents it stopped).
type Problems = BTreeMap<(String, usize, String), (bool, Vec<String>, Vec<String>)>;

/// What typesetting reads.
pub(super) struct Setting<'a> {
    pub loaded: &'a Loaded,
    pub content: &'a Content,
    pub messages: &'a Messages,
    pub sources: &'a Sources<'a>,
    pub sink: &'a dyn Sink,
    pub fonts: &'a pdf::Fonts,
    pub html_theme: &'a html::HtmlTheme,
    /// The theme's print folder, and how findings name it.
    pub dir: &'a Path,
    pub shown_dir: &'a str,
    pub cache: &'a cache::Cache,
    /// What every document's cache key shares, hashed once.
    pub shared_key: cache::KeyBuilder,
}

/// Typesets groups of documents in turn and gathers what the stage reports.
pub(super) struct Typesetter<'a> {
    s: Setting<'a>,
    library: typst::utils::LazyHash<typst::Library>,
    pool: Result<rayon::ThreadPool, rayon::ThreadPoolBuildError>,
    /// Each picture is read once per build (every language's leaflet prints
    /// it).
    pictures: BTreeMap<PathBuf, Read>,
    /// Documents waiting for their batch to fill.
    pending: Vec<Doc>,
    /// (file, pictograph) → the PDFs it is left out of.
    dropped: BTreeMap<(String, char), Vec<String>>,
    /// The documents' own findings, in document order.
    found: Diagnostics,
    typst_problems: Problems,
    overflows: Vec<Finding>,
    long_titles: Vec<(Finding, Vec<String>)>,
    index: Vec<html::IndexRow>,
    report: Report,
}

impl<'a> Typesetter<'a> {
    pub(super) fn new(s: Setting<'a>) -> Self {
        // Typst lays out nested content recursively: a long programme goes
        // deeper than the 2 MB a thread gets by default (unoptimised builds
        // most of all).
        let pool = rayon::ThreadPoolBuilder::new()
            .stack_size(TYPESET_STACK)
            .build();
        Typesetter {
            s,
            library: pdf::library(),
            pool,
            pictures: BTreeMap::new(),
            pending: Vec::new(),
            dropped: BTreeMap::new(),
            found: Diagnostics::new(),
            typst_problems: Problems::new(),
            overflows: Vec::new(),
            long_titles: Vec::new(),
            index: Vec::new(),
            report: Report::default(),
        }
    }

    fn droppable(&self, c: char) -> bool {
        droppable(self.s.fonts, c)
    }

    /// Takes a group of documents: each is typeset (or found in the cache)
    /// and let go of once its batch is full. Documents are typeset in the
    /// order they come, so the output and findings do not depend on the
    /// grouping.
    pub(super) fn run(&mut self, docs: Vec<Doc>) {
        // A pictograph no print font has (an emoji in a title) is left out
        // of the PDFs, with one warning per file and character naming them.
        for doc in &docs {
            for (file, t) in &doc.texts {
                for c in t.chars().filter(|c| droppable(self.s.fonts, *c)) {
                    let pdfs = self.dropped.entry((file.clone(), c)).or_default();
                    let pdf = doc.out_path();
                    if !pdfs.contains(&pdf) {
                        pdfs.push(pdf);
                    }
                }
            }
        }
        let mut unread: Vec<&PathBuf> = docs
            .iter()
            .flat_map(|doc| doc.pictures.iter().map(|(_, disk)| disk))
            .filter(|disk| !self.pictures.contains_key(*disk))
            .collect();
        unread.sort();
        unread.dedup();
        let read: Vec<(PathBuf, Read)> = unread
            .into_par_iter()
            .map(|disk| {
                let read = std::fs::read(disk).map_err(|e| e.to_string());
                let read = read.map(|b| {
                    let h = cache::hash64(&b);
                    (b, h)
                });
                (disk.clone(), read)
            })
            .collect();
        self.pictures.extend(read);

        self.pending.extend(docs);
        self.typeset(false);
    }

    /// Typesets the pending documents in batches: every full batch, and the
    /// last one too if `all`. The batches are the same however the documents
    /// came in groups.
    ///
    /// In batches: Typst memoises layout across compiles, and a site with
    /// hundreds of posters and leaflets held every one of them in that memo
    /// until the end (1.4 GB for the sample's 380 PDFs). Between batches
    /// only what the last few batches used is kept (fonts, decoded pictures).
    fn typeset(&mut self, all: bool) {
        let text = |doc: &Doc| doc.texts.iter().map(|(_, t)| t.len()).sum::<usize>();
        while !self.pending.is_empty() {
            let (mut end, mut batch_text) = (0, 0);
            while let Some(doc) = self.pending.get(end) {
                let t = text(doc);
                let full = end == TYPESET_BATCH || batch_text + t > TYPESET_BATCH_TEXT;
                if end > 0 && full {
                    break;
                }
                batch_text += t;
                end += 1;
            }
            // The next group may still belong in this batch.
            if end == self.pending.len() && !all {
                return;
            }
            let batch: Vec<Doc> = self.pending.drain(..end).collect();
            let one = || -> Vec<DocOutcome> { batch.par_iter().map(|d| self.one(d)).collect() };
            let outcomes = match &self.pool {
                Ok(pool) => pool.install(one),
                // No threads with a larger stack to be had: the usual ones.
                Err(_) => one(),
            };
            // Small documents share fonts and shaping with the next batches;
            // a long one's layout is of no use to them.
            let keep = if batch_text > TYPESET_BATCH_TEXT / 4 {
                0
            } else {
                2
            };
            typst::comemo::evict(keep);
            for (doc, outcome) in batch.iter().zip(outcomes) {
                self.record(doc, outcome);
            }
        }
    }

    /// One document, on a worker thread: found in the cache or typeset, and
    /// into the sink.
    fn one(&self, doc: &Doc) -> DocOutcome {
        let s = &self.s;
        let mut diagnostics = Vec::new();
        // A letter no font can show would print as an empty box, and dropping
        // it would change the words: leave the PDF out.
        if let Some((file, c)) = doc.texts.iter().find_map(|(file, t)| {
            t.chars()
                .find(|c| needs_glyph(*c) && !s.fonts.covers(*c) && !self.droppable(*c))
                .map(|c| (file, c))
        }) {
            // Dates and labels made from locale data have no .ftl line to show.
            let file = if s.loaded.root.join(file).is_file() {
                file.as_str()
            } else {
                "content/site.yaml"
            };
            let line = s.sources.line_containing(file, &c.to_string());
            diagnostics.push(diagnostic(false, file, line, format!("none of the print fonts has the letter `{c}` (U+{:04X}), so {} is not made (it would show empty boxes)", c as u32, doc.out_path()), Some(format!("add an OFL-licensed font that covers this script (Noto Sans has one for most scripts, e.g. Noto Sans Ethiopic) to {}/fonts/, with its licence file", s.shown_dir))));
            return DocOutcome {
                diagnostics,
                typeset: None,
            };
        }
        let droppable = |c: char| self.droppable(c);
        let data_value = if has_any(&doc.data, &droppable) {
            Cow::Owned(without(&doc.data, &droppable))
        } else {
            Cow::Borrowed(&doc.data)
        };
        let data = serde_json::to_vec_pretty(&*data_value).unwrap_or_default();
        let mut vfiles: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        vfiles.insert("/data.json".into(), data);
        for (path, q) in &doc.qrs {
            vfiles.insert(path.clone(), q.svg.clone().into_bytes());
        }
        let mut key = s.shared_key.clone();
        key.part("main", doc.kind.layout().as_bytes());
        for (name, bytes) in &vfiles {
            key.part(name, bytes);
        }
        let mut unreadable = false;
        for (path, disk) in &doc.pictures {
            match self.pictures.get(disk) {
                Some(Ok((_, hash))) => {
                    key.part(path, &hash.to_le_bytes());
                }
                Some(Err(e)) => {
                    unreadable = true;
                    diagnostics.push(diagnostic(
                        true,
                        &doc.file,
                        1,
                        format!(
                            "the picture {} could not be read for {}: {e}",
                            crate::diagnostics::display_path(&s.loaded.root, disk),
                            doc.out_path(),
                        ),
                        Some("check that the file is still there and readable".into()),
                    ));
                }
                // Every picture of every document was read above.
                None => unreadable = true,
            }
        }
        if unreadable {
            return DocOutcome {
                diagnostics,
                typeset: None,
            };
        }
        let key = key.finish();
        // A copy in the cache that cannot be read, or is not what it
        // recorded, is typeset again.
        let found = s.cache.get(&key);
        let typeset = match found.filter(|f| put_stored(s.sink, &doc.out_path(), &f.out)) {
            Some(found) => Typeset::Cached(
                found.out.len as usize,
                found.pages,
                found.notes,
                found
                    .thumb
                    .is_some_and(|t| put_stored(s.sink, &doc.thumb_path(), &t)),
            ),
            None => {
                // The pictures are copied in only now: a document found in
                // the cache needs just their hashes.
                let mut vfiles = vfiles;
                for (path, disk) in &doc.pictures {
                    if let Some(Ok((bytes, _))) = self.pictures.get(disk) {
                        vfiles.insert(path.clone(), bytes.clone());
                    }
                }
                let mut job = pdf::Job {
                    library: &self.library,
                    fonts: s.fonts,
                    dir: s.dir,
                    main: doc.kind.layout(),
                    files: vfiles,
                    ident: format!("whatson/{}", doc.route("pdf").file()),
                };
                let bleed = s.content.site.print.bleed_mm;
                let started = Instant::now();
                let result = if doc.kind.is_picture() {
                    pdf::picture(&job)
                } else if doc.fit {
                    fit::typeset(&mut job, &data_value, bleed)
                } else {
                    pdf::typeset(&job, bleed)
                };
                let ms = started.elapsed().as_secs_f64() * 1000.0;
                match result {
                    Ok(out) => {
                        let entry = cache::Entry {
                            thumb: out
                                .first_page
                                .as_ref()
                                .map(|p| pdf::png(p, THUMB_PX))
                                .filter(|t| !t.is_empty()),
                            bytes: out.bytes,
                            pages: out.pages,
                            notes: out.notes,
                        };
                        s.cache.put(&key, &entry);
                        let len = entry.bytes.len();
                        s.sink.put(&doc.out_path(), entry.bytes);
                        let thumb = entry.thumb.is_some();
                        if let Some(t) = entry.thumb {
                            s.sink.put(&doc.thumb_path(), t);
                        }
                        Typeset::Made {
                            pdf: len,
                            thumb,
                            pages: out.pages,
                            warnings: out.warnings,
                            notes: entry.notes,
                            ms,
                        }
                    }
                    Err(errors) => Typeset::Failed { errors, ms },
                }
            }
        };
        DocOutcome {
            diagnostics,
            typeset: Some(typeset),
        }
    }

    /// Keeps what the report, the index and the findings need of one
    /// document, and puts a leaflet's printable web page into the sink.
    fn record(&mut self, doc: &Doc, outcome: DocOutcome) {
        let s = &self.s;
        for diagnostic in outcome.diagnostics {
            self.found.push(diagnostic);
        }
        let Some(typeset) = outcome.typeset else {
            return;
        };
        let out_path = doc.out_path();
        let layout_file = |f: Option<String>| {
            f.map_or(format!("{}/{}", s.shown_dir, doc.kind.layout()), |f| {
                format!("{}/{f}", s.shown_dir)
            })
        };
        let (len, pages, notes, thumb) = match typeset {
            Typeset::Cached(pdf, pages, notes, thumb) => {
                self.report.from_cache += 1;
                (pdf, pages, notes, thumb)
            }
            Typeset::Made {
                pdf,
                thumb,
                pages,
                warnings,
                notes,
                ms,
            } => {
                self.report.typeset_ms.push((out_path.clone(), ms));
                for w in warnings {
                    self.typst_problems
                        .entry((layout_file(w.file), w.line, w.message))
                        .or_insert((false, w.hints, Vec::new()));
                }
                self.report.typeset += 1;
                (pdf, pages, notes, thumb)
            }
            Typeset::Failed { errors, ms } => {
                self.report.typeset_ms.push((out_path.clone(), ms));
                for e in errors {
                    let entry = self
                        .typst_problems
                        .entry((layout_file(e.file), e.line, e.message))
                        .or_insert((e.error, e.hints, Vec::new()));
                    entry.0 |= e.error;
                    if !entry.2.contains(&out_path) {
                        entry.2.push(out_path.clone());
                    }
                }
                return;
            }
        };
        if let DocKind::Share(shape) = doc.kind {
            let cut = notes
                .iter()
                .filter_map(|n| n.get("text")?.get("fits")?.as_bool())
                .any(|fits| !fits);
            if cut || pages > 1 {
                self.overflows.push(share_overflow(
                    doc,
                    shape,
                    record_origin(s.content, &doc.file),
                ));
            }
        }
        if doc.kind == DocKind::Poster || doc.kind.is_picture() {
            if let Some(fit) = poster::title_fit(&notes).filter(|f| !f.fits) {
                let f = poster::title_finding(doc, &fit, record_origin(s.content, &doc.file));
                // One warning for a title, naming each poster it is cut on.
                match self
                    .long_titles
                    .iter_mut()
                    .find(|(x, _)| x.file == f.file && x.line == f.line)
                {
                    Some((_, pdfs)) => pdfs.push(out_path.clone()),
                    None => self.long_titles.push((f, vec![out_path.clone()])),
                }
            }
        }
        let mut row = html::IndexRow {
            path: out_path.clone(),
            title: doc.title.clone(),
            kind: doc.kind,
            lang: doc.lang.clone(),
            bytes: len,
            pages: if doc.kind.is_picture() { 1 } else { pages },
            web_page: None,
            thumb: thumb.then(|| doc.thumb_path()),
            translated: doc.translated,
        };
        self.report
            .pdfs
            .push((out_path, len, pages, doc.lang.clone()));
        if doc.kind == DocKind::Leaflet {
            let page_path = doc.route("html").file();
            match s.html_theme.leaflet_page(doc, &s.content.site, s.messages) {
                Ok(page) => {
                    s.sink.put(&page_path, page.into());
                    row.web_page = Some(page_path);
                }
                Err(e) => push(&mut self.found, true, &format!("{}/leaflet.html", s.shown_dir), 1, format!("the template leaflet.html failed while making {page_path}: {e}"), Some("check the names used in the template against the data in docs/content-format.md".into())),
            }
        }
        self.index.push(row);
    }

    /// The findings of every group, in the order a single pass gives them
    /// (left-out pictographs first, then each document's), and the staff
    /// index into the sink; the report.
    pub(super) fn finish(mut self, findings: Vec<Finding>, d: &mut Diagnostics) -> Report {
        self.typeset(true);
        let s = &self.s;
        for ((file, c), pdfs) in &self.dropped {
            let line = s.sources.line_containing(file, &c.to_string());
            push(d, false, file, line, format!("none of the print fonts has `{c}` (U+{:04X}), so it is left out of {}", *c as u32, pdfs.join(", ")), Some(format!("leave it out of the text, or add an OFL-licensed font that has it to {}/fonts/", s.shown_dir)));
        }
        d.extend(self.found);
        for ((file, line, message), (error, hints, stopped)) in self.typst_problems {
            let fix = if hints.is_empty() {
                Some("see https://typst.app/docs/ for the layout language".into())
            } else {
                Some(hints.join("; "))
            };
            let message = match stopped.as_slice() {
                [] => message,
                [one] => format!("{message} (so {one} is not made)"),
                [first, rest @ ..] => format!(
                    "{message} (so {first} and {} other file{} are not made)",
                    rest.len(),
                    if rest.len() == 1 { "" } else { "s" }
                ),
            };
            push(
                d,
                error,
                &file,
                line,
                format!("print layout: {message}"),
                fix,
            );
        }
        for f in findings.into_iter().chain(self.overflows) {
            push(d, f.error, &f.file, f.line, f.message, Some(f.fix));
        }
        for (f, pdfs) in self.long_titles {
            let message = match pdfs.as_slice() {
                [] | [_] => f.message,
                [_, rest @ ..] => format!("{} (and on {})", f.message, rest.join(", ")),
            };
            push(d, f.error, &f.file, f.line, message, Some(f.fix));
        }
        match s
            .html_theme
            .index_page(&self.index, &s.content.site, s.messages)
        {
            Ok(page) => s
                .sink
                .put(&crate::route::Route::PrintIndex.file(), page.into()),
            Err(e) => push(
                d,
                true,
                &format!("{}/index.html", s.shown_dir),
                1,
                format!("the template index.html failed: {e}"),
                None,
            ),
        }
        self.report
    }
}

/// A character that is left out of the PDFs rather than stopping them.
fn droppable(fonts: &pdf::Fonts, c: char) -> bool {
    is_pictograph(c) && !fonts.covers(c)
}

/// Whether any string in `v` has a character `drop` accepts.
fn has_any(v: &serde_json::Value, drop: &dyn Fn(char) -> bool) -> bool {
    use serde_json::Value;
    match v {
        Value::String(s) => s.chars().any(drop),
        Value::Array(a) => a.iter().any(|x| has_any(x, drop)),
        Value::Object(m) => m.values().any(|x| has_any(x, drop)),
        _ => false,
    }
}

/// `v` with every character `drop` accepts taken out of its strings.
fn without(v: &serde_json::Value, drop: &dyn Fn(char) -> bool) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::String(s) => Value::String(s.chars().filter(|c| !drop(*c)).collect()),
        Value::Array(a) => Value::Array(a.iter().map(|x| without(x, drop)).collect()),
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, x)| (k.clone(), without(x, drop)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Puts a file found in the cache into the sink: kept as the output already
/// holds it, or checked and linked (or, where the sink cannot link, copied)
/// from the cache. `false` when the cache's copy cannot be read or is not
/// what it recorded.
fn put_stored(sink: &dyn Sink, path: &str, stored: &cache::Stored) -> bool {
    if sink.keep_if_same(path, stored.len, stored.hash) {
        return true;
    }
    let Some(bytes) = stored.read() else {
        return false;
    };
    if !sink.put_link(path, stored.path(), stored.len, stored.hash) {
        sink.put(path, bytes);
    }
    true
}
