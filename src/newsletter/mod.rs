//! The e-mail newsletter: a fortnight's events (soonest first, by day, each
//! regular activity once) and the events new or changed since the last issue,
//! as e-mail-ready HTML (tables, inline styles) with a plain-text twin.
//! `whatson newsletter` writes both beside `public/` and records the issue in
//! [`state::FILE`]; every recorded issue is also a page on the site, so the
//! e-mail can link to itself.

use std::collections::BTreeMap;

use fluent_bundle::FluentValue;
use jiff::civil::Date;
use jiff::Span;

use crate::diagnostics::Diagnostics;
use crate::expand::Occurrence;
use crate::i18n::{args, Formats, Messages, Say};
use crate::model::{Event, Festival, Language};
use crate::output::Sink;
use crate::route::{Place, Route};
use crate::Model;

mod email;
pub mod state;

pub use state::Issue;

/// Where `whatson newsletter` writes, from the site folder (beside `public/`,
/// so a build never removes it): `newsletter/<date>/<lang>.html` and `.txt`.
pub const DIR: &str = "newsletter";

/// E-mail programs clip messages over about 100 KB (Gmail at 102 KB): the
/// HTML is kept under this many bytes by listing fewer events, the rest
/// being a click away on the site.
pub const MAX_BYTES: usize = 95_000;

/// Events listed (at most) before the size check cuts further.
const MAX_EVENTS: usize = 80;
const MAX_CHANGED: usize = 20;

/// One newsletter in one language.
pub struct Letter {
    pub html: String,
    pub text: String,
    /// Events listed (each once), and events left for the website.
    pub listed: usize,
    pub left_out: usize,
}

/// Whether a listed event is new or changed since the last issue.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    New,
    Changed,
}

/// One event as the letter shows it, with the session it is shown at (for a
/// regular activity, its first in the fortnight).
struct Item<'a> {
    event: &'a Event,
    session: &'a Occurrence,
    regular: bool,
    mark: Option<Mark>,
}

/// What an issue lists, the same in every language.
struct Selection<'a> {
    from: Date,
    /// The last day covered, inclusive.
    to: Date,
    changed: Vec<Item<'a>>,
    regular: Vec<Item<'a>>,
    days: Vec<(Date, Vec<Item<'a>>)>,
    festivals: Vec<&'a Festival>,
    /// Events in the fortnight not listed (cut for size).
    left_out: usize,
    changed_left_out: usize,
}

/// The strings and date formats of one language.
struct Words<'a> {
    messages: &'a Messages,
    lang: &'a Language,
    formats: Formats,
}

impl Say for Words<'_> {
    fn t(&self, key: &str) -> String {
        self.messages.get(&self.lang.code, key, None)
    }

    fn t_args(&self, key: &str, a: &[(&str, FluentValue)]) -> String {
        self.messages.get(&self.lang.code, key, Some(&args(a)))
    }

    fn formats(&self) -> &Formats {
        &self.formats
    }
}

