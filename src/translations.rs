//! The translation workflow: what is translated, missing or outdated in each
//! language, and a spreadsheet (CSV) round trip for volunteer translators.
//!
//! A translation records which version of the original it was made from in a
//! `translated_from: "<hash>"` field (content files) or a `# translated_from: <hash>`
//! comment above the message (`locales/<lang>.ftl`). The hash is [`source_hash`] of
//! the original's translatable text, so editing the English marks it outdated.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::diagnostics::Diagnostics;
use crate::load::{self, ContentFile, Kind, Loaded};
use crate::model::{Content, Localized};

/// The field (content files) and comment label (.ftl) holding the source version.
pub const HASH_FIELD: &str = "translated_from";

/// Column headings of the exported CSV, in order.
pub const COLUMNS: [&str; 9] = [
    "kind",
    "id",
    "field",
    "language",
    "source",
    "translation",
    "context",
    "previous translation",
    "source hash",
];

/// Short, stable fingerprint of a text version (FNV-1a, 64 bits, 8 hex digits
/// shown). Stable across machines and Rust versions, unlike `DefaultHasher`.
pub fn source_hash(parts: &[(&str, &str)]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (name, text) in parts {
        for b in name
            .bytes()
            .chain([0u8])
            // Line endings are not text: re-saving a file on Windows (CRLF)
            // must not mark its translations outdated.
            .chain(text.trim().bytes().filter(|&b| b != b'\r'))
            .chain([0u8])
        {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{:08x}", (h >> 32) ^ (h & 0xffff_ffff))
}

/// What kind of thing a translatable unit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnitKind {
    Event,
    Festival,
    Page,
    Venue,
    QrSheet,
    Interface,
}

impl UnitKind {
    pub const ALL: [UnitKind; 6] = [
        UnitKind::Event,
        UnitKind::Festival,
        UnitKind::Page,
        UnitKind::Venue,
        UnitKind::QrSheet,
        UnitKind::Interface,
    ];

    /// The word used in the CSV `kind` column.
    pub fn name(self) -> &'static str {
        match self {
            UnitKind::Event => "event",
            UnitKind::Festival => "festival",
            UnitKind::Page => "page",
            UnitKind::Venue => "venue",
            UnitKind::QrSheet => "qr-sheet",
            UnitKind::Interface => "interface",
        }
    }

    /// The heading in the status table.
    pub fn plural(self) -> &'static str {
        match self {
            UnitKind::Event => "events",
            UnitKind::Festival => "festivals",
            UnitKind::Page => "pages",
            UnitKind::Venue => "venues",
            UnitKind::QrSheet => "QR-sheet labels",
            UnitKind::Interface => "interface strings",
        }
    }

    pub fn parse(s: &str) -> Option<UnitKind> {
        let s = s.trim().to_ascii_lowercase();
        UnitKind::ALL
            .into_iter()
            .find(|k| k.name() == s || (s == "qr sheet" && *k == UnitKind::QrSheet))
    }

    fn content_kind(self) -> Option<Kind> {
        match self {
            UnitKind::Event => Some(Kind::Event),
            UnitKind::Festival => Some(Kind::Festival),
            UnitKind::Page => Some(Kind::Page),
            UnitKind::Venue => Some(Kind::Venue),
            UnitKind::QrSheet => Some(Kind::QrSheet),
            UnitKind::Interface => None,
        }
    }
}

/// Whether a text (or a whole item) is translated in a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    Translated,
    Outdated,
    Missing,
}

/// One translatable text of a unit.
#[derive(Debug, Clone)]
pub struct Field {
    /// `title`, `body`, `links.2.label`, `text` (interface strings).
    pub name: String,
    pub source: String,
    pub translation: Option<String>,
    /// Must be a single line (everything but Markdown bodies and Fluent values).
    pub one_line: bool,
}

/// One translatable item in one language: an event, a venue, an interface string…
#[derive(Debug, Clone)]
pub struct Unit {
    pub kind: UnitKind,
    pub id: String,
    pub lang: String,
    pub fields: Vec<Field>,
    /// The original's current version.
    pub hash: String,
    /// The version the translation says it was made from.
    pub recorded: Option<String>,
    /// A few words for the translator: what this text is and where it appears.
    pub context: String,
}

impl Unit {
    /// Outdated when the translation names a version that is no longer the
    /// original's. A translation without a recorded version counts as current.
    pub fn outdated(&self) -> bool {
        self.fields.iter().any(|f| f.translation.is_some())
            && self.recorded.as_deref().is_some_and(|r| r != self.hash)
    }

    pub fn state(&self) -> State {
        if self.outdated() {
            State::Outdated
        } else if self.fields.iter().all(|f| f.translation.is_some()) {
            State::Translated
        } else {
            State::Missing
        }
    }
}

