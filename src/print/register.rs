//! The short-link register, `content/short-links.yaml`: every short code the
//! site has ever issued, kept with the content and committed with it, so a QR
//! code on paper never stops working.
//!
//! `build` adds each new code and, when a code's event, festival or QR-sheet
//! link has gone, records where it forwards instead: the festival's page, or
//! the listing, in the language of the leaflet or sheet it was printed on.
//! `check` and `serve` read it and never write it. The file is written sorted
//! by code, one line per code, so it changes only when a code is added or its
//! fallback changes, and its diff says which.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Arc;

use serde::Deserialize;
use serde_saphyr::Spanned;
use url::Url;

use crate::diagnostics::{Diagnostics, Source};
use crate::load::is_valid_id;
use crate::model::Content;

use super::shortlink::{self, Key, ShortLink, ALPHABET, CODE_LEN};

/// Where the register lives, from the site folder.
pub const FILE: &str = "content/short-links.yaml";

/// The comment at the top of the file.
const HEADER: &str = "\
# Every short link printed on leaflets and QR sheets (https://<site>/b/<code>/).
# `whatson build` writes this file: commit it with the content, and do not edit
# it by hand. A code keeps working on paper only while its line is here; when
# its event, festival or QR-sheet link is deleted, it forwards to the festival
# page or the listing (`forwards:`), in the language it was printed in.
# `links: true` is the links page's code, for social-media bios.
";

/// What a code was issued for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum For {
    Event(String),
    Festival(String),
    /// A QR sheet and the link's position on it, counting from 1.
    SheetLink(String, usize),
    /// The links page.
    Links,
}

impl For {
    fn of(key: &Key) -> For {
        match key {
            Key::Event { id, .. } => For::Event(id.clone()),
            Key::Festival { id, .. } => For::Festival(id.clone()),
            Key::SheetLink { sheet, index, .. } => For::SheetLink(sheet.clone(), index + 1),
            Key::Links => For::Links,
        }
    }

    /// "the event `circus`", for messages.
    fn describe(&self) -> String {
        match self {
            For::Event(id) => format!("the event `{id}`"),
            For::Festival(id) => format!("the festival `{id}`"),
            For::SheetLink(sheet, n) => format!("link {n} of the QR sheet `{sheet}`"),
            For::Links => "the links page".to_owned(),
        }
    }
}

/// Where a code whose target has gone forwards instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fallback {
    Festival,
    Listing,
}

impl Fallback {
    fn word(self) -> &'static str {
        match self {
            Fallback::Festival => "festival",
            Fallback::Listing => "listing",
        }
    }
}

/// One code of the register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub what: For,
    /// The language of the leaflets and sheets it was printed on.
    pub lang: String,
    /// For an event: the festival it was last part of.
    pub festival: Option<String>,
    /// Set once its target has gone.
    pub forwards: Option<Fallback>,
}

/// The register as read, with each code's line in the file.
#[derive(Debug, Clone, Default)]
pub struct Register {
    pub entries: BTreeMap<String, Entry>,
    pub lines: BTreeMap<String, usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    event: Option<String>,
    festival: Option<String>,
    qr_sheet: Option<String>,
    link: Option<usize>,
    links: Option<bool>,
    lang: String,
    forwards: Option<String>,
}

fn restore_fix() -> String {
    format!("this file is written by `whatson build`: put back the last committed version (e.g. `git checkout {FILE}`) rather than editing it")
}

fn is_code(s: &str) -> bool {
    s.len() == CODE_LEN && s.bytes().all(|b| ALPHABET.contains(&b))
}

