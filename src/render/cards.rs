//! Listing cards rendered once per language. One session is on about nine
//! listing pages (its month, the coming weeks, its area's, each age group's,
//! age and area together, the finder's answers), and the card is the same on
//! each: a theme with a `card.html` template has each card rendered through it
//! once, and its listing prints the result (`c.html`) instead of the macro.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;

use super::{CardV, Diagnostics, LangPages};

/// The optional template a card of a listing is rendered through.
pub(super) const CARD_TEMPLATE: &str = "card.html";

/// A language's rendered listing cards, by the hash of the card's values.
#[derive(Default)]
pub(super) struct CardMemo {
    html: Mutex<HashMap<u128, String>>,
    /// Listing pages of this language still to render: at zero the cards are
    /// dropped, so a large site holds those of a language or two at a time.
    pending: AtomicUsize,
    /// `card.html` failed once: said once, and the macro takes over.
    failed: AtomicBool,
}

impl CardMemo {
    pub(super) fn expect_pages(&self, n: usize) {
        self.pending.fetch_add(n, Ordering::Relaxed);
    }

    /// One listing page of this language is done.
    pub(super) fn page_done(&self) {
        let last = self
            .pending
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| n.checked_sub(1))
            == Ok(1);
        if last {
            if let Ok(mut map) = self.html.lock() {
                *map = HashMap::new();
            }
        }
    }
}

fn key(c: &CardV) -> u128 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    c.hash(&mut h);
    h.digest128()
}

impl LangPages<'_> {
    /// Sets `html` on each card through the theme's `card.html`, reusing the
    /// HTML of an identical card made for another listing page.
    pub(super) fn render_cards<'c>(
        &self,
        cards: impl Iterator<Item = &'c mut CardV>,
        d: &mut Diagnostics,
    ) {
        if !self.r.theme.has_card || self.cards.failed.load(Ordering::Relaxed) {
            return;
        }
        for card in cards {
            let k = key(card);
            let known = self.cards.html.lock().ok().and_then(|m| m.get(&k).cloned());
            if let Some(html) = known {
                card.html = Some(html);
                continue;
            }
            let mut ctx = tera::Context::new();
            ctx.insert("c", &*card);
            ctx.insert("level", &3);
            ctx.insert("show_festival", &true);
            ctx.insert("filterable", &true);
            match self.tera.render(CARD_TEMPLATE, &ctx) {
                Ok(html) => {
                    if let Ok(mut m) = self.cards.html.lock() {
                        m.insert(k, html.clone());
                    }
                    card.html = Some(html);
                }
                Err(e) => {
                    if !self.cards.failed.swap(true, Ordering::Relaxed) {
                        self.template_failed(CARD_TEMPLATE, "", &e, d);
                    }
                    return;
                }
            }
        }
    }
}
