//! Stage 2: check the raw records against the content contract and turn them into
//! the [`model`](crate::model). Every problem becomes a [`Diagnostic`] naming the
//! file, line and fix; checking goes on after a problem so one run reports all.

mod common;
mod event;
mod festival;
mod fields;
mod page;
pub mod placeholder;
mod qr_sheet;
mod site;
mod translation;
mod venue;

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostics::Diagnostics;
use crate::load::{ContentFile, Kind, Loaded};
use crate::model::*;

use common::Ctx;

/// Images larger than this are refused: parents are on limited data plans, and
/// the build resizes from the original.
pub const MAX_IMAGE_BYTES: u64 = 10 * 1024 * 1024;
pub const MAX_IMAGE_SIDE: u32 = 8000;

pub use fields::contrast;

/// Checks everything loaded and returns the site, or `None` when site.yaml is
/// too broken to check the rest against. Findings go to `d`.
pub fn validate(loaded: &Loaded, d: &mut Diagnostics) -> Option<Content> {
    let site_src = loaded.site.as_ref()?;
    let site = site::validate_site(site_src, &loaded.root, d)?;
    let content_dir = loaded.root.join("content");

    // Originals first (by kind), so translations and references can be resolved.
    let mut originals: BTreeMap<(Kind, String), &ContentFile> = BTreeMap::new();
    let mut translations: Vec<&ContentFile> = Vec::new();
    let mut seen: BTreeMap<(Kind, String, Option<String>), &ContentFile> = BTreeMap::new();
    for f in &loaded.files {
        let key = (f.kind, f.id.clone(), f.lang.clone());
        if let Some(first) = seen.get(&key) {
            d.file_error(
                &f.source.display,
                format!(
                    "two {} files have the id `{}`: this one and {}",
                    f.kind.noun(),
                    f.id,
                    first.source.display
                ),
                Some(
                    "ids must be unique even in different sub-folders: rename one of the files"
                        .into(),
                ),
            );
            continue;
        }
        seen.insert(key, f);
        match &f.lang {
            None => {
                originals.insert((f.kind, f.id.clone()), f);
            }
            Some(_) => translations.push(f),
        }
    }
    let ids = |kind: Kind| -> BTreeSet<String> {
        originals
            .keys()
            .filter(|(k, _)| *k == kind)
            .map(|(_, id)| id.clone())
            .collect()
    };
    let venue_ids = ids(Kind::Venue);
    let festival_ids = ids(Kind::Festival);

    let mut content = Content {
        site,
        venues: BTreeMap::new(),
        festivals: BTreeMap::new(),
        events: BTreeMap::new(),
        pages: BTreeMap::new(),
        qr_sheets: BTreeMap::new(),
    };

    for ((kind, id), f) in &originals {
        let ctx = Ctx {
            src: &f.source,
            offset: f.yaml_line_offset,
        };
        match kind {
            Kind::Venue => {
                if let Some(v) = venue::venue(&ctx, f, &content.site, d) {
                    content.venues.insert(id.clone(), v);
                }
            }
            Kind::Festival => {
                if let Some(v) = festival::festival(&ctx, f, &content_dir, d) {
                    content.festivals.insert(id.clone(), v);
                }
            }
            Kind::Event => {
                if let Some(v) = event::event(
                    &ctx,
                    f,
                    &content_dir,
                    &content.site.timezone,
                    &venue_ids,
                    &festival_ids,
                    d,
                ) {
                    content.events.insert(id.clone(), v);
                }
            }
            Kind::Page => {
                if let Some(v) = page::page(&ctx, f, d) {
                    content.pages.insert(id.clone(), v);
                }
            }
            Kind::QrSheet => {
                if let Some(v) = qr_sheet::qr_sheet(&ctx, f, d) {
                    content.qr_sheets.insert(id.clone(), v);
                }
            }
        }
    }

    for f in translations {
        translation::translation(f, &originals, &loaded.unreadable, &mut content, d);
    }
    // Examples from `whatson new` are never published.
    for f in seen.values() {
        placeholder::check(f, d);
    }
    Some(content)
}