fn is_lang(s: &str) -> bool {
    !s.is_empty() && s.len() <= 35 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Reads the register. `None` (with errors in `d`) when it is not one the
/// build wrote: the build then stops rather than lose a printed code.
/// The register read last, by its file's text: a preview reads the same
/// register on every save, and a big one (a megabyte at 10,000 events in
/// eight languages) takes longer to parse than the rest of the save.
static LAST: std::sync::Mutex<Option<(u128, Arc<Register>)>> = std::sync::Mutex::new(None);

/// [`parse`], or the register parsed last when `src` holds the same text
/// (only a register without findings is kept).
pub fn parse_again(src: &Source, d: &mut Diagnostics) -> Option<Arc<Register>> {
    let hash = xxhash_rust::xxh3::xxh3_128(src.text.as_bytes());
    let mut last = LAST.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, r)) = last.as_ref().filter(|(h, _)| *h == hash) {
        return Some(r.clone());
    }
    let mut found = Diagnostics::new();
    let parsed = parse(src, &mut found).map(Arc::new);
    *last = match &parsed {
        Some(r) if found.is_empty() => Some((hash, r.clone())),
        _ => None,
    };
    d.extend(found);
    parsed
}

pub fn parse(src: &Source, d: &mut Diagnostics) -> Option<Register> {
    let mut register = Register::default();
    let raw: std::collections::HashMap<Spanned<String>, Raw> =
        crate::load::read_record(src, "the short-link register", restore_fix(), d)?;
    let mut raw: Vec<(Spanned<String>, Raw)> = raw.into_iter().collect();
    raw.sort_by_key(|(k, _)| (k.referenced.line(), k.referenced.column()));
    let mut ok = true;
    for (code, r) in raw {
        let pos = crate::load::yaml_pos(&code.referenced, 0);
        let code = code.value;
        let bad = |d: &mut Diagnostics, why: String| {
            d.error(
                src,
                pos,
                format!("the short-link register's line for `{code}` {why}"),
                Some(restore_fix()),
            );
        };
        if !is_code(&code) {
            bad(
                d,
                format!(
                    "is not for a short code ({CODE_LEN} of the letters and digits the build uses)"
                ),
            );
            ok = false;
            continue;
        }
        let id_ok = |s: &Option<String>| s.as_deref().is_none_or(is_valid_id);
        if !id_ok(&r.event) || !id_ok(&r.festival) || !id_ok(&r.qr_sheet) || !is_lang(&r.lang) {
            bad(d, "has an id or language that cannot be one".into());
            ok = false;
            continue;
        }
        let what = match (&r.event, &r.festival, &r.qr_sheet, r.link) {
            (None, None, None, None) if r.links == Some(true) => For::Links,
            (Some(e), _, None, None) => For::Event(e.clone()),
            (None, Some(f), None, None) => For::Festival(f.clone()),
            (None, None, Some(s), Some(n)) if n >= 1 => For::SheetLink(s.clone(), n),
            _ => {
                bad(d, "does not say what the code is for (`event`, `festival`, `qr_sheet` with `link`, or `links: true`)".into());
                ok = false;
                continue;
            }
        };
        let forwards = match r.forwards.as_deref() {
            None => None,
            Some("festival") => Some(Fallback::Festival),
            Some("listing") => Some(Fallback::Listing),
            Some(other) => {
                bad(
                    d,
                    format!("has `forwards: {other}`; only `festival` and `listing` are used"),
                );
                ok = false;
                continue;
            }
        };
        let festival = match what {
            For::Event(_) => r.festival,
            _ => None,
        };
        register.lines.insert(code.clone(), pos.line);
        register.entries.insert(
            code,
            Entry {
                what,
                lang: r.lang,
                festival,
                forwards,
            },
        );
    }
    ok.then_some(register)
}

/// A registered code whose target has gone, and the page it gets instead.
#[derive(Debug, Clone)]
pub struct Lost {
    pub code: String,
    pub entry: Entry,
    /// The register's line for it (1 when it was not in the file).
    pub line: usize,
    /// Where it forwards now.
    pub target: Url,
    /// The language of its page.
    pub lang: String,
    /// The register said something else (or nothing): worth a warning.
    pub changed: bool,
}

/// The register after this build, and its codes that lost their targets.
#[derive(Debug, Clone, Default)]
pub struct Reconciled {
    pub entries: BTreeMap<String, Entry>,
    pub lost: Vec<Lost>,
    /// A code the site issues now that the register holds for something
    /// else: (code, the current link, what the register has it for, line).
    pub clashes: Vec<(String, ShortLink, For, usize)>,
}

