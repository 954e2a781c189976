//! Typesetting with Typst used as a library: a minimal [`World`] that serves the
//! theme's print layouts and fonts plus in-memory data (the document's JSON and
//! its QR codes), then PDF export and the BleedBox Typst does not write.
//!
//! Nothing here reads the clock or the system's fonts, so the same input gives
//! byte-identical PDFs on every machine.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::{Page, PagedDocument};

/// Points per millimetre.
pub const PT_PER_MM: f64 = 72.0 / 25.4;
/// The smallest text a printed document may have, in points: smaller text is
/// hard to read for many people, and often prints unevenly.
pub const MIN_TEXT_PT: f64 = 8.0;

/// Fonts of the theme, loaded once per build.
pub struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    /// (file name, bytes hash) of every font file, for the cache key.
    pub fingerprint: Vec<(String, u64)>,
}

impl Fonts {
    /// Loads every .ttf/.otf/.ttc in `dir`, sorted by file name.
    pub fn load(dir: &Path) -> (Fonts, Vec<String>) {
        let mut problems = Vec::new();
        let mut fonts = Vec::new();
        let mut fingerprint = Vec::new();
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|r| r.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        paths.sort();
        for path in paths {
            let ext = path
                .extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase);
            if !matches!(ext.as_deref(), Some("ttf" | "otf" | "ttc")) {
                continue;
            }
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            match std::fs::read(&path) {
                Ok(data) => {
                    fingerprint.push((name.clone(), super::cache::hash64(&data)));
                    let before = fonts.len();
                    fonts.extend(Font::iter(Bytes::new(data)));
                    if fonts.len() == before {
                        problems.push(format!("{name} is not a font Typst can read"));
                    }
                }
                Err(e) => problems.push(format!("cannot read {name}: {e}")),
            }
        }
        let book = LazyHash::new(FontBook::from_fonts(&fonts));
        (
            Fonts {
                book,
                fonts,
                fingerprint,
            },
            problems,
        )
    }

    pub fn is_empty(&self) -> bool {
        self.fonts.is_empty()
    }

    /// Whether some font has a glyph for `c`.
    pub fn covers(&self, c: char) -> bool {
        self.fonts
            .iter()
            .any(|f| f.info().coverage.contains(c as u32))
    }

    /// Family names, in file order, without repeats.
    pub fn families(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for f in &self.fonts {
            if !out.contains(&f.info().family) {
                out.push(f.info().family.clone());
            }
        }
        out
    }
}

/// The Typst standard library, built once.
pub fn library() -> LazyHash<Library> {
    LazyHash::new(Library::builder().build())
}

/// One document to typeset.
pub struct Job<'a> {
    pub library: &'a LazyHash<Library>,
    pub fonts: &'a Fonts,
    /// The theme's print folder: layouts are read from here.
    pub dir: &'a Path,
    /// The layout file in `dir`, e.g. `leaflet.typ`.
    pub main: &'a str,
    /// In-memory files, by absolute virtual path (`/data.json`, `/qr/x.svg`).
    pub files: BTreeMap<String, Vec<u8>>,
    /// Stable identifier for the PDF's document id.
    pub ident: String,
}

/// A problem Typst reported, located in a layout file when it can be.
#[derive(Debug, Clone)]
pub struct Problem {
    pub error: bool,
    /// Path relative to the print folder (`leaflet.typ`), when known.
    pub file: Option<String>,
    pub line: usize,
    pub message: String,
    pub hints: Vec<String>,
}

/// A typeset document: a PDF, or a PNG picture of one page.
pub struct Output {
    pub bytes: Vec<u8>,
    pub pages: usize,
    pub warnings: Vec<Problem>,
    /// How much of each page's body the content fills (0 to 1), from the
    /// layout's markers; empty when the layout has none.
    pub fills: Vec<f64>,
    /// What the layout reports about itself: the values of its
    /// `metadata(…)` labelled `<whatson-note>`, in document order (a poster
    /// says whether its title fitted its box).
    pub notes: Vec<serde_json::Value>,
    /// The first page as laid out, for a thumbnail.
    pub first_page: Option<Page>,
}

struct PrintWorld<'a> {
    job: &'a Job<'a>,
    main: FileId,
    sources: Mutex<std::collections::HashMap<FileId, Source>>,
}

