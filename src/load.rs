//! Stage 1: find the content files, read them, and parse their YAML into raw
//! (still unchecked) records that remember where every value was written.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::de::{DeserializeOwned, IgnoredAny};
use serde_saphyr::Spanned;
use walkdir::WalkDir;

use crate::diagnostics::{did_you_mean, display_path, Diagnostics, Pos, Source};

/// A content file may not be larger than this: pictures belong in image files.
pub const MAX_CONTENT_BYTES: u64 = 1024 * 1024;

/// A YAML string with the place it was written.
pub type S = Spanned<String>;

/// What a content file describes, from the folder it sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Venue,
    Festival,
    Event,
    Page,
    QrSheet,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Venue,
        Kind::Festival,
        Kind::Event,
        Kind::Page,
        Kind::QrSheet,
    ];

    pub fn folder(self) -> &'static str {
        match self {
            Kind::Venue => "venues",
            Kind::Festival => "festivals",
            Kind::Event => "events",
            Kind::Page => "pages",
            Kind::QrSheet => "qr-sheets",
        }
    }

    /// Kinds written as YAML files rather than Markdown with front matter.
    pub fn is_yaml(self) -> bool {
        matches!(self, Kind::Venue | Kind::QrSheet)
    }

    pub fn noun(self) -> &'static str {
        match self {
            Kind::Venue => "venue",
            Kind::Festival => "festival",
            Kind::Event => "event",
            Kind::Page => "page",
            Kind::QrSheet => "QR sheet",
        }
    }
}

/// One content file, read and split but not yet parsed.
#[derive(Debug, Clone)]
pub struct ContentFile {
    pub kind: Kind,
    pub id: String,
    /// `Some("pt")` for `<id>.pt.md`.
    pub lang: Option<String>,
    pub source: Source,
    /// The YAML part and the number of lines before it in the file.
    pub yaml: String,
    pub yaml_line_offset: usize,
    /// Markdown after the front matter (empty for YAML files).
    pub body: String,
}

/// Everything read from a site folder.
#[derive(Debug, Default, Clone)]
pub struct Loaded {
    pub root: PathBuf,
    pub site: Option<Source>,
    /// Shared, so that a preview's next model copies the list, not the texts.
    pub files: Vec<Arc<ContentFile>>,
    /// `locales/<lang>.ftl`, by language code.
    pub locales: Vec<(String, Source)>,
    /// Files that could not be read (already reported), by kind and the id
    /// their name starts with: their translations are not orphans.
    pub unreadable: BTreeSet<(Kind, String)>,
    /// `content/short-links.yaml`, the register of printed short links, when
    /// there is one.
    pub short_links: Option<Source>,
    /// `content/newsletters.yaml`, the record of newsletters sent, when
    /// there is one.
    pub newsletters: Option<Source>,
}

impl Loaded {
    /// The records (kind and id) one of whose files was read again since
    /// `earlier` (a file not read again is the same allocation); `None`
    /// when files came, went or were renamed, so no record can be taken as
    /// it was (ids other records refer to may have changed).
    pub fn reread_since(&self, earlier: &Loaded) -> Option<BTreeSet<(Kind, &str)>> {
        if self.files.len() != earlier.files.len() {
            return None;
        }
        let mut out = BTreeSet::new();
        for (a, b) in self.files.iter().zip(&earlier.files) {
            if !Arc::ptr_eq(a, b) {
                if (a.kind, &a.id, &a.lang, &a.source.display)
                    != (b.kind, &b.id, &b.lang, &b.source.display)
                {
                    return None;
                }
                out.insert((a.kind, a.id.as_str()));
            }
        }
        Some(out)
    }
}