/// Counts for one kind in one language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub translated: usize,
    pub outdated: usize,
    pub missing: usize,
}

impl Counts {
    pub fn total(&self) -> usize {
        self.translated + self.outdated + self.missing
    }
}

/// Every translatable unit of the site, in every non-default language.
#[derive(Debug, Clone, Default)]
pub struct Status {
    pub default_language: String,
    /// Non-default languages with their names, in site order.
    pub languages: Vec<(String, String)>,
    pub units: Vec<Unit>,
    /// Events and festivals that have ended: `export` leaves them out (see
    /// [`Status::leave_out_ended`]).
    pub ended: BTreeSet<(UnitKind, String)>,
}

impl Status {
    /// Marks the events whose last session has ended by `now`, and the
    /// festivals whose last day is before it, so `export` leaves them out:
    /// nobody reads a translation of what is over.
    pub fn leave_out_ended(&mut self, content: &Content, now: &jiff::Zoned) {
        let expanded = crate::expand::expand(content, now);
        for e in content.events.values() {
            let last = expanded.for_event(&e.id).map(|o| &o.end).max();
            if last.is_some_and(|end| end <= now) {
                self.ended.insert((UnitKind::Event, e.id.clone()));
            }
        }
        let today = now.date();
        for f in content.festivals.values() {
            if f.ends < today {
                self.ended.insert((UnitKind::Festival, f.id.clone()));
            }
        }
    }

    /// Counts per language and kind. QR sheets count each label (and title);
    /// the others count whole items.
    pub fn counts(&self) -> BTreeMap<String, BTreeMap<UnitKind, Counts>> {
        let mut out: BTreeMap<String, BTreeMap<UnitKind, Counts>> = BTreeMap::new();
        for (lang, _) in &self.languages {
            let per = out.entry(lang.clone()).or_default();
            for k in UnitKind::ALL {
                per.insert(k, Counts::default());
            }
        }
        for u in &self.units {
            let Some(c) = out.get_mut(&u.lang).and_then(|m| m.get_mut(&u.kind)) else {
                continue;
            };
            if u.kind == UnitKind::QrSheet {
                let outdated = u.outdated();
                for f in &u.fields {
                    match (&f.translation, outdated) {
                        (None, _) => c.missing += 1,
                        (Some(_), true) => c.outdated += 1,
                        (Some(_), false) => c.translated += 1,
                    }
                }
            } else {
                match u.state() {
                    State::Translated => c.translated += 1,
                    State::Outdated => c.outdated += 1,
                    State::Missing => c.missing += 1,
                }
            }
        }
        out
    }

    /// The units of `lang` that need work (missing or outdated).
    pub fn todo<'a>(&'a self, lang: &'a str) -> impl Iterator<Item = &'a Unit> + 'a {
        self.units
            .iter()
            .filter(move |u| u.lang == lang && u.state() != State::Translated)
    }

    pub fn unit(&self, lang: &str, kind: UnitKind, id: &str) -> Option<&Unit> {
        self.units
            .iter()
            .find(|u| u.lang == lang && u.kind == kind && u.id == id)
    }
}

// ---------------------------------------------------------------- status

/// (kind, id, (field, text, one line), context) of one translatable item.
type Item<'a> = (UnitKind, String, Vec<(String, &'a Localized, bool)>, String);

fn opt(l: &Option<Localized>) -> Option<&Localized> {
    l.as_ref()
}

/// Reads the `translated_from` of a translation file, if any.
fn recorded_hash(f: &ContentFile) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Rec {
        translated_from: Option<String>,
    }
    let yaml = if f.yaml.trim().is_empty() {
        "{}"
    } else {
        f.yaml.as_str()
    };
    serde_saphyr::from_str::<Rec>(yaml)
        .ok()
        .and_then(|r| r.translated_from)
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}

/// The translatable texts of a content item, as (field, text, one line, translations).
fn texts<'a>(
    fields: &[(&'static str, Option<&'a Localized>, bool)],
) -> Vec<(String, &'a Localized, bool)> {
    fields
        .iter()
        .filter_map(|(name, l, one)| {
            l.filter(|l| !l.default.trim().is_empty())
                .map(|l| ((*name).to_owned(), l, *one))
        })
        .collect()
}