fn file_id(path: &str) -> Option<FileId> {
    let vpath = VirtualPath::new(path).ok()?;
    Some(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

impl PrintWorld<'_> {
    fn read(&self, id: FileId) -> FileResult<Vec<u8>> {
        if !matches!(id.root(), VirtualRoot::Project) {
            return Err(FileError::Other(Some(
                "print layouts cannot use Typst packages: copy what you need into the print folder"
                    .into(),
            )));
        }
        let rel = id.vpath().get_with_slash();
        let key = if rel.starts_with('/') {
            rel.to_owned()
        } else {
            format!("/{rel}")
        };
        if let Some(bytes) = self.job.files.get(&key) {
            return Ok(bytes.clone());
        }
        let path = id
            .vpath()
            .realize(self.job.dir)
            .map_err(|_| FileError::AccessDenied)?;
        std::fs::read(&path).map_err(|e| FileError::from_io(e, &path))
    }
}

impl World for PrintWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        self.job.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.job.fonts.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        let mut cache = self.sources.lock().map_err(|_| FileError::AccessDenied)?;
        if let Some(s) = cache.get(&id) {
            return Ok(s.clone());
        }
        let bytes = self.read(id)?;
        let text = String::from_utf8(bytes).map_err(|_| FileError::InvalidUtf8)?;
        let source = Source::new(id, text);
        cache.insert(id, source.clone());
        Ok(source)
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.read(id).map(Bytes::new)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.job.fonts.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // Layouts must not depend on the day they are built.
        None
    }
}

impl PrintWorld<'_> {
    fn problem(&self, d: &SourceDiagnostic) -> Problem {
        let mut file = None;
        let mut line = 1;
        if let Some(id) = d.span.id() {
            file = Some(
                id.vpath()
                    .get_with_slash()
                    .trim_start_matches('/')
                    .to_owned(),
            );
            if let (Ok(src), Some(range)) = (self.source(id), self.range(d.span)) {
                line = src.lines().byte_to_line(range.start).map_or(1, |l| l + 1);
            }
        }
        Problem {
            error: d.severity == Severity::Error,
            file,
            line,
            message: d.message.to_string(),
            hints: d.hints.iter().map(|h| h.v.to_string()).collect(),
        }
    }
}

/// Typesets `job` and exports it as PDF with a BleedBox `bleed_mm` outside the
/// TrimBox on every page.
pub fn typeset(job: &Job, bleed_mm: f64) -> Result<Output, Vec<Problem>> {
    let (world, doc, warnings) = compile(job)?;
    let small = small_text(&world, &doc);
    if !small.is_empty() {
        return Err(small);
    }
    let options = typst_pdf::PdfOptions {
        ident: Smart::Custom(job.ident.clone()),
        creator: Smart::Custom(Some("whatson".into())),
        timestamp: None,
        ..Default::default()
    };
    let pdf = typst_pdf::pdf(&doc, &options)
        .map_err(|errors| errors.iter().map(|e| world.problem(e)).collect::<Vec<_>>())?;
    let pdf = add_bleed_box(&pdf, bleed_mm).map_err(|e| {
        vec![Problem {
            error: true,
            file: None,
            line: 1,
            message: format!("could not add the BleedBox to the PDF: {e}"),
            hints: vec![],
        }]
    })?;
    Ok(Output {
        bytes: pdf,
        pages: doc.pages().len(),
        warnings,
        fills: fills(&doc),
        notes: notes(&doc),
        first_page: doc.pages().first().cloned(),
    })
}

/// Typesets `job` and draws its first page as a PNG picture, one pixel per
/// point of the layout's page (a 1200 × 630 pt page is 1200 × 630 pixels).
pub fn picture(job: &Job) -> Result<Output, Vec<Problem>> {
    let (_, doc, warnings) = compile(job)?;
    let Some(page) = doc.pages().first() else {
        return Err(vec![Problem {
            error: true,
            file: job.main.to_owned().into(),
            line: 1,
            message: "the layout made no page".into(),
            hints: vec![],
        }]);
    };
    let width = page.frame.width().to_pt().round().max(1.0) as u32;
    Ok(Output {
        bytes: png(page, width),
        // More than one: something ran off the picture.
        pages: doc.pages().len(),
        warnings,
        fills: Vec::new(),
        notes: notes(&doc),
        first_page: Some(page.clone()),
    })
}

/// `page` drawn `width_px` wide (its height in proportion) as an opaque PNG.
/// The same page gives the same bytes on every machine.
pub fn png(page: &Page, width_px: u32) -> Vec<u8> {
    use image::ImageEncoder;
    let scale = f64::from(width_px) / page.frame.width().to_pt().max(1.0);
    let options = typst_render::RenderOptions {
        pixel_per_pt: typst::utils::Scalar::new(scale),
        render_bleed: false,
    };
    let pixmap = typst_render::render(page, &options);
    // Pages are filled (white unless the layout paints them): alpha adds
    // nothing but bytes.
    let rgb: Vec<u8> = pixmap
        .pixels()
        .iter()
        .flat_map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue()]
        })
        .collect();
    let mut out = Vec::new();
    let encoder = image::codecs::png::PngEncoder::new_with_quality(
        &mut out,
        // A third smaller than `Fast`, for a third more time (22 ms against
        // 17 for a link preview).
        image::codecs::png::CompressionType::Default,
        image::codecs::png::FilterType::Adaptive,
    );
    match encoder.write_image(
        &rgb,
        pixmap.width(),
        pixmap.height(),
        image::ExtendedColorType::Rgb8,
    ) {
        Ok(()) => out,
        // Only a zero-sized page gets here; no picture is better than half of one.
        Err(_) => Vec::new(),
    }
}