/// Merges the codes the content issues now (`links`) into `register`.
pub fn reconcile(
    register: &Register,
    links: &BTreeMap<Key, ShortLink>,
    content: &Content,
) -> Reconciled {
    let site = &content.site;
    let mut out = Reconciled::default();
    for l in links.values() {
        let what = For::of(&l.key);
        if let Some(old) = register.entries.get(&l.code) {
            if old.what != what {
                let line = register.lines.get(&l.code).copied().unwrap_or(1);
                out.clashes
                    .push((l.code.clone(), l.clone(), old.what.clone(), line));
                continue;
            }
        }
        let festival = match &l.key {
            Key::Event { id, .. } => content.events.get(id).and_then(|e| e.festival.clone()),
            _ => None,
        };
        out.entries.insert(
            l.code.clone(),
            Entry {
                what,
                lang: l.lang.clone(),
                festival,
                forwards: None,
            },
        );
    }
    for (code, old) in &register.entries {
        if out.entries.contains_key(code) || out.clashes.iter().any(|c| &c.0 == code) {
            continue;
        }
        let lang = if site.language(&old.lang).is_some() {
            old.lang.clone()
        } else {
            site.default_language.clone()
        };
        let festival = match &old.what {
            For::Event(_) => old.festival.as_deref(),
            For::Festival(id) => Some(id.as_str()),
            For::SheetLink(..) | For::Links => None,
        }
        .filter(|f| content.festivals.contains_key(*f));
        let (fallback, target) =
            match festival.and_then(|f| Some((f, shortlink::festival_page(site, f, &lang)?))) {
                Some((f, page)) => (
                    Fallback::Festival,
                    shortlink::with_tracking(&page, site, Some(f)),
                ),
                None => match shortlink::listing_page(site, &lang) {
                    Some(page) => (
                        Fallback::Listing,
                        shortlink::with_tracking(&page, site, None),
                    ),
                    None => continue,
                },
            };
        let mut entry = old.clone();
        entry.forwards = Some(fallback);
        out.entries.insert(code.clone(), entry.clone());
        out.lost.push(Lost {
            code: code.clone(),
            line: register.lines.get(code).copied().unwrap_or(1),
            changed: old.forwards != Some(fallback),
            entry,
            target,
            lang,
        });
    }
    out
}

/// The warning for the codes of one target that have lost it (all `lost`
/// are for the same thing): what they were for, why, and where they go now.
pub fn lost_message(lost: &[&Lost], content: &Content) -> Option<(String, String)> {
    let first = lost.first()?;
    let e = &first.entry;
    let gone = match &e.what {
        For::Event(id) => format!("there is no content/events/{id}.md any more"),
        For::Festival(id) if content.festivals.contains_key(id) => {
            "the site no longer has that language".to_owned()
        }
        For::Festival(id) => format!("there is no content/festivals/{id}.md any more"),
        For::SheetLink(sheet, n) if content.qr_sheets.contains_key(sheet) => {
            format!("content/qr-sheets/{sheet}.yaml has no link {n} any more")
        }
        For::SheetLink(sheet, _) => format!("there is no content/qr-sheets/{sheet}.yaml any more"),
        For::Links => "the site no longer has its default language".to_owned(),
    };
    let lang_name = |code: &str| {
        content
            .site
            .language(code)
            .map_or(code.to_owned(), |l| l.name.clone())
    };
    let codes: Vec<String> = lost
        .iter()
        .map(|l| {
            let link = crate::route::Route::ShortLink(&l.code).href();
            format!("{link} ({})", lang_name(&l.entry.lang))
        })
        .collect();
    let festival = match (&e.what, &e.festival) {
        (For::Event(_), Some(f)) | (For::Festival(f), _) => Some(f),
        _ => None,
    };
    let now = match (e.forwards, festival) {
        (Some(Fallback::Festival), Some(f)) => format!("the page of the festival `{f}`"),
        _ => "the listing".to_owned(),
    };
    let (they, each) = if lost.len() == 1 {
        ("the printed short link", "it now forwards")
    } else {
        ("the printed short links", "each now forwards")
    };
    let message =
        format!(
        "{they} of {} ({}) lost {}: {gone}, so {each} to {now} in the language it was printed in",
        e.what.describe(),
        codes.join(", "),
        if lost.len() == 1 { "its target" } else { "their target" },
    );
    let fix = match &e.what {
        For::Event(_) => "nothing to do if the event is over: people who scan an old leaflet reach the festival page or the listing. If the file was renamed or deleted by mistake, put it back under its old name",
        For::Festival(_) => "nothing to do if the festival is over; if the file was renamed or deleted by mistake, put it back under its old name",
        For::SheetLink(..) => "nothing to do if the printed sheet is no longer used; otherwise put the link back in its place, and add new links at the end",
        For::Links => "nothing to do",
    };
    Some((
        message,
        format!("{fix}. `whatson build` records the change in {FILE}: commit that file"),
    ))
}