/// Reads `content/` and `locales/` under `root`. Problems with single files are
/// recorded and the file skipped, so the rest of the site is still checked.
pub fn load(root: &Path, diags: &mut Diagnostics) -> Loaded {
    let mut loaded = Loaded {
        root: root.to_path_buf(),
        ..Loaded::default()
    };
    let content = root.join("content");
    if !content.is_dir() {
        diags.file_error(
            "content",
            format!("there is no `content` folder in {}", root.display()),
            Some("run whatson from the site's folder, or pass --root with the folder that holds content/, locales/ and themes/".into()),
        );
        return loaded;
    }
    let site_path = content.join("site.yaml");
    if site_path.is_file() {
        loaded.site = read_source(root, &site_path, diags);
    } else {
        diags.file_error(
            "content/site.yaml",
            "the site settings file content/site.yaml is missing",
            Some("create content/site.yaml with title, base_url, timezone, default_language and languages".into()),
        );
    }
    let register = root.join(crate::print::register::FILE);
    if register.is_file() {
        loaded.short_links = read_source_up_to(root, &register, MAX_REGISTER_BYTES, diags);
    }
    let newsletters = root.join(crate::newsletter::state::FILE);
    if newsletters.is_file() {
        loaded.newsletters = read_source(root, &newsletters, diags);
    }
    for kind in Kind::ALL {
        let dir = content.join(kind.folder());
        if !dir.is_dir() {
            continue;
        }
        for entry in WalkDir::new(&dir).sort_by_file_name().follow_links(false) {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    let shown = e
                        .path()
                        .map(|p| display_path(root, p))
                        .unwrap_or_else(|| display_path(root, &dir));
                    diags.file_error(&shown, format!("cannot read this folder: {e}"), None);
                    continue;
                }
            };
            if !entry.file_type().is_file() {
                continue;
            }
            match read_content_file(root, kind, entry.path(), diags) {
                Some(file) => loaded.files.push(Arc::new(file)),
                None => {
                    let name = entry.file_name().to_string_lossy();
                    let ext = name.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
                    if !is_picture(&ext) {
                        let id = name.split('.').next().unwrap_or("").to_owned();
                        loaded.unreadable.insert((kind, id));
                    }
                }
            }
        }
    }
    let locales = root.join("locales");
    if locales.is_dir() {
        for entry in WalkDir::new(&locales)
            .max_depth(1)
            .sort_by_file_name()
            .into_iter()
            .flatten()
        {
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
                continue;
            }
            let Some(code) = path.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            if let Some(src) = read_source(root, path, diags) {
                loaded.locales.push((code.to_owned(), src));
            }
        }
    }
    loaded
}

/// Picture formats (and ones the build refuses with a message when named in
/// `image:`): files beside content that are not content.
fn is_picture(ext: &str) -> bool {
    matches!(
        ext,
        "jpg"
            | "jpeg"
            | "png"
            | "webp"
            | "gif"
            | "svg"
            | "heic"
            | "heif"
            | "avif"
            | "tif"
            | "tiff"
            | "bmp"
    )
}

/// The short-link register is written by whatson, a line per printed code
/// (about 100 bytes): 10,000 events in 8 languages pass 1 MB.
const MAX_REGISTER_BYTES: u64 = 64 * 1024 * 1024;

/// Reads a text file, refusing oversized and non-UTF-8 ones with a finding.
pub fn read_source(root: &Path, path: &Path, diags: &mut Diagnostics) -> Option<Source> {
    read_source_up_to(root, path, MAX_CONTENT_BYTES, diags)
}

fn read_source_up_to(
    root: &Path,
    path: &Path,
    max: u64,
    diags: &mut Diagnostics,
) -> Option<Source> {
    let display = display_path(root, path);
    match fs::metadata(path) {
        Ok(m) if m.len() > max => {
            diags.file_error(
                &display,
                format!(
                    "this file is {:.1} MB; content files may be at most {} MB",
                    m.len() as f64 / (1024.0 * 1024.0),
                    max / (1024 * 1024)
                ),
                Some("put pictures in image files and refer to them with `image:`; split very long text into several pages".into()),
            );
            return None;
        }
        Err(e) => {
            diags.file_error(&display, format!("cannot read this file: {e}"), None);
            return None;
        }
        Ok(_) => {}
    }
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            diags.file_error(&display, format!("cannot read this file: {e}"), None);
            return None;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(_) => {
            diags.file_error(
                &display,
                "this file is not UTF-8 text",
                Some("save the file as UTF-8 (in most editors: Save As… → Encoding: UTF-8)".into()),
            );
            return None;
        }
    };
    // A byte-order mark is invisible in editors; drop it rather than fail on it.
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_owned)
        .unwrap_or(text);
    Some(Source {
        display,
        path: path.to_path_buf(),
        text,
    })
}