/// Runs Typst on `job`: the world it read, the laid-out document and its
/// warnings, or every error.
fn compile<'a>(
    job: &'a Job<'a>,
) -> Result<(PrintWorld<'a>, PagedDocument, Vec<Problem>), Vec<Problem>> {
    let main = file_id(&format!("/{}", job.main)).ok_or_else(|| {
        vec![Problem {
            error: true,
            file: None,
            line: 1,
            message: format!("`{}` is not a usable file name", job.main),
            hints: vec![],
        }]
    })?;
    let world = PrintWorld {
        job,
        main,
        sources: Mutex::new(std::collections::HashMap::new()),
    };
    let warned = typst::compile::<PagedDocument>(&world);
    let warnings: Vec<Problem> = warned.warnings.iter().map(|w| world.problem(w)).collect();
    match warned.output {
        Ok(doc) => Ok((world, doc, warnings)),
        Err(errors) => {
            let errors = errors.iter().map(|e| world.problem(e)).collect();
            Err(errors)
        }
    }
}

/// The share of each page's body down to its lowest content, measured with
/// the layout's markers: `<whatson-top>` where the body starts (page 1),
/// `<whatson-foot>` in the footer (where the body ends) and `<whatson-mark>`
/// after each block. Empty when the layout has no such markers.
fn fills(doc: &PagedDocument) -> Vec<f64> {
    use typst::foundations::{Label, Selector};
    use typst::utils::PicoStr;
    let intro = doc.introspector();
    let ys = |name: &str| -> Vec<(usize, f64)> {
        let Some(label) = Label::new(PicoStr::intern(name)) else {
            return Vec::new();
        };
        intro
            .elements()
            .query(&Selector::Label(label))
            .iter()
            .filter_map(|c| intro.position(c.location()?))
            .map(|p| (p.page.get(), p.point.y.to_pt()))
            .collect()
    };
    let (top, foot, marks) = (ys("whatson-top"), ys("whatson-foot"), ys("whatson-mark"));
    let (Some(&(_, top)), Some(&(_, bottom))) = (top.first(), foot.first()) else {
        return Vec::new();
    };
    if bottom <= top {
        return Vec::new();
    }
    (1..=doc.pages().len())
        .map(|page| {
            let lowest = marks
                .iter()
                .filter(|(p, _)| *p == page)
                .map(|(_, y)| *y)
                .fold(top, f64::max);
            ((lowest - top) / (bottom - top)).clamp(0.0, 1.0)
        })
        .collect()
}

/// The values of the layout's `metadata(…)` labelled `<whatson-note>`.
fn notes(doc: &PagedDocument) -> Vec<serde_json::Value> {
    use typst::foundations::{Label, Selector};
    use typst::introspection::MetadataElem;
    use typst::utils::PicoStr;
    let Some(label) = Label::new(PicoStr::intern("whatson-note")) else {
        return Vec::new();
    };
    doc.introspector()
        .elements()
        .query(&Selector::Label(label))
        .iter()
        .filter_map(|c| c.to_packed::<MetadataElem>())
        .filter_map(|m| serde_json::to_value(&m.value).ok())
        .collect()
}