/// Chooses what the issue lists: at most `max_events` events of the
/// fortnight and `max_changed` new or changed ones.
fn select<'a>(m: &'a Model, issue: &Issue, max_events: usize, max_changed: usize) -> Selection<'a> {
    let c = &m.content;
    let tz = &c.site.timezone;
    let from = issue.date;
    let end = from
        .checked_add(Span::new().days(7 * i64::from(issue.weeks)))
        .unwrap_or(from);
    let to = end.yesterday().unwrap_or(from);
    let start_z = from.to_zoned(tz.clone()).ok();
    let end_z = end.to_zoned(tz.clone()).ok();
    let (Some(start_z), Some(end_z)) = (start_z, end_z) else {
        return Selection {
            from,
            to,
            changed: Vec::new(),
            regular: Vec::new(),
            days: Vec::new(),
            festivals: Vec::new(),
            left_out: 0,
            changed_left_out: 0,
        };
    };
    let mark = |id: &str| {
        if issue.new.iter().any(|x| x == id) {
            Some(Mark::New)
        } else if issue.changed.iter().any(|x| x == id) {
            Some(Mark::Changed)
        } else {
            None
        }
    };
    // Sessions are sorted by start: the first one seen of an event is its next.
    let mut first: BTreeMap<&str, &Occurrence> = BTreeMap::new();
    let mut in_window: Vec<&Occurrence> = Vec::new();
    for o in &m.expanded.occurrences {
        if o.end <= start_z {
            continue;
        }
        first.entry(o.event.as_str()).or_insert(o);
        if o.start < end_z {
            in_window.push(o);
        }
    }
    let mut changed: Vec<Item> = issue
        .new
        .iter()
        .chain(&issue.changed)
        .filter_map(|id| {
            let event = c.events.get(id)?;
            Some(Item {
                event,
                session: first.get(id.as_str())?,
                regular: event.repeat.is_some(),
                mark: mark(id),
            })
        })
        .collect();
    changed.sort_by(|a, b| (&a.session.start, &a.event.id).cmp(&(&b.session.start, &b.event.id)));
    let changed_left_out = changed.len().saturating_sub(max_changed);
    changed.truncate(max_changed);

    // Every event of the fortnight, each regular activity once.
    let mut regular: Vec<Item> = Vec::new();
    let mut days: BTreeMap<Date, Vec<Item>> = BTreeMap::new();
    let mut seen = std::collections::BTreeSet::new();
    for o in in_window {
        let Some(event) = c.events.get(&o.event) else {
            continue;
        };
        let is_regular = event.repeat.is_some();
        if is_regular && !seen.insert(event.id.as_str()) {
            continue;
        }
        let item = Item {
            event,
            session: o,
            regular: is_regular,
            mark: mark(&event.id),
        };
        if is_regular {
            regular.push(item);
        } else {
            days.entry(o.date().max(from)).or_default().push(item);
        }
    }
    // Too many for one e-mail: regular activities take at most a third of
    // the room, and each day keeps its soonest events, so the last days of
    // the fortnight are not the ones that go.
    let total = regular.len() + days.values().map(Vec::len).sum::<usize>();
    regular.truncate(max_events / 3);
    let mut room = max_events.saturating_sub(regular.len());
    let mut keep: BTreeMap<Date, usize> = days.keys().map(|d| (*d, 0)).collect();
    while room > 0 {
        let mut took = false;
        for (day, items) in &days {
            let k = keep.entry(*day).or_default();
            if room > 0 && *k < items.len() {
                *k += 1;
                room -= 1;
                took = true;
            }
        }
        if !took {
            break;
        }
    }
    for (day, items) in days.iter_mut() {
        items.truncate(keep.get(day).copied().unwrap_or(0));
    }
    days.retain(|_, items| !items.is_empty());
    let left_out = total - regular.len() - days.values().map(Vec::len).sum::<usize>();
    let festivals = c
        .festivals
        .values()
        .filter(|f| f.starts <= to && f.ends >= from)
        .collect();
    Selection {
        from,
        to,
        changed,
        regular,
        days: days.into_iter().collect(),
        festivals,
        left_out,
        changed_left_out,
    }
}

/// The issue in `lang`, kept under [`MAX_BYTES`] by listing fewer events.
pub fn compose(m: &Model, issue: &Issue, lang: &Language) -> Letter {
    let words = Words {
        messages: &m.messages,
        lang,
        formats: Formats::new(&lang.dates_locale),
    };
    let (mut max_events, mut max_changed) = (MAX_EVENTS, MAX_CHANGED);
    loop {
        let sel = select(m, issue, max_events, max_changed);
        let letter = email::write(m, issue, &sel, &words);
        if letter.html.len() <= MAX_BYTES || max_events == 0 {
            return letter;
        }
        max_events = max_events * 3 / 4;
        max_changed = max_changed * 3 / 4;
    }
}

/// The newsletter record, if the site has one: `None` (with an error) when
/// it cannot be read.
pub fn recorded(m: &Model, d: &mut Diagnostics) -> Option<state::State> {
    match &m.loaded.newsletters {
        Some(src) => state::parse(src, d),
        None => Some(state::State::default()),
    }
}