fn read_content_file(
    root: &Path,
    kind: Kind,
    path: &Path,
    diags: &mut Diagnostics,
) -> Option<ContentFile> {
    let name = path.file_name()?.to_str()?;
    if name.starts_with('.') {
        return None;
    }
    // Editor backups and system files are never content.
    if name.ends_with('~') || matches!(name, "Thumbs.db" | "desktop.ini") {
        return None;
    }
    let display = display_path(root, path);
    let expected_yaml = kind.is_yaml();
    let want = if expected_yaml { "yaml" } else { "md" };
    let Some((stem, ext)) = name.rsplit_once('.') else {
        diags.file_warning(
            &display,
            format!(
                "this file is not read: files in {}/ end in `.{want}`",
                kind.folder()
            ),
            Some(format!(
                "rename it to {name}.{want}, or move it out of content/"
            )),
        );
        return None;
    };
    // Extensions are matched as Windows and macOS show them: `.MD` is `.md`.
    let ext_lc = ext.to_ascii_lowercase();
    let ext = ext_lc.as_str();
    let is_yaml = matches!(ext, "yaml" | "yml");
    let is_md = ext == "md";
    if !(is_yaml || is_md) {
        if is_picture(ext) {
            // Pictures sit beside content; they are used via `image:`.
            return None;
        }
        // A content file saved under another name (Notepad adds `.txt`) would
        // silently vanish from the site: say so, with the name to use.
        let base = stem
            .strip_suffix(".md")
            .or_else(|| stem.strip_suffix(".yaml"))
            .or_else(|| stem.strip_suffix(".yml"))
            .unwrap_or(stem);
        let looks_like_content =
            matches!(ext, "txt" | "markdown" | "mdown" | "text") || base.len() != stem.len();
        let message = format!(
            "this file is not read: files in {}/ end in `.{want}`, and this one ends in `.{ext}`",
            kind.folder()
        );
        let fix = Some(format!(
            "rename it to {base}.{want} (if your computer hides extensions, check the full name in the file's properties), or move it out of content/"
        ));
        if looks_like_content {
            diags.file_error(&display, message, fix);
        } else {
            diags.file_warning(&display, message, fix);
        }
        return None;
    }
    if is_yaml != expected_yaml {
        diags.file_error(
            &display,
            format!(
                "files in {}/ are `.{want}` files; this one is `.{ext}`",
                kind.folder()
            ),
            Some(format!("rename it to {stem}.{want}")),
        );
        return None;
    }
    let (id, lang) = match stem.split_once('.') {
        Some((id, lang)) => (id, Some(lang)),
        None => (stem, None),
    };
    if !is_valid_id(id) {
        diags.file_error(
            &display,
            format!("`{id}` cannot be used as an id: the file name becomes the page address"),
            Some(format!(
                "rename the file using only lowercase letters, digits and `-`, e.g. `{}.{ext}`",
                suggest_id(id)
            )),
        );
        return None;
    }
    if let Some(lang) = lang {
        if !is_valid_lang_code(lang) {
            diags.file_error(
                &display,
                format!("`{lang}` in the file name is not a language code"),
                Some(format!(
                    "name translations `<id>.<language code>.{ext}`, e.g. `{id}.pt.{ext}`"
                )),
            );
            return None;
        }
    }
    let source = read_source(root, path, diags)?;
    let (yaml, offset, body) = if is_md {
        match split_front_matter(&source.text) {
            Ok(parts) => parts,
            Err(pos) => {
                diags.error(
                    &source,
                    pos,
                    "the details at the top of the file must sit between two `---` lines",
                    Some("start the file with a line `---`, then the `field: value` lines, then a line `---`, then the text".into()),
                );
                return None;
            }
        }
    } else {
        (source.text.clone(), 0, String::new())
    };
    Some(ContentFile {
        kind,
        id: id.to_owned(),
        lang: lang.map(str::to_owned),
        source,
        yaml,
        yaml_line_offset: offset,
        body,
    })
}