/// The register's text: the header, then one line per code in code order.
pub fn to_yaml(entries: &BTreeMap<String, Entry>) -> String {
    let mut out = String::from(HEADER);
    for (code, e) in entries {
        let what = match &e.what {
            For::Event(id) => match &e.festival {
                Some(f) => format!("event: {id}, festival: {f}"),
                None => format!("event: {id}"),
            },
            For::Festival(id) => format!("festival: {id}"),
            For::SheetLink(sheet, n) => format!("qr_sheet: {sheet}, link: {n}"),
            For::Links => "links: true".to_owned(),
        };
        let forwards = e
            .forwards
            .map_or(String::new(), |f| format!(", forwards: {}", f.word()));
        // Ids and codes are lowercase letters, digits and `-`: quoting keeps
        // one that looks like a number or `no` a string for any YAML reader.
        let _ = writeln!(
            out,
            "\"{code}\": {{ {}, lang: \"{}\"{forwards} }}",
            quote_ids(&what),
            e.lang
        );
    }
    out
}

/// `event: circus, festival: x` → `event: "circus", festival: "x"` (numbers
/// after `link:` stay numbers).
fn quote_ids(fields: &str) -> String {
    fields
        .split(", ")
        .map(|f| match f.split_once(": ") {
            Some(("link", n)) => format!("link: {n}"),
            Some(("links", v)) => format!("links: {v}"),
            Some((k, v)) => format!("{k}: \"{v}\""),
            None => f.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(text: &str) -> Source {
        Source {
            display: FILE.into(),
            path: FILE.into(),
            text: text.into(),
        }
    }

    #[test]
    fn the_register_reads_back_what_it_writes() {
        let mut entries = BTreeMap::new();
        entries.insert(
            "22abcd".to_owned(),
            Entry {
                what: For::Event("no".into()),
                lang: "ar".into(),
                festival: Some("summer-2027".into()),
                forwards: Some(Fallback::Festival),
            },
        );
        entries.insert(
            "9zzzzz".to_owned(),
            Entry {
                what: For::SheetLink("links".into(), 3),
                lang: "en".into(),
                festival: None,
                forwards: None,
            },
        );
        entries.insert(
            "3gvpw7".to_owned(),
            Entry {
                what: For::Links,
                lang: "en".into(),
                festival: None,
                forwards: None,
            },
        );
        let text = to_yaml(&entries);
        assert!(text.contains("\"3gvpw7\": { links: true, lang: \"en\" }\n"));
        assert!(text.starts_with("# Every short link"));
        let mut d = Diagnostics::new();
        let back = parse(&src(&text), &mut d).expect("it reads");
        assert!(!d.has_errors());
        assert_eq!(back.entries, entries);
        assert_eq!(back.lines["22abcd"], 7);
        assert_eq!(to_yaml(&back.entries), text, "written the same way again");
    }

    #[test]
    fn a_hand_edited_register_is_an_error_at_its_line() {
        let text = "# x\n\"22abcd\": { event: \"a\", lang: \"en\" }\n\"../../x\": { event: \"b\", lang: \"en\" }\n";
        let mut d = Diagnostics::new();
        assert!(parse(&src(text), &mut d).is_none());
        let e = d.sorted();
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].line, 3);
        assert!(e[0].fix.as_deref().unwrap_or("").contains("git checkout"));
        let mut d = Diagnostics::new();
        assert!(parse(&src("\"22abcd\": { evnt: \"a\", lang: \"en\" }\n"), &mut d).is_none());
        assert!(d.has_errors());
    }
}