/// Works out the translation status of every item in every non-default language.
pub fn status(loaded: &Loaded, content: &Content) -> Status {
    let site = &content.site;
    let default = site.default_language.clone();
    let languages: Vec<(String, String)> = site
        .languages
        .iter()
        .filter(|l| l.code != default)
        .map(|l| (l.code.clone(), l.name.clone()))
        .collect();
    let mut translation_files: BTreeMap<(Kind, String, String), &ContentFile> = BTreeMap::new();
    for f in &loaded.files {
        if let Some(lang) = &f.lang {
            translation_files
                .entry((f.kind, f.id.clone(), lang.clone()))
                .or_insert(f);
        }
    }
    // (kind, id, texts, context)
    let mut items: Vec<Item> = Vec::new();
    for e in content.events.values() {
        let venue = content
            .venues
            .get(&e.venue)
            .map(|v| v.name.default.as_str())
            .unwrap_or(&e.venue);
        let when = match e.schedule {
            crate::model::Schedule::Timed { start, .. } => {
                start.strftime("%Y-%m-%d %H:%M").to_string()
            }
            crate::model::Schedule::AllDay { start, .. } => start.to_string(),
        };
        let mut t = texts(&[
            ("title", Some(&e.title), true),
            ("summary", opt(&e.summary), true),
            ("accessibility", opt(&e.accessibility), true),
            ("body", Some(&e.body), false),
        ]);
        // A changed session's note, named by the session's date.
        for c in &e.changes {
            if let Some(note) = c.note.as_ref().filter(|n| !n.default.trim().is_empty()) {
                t.push((format!("changes.{}.note", c.date), note, true));
            }
        }
        items.push((
            UnitKind::Event,
            e.id.clone(),
            t,
            format!("event on {when} at {venue}"),
        ));
    }
    for f in content.festivals.values() {
        items.push((
            UnitKind::Festival,
            f.id.clone(),
            texts(&[
                ("title", Some(&f.title), true),
                ("summary", opt(&f.summary), true),
                ("body", Some(&f.body), false),
            ]),
            format!("festival, {} to {}", f.starts, f.ends),
        ));
    }
    for p in content.pages.values() {
        items.push((
            UnitKind::Page,
            p.id.clone(),
            texts(&[
                ("title", Some(&p.title), true),
                ("summary", opt(&p.summary), true),
                ("body", Some(&p.body), false),
            ]),
            "information page".into(),
        ));
    }
    for v in content.venues.values() {
        items.push((
            UnitKind::Venue,
            v.id.clone(),
            texts(&[
                ("name", Some(&v.name), true),
                ("accessibility", opt(&v.accessibility), true),
            ]),
            format!("venue: {}, {}", v.address, v.area),
        ));
    }
    for q in content.qr_sheets.values() {
        let mut t = texts(&[("title", Some(&q.title), true)]);
        for (i, link) in q.links.iter().enumerate() {
            t.push((format!("links.{}.label", i + 1), &link.label, true));
        }
        items.push((
            UnitKind::QrSheet,
            q.id.clone(),
            t,
            "printed sheet of QR codes; a label names what its code links to".into(),
        ));
    }
    let mut units = Vec::new();
    for (lang, _) in &languages {
        for (kind, id, t, context) in &items {
            let parts: Vec<(&str, &str)> = t
                .iter()
                .map(|(n, l, _)| (n.as_str(), l.default.as_str()))
                .collect();
            let recorded = kind
                .content_kind()
                .and_then(|k| translation_files.get(&(k, id.clone(), lang.clone())))
                .and_then(|f| recorded_hash(f));
            units.push(Unit {
                kind: *kind,
                id: id.clone(),
                lang: lang.clone(),
                fields: t
                    .iter()
                    .map(|(n, l, one)| Field {
                        name: n.clone(),
                        source: l.default.clone(),
                        translation: l.translations.get(lang).cloned(),
                        one_line: *one,
                    })
                    .collect(),
                hash: source_hash(&parts),
                recorded,
                context: context.clone(),
            });
        }
    }
    // Interface strings: every message of the default language's .ftl.
    let ftl = |code: &str| {
        loaded
            .locales
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, s)| scan_ftl(&s.text))
    };
    if let Some(source) = ftl(&default) {
        for (lang, _) in &languages {
            let target: BTreeMap<String, FtlEntry> = ftl(lang)
                .unwrap_or_default()
                .into_iter()
                .map(|e| (e.key.clone(), e))
                .collect();
            for e in &source {
                let t = target.get(&e.key);
                units.push(Unit {
                    kind: UnitKind::Interface,
                    id: e.key.clone(),
                    lang: lang.clone(),
                    fields: vec![Field {
                        name: "text".into(),
                        source: e.value.clone(),
                        translation: t.map(|t| t.value.clone()),
                        one_line: false,
                    }],
                    hash: source_hash(&[("text", &e.value)]),
                    recorded: t.and_then(|t| t.recorded.clone()),
                    context: interface_context(e),
                });
            }
        }
    }
    Status {
        default_language: default,
        languages,
        units,
        ended: BTreeSet::new(),
    }
}