/// Splits `---\nyaml\n---\nbody`. Returns the YAML, how many lines precede it, and
/// the body; or the position to blame when the fences are missing.
pub fn split_front_matter(text: &str) -> Result<(String, usize, String), Pos> {
    let mut lines = text.split_inclusive('\n');
    match lines.next() {
        Some(first) if first.trim_end() == "---" => {}
        _ => return Err(Pos::FILE),
    }
    let mut yaml = String::new();
    let mut line_no = 1;
    for line in lines.by_ref() {
        line_no += 1;
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            let body: String = lines.collect();
            return Ok((yaml, 1, body));
        }
        yaml.push_str(line);
    }
    Err(Pos::new(line_no, 1))
}

/// Ids become URL slugs and file names: keep them to a safe alphabet.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn suggest_id(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-').to_owned();
    if out.is_empty() {
        "my-event".into()
    } else {
        out
    }
}

/// BCP 47-shaped: `pt`, `pt-BR`, `zh-Hant`. Also used for output folder names.
pub fn is_valid_lang_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let Some(first) = parts.next() else {
        return false;
    };
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// How a kind's fields may appear in a file.
pub struct Fields {
    /// Every field the original file may have.
    pub all: &'static [&'static str],
    /// The fields a translation file may have.
    pub translatable: &'static [&'static str],
}

/// Parses a file's YAML into `T`, first reporting every unknown (and, in a
/// translation, every untranslatable) field at once. Returns `None` when the file
/// could not be understood; its problems are in `diags`.
pub fn parse_fields<T: DeserializeOwned>(
    file: &ContentFile,
    fields: &Fields,
    diags: &mut Diagnostics,
) -> Option<T> {
    parse_fields_at(file, fields, diags).map(|(v, _)| v)
}

/// [`parse_fields`], with where each top-level field's key is written.
pub fn parse_fields_at<T: DeserializeOwned>(
    file: &ContentFile,
    fields: &Fields,
    diags: &mut Diagnostics,
) -> Option<(T, BTreeMap<String, Pos>)> {
    parse_yaml_at(
        &file.source,
        &file.yaml,
        file.yaml_line_offset,
        fields,
        file.lang.as_deref(),
        diags,
    )
}

pub fn parse_yaml<T: DeserializeOwned>(
    src: &Source,
    yaml: &str,
    line_offset: usize,
    fields: &Fields,
    translation_lang: Option<&str>,
    diags: &mut Diagnostics,
) -> Option<T> {
    parse_yaml_at(src, yaml, line_offset, fields, translation_lang, diags).map(|(v, _)| v)
}