/// Every recorded issue's page on the site, in every language:
/// `<lang>/newsletter/<date>/index.html`, the e-mail as it was sent.
pub fn render_pages(m: &Model, sink: &dyn Sink, d: &mut Diagnostics) {
    let Some(state) = recorded(m, d) else {
        return;
    };
    use rayon::prelude::*;
    let pages: Vec<(&Issue, &Language)> = state
        .issues
        .iter()
        .flat_map(|i| m.content.site.languages.iter().map(move |l| (i, l)))
        .collect();
    pages.par_iter().for_each(|(issue, lang)| {
        let letter = compose(m, issue, lang);
        sink.put(
            &Route::Lang(&lang.code, Place::Newsletter(issue.date)).file(),
            letter.html.into_bytes(),
        );
    });
}

/// What `whatson newsletter` is asked for.
pub struct Options {
    pub root: std::path::PathBuf,
    /// The first day; `None`: today in the site's time zone.
    pub from: Option<Date>,
    pub weeks: u32,
    /// Languages to write; empty: every language of the site.
    pub langs: Vec<String>,
}

/// One file written.
pub struct Written {
    /// Relative to the site folder, `/`-separated.
    pub path: String,
    pub bytes: usize,
    pub listed: usize,
    pub left_out: usize,
}

/// What `whatson newsletter` made.
pub struct Made {
    pub issue: Issue,
    pub files: Vec<Written>,
    /// The web address of the issue's page in the default language.
    pub page: String,
}

/// Makes the newsletter: checks the site, records the issue in
/// [`state::FILE`] and writes `newsletter/<date>/<lang>.html` and `.txt`.
/// `Err` says what was wrong with the options or what could not be written;
/// content findings are in the diagnostics (nothing is written on errors).
pub fn make(o: &Options) -> (Result<Made, String>, Diagnostics) {
    let mut d = Diagnostics::new();
    if !(1..=state::MAX_WEEKS).contains(&o.weeks) {
        return (
            Err(format!(
                "--weeks {} is not possible: a newsletter covers 1 to {} weeks (the usual is 2)",
                o.weeks,
                state::MAX_WEEKS
            )),
            d,
        );
    }
    let loaded = crate::load::load(&o.root, &mut d);
    let Some(mut m) = Model::prepare(loaded, crate::Now::Clock, None, &mut d) else {
        return (
            Err("nothing was written: fix the errors above first".into()),
            d,
        );
    };
    let site = &m.content.site;
    let mut langs = Vec::new();
    for code in &o.langs {
        match site.language(code) {
            Some(l) => langs.push(l.clone()),
            None => {
                let known: Vec<&str> = site.languages.iter().map(|l| l.code.as_str()).collect();
                return (
                    Err(format!(
                        "--lang {code} is not one of the site's languages; use one of: {}",
                        known.join(", ")
                    )),
                    d,
                );
            }
        }
    }
    if langs.is_empty() {
        langs = site.languages.clone();
    }
    let Some(mut state) = recorded(&m, &mut d) else {
        return (
            Err("nothing was written: fix the errors above first".into()),
            d,
        );
    };
    let from = o.from.unwrap_or_else(|| m.now.date());
    let issue = match state::record(&mut state, from, o.weeks, state::fingerprints(&m.loaded)) {
        Ok(i) => i,
        Err(e) => return (Err(e), d),
    };
    // The festivals' pictures, for their published addresses.
    m.publish_pictures(&crate::output::Memory::new(), &mut d);
    let mut files = Vec::new();
    let mut outputs = Vec::new();
    for lang in &langs {
        let letter = compose(&m, &issue, lang);
        for (ext, body) in [("html", &letter.html), ("txt", &letter.text)] {
            let path = format!("{DIR}/{}/{}.{ext}", issue.date, lang.code);
            files.push(Written {
                path: path.clone(),
                bytes: body.len(),
                listed: letter.listed,
                left_out: letter.left_out,
            });
            outputs.push((path, body.clone()));
        }
    }
    for (path, body) in &outputs {
        if let Err(e) = crate::translations::write_atomically(&o.root.join(path), body) {
            return (Err(format!("could not write {path}: {e}")), d);
        }
    }
    if let Err(e) =
        crate::translations::write_atomically(&o.root.join(state::FILE), &state::to_text(&state))
    {
        return (Err(format!("could not write {}: {e}", state::FILE)), d);
    }
    let page = Route::Lang(
        &m.content.site.default_language,
        Place::Newsletter(issue.date),
    )
    .url(&m.content.site.base_abs());
    (Ok(Made { issue, files, page }), d)
}