fn interface_context(e: &FtlEntry) -> String {
    let mut c = String::from("interface string");
    if !e.section.is_empty() {
        let _ = write!(c, " ({})", e.section);
    }
    if !e.comment.is_empty() {
        let _ = write!(c, ": {}", e.comment);
    }
    if e.value.contains('{') {
        c.push_str(". Keep everything in { } as it is (e.g. { $count }); translate the words inside [one] / *[other] variants");
    }
    c
}

// ---------------------------------------------------------------- Fluent files

/// One message of a .ftl file, found by a line scan (Fluent's parser keeps no
/// positions, and the import must replace a message in place).
#[derive(Debug, Clone, Default)]
pub struct FtlEntry {
    pub key: String,
    /// The text after `key =`, with its continuation lines, trimmed.
    pub value: String,
    /// From a `# translated_from: <hash>` comment just above.
    pub recorded: Option<String>,
    /// Other `#` comment lines just above (a note for translators).
    pub comment: String,
    /// The last `##` section heading before it.
    pub section: String,
    /// Lines `[first, end)` of the file that belong to this message (its own
    /// comments included).
    pub first: usize,
    pub end: usize,
}

/// Finds the messages (not terms) of a Fluent file.
pub fn scan_ftl(text: &str) -> Vec<FtlEntry> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut section = String::new();
    let mut comment_start: Option<usize> = None;
    let mut comment = String::new();
    let mut recorded = None;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if let Some(rest) = line.strip_prefix("###") {
            let _ = rest;
            (comment_start, recorded) = (None, None);
            comment.clear();
            i += 1;
            continue;
        }
        if let Some(rest) = line.strip_prefix("##") {
            section = rest.trim().to_owned();
            (comment_start, recorded) = (None, None);
            comment.clear();
            i += 1;
            continue;
        }
        if let Some(rest) = line.strip_prefix('#') {
            comment_start.get_or_insert(i);
            let rest = rest.trim();
            match rest
                .strip_prefix(HASH_FIELD)
                .and_then(|r| r.trim_start().strip_prefix(':'))
            {
                Some(h) => recorded = Some(h.trim().to_owned()),
                None => {
                    if !comment.is_empty() {
                        comment.push(' ');
                    }
                    comment.push_str(rest);
                }
            }
            i += 1;
            continue;
        }
        let starts_entry = line
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '-');
        if !starts_entry || !line.contains('=') {
            (comment_start, recorded) = (None, None);
            comment.clear();
            i += 1;
            continue;
        }
        let (key, first) = line.split_once('=').unwrap_or((line, ""));
        let key = key.trim();
        let mut last = i;
        let mut j = i + 1;
        while j < lines.len() {
            let l = lines[j];
            if l.trim().is_empty() {
                j += 1;
                continue;
            }
            if l.starts_with([' ', '\t', '}']) {
                last = j;
                j += 1;
                continue;
            }
            break;
        }
        let mut value = first.trim().to_owned();
        for l in &lines[i + 1..=last] {
            value.push('\n');
            value.push_str(l.trim_end());
        }
        let value = value.trim_start_matches('\n').trim_end().to_owned();
        let is_message = !key.starts_with('-')
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if is_message {
            out.push(FtlEntry {
                key: key.to_owned(),
                value,
                recorded: recorded.take(),
                comment: std::mem::take(&mut comment),
                section: section.clone(),
                first: comment_start.unwrap_or(i),
                end: last + 1,
            });
        }
        (comment_start, recorded) = (None, None);
        comment.clear();
        i = last + 1;
    }
    out
}

/// `key = value` as Fluent text, continuation lines indented.
fn ftl_message(key: &str, value: &str, hash: &str) -> String {
    let mut out = format!("# {HASH_FIELD}: {hash}\n{key} =");
    let mut lines = value.split('\n');
    let first = lines.next().unwrap_or("").trim();
    if !first.is_empty() {
        out.push(' ');
        out.push_str(first);
    }
    for l in lines {
        out.push('\n');
        let l = l.trim_end();
        if l.is_empty() || l.starts_with([' ', '\t', '}']) {
            out.push_str(l);
        } else {
            out.push_str("    ");
            out.push_str(l);
        }
    }
    out.push('\n');
    out
}

// ---------------------------------------------------------------- export