/// [`parse_yaml`], with the file position of each top-level key.
pub fn parse_yaml_at<T: DeserializeOwned>(
    src: &Source,
    yaml: &str,
    line_offset: usize,
    fields: &Fields,
    translation_lang: Option<&str>,
    diags: &mut Diagnostics,
) -> Option<(T, BTreeMap<String, Pos>)> {
    let empty = yaml.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#')
    });
    let yaml = if empty { "{}" } else { yaml };
    // First pass: just the keys, so every wrong field is reported in one run.
    let keys: HashMap<S, IgnoredAny> = match serde_saphyr::from_str_with_options(yaml, options()) {
        Ok(k) => k,
        Err(e) => {
            report_yaml_error(src, line_offset, &e, fields, diags);
            return None;
        }
    };
    let present: Vec<&str> = keys.keys().map(|k| k.value.as_str()).collect();
    let at: BTreeMap<String, Pos> = keys
        .keys()
        .map(|k| (k.value.clone(), yaml_pos(&k.referenced, line_offset)))
        .collect();
    let mut keys: Vec<&S> = keys.keys().collect();
    keys.sort_by_key(|k| (k.referenced.line(), k.referenced.column()));
    let mut bad = false;
    // Wrong keys are taken out (or, when the fix is clear, renamed) and the
    // rest read on, so the values' own mistakes are reported in the same run.
    let mut edits: Vec<(usize, usize, Option<&str>)> = Vec::new();
    for key in keys {
        let pos = yaml_pos(&key.referenced, line_offset);
        let name = key.value.as_str();
        let allowed = match translation_lang {
            Some(_) => fields.translatable,
            None => fields.all,
        };
        if allowed.contains(&name) {
            continue;
        }
        bad = true;
        let line = key.referenced.line() as usize;
        let column = key.referenced.column() as usize;
        if let (Some(lang), true) = (translation_lang, fields.all.contains(&name)) {
            edits.push((line, column, None));
            diags.error(
                src,
                pos,
                format!("`{name}` cannot be translated, so it does not belong in a translation file"),
                Some(format!(
                    "delete this line; the `{name}` in the original file is used for every language. A .{lang} file may only have: {}",
                    list(fields.translatable)
                )),
            );
        } else {
            let suggestion = did_you_mean(name, allowed.iter().copied());
            let fix = match &suggestion {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("the fields that can be used here are: {}", list(allowed)),
            };
            let renamed = suggestion
                .and_then(|s| allowed.iter().copied().find(|a| *a == s))
                .filter(|s| !present.contains(s));
            edits.push((line, column, renamed));
            diags.error(src, pos, format!("unknown field `{name}`"), Some(fix));
        }
    }
    let edited;
    let yaml = if bad {
        edited = apply_key_edits(yaml, &edits);
        edited.as_str()
    } else {
        yaml
    };
    match serde_saphyr::from_str_with_options(yaml, options()) {
        Ok(v) => Some((v, at)),
        Err(e) => {
            report_yaml_error(src, line_offset, &e, fields, diags);
            None
        }
    }
}

/// `yaml` with each (line, column) key renamed, or removed with the lines
/// indented under it. Removed lines become empty, so positions stay right.
fn apply_key_edits(yaml: &str, edits: &[(usize, usize, Option<&str>)]) -> String {
    let mut lines: Vec<String> = yaml.lines().map(str::to_owned).collect();
    for &(line, column, rename) in edits {
        let Some(i) = line.checked_sub(1).filter(|i| *i < lines.len()) else {
            continue;
        };
        let start = column.saturating_sub(1);
        match rename {
            Some(new) => {
                let l = &lines[i];
                if let Some(colon) = l.get(start..).and_then(|rest| rest.find(':')) {
                    lines[i] = format!("{}{new}{}", &l[..start], &l[start + colon..]);
                }
            }
            None => {
                lines[i].clear();
                for l in lines.iter_mut().skip(i + 1) {
                    let indent = l.len() - l.trim_start().len();
                    if !l.trim().is_empty() && indent <= start {
                        break;
                    }
                    l.clear();
                }
            }
        }
    }
    lines.join("\n")
}

fn options() -> serde_saphyr::Options {
    let mut o = serde_saphyr::Options::default();
    o.with_snippet = false;
    o
}