/// Text set smaller than [`MIN_TEXT_PT`] anywhere in `doc`, one problem per
/// place in a layout (with the smallest size used there and an example).
fn small_text(world: &PrintWorld, doc: &PagedDocument) -> Vec<Problem> {
    use typst::layout::{Frame, FrameItem, Transform};
    use typst::syntax::Span;

    struct Small {
        size: f64,
        page: usize,
        sample: String,
        span: Span,
    }
    fn walk(frame: &Frame, ts: Transform, page: usize, out: &mut Vec<Small>) {
        for (_, item) in frame.items() {
            match item {
                FrameItem::Group(g) => walk(&g.frame, ts.pre_concat(g.transform), page, out),
                FrameItem::Text(t) => {
                    // The size as printed: a scaled group scales its text too.
                    let scale = (ts.sx.get() * ts.sy.get() - ts.kx.get() * ts.ky.get())
                        .abs()
                        .sqrt();
                    let size = t.size.to_pt() * scale;
                    let visible = t.text.chars().any(|c| !c.is_whitespace());
                    if visible && size < MIN_TEXT_PT - 0.01 {
                        let span = t
                            .glyphs
                            .iter()
                            .map(|g| g.span.0)
                            .find(|s| !s.is_detached())
                            .unwrap_or_else(Span::detached);
                        out.push(Small {
                            size,
                            page,
                            sample: t.text.chars().take(40).collect(),
                            span,
                        });
                    }
                }
                _ => {}
            }
        }
    }
    let mut found = Vec::new();
    for (i, page) in doc.pages().iter().enumerate() {
        walk(&page.frame, Transform::identity(), i + 1, &mut found);
    }
    // One problem per layout line, in page order, with its smallest size.
    let mut by_place: Vec<(Option<String>, usize, Small)> = Vec::new();
    for s in found {
        let mut p = world.problem(&SourceDiagnostic::error(s.span, ""));
        if p.file.is_none() {
            // Text from /data.json has no place in a layout: look for where
            // its size is written instead.
            if let Some((file, line)) = size_literal(world.job.dir, s.size) {
                p.file = Some(file);
                p.line = line;
            }
        }
        match by_place
            .iter_mut()
            .find(|(f, l, _)| *f == p.file && *l == p.line)
        {
            Some((_, _, seen)) if s.size < seen.size => *seen = s,
            Some(_) => {}
            None => by_place.push((p.file, p.line, s)),
        }
    }
    by_place
        .into_iter()
        .map(|(file, line, s)| {
            let size = format_pt(s.size);
            Problem {
                error: true,
                file,
                line,
                message: format!(
                    "text is set in {size} pt here (e.g. \"{}\" on page {}), smaller than the {MIN_TEXT_PT} pt printed text must have at least",
                    s.sample.trim(),
                    s.page
                ),
                hints: vec![format!(
                    "make this text {MIN_TEXT_PT} pt or larger in the layout, e.g. `text(size: {MIN_TEXT_PT}pt, …)`, and check any `scale(…)` around it"
                )],
            }
        })
        .collect()
}

/// The first line (in file-name order) of a layout in `dir` that writes the
/// length `pt` in points, e.g. `size: 6pt` for 6, preferring lines that set a
/// size.
fn size_literal(dir: &Path, pt: f64) -> Option<(String, usize)> {
    size_literal_in(dir, pt, true).or_else(|| size_literal_in(dir, pt, false))
}

fn size_literal_in(dir: &Path, pt: f64, sizes_only: bool) -> Option<(String, usize)> {
    let mut layouts: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "typ"))
        .collect();
    layouts.sort();
    for path in layouts {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        for (i, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if sizes_only && !code.contains("size") {
                continue;
            }
            let mut rest = code;
            while let Some(at) = rest.find("pt") {
                let number: String = rest[..at]
                    .chars()
                    .rev()
                    .take_while(|c| c.is_ascii_digit() || *c == '.')
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let word_ends = !rest[at + 2..].starts_with(|c: char| c.is_alphanumeric());
                if word_ends && number.parse::<f64>().is_ok_and(|n| (n - pt).abs() < 0.05) {
                    let name = path.file_name()?.to_string_lossy().into_owned();
                    return Some((name, i + 1));
                }
                rest = &rest[at + 2..];
            }
        }
    }
    None
}

/// `6` or `7.5`: a size in points as people write it.
fn format_pt(pt: f64) -> String {
    let r = (pt * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r:.1}")
    }
}

/// Sets each page's BleedBox to its TrimBox grown by `bleed_mm` (within the
/// MediaBox). Typst writes the TrimBox from the page's bleed, not a BleedBox.
pub fn add_bleed_box(pdf: &[u8], bleed_mm: f64) -> Result<Vec<u8>, String> {
    use lopdf::{Document, Object};
    let mut doc = Document::load_mem(pdf).map_err(|e| e.to_string())?;
    let bleed = (bleed_mm * PT_PER_MM) as f32;
    let pages: Vec<lopdf::ObjectId> = doc.get_pages().values().copied().collect();
    for id in pages {
        let page = doc
            .get_object_mut(id)
            .and_then(Object::as_dict_mut)
            .map_err(|e| e.to_string())?;
        let rect = |name: &[u8]| -> Option<[f32; 4]> {
            let arr = page.get(name).ok()?.as_array().ok()?;
            let v: Vec<f32> = arr.iter().filter_map(|o| o.as_float().ok()).collect();
            (v.len() == 4).then(|| [v[0], v[1], v[2], v[3]])
        };
        let (Some(media), Some(trim)) = (rect(b"MediaBox"), rect(b"TrimBox")) else {
            continue;
        };
        let b = [
            (trim[0] - bleed).max(media[0]),
            (trim[1] - bleed).max(media[1]),
            (trim[2] + bleed).min(media[2]),
            (trim[3] + bleed).min(media[3]),
        ];
        page.set(
            "BleedBox",
            Object::Array(b.iter().map(|x| Object::Real(*x)).collect()),
        );
    }
    let mut out = Vec::new();
    doc.save_to(&mut out).map_err(|e| e.to_string())?;
    Ok(out)
}