/// Loads and validates the site for the translation commands. Errors in the
/// content stop them: translating a broken site only adds confusion.
pub fn load_site(root: &Path) -> Result<(Loaded, Content), String> {
    let mut d = Diagnostics::new();
    let loaded = load::load(root, &mut d);
    let content = crate::validate::validate(&loaded, &mut d);
    match content {
        Some(c) if !d.has_errors() => Ok((loaded, c)),
        _ => {
            let mut msg = String::new();
            for x in d.sorted().iter().filter(|x| x.is_error()) {
                let _ = write!(msg, "{x}");
            }
            msg.push_str(
                "The site has errors (above); fix them first (`whatson check` lists them all).",
            );
            Err(msg)
        }
    }
}

/// What `export` wrote.
#[derive(Debug, Clone, Default)]
pub struct ExportSummary {
    pub rows: usize,
    pub missing_items: usize,
    pub outdated_items: usize,
    /// Items left out because they have ended.
    pub ended_items: usize,
}

/// Writes a CSV of everything missing or outdated in `lang`.
pub fn export(
    status: &Status,
    lang: &str,
    out: &mut dyn std::io::Write,
) -> Result<ExportSummary, String> {
    if lang == status.default_language {
        return Err(format!(
            "`{lang}` is the default language: there is nothing to translate into it"
        ));
    }
    if !status.languages.iter().any(|(c, _)| c == lang) {
        let codes: Vec<&str> = status.languages.iter().map(|(c, _)| c.as_str()).collect();
        return Err(format!(
            "`{lang}` is not one of the site's languages; choose one of: {} (or add it to `languages` in content/site.yaml)",
            codes.join(", ")
        ));
    }
    let mut summary = ExportSummary::default();
    // A byte-order mark so spreadsheet programs read the file as UTF-8
    // (Arabic, Portuguese accents) instead of guessing a legacy encoding.
    out.write_all("\u{feff}".as_bytes())
        .map_err(|e| e.to_string())?;
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(COLUMNS).map_err(|e| e.to_string())?;
    for u in status.todo(lang) {
        if status.ended.contains(&(u.kind, u.id.clone())) {
            summary.ended_items += 1;
            continue;
        }
        let outdated = u.outdated();
        if outdated {
            summary.outdated_items += 1;
        } else {
            summary.missing_items += 1;
        }
        for f in &u.fields {
            if !outdated && f.translation.is_some() {
                continue;
            }
            let mut context = u.context.clone();
            if f.name == "body" {
                context.push_str(". Markdown: keep # headings, - lists, **bold** and [link text](address) marks; translate only the words");
            } else if f.one_line {
                context.push_str(". One line");
            }
            if outdated {
                context.push_str(". UPDATE: the original changed after it was translated; the old translation is in the next column");
            }
            let previous = if outdated {
                f.translation.clone().unwrap_or_default()
            } else {
                String::new()
            };
            w.write_record([
                u.kind.name(),
                &u.id,
                &f.name,
                lang,
                &f.source,
                "",
                &context,
                &previous,
                &u.hash,
            ])
            .map_err(|e| e.to_string())?;
            summary.rows += 1;
        }
    }
    w.flush().map_err(|e| e.to_string())?;
    Ok(summary)
}

// ---------------------------------------------------------------- import

/// What `import` wrote (or would have written).
#[derive(Debug, Clone, Default)]
pub struct ImportSummary {
    /// Files written, relative to the site root.
    pub written: Vec<String>,
    pub rows: usize,
    /// Rows with an empty translation, left alone.
    pub skipped: usize,
    /// Items whose original changed after the export: saved, still outdated.
    pub still_outdated: Vec<String>,
}

struct Row {
    number: usize,
    kind: UnitKind,
    id: String,
    field: String,
    lang: String,
    translation: String,
    hash: String,
}