fn list(fields: &[&str]) -> String {
    fields
        .iter()
        .map(|f| format!("`{f}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// File position of a YAML location, given the lines that precede the YAML.
pub fn yaml_pos(loc: &serde_saphyr::Location, line_offset: usize) -> Pos {
    Pos::new(loc.line() as usize + line_offset, loc.column() as usize)
}

fn report_yaml_error(
    src: &Source,
    line_offset: usize,
    e: &serde_saphyr::Error,
    fields: &Fields,
    diags: &mut Diagnostics,
) {
    let pos = e
        .location()
        .map(|l| yaml_pos(&l, line_offset))
        .unwrap_or(Pos::FILE);
    let raw = plain_message(e);
    let (message, fix) = explain_yaml_error(&raw, fields);
    diags.error(src, pos, message, Some(fix));
}

/// Reads a file whatson writes itself and staff commit (the short-link
/// register, the newsletter record). Blank or comments only reads as empty;
/// a file that does not parse is an error at its position, e.g. "the
/// short-link register cannot be read: …", with `fix`.
pub(crate) fn read_record<T: DeserializeOwned + Default>(
    src: &Source,
    what: &str,
    fix: String,
    d: &mut Diagnostics,
) -> Option<T> {
    let blank = src.text.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#')
    });
    if blank {
        return Some(T::default());
    }
    let mut options = serde_saphyr::Options::default();
    options.with_snippet = false;
    match serde_saphyr::from_str_with_options(&src.text, options) {
        Ok(r) => Some(r),
        Err(e) => {
            let pos = e.location().map(|l| yaml_pos(&l, 0)).unwrap_or(Pos::FILE);
            let msg = plain_message(&e);
            d.error(src, pos, format!("{what} cannot be read: {msg}"), Some(fix));
            None
        }
    }
}

/// The parser's message without its own position suffix (we print the position).
fn plain_message(e: &serde_saphyr::Error) -> String {
    let s = e.to_string();
    let s = s.lines().next().unwrap_or("").trim().to_owned();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

/// Turns parser wording into words a comms officer can act on.
fn explain_yaml_error(raw: &str, fields: &Fields) -> (String, String) {
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or("");
        let known: Vec<&str> = raw
            .split("expected one of ")
            .nth(1)
            .or_else(|| raw.split("expected ").nth(1))
            .map(|l| {
                l.split(',')
                    .map(|s| s.trim().trim_matches('`'))
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        let known = if known.is_empty() {
            fields.all.to_vec()
        } else {
            known
        };
        let fix = match did_you_mean(name, known.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!(
                "the fields that can be used here are: {}",
                known
                    .iter()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        return (format!("unknown field `{name}`"), fix);
    }
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or("");
        return (
            format!("the required field `{name}` is missing"),
            format!("add a line `{name}: …`"),
        );
    }
    if raw.contains("expected a sequence") {
        return (
            "this should be a list".into(),
            "write a list in square brackets, e.g. `[en, pt]`, or one `- item` per line".into(),
        );
    }
    if raw.contains("expected a string") || raw.contains("expected a borrowed string") {
        return (
            "this should be a single value, not a list or a group of fields".into(),
            "write the value on the same line after the colon, e.g. `title: Stay and play`".into(),
        );
    }
    if raw.contains("expected a map") || raw.contains("expected struct") {
        return (
            "this should be a group of `field: value` lines".into(),
            "write each `field: value` on its own line, indented under this one".into(),
        );
    }
    if let Some(rest) = raw.strip_prefix("duplicate mapping key: ") {
        let name = rest.split(',').next().unwrap_or(rest).trim();
        return (
            format!("`{name}` is written twice"),
            "each field may appear only once: delete one of them".into(),
        );
    }
    if raw.contains("duplicate") {
        return (
            "a field is written twice".into(),
            "each field may appear only once: delete one of them".into(),
        );
    }
    if raw.contains("tabs disallowed") {
        return (
            "this line is indented with a tab".into(),
            "indent with spaces (two for each level), not the Tab key".into(),
        );
    }
    if raw.contains("expected mapping start") {
        return (
            "this should be a group of `field: value` lines".into(),
            "write them on their own lines, indented two spaces under this one, e.g. `repeats:` and below it `  every: week`".into(),
        );
    }
    if raw.contains("expected sequence start") {
        return (
            "this should be a list".into(),
            "write a list in square brackets, e.g. `[en, pt]`, or one `- item` per line".into(),
        );
    }
    if raw.contains("mapping values are not allowed") {
        return (
            "this line does not fit where it is: often its indentation differs from the lines around it, or the value before it contains `: `".into(),
            "line up fields of the same group at the same number of spaces; put a value containing `: ` in double quotes".into(),
        );
    }
    (
        format!("this is not valid YAML: {raw}"),
        "check the line: each line is `field: value`; put text that contains `: ` or starts with a special character (# & * ! | > ' \" % @ `) in double quotes".into(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_split_counts_lines() {
        let (yaml, offset, body) = split_front_matter("---\na: 1\n---\nHello\n").unwrap();
        assert_eq!(yaml, "a: 1\n");
        assert_eq!(offset, 1);
        assert_eq!(body, "Hello\n");
        assert_eq!(split_front_matter("a: 1\n"), Err(Pos::FILE));
        assert_eq!(split_front_matter("---\na: 1\n"), Err(Pos::new(2, 1)));
    }

    #[test]
    fn ids_and_language_codes() {
        assert!(is_valid_id("stay-and-play-2027"));
        assert!(!is_valid_id("Stay and play"));
        assert!(!is_valid_id("../etc"));
        assert!(!is_valid_id(""));
        assert_eq!(suggest_id("Stay And Play!"), "stay-and-play");
        assert!(is_valid_lang_code("pt"));
        assert!(is_valid_lang_code("pt-BR"));
        assert!(!is_valid_lang_code("PT"));
        assert!(!is_valid_lang_code("../x"));
    }
}

/// What [`reload_file`] made of a saved file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reloaded {
    /// The file's bytes are as loaded before (or it is not content): nothing to do.
    Same,
    /// The file was read again (or added, or removed) in `loaded`.
    Changed,
    /// Not a plain content file, or one with a problem: load everything again
    /// so every finding is reported as a full build reports it.
    Reload,
}

/// Reads one changed content file into `loaded`, in the place a full load
/// would put it, so a preview need not read every file again.
pub fn reload_file(loaded: &mut Loaded, path: &Path) -> Reloaded {
    let root = loaded.root.clone();
    let Ok(rel) = path.strip_prefix(root.join("content")) else {
        return Reloaded::Reload;
    };
    let Some(kind) = rel
        .components()
        .next()
        .and_then(|c| c.as_os_str().to_str())
        .and_then(|folder| Kind::ALL.into_iter().find(|k| k.folder() == folder))
    else {
        return Reloaded::Reload;
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let id = name.split('.').next().unwrap_or("").to_owned();
    let ext = name.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    // A picture is published (resized) by a full build only.
    if is_picture(&ext) || loaded.unreadable.contains(&(kind, id)) {
        return Reloaded::Reload;
    }
    let at = loaded.files.iter().position(|f| f.source.path == path);
    if !path.exists() {
        return match at {
            Some(i) => {
                loaded.files.remove(i);
                Reloaded::Changed
            }
            None => Reloaded::Same,
        };
    }
    let mut d = Diagnostics::new();
    let file = read_content_file(&root, kind, path, &mut d);
    let Some(file) = file.filter(|_| d.is_empty()) else {
        return match (at, d.is_empty()) {
            // A hidden or backup file: never content.
            (None, true) => Reloaded::Same,
            _ => Reloaded::Reload,
        };
    };
    match at {
        Some(i) if loaded.files[i].source.text == file.source.text => Reloaded::Same,
        Some(i) => {
            loaded.files[i] = Arc::new(file);
            Reloaded::Changed
        }
        None => {
            // A full load reads kind by kind, each folder in name order.
            let key = |f: &ContentFile| {
                (
                    Kind::ALL.iter().position(|k| *k == f.kind),
                    f.source.path.clone(),
                )
            };
            let k = key(&file);
            let i = loaded.files.partition_point(|f| key(f) < k);
            loaded.files.insert(i, Arc::new(file));
            Reloaded::Changed
        }
    }
}
