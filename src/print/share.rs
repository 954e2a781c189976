//! Share images: PNG pictures made by the same typesetter as the PDFs, from
//! the same facts as the posters.
//!
//! - A link preview (Open Graph, 1200 × 630) for every event page with a
//!   session in the next [`PREVIEW_WEEKS`] weeks and every festival page of a
//!   festival not yet over, in every language: what Facebook, WhatsApp and X show when the page is
//!   shared. The web pages name it in `og:image` ([`og_name`]).
//! - A square post (1080 × 1080) and a story (1080 × 1920) per festival and
//!   flagship event, in every language that meets `leaflet_min_translated`,
//!   with the short link written out (nobody can scan a code on their own
//!   phone's screen).
//!
//! The layout (`share.typ`) shrinks a long title to fit its box, as the
//! poster does, and says in a note whether it fitted. Anything else that
//! does not fit runs onto a second page, which the build reports.

use serde_json::json;

use crate::expand::{Changed, Expanded, Occurrence};
use crate::model::*;

use super::leaflet::{picture_value, short_display, typst_lang, Doc, DocKind, Lang};
use super::poster::{look_or_default, PosterParts};

/// The shapes of share images.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A link preview: `og:image`.
    Og,
    /// A square post for Instagram and Facebook.
    Post,
    /// A full-screen story.
    Story,
}

impl Shape {
    /// Width and height in pixels.
    pub fn size(self) -> (u32, u32) {
        match self {
            Shape::Og => (1200, 630),
            Shape::Post => (1080, 1080),
            Shape::Story => (1080, 1920),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Shape::Og => "og",
            Shape::Post => "post",
            Shape::Story => "story",
        }
    }
}

/// The shapes made for social-media accounts.
pub const SOCIAL: [Shape; 2] = [Shape::Post, Shape::Story];

/// Every interface string a share image shows, as
/// [`super::leaflet::LEAFLET_LABELS`].
pub const SHARE_LABELS: &[(&str, &str)] = &[
    ("site", "site-title"),
    ("drop_in", "event-drop-in"),
    ("ages", "event-ages"),
    ("cost", "event-cost"),
    ("flagship", "event-flagship"),
    ("book", "event-book"),
    ("programme", "share-programme"),
];

/// What a link preview shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Of {
    Event,
    Festival,
}

/// The print name of the link preview of an event's (or festival's) page:
/// it is published as a PNG in each language (`Route::Print`).
pub fn og_name(of: Of, id: &str) -> String {
    let kind = match of {
        Of::Event => "event",
        Of::Festival => "festival",
    };
    format!("og-{kind}-{id}")
}

/// The next session of `e` a family can still go to.
pub fn next_session<'x>(
    expanded: &'x Expanded,
    now: &jiff::Zoned,
    e: &Event,
) -> Option<&'x Occurrence> {
    expanded
        .for_event(&e.id)
        .find(|o| o.changed != Changed::Cancelled && !o.is_past(now))
}

/// How far ahead an event's next session may be for its page to have a
/// link preview. Pages are shared in the weeks before an event; a picture
/// for every event of a year-long programme in every language would cost
/// a large site minutes and gigabytes (4,000 pictures at 1,000 events in 4
/// languages). A page further out gets its picture as the date comes near.
pub const PREVIEW_WEEKS: i64 = 8;

/// Whether the page of `e` has a link preview: it is not cancelled and its
/// next session is within [`PREVIEW_WEEKS`]. Pages of what is over, or
/// still far off, keep their text tags only.
pub fn event_has_preview(expanded: &Expanded, now: &jiff::Zoned, e: &Event) -> bool {
    let until = now
        .date()
        .saturating_add(jiff::Span::new().weeks(PREVIEW_WEEKS));
    !e.cancelled && next_session(expanded, now, e).is_some_and(|o| o.date() < until)
}

/// Whether the page of `f` has a link preview: until it ends.
pub fn festival_has_preview(now: &jiff::Zoned, f: &Festival) -> bool {
    f.ends >= now.date()
}

impl Lang<'_> {
    /// The link preview of event `e`'s page, when it has one.
    pub fn event_preview(&self, e: &Event) -> Option<Doc> {
        if !event_has_preview(self.c.expanded, self.c.now, e) {
            return None;
        }
        let parts = self.event_parts(e)?;
        let name = og_name(Of::Event, &e.id);
        // Events of a festival share its picture on posts; a preview of every
        // event stays a light, flat picture.
        Some(self.share_doc(parts, Shape::Og, name, false))
    }

    /// The link preview of festival `f`'s page, with its picture.
    pub fn festival_preview(&self, f: &Festival) -> Option<Doc> {
        let parts = self.festival_parts(f)?;
        let name = og_name(Of::Festival, &f.id);
        Some(self.share_doc(parts, Shape::Og, name, true))
    }

    /// The social-media pictures of a festival (`f`) or a flagship event of
    /// it (`e`), one per shape in [`SOCIAL`].
    pub fn social(&self, f: &Festival, e: Option<&Event>) -> Vec<Doc> {
        SOCIAL
            .into_iter()
            .filter_map(|shape| {
                let parts = match e {
                    Some(e) => self.event_parts(e)?,
                    None => self.festival_parts(f)?,
                };
                let name = format!("{}-{}", shape.name(), parts.id);
                Some(self.share_doc(parts, shape, name, true))
            })
            .collect()
    }

    fn share_doc(&self, parts: PosterParts, shape: Shape, name: String, picture: bool) -> Doc {
        let site = &self.c.content.site;
        let mut texts = parts.texts;
        let mut share = parts.share;
        let (labels, fallback_labels) = self.counted_labels(SHARE_LABELS, &mut texts, &mut share);
        // Posts and stories write the short link out: the reader is already
        // on a phone, and types or taps it.
        let link = (shape != Shape::Og)
            .then(|| self.c.links.get(&parts.key))
            .flatten()
            .map(|l| short_display(&l.url(site)));
        let mut pictures = Vec::new();
        let image = parts
            .look
            .as_ref()
            .and_then(|l| l.image.as_ref())
            .filter(|_| picture)
            .map(|img| picture_value(img, &mut pictures));
        let the_look = look_or_default(parts.look.as_ref());
        let (width, height) = shape.size();
        let data = json!({
            "kind": "share",
            "shape": shape.name(),
            "width": width,
            "height": height,
            "lang": typst_lang(&self.lang.code),
            "dir": self.lang.dir.as_str(),
            "look": the_look,
            "image": image,
            "title": parts.shown_title,
            "festival": parts.festival,
            "flagship": parts.flagship,
            "facts": parts.facts,
            "highlights": parts.highlights,
            "link": link,
            "link_label": if parts.scan == "scan_to_book" { "book" } else { "programme" },
            "site_url": short_display(&site.base_abs()),
            "labels": labels,
            "fallback_labels": self.fallback_map(&fallback_labels),
        });
        Doc {
            kind: DocKind::Share(shape),
            name,
            lang: self.lang.code.clone(),
            title: parts.title,
            file: parts.tfile,
            data,
            qrs: Vec::new(),
            texts,
            fallback_labels,
            pictures,
            translated: Some(share.percent()),
            fit: false,
        }
    }
}
