//! Short links: `<base_url>b/<code>/`, one small redirect page per printed
//! target. A code is derived from what it points at (an event id, a festival and
//! language, a QR sheet and link position), never from the current link, so a
//! printed QR code keeps working when a booking link changes.

use url::Url;

use crate::model::{Content, Site};
use crate::route::{Place, Route};

/// Characters a person can type back from paper without confusion: no `0`/`o`,
/// no `1`/`l`/`i`, no capitals.
pub const ALPHABET: &[u8; 31] = b"23456789abcdefghjkmnpqrstuvwxyz";
/// 31^6 ≈ 887 million codes: collisions are checked for all the same.
pub const CODE_LEN: usize = 6;

/// What a short link stands for: this is what its code is derived from.
///
/// Events and QR-sheet links have one code per language, so the page a reader
/// reaches from an Arabic leaflet is in Arabic. The default language's code
/// (`lang: None`) is the one every leaflet printed before that carried, so
/// codes already on paper keep working.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Key {
    /// An event's booking link (or its page when it has none).
    Event { id: String, lang: Option<String> },
    /// A festival's page in one language.
    Festival { id: String, lang: String },
    /// The link at `index` (0-based) on a QR sheet.
    SheetLink {
        sheet: String,
        index: usize,
        lang: Option<String>,
    },
    /// The links page for social-media bios, in the default language.
    Links,
}

/// `None` for the default language, else the language: the language part of
/// an event's or QR-sheet link's key.
fn lang_part(lang: &str, default: &str) -> Option<String> {
    (lang != default).then(|| lang.to_owned())
}

impl Key {
    /// The key of event `id`'s link as printed in `lang`.
    pub fn event(id: &str, lang: &str, default: &str) -> Key {
        Key::Event {
            id: id.to_owned(),
            lang: lang_part(lang, default),
        }
    }

    /// The key of link `index` (0-based) of QR sheet `sheet` as printed in `lang`.
    pub fn sheet_link(sheet: &str, index: usize, lang: &str, default: &str) -> Key {
        Key::SheetLink {
            sheet: sheet.to_owned(),
            index,
            lang: lang_part(lang, default),
        }
    }

    fn seed(&self) -> String {
        match self {
            Key::Event { id, lang: None } => format!("event:{id}"),
            Key::Event { id, lang: Some(l) } => format!("event:{id}:{l}"),
            Key::Festival { id, lang } => format!("festival:{id}:{lang}"),
            Key::SheetLink {
                sheet,
                index,
                lang: None,
            } => format!("qr-sheet:{sheet}:{}", index + 1),
            Key::SheetLink {
                sheet,
                index,
                lang: Some(l),
            } => format!("qr-sheet:{sheet}:{}:{l}", index + 1),
            Key::Links => "links".to_owned(),
        }
    }

    /// The stable short code.
    pub fn code(&self) -> String {
        code_for(&self.seed())
    }
}

/// 64-bit FNV-1a: tiny, fixed forever (unlike std's hasher), good enough spread.
pub fn fnv1a64(bytes: &[u8], seed: u64) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ seed;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The code for a seed string: [`CODE_LEN`] characters of [`ALPHABET`].
pub fn code_for(seed: &str) -> String {
    let mut h = fnv1a64(seed.as_bytes(), 0);
    // One more mixing round so similar ids do not give similar codes.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    let mut out = String::with_capacity(CODE_LEN);
    for _ in 0..CODE_LEN {
        out.push(char::from(ALPHABET[(h % 31) as usize]));
        h /= 31;
    }
    out
}

/// One short link: its code, where it goes now, and the content file it is for.
#[derive(Debug, Clone)]
pub struct ShortLink {
    pub key: Key,
    pub code: String,
    /// The destination with tracking parameters, as the redirect page sends it.
    pub target: Url,
    /// `content/events/x.md`-style file the link comes from (for findings).
    pub file: String,
    /// Language of the redirect page's few words.
    pub lang: String,
}

impl ShortLink {
    /// `https://whatson.example.org/b/k3m9xq/`
    pub fn url(&self, site: &Site) -> String {
        Route::ShortLink(&self.code).url(&site.base_abs())
    }