/// Reads a CSV made by [`export`] (and filled in by a translator) and writes the
/// translation files. Every row is checked before anything is written; on any
/// problem nothing is written and the problems are returned, one per line.
pub fn import(root: &Path, csv_path: &Path) -> Result<ImportSummary, Vec<String>> {
    let (loaded, content) = load_site(root).map_err(|e| vec![e])?;
    let status = status(&loaded, &content);
    let raw =
        fs::read(csv_path).map_err(|e| vec![format!("cannot read {}: {e}", csv_path.display())])?;
    let text = String::from_utf8(raw).map_err(|_| {
        vec![format!(
            "{} is not UTF-8 text; in the spreadsheet choose Save As → CSV UTF-8",
            csv_path.display()
        )]
    })?;
    let text = text
        .strip_prefix('\u{feff}')
        .unwrap_or(&text)
        .replace("\r\n", "\n");
    // Spreadsheets set for countries that write 2,5 save "CSV" with `;`
    // between columns; some save tabs. The heading row tells which.
    let headings = text.lines().next().unwrap_or("");
    let delimiter = [b'\t', b';', b',']
        .into_iter()
        .max_by_key(|&d| {
            headings
                .split(char::from(d))
                .filter(|h| {
                    COLUMNS.contains(&h.trim().trim_matches('"').to_ascii_lowercase().as_str())
                })
                .count()
        })
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| vec![format!("row 1: cannot read the column headings: {e}")])?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let mut errors = Vec::new();
    let mut cols = BTreeMap::new();
    for name in [
        "kind",
        "id",
        "field",
        "language",
        "translation",
        "source hash",
    ] {
        match col(name) {
            Some(i) => {
                cols.insert(name, i);
            }
            None => errors.push(format!(
                "row 1: there is no `{name}` column; keep the first row of the exported file as it is (its headings are: {})",
                COLUMNS.join(", ")
            )),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut summary = ImportSummary::default();
    let mut rows: Vec<Row> = Vec::new();
    let mut seen: BTreeMap<(String, UnitKind, String, String), usize> = BTreeMap::new();
    for (n, record) in reader.records().enumerate() {
        let number = n + 2; // the spreadsheet's row number: headings are row 1
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(format!("row {number}: cannot be read: {e}"));
                continue;
            }
        };
        let get = |name: &str| record.get(cols[name]).unwrap_or("").to_owned();
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        summary.rows += 1;
        let translation = get("translation");
        if translation.trim().is_empty() {
            summary.skipped += 1;
            continue;
        }
        let (kind_s, id, field, lang, hash) = (
            get("kind"),
            get("id").trim().to_owned(),
            get("field").trim().to_owned(),
            get("language").trim().to_owned(),
            get("source hash").trim().to_owned(),
        );
        let here = format!("row {number} ({} `{id}`, {field})", kind_s.trim());
        let Some(kind) = UnitKind::parse(&kind_s) else {
            errors.push(format!(
                "{here}: `{}` in the kind column is not a kind of text; it must be one of: {}",
                kind_s.trim(),
                UnitKind::ALL.map(UnitKind::name).join(", ")
            ));
            continue;
        };
        if lang == status.default_language {
            errors.push(format!("{here}: `{lang}` is the default language; the language column must say which language the translation is in"));
            continue;
        }
        if !status.languages.iter().any(|(c, _)| *c == lang) {
            errors.push(format!(
                "{here}: `{lang}` in the language column is not one of the site's languages ({})",
                status
                    .languages
                    .iter()
                    .map(|(c, _)| c.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            continue;
        }
        let Some(unit) = status.unit(&lang, kind, &id) else {
            errors.push(format!(
                "{here}: there is no {} `{id}` (any more?); leave the id column as it was exported, or delete this row",
                kind.name()
            ));
            continue;
        };
        let Some(f) = unit.fields.iter().find(|f| f.name == field) else {
            errors.push(format!(
                "{here}: `{field}` is not a text of this {}; it has: {}",
                kind.name(),
                unit.fields
                    .iter()
                    .map(|f| f.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            continue;
        };
        if hash.len() != 8 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            errors.push(format!(
                "{here}: the source hash `{hash}` is damaged; it must be copied unchanged from the export (8 letters and digits)"
            ));
            continue;
        }
        let translation = normalise(&translation, f.one_line);
        if f.one_line && translation.contains('\n') {
            errors.push(format!(
                "{here}: this text must be a single line, but the translation has line breaks; join the lines"
            ));
            continue;
        }
        if kind == UnitKind::Interface {
            if let Err(e) = check_fluent(&id, &translation) {
                errors.push(format!("{here}: the translation is not valid Fluent: {e}; keep the {{ }} parts exactly as in the source"));
                continue;
            }
        }
        let key = (lang.clone(), kind, id.clone(), field.clone());
        if let Some(first) = seen.insert(key, number) {
            errors.push(format!(
                "{here}: this text is also translated in row {first}; keep one of the two rows"
            ));
            continue;
        }
        rows.push(Row {
            number,
            kind,
            id,
            field,
            lang,
            translation,
            hash,
        });
    }
    // One source version per item.
    let mut groups: BTreeMap<(String, UnitKind, String), Vec<&Row>> = BTreeMap::new();
    for r in &rows {
        groups
            .entry((r.lang.clone(), r.kind, r.id.clone()))
            .or_default()
            .push(r);
    }
    for ((_, kind, id), rs) in &groups {
        if let Some(other) = rs.iter().find(|r| r.hash != rs[0].hash) {
            errors.push(format!(
                "row {}: the source hash differs from row {} of the same {} `{id}`; both must be copied unchanged from one export",
                other.number,
                rs[0].number,
                kind.name()
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // Build every file in memory first.
    let mut writes: BTreeMap<PathBuf, String> = BTreeMap::new();
    let mut ftl_edits: BTreeMap<String, Vec<&Row>> = BTreeMap::new();
    for ((lang, kind, id), rs) in &groups {
        let Some(unit) = status.unit(lang, *kind, id) else {
            continue;
        };
        if rs[0].hash != unit.hash {
            summary
                .still_outdated
                .push(format!("{} `{id}` ({lang})", kind.name()));
        }
        if *kind == UnitKind::Interface {
            ftl_edits.entry(lang.clone()).or_default().extend(rs.iter());
            continue;
        }
        let Some(ck) = kind.content_kind() else {
            continue;
        };
        let (path, text) = match content_translation(&loaded, ck, unit, rs) {
            Ok(x) => x,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        writes.insert(path, text);
    }
    for (lang, rs) in &ftl_edits {
        let path = root.join("locales").join(format!("{lang}.ftl"));
        let existing = loaded
            .locales
            .iter()
            .find(|(c, _)| c == lang)
            .map(|(_, s)| s.text.clone());
        match updated_ftl(existing.as_deref(), lang, rs) {
            Ok(text) => {
                writes.insert(path, text);
            }
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    for (path, text) in &writes {
        write_atomically(path, text).map_err(|e| {
            vec![format!(
                "could not write {}: {e} (files listed before it were written)",
                path.display()
            )]
        })?;
        summary
            .written
            .push(crate::diagnostics::display_path(root, path));
    }
    Ok(summary)
}

/// Spreadsheets add `\r` and trailing spaces; one-line fields are trimmed.
fn normalise(s: &str, one_line: bool) -> String {
    let s = s.replace('\r', "");
    if one_line {
        s.trim().to_owned()
    } else {
        s
    }
}

fn check_fluent(key: &str, value: &str) -> Result<(), String> {
    let text = ftl_message(key, value, "00000000");
    match fluent_bundle::FluentResource::try_new(text) {
        Ok(r) => {
            let n = r.entries().count();
            if n == 1 {
                Ok(())
            } else {
                Err(format!("it reads as {n} entries instead of one"))
            }
        }
        Err((_, errs)) => Err(errs
            .iter()
            .map(|e| e.kind.to_string())
            .collect::<Vec<_>>()
            .join("; ")),
    }
}

/// The new text of a content translation file: existing translations kept,
/// imported rows applied, the source version recorded.
fn content_translation(
    loaded: &Loaded,
    kind: Kind,
    unit: &Unit,
    rows: &[&Row],
) -> Result<(PathBuf, String), String> {
    let original = loaded
        .files
        .iter()
        .find(|f| f.kind == kind && f.id == unit.id && f.lang.is_none())
        .ok_or_else(|| {
            format!(
                "the original of {} `{}` was not found",
                kind.noun(),
                unit.id
            )
        })?;
    let ext = if kind.is_yaml() { "yaml" } else { "md" };
    let existing = loaded
        .files
        .iter()
        .find(|f| f.kind == kind && f.id == unit.id && f.lang.as_deref() == Some(&unit.lang));
    let path = match existing {
        Some(f) => f.source.path.clone(),
        None => original
            .source
            .path
            .with_file_name(format!("{}.{}.{ext}", unit.id, unit.lang)),
    };
    let mut values: BTreeMap<&str, String> = unit
        .fields
        .iter()
        .filter_map(|f| f.translation.clone().map(|t| (f.name.as_str(), t)))
        .collect();
    for r in rows {
        values.insert(r.field.as_str(), r.translation.clone());
    }
    let hash = &rows[0].hash;
    let mut yaml = format!(
        "# {} translation of {}; `{HASH_FIELD}` records which version of the original was translated.\n",
        unit.lang,
        crate::diagnostics::display_path(&loaded.root, &original.source.path)
    );
    let mut body = None;
    if kind == Kind::QrSheet {
        if let Some(t) = values.get("title") {
            let _ = writeln!(yaml, "title: {}", yaml_str(t));
        }
        let labels: Vec<&Field> = unit
            .fields
            .iter()
            .filter(|f| f.name.starts_with("links."))
            .collect();
        if !labels.is_empty() {
            yaml.push_str("links:\n");
            for f in labels {
                match values.get(f.name.as_str()) {
                    Some(t) => {
                        let _ = writeln!(yaml, "  - label: {}", yaml_str(t));
                    }
                    None => yaml.push_str("  - {}   # not translated yet\n"),
                }
            }
        }
    } else {
        let mut notes = String::new();
        for f in &unit.fields {
            if f.name == "body" {
                body = values.get("body").cloned();
                continue;
            }
            let Some(t) = values.get(f.name.as_str()) else {
                continue;
            };
            match change_note_date(&f.name) {
                Some(date) => {
                    let _ = writeln!(notes, "  - date: {date}\n    note: {}", yaml_str(t));
                }
                None => {
                    let _ = writeln!(yaml, "{}: {}", f.name, yaml_str(t));
                }
            }
        }
        if !notes.is_empty() {
            yaml.push_str("changes:\n");
            yaml.push_str(&notes);
        }
    }
    let _ = writeln!(yaml, "{HASH_FIELD}: {}", yaml_str(hash));
    // The YAML must read back as written.
    if serde_saphyr::from_str::<BTreeMap<String, serde::de::IgnoredAny>>(&yaml).is_err() {
        return Err(format!(
            "internal error: the translation of {} `{}` could not be written as YAML",
            kind.noun(),
            unit.id
        ));
    }
    let text = if kind.is_yaml() {
        yaml
    } else {
        format!("---\n{yaml}---\n{}", body.unwrap_or_default())
    };
    Ok((path, text))
}

/// The session date in a change note's field name, `changes.2027-03-02.note`.
fn change_note_date(name: &str) -> Option<&str> {
    name.strip_prefix("changes.")?.strip_suffix(".note")
}

/// `locales/<lang>.ftl` with the imported messages replaced in place or added.
fn updated_ftl(existing: Option<&str>, lang: &str, rows: &[&Row]) -> Result<String, String> {
    let mut text = existing.map(str::to_owned).unwrap_or_else(|| {
        format!("# Interface strings for `{lang}`, translated from the default language.\n# Lines `# {HASH_FIELD}: …` record which version of each string was translated.\n")
    });
    for r in rows {
        let entries = scan_ftl(&text);
        let message = ftl_message(&r.id, &r.translation, &r.hash);
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        match entries.iter().find(|e| e.key == r.id) {
            Some(e) => {
                let new: Vec<String> = message.lines().map(str::to_owned).collect();
                lines.splice(e.first..e.end, new);
            }
            None => {
                if lines.last().is_some_and(|l| !l.trim().is_empty()) {
                    lines.push(String::new());
                }
                lines.extend(message.lines().map(str::to_owned));
            }
        }
        text = lines.join("\n");
        text.push('\n');
    }
    match fluent_bundle::FluentResource::try_new(text.clone()) {
        Ok(_) => Ok(text),
        Err((_, errs)) => Err(format!(
            "locales/{lang}.ftl would not be valid Fluent after the import ({}); nothing was written",
            errs.iter()
                .map(|e| e.kind.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        )),
    }
}

/// A YAML double-quoted string that reads back exactly as `s`.
pub fn yaml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes `text` to `path` through a temporary file in the same folder and a
/// rename, so the file is either the old one or the whole new one.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".whatson-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The languages named in a status, as `code (name)`, for messages.
pub fn language_list(status: &Status) -> String {
    status
        .languages
        .iter()
        .map(|(c, n)| format!("{c} ({n})"))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_stable_and_short() {
        let a = source_hash(&[("title", "Stay and play")]);
        assert_eq!(a.len(), 8);
        assert_eq!(a, source_hash(&[("title", " Stay and play\n")]));
        assert_ne!(a, source_hash(&[("title", "Stay and play!")]));
        assert_ne!(a, source_hash(&[("summary", "Stay and play")]));
    }

    #[test]
    fn yaml_strings_read_back_exactly() {
        for s in [
            "plain",
            "a: b # c",
            "\"quoted\" \\ back",
            "x\ny",
            "- dash",
            "'single'",
            "ção عربى",
        ] {
            let yaml = format!("v: {}\n", yaml_str(s));
            let m: BTreeMap<String, String> = serde_saphyr::from_str(&yaml).unwrap();
            assert_eq!(m["v"], s);
        }
    }

    #[test]
    fn fluent_scan_finds_messages_with_their_lines() {
        let text = "## Events\n# A button\n# translated_from: abcd1234\nevent-book = Book a place\n\nlisting-count = { $count ->\n    [one] One event\n   *[other] { $count } events\n}\n-brand = Whatson\nlast = x\n";
        let e = scan_ftl(text);
        assert_eq!(e.len(), 3);
        assert_eq!(e[0].key, "event-book");
        assert_eq!(e[0].recorded.as_deref(), Some("abcd1234"));
        assert_eq!(e[0].comment, "A button");
        assert_eq!(e[0].section, "Events");
        assert_eq!((e[0].first, e[0].end), (1, 4));
        assert_eq!(e[1].key, "listing-count");
        assert!(e[1].value.ends_with("\n}"), "{:?}", e[1].value);
        assert_eq!(e[1].end, 9);
        assert_eq!(e[2].key, "last");
        assert!(check_fluent("listing-count", &e[1].value).is_ok());
        assert!(check_fluent("x", "{ $count").is_err());
    }
}