    /// The page's path in the output: `b/k3m9xq/index.html`.
    pub fn path(&self) -> String {
        Route::ShortLink(&self.code).file()
    }
}

/// `booking_tracking` plus `utm_campaign=<campaign>`, added to `url` (joined with
/// `&` when it already has a query). A parameter already in the link is kept as
/// the link has it.
pub fn with_tracking(url: &Url, site: &Site, campaign: Option<&str>) -> Url {
    let mut params: Vec<(String, String)> = site.booking_tracking.clone();
    if let Some(c) = campaign {
        if !params.iter().any(|(k, _)| k == "utm_campaign") {
            params.push(("utm_campaign".into(), c.to_owned()));
        }
    }
    with_params(url, &params)
}

/// `params` added to `url` (joined with `&` when it already has a query),
/// except those the link already has, which are kept as the link has them.
pub fn with_params(url: &Url, params: &[(String, String)]) -> Url {
    let mut out = url.clone();
    let existing: Vec<String> = url.query_pairs().map(|(k, _)| k.into_owned()).collect();
    let params: Vec<&(String, String)> = params
        .iter()
        .filter(|(k, _)| !existing.contains(k))
        .collect();
    if !params.is_empty() {
        let mut q = out.query_pairs_mut();
        for (k, v) in params {
            q.append_pair(k, v);
        }
    }
    out
}

/// Whether `url` is a page of this site (tracking is added to those only).
pub fn is_own_site(url: &Url, site: &Site) -> bool {
    url.host_str() == site.base_url.host_str()
        && url.port_or_known_default() == site.base_url.port_or_known_default()
        && url.path().starts_with(&site.base_path())
}

/// A festival page's absolute URL in `lang`.
pub fn festival_page(site: &Site, id: &str, lang: &str) -> Option<Url> {
    page(site, lang, Place::Festival(id))
}

/// An event page's absolute URL in `lang`.
pub fn event_page(site: &Site, id: &str, lang: &str) -> Option<Url> {
    page(site, lang, Place::Event(id))
}

/// The links page (`<lang>/links/`) in `lang`.
pub fn links_page(site: &Site, lang: &str) -> Option<Url> {
    page(site, lang, Place::Links)
}

/// The links page's short link, as printed on the print index.
pub fn links_short_url(site: &Site) -> String {
    Route::ShortLink(&Key::Links.code()).url(&site.base_abs())
}

/// The listing's first page in `lang`.
pub fn listing_page(site: &Site, lang: &str) -> Option<Url> {
    page(site, lang, Place::HOME)
}

/// The absolute address of `place` in `lang`.
fn page(site: &Site, lang: &str, place: Place) -> Option<Url> {
    Url::parse(&Route::Lang(lang, place).url(&site.base_abs())).ok()
}

/// Where an event's short link in `lang` goes: its booking link with tracking,
/// or its page on this site in `lang` when it has no booking (drop in,
/// cancelled).
pub fn event_target(content: &Content, id: &str, lang: &str) -> Option<Url> {
    let site = &content.site;
    let e = content.events.get(id)?;
    let campaign = e.festival.as_deref();
    match (&e.booking, e.cancelled) {
        (Some(b), false) => Some(with_tracking(b, site, campaign)),
        _ => event_page(site, id, lang).map(|u| with_tracking(&u, site, campaign)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_short_stable_and_unambiguous() {
        let c = Key::event("circus", "en", "en").code();
        assert_eq!(c.len(), CODE_LEN);
        assert_eq!(c, Key::event("circus", "en", "en").code());
        assert_ne!(c, Key::event("circus-2", "en", "en").code());
        assert_ne!(c, Key::event("circus", "ar", "en").code());
        assert!(c.bytes().all(|b| ALPHABET.contains(&b)));
        for bad in ['0', 'o', '1', 'l', 'i'] {
            assert!(!ALPHABET.contains(&(bad as u8)));
        }
        // Fixed forever: a printed leaflet depends on it.
        assert_eq!(
            code_for("event:circus"),
            Key::event("circus", "en", "en").code()
        );
        assert_eq!(
            code_for("qr-sheet:links:1"),
            Key::sheet_link("links", 0, "en", "en").code()
        );
        assert_eq!(fnv1a64(b"a", 0), 0xaf63_dc4c_8601_ec8c);
    }
}
