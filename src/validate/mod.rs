//! Stage 2: check the raw records against the content contract and turn them into
//! the [`model`](crate::model). Every problem becomes a [`Diagnostic`] naming the
//! file, line and fix; checking goes on after a problem so one run reports all.

mod areas;
mod changes;
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

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::Arc;

use crate::diagnostics::Diagnostics;
use crate::load::{ContentFile, Kind, Loaded};
use crate::model::*;

use common::Ctx;

/// Images larger than this are refused: parents are on limited data plans, and
/// the build resizes from the original.
pub const MAX_IMAGE_BYTES: u64 = 10 * 1024 * 1024;
pub const MAX_IMAGE_SIDE: u32 = 8000;

pub use fields::contrast;

/// The findings of each content file (original or translation), by its
/// display path: what a later check re-reports for a file it takes again.
pub type Findings = BTreeMap<String, Diagnostics>;

/// An earlier check of the same site, whose records may be taken again
/// (the live preview's, after one file was saved).
pub struct Earlier<'a> {
    loaded: &'a Loaded,
    content: &'a Content,
    findings: &'a Findings,
    /// The records read again since then ([`Loaded::reread_since`]), worked
    /// out once for the check and for whoever decides what else to keep.
    touched: Option<BTreeSet<(Kind, &'a str)>>,
}

impl<'a> Earlier<'a> {
    /// The check that gave `content` and `findings` of `loaded`, to check
    /// `now` (the same site loaded again) from.
    pub fn new(
        loaded: &'a Loaded,
        content: &'a Content,
        findings: &'a Findings,
        now: &'a Loaded,
    ) -> Self {
        Earlier {
            loaded,
            content,
            findings,
            touched: now.reread_since(loaded),
        }
    }

    /// The records read again, or `None` when files came, went or were
    /// renamed.
    pub fn touched(&self) -> Option<&BTreeSet<(Kind, &'a str)>> {
        self.touched.as_ref()
    }
}

/// Checks everything loaded and returns the site, or `None` when site.yaml is
/// too broken to check the rest against. Findings go to `d`.
pub fn validate(loaded: &Loaded, d: &mut Diagnostics) -> Option<Content> {
    validate_reusing(loaded, None, d).map(|(content, _)| content)
}

/// [`validate`], taking from `earlier` each record none of whose files (the
/// original and its translations) was read again, with the findings they had,
/// when site.yaml and the set of files are the same: what a record is
/// checked against has not changed then either. At 10,000 events this turns
/// a second of parsing into milliseconds of comparing.
pub fn validate_reusing(
    loaded: &Loaded,
    earlier: Option<&Earlier>,
    d: &mut Diagnostics,
) -> Option<(Content, Findings)> {
    let site_src = loaded.site.as_ref()?;
    let site = site::validate_site(site_src, &loaded.root, d)?;
    let content_dir = loaded.root.join("content");
    let earlier = earlier.filter(|e| e.content.site == site);
    if let Some(found) = earlier.and_then(|e| recheck(loaded, e, &site, &content_dir, d)) {
        return Some(found);
    }

    // Originals first (by kind), so translations and references can be resolved.
    // Keys borrow from the files: at 10,000 events in 8 languages a preview
    // save checks 60,000 files, and copying their ids cost more than the rest.
    let mut originals: BTreeMap<(Kind, &str), &ContentFile> = BTreeMap::new();
    let mut translations: Vec<&ContentFile> = Vec::new();
    let mut seen: BTreeMap<(Kind, &str, Option<&str>), &ContentFile> = BTreeMap::new();
    for f in &loaded.files {
        let key = (f.kind, f.id.as_str(), f.lang.as_deref());
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
                originals.insert((f.kind, &f.id), f);
            }
            Some(_) => translations.push(f),
        }
    }
    let ids = |kind: Kind| -> BTreeSet<String> {
        originals
            .keys()
            .filter(|(k, _)| *k == kind)
            .map(|(_, id)| (*id).to_owned())
            .collect()
    };
    let refs = Refs {
        content_dir: &content_dir,
        venue_ids: ids(Kind::Venue),
        festival_ids: ids(Kind::Festival),
    };

    let mut content = Content {
        site,
        venues: BTreeMap::new(),
        festivals: BTreeMap::new(),
        events: BTreeMap::new(),
        pages: BTreeMap::new(),
        qr_sheets: BTreeMap::new(),
    };
    let changed = earlier.and_then(|e| e.touched());
    let unchanged =
        |kind: Kind, id: &str| changed.as_ref().is_some_and(|c| !c.contains(&(kind, id)));
    // Files the earlier check saw (the very same allocation, so the same
    // text). That check had no errors, or there would be no earlier model.
    let checked_before: HashSet<*const ContentFile> = earlier
        .map(|e| e.loaded.files.iter().map(Arc::as_ptr).collect())
        .unwrap_or_default();
    let earlier_findings = |f: &ContentFile| -> Diagnostics {
        earlier
            .and_then(|e| e.findings.get(&f.source.display))
            .cloned()
            .unwrap_or_default()
    };
    let mut findings = Findings::new();
    let mut keep = |f: &ContentFile, found: Diagnostics, d: &mut Diagnostics| {
        d.extend(found.clone());
        file_findings(&mut findings, f, found);
    };

    let mut reused: HashSet<(Kind, &str)> = HashSet::new();
    for ((kind, id), f) in &originals {
        let from = earlier.as_ref().map(|e| e.content);
        let found = match from {
            Some(from) if unchanged(*kind, id) && take_record(*kind, id, from, &mut content) => {
                reused.insert((*kind, id));
                earlier_findings(f)
            }
            _ => {
                let mut found = Diagnostics::new();
                check_original(f, &refs, &mut content, &mut found);
                found
            }
        };
        keep(f, found, d);
    }

    for f in translations {
        // A record taken again has its translations in it already.
        let found = if reused.contains(&(f.kind, f.id.as_str())) {
            earlier_findings(f)
        } else {
            let mut found = Diagnostics::new();
            translation::translation(f, &originals, &loaded.unreadable, &mut content, &mut found);
            found
        };
        keep(f, found, d);
    }
    // Examples from `whatson new` are never published. (A scan of every
    // file the earlier check did not pass, so not kept with the findings.)
    for f in seen.values() {
        if !checked_before.contains(&std::ptr::from_ref(*f)) {
            placeholder::check(f, d);
        }
    }
    Some((content, findings))
}

/// At most this many records read again are checked on their own; more
/// (a folder copied in, a branch switched) go through the whole check.
const RECHECK_AT_MOST: usize = 16;

/// [`validate_reusing`] when the files are those `earlier` checked and only
/// a few records were read again: starts from the earlier records and
/// findings and checks just those records, instead of sorting every file of
/// the site again. `None` when that does not apply. The earlier check had
/// no errors (or there would be no earlier model), so no two files share an
/// id and every original made its record.
fn recheck(
    loaded: &Loaded,
    earlier: &Earlier,
    site: &Site,
    content_dir: &std::path::Path,
    d: &mut Diagnostics,
) -> Option<(Content, Findings)> {
    let touched = earlier.touched()?;
    if touched.len() > RECHECK_AT_MOST {
        return None;
    }
    let was = earlier.content;
    let originals = |kind: Kind| {
        loaded
            .files
            .iter()
            .filter(move |f| f.kind == kind && f.lang.is_none())
            .map(|f| f.id.clone())
    };
    let records = was.venues.len()
        + was.festivals.len()
        + was.events.len()
        + was.pages.len()
        + was.qr_sheets.len();
    if records != loaded.files.iter().filter(|f| f.lang.is_none()).count() {
        return None;
    }
    let refs = Refs {
        content_dir,
        venue_ids: originals(Kind::Venue).collect(),
        festival_ids: originals(Kind::Festival).collect(),
    };
    let mut content = Content {
        site: site.clone(),
        ..was.clone()
    };
    let mut findings = earlier.findings.clone();
    let is_touched = |f: &ContentFile| touched.iter().any(|&(k, id)| f.kind == k && f.id == id);
    let files: Vec<&ContentFile> = loaded
        .files
        .iter()
        .map(|f| &**f)
        .filter(|f| is_touched(f))
        .collect();
    for &(kind, id) in touched {
        match kind {
            Kind::Venue => drop(content.venues.remove(id)),
            Kind::Festival => drop(content.festivals.remove(id)),
            Kind::Event => drop(content.events.remove(id)),
            Kind::Page => drop(content.pages.remove(id)),
            Kind::QrSheet => drop(content.qr_sheets.remove(id)),
        }
    }
    for f in &files {
        findings.remove(&f.source.display);
    }
    // Originals, then translations into them, as the whole check does.
    let mut by_id: BTreeMap<(Kind, &str), &ContentFile> = BTreeMap::new();
    for f in files.iter().filter(|f| f.lang.is_none()) {
        by_id.insert((f.kind, &f.id), f);
    }
    for f in by_id.values() {
        let mut found = Diagnostics::new();
        check_original(f, &refs, &mut content, &mut found);
        file_findings(&mut findings, f, found);
    }
    for f in files.iter().filter(|f| f.lang.is_some()) {
        let mut found = Diagnostics::new();
        translation::translation(f, &by_id, &loaded.unreadable, &mut content, &mut found);
        file_findings(&mut findings, f, found);
    }
    for found in findings.values() {
        d.extend(found.clone());
    }
    for (f, before) in loaded.files.iter().zip(&earlier.loaded.files) {
        if !Arc::ptr_eq(f, before) {
            placeholder::check(f, d);
        }
    }
    Some((content, findings))
}

/// Files what checking `f` found, for a later check to report again.
fn file_findings(findings: &mut Findings, f: &ContentFile, found: Diagnostics) {
    if !found.is_empty() {
        findings.insert(f.source.display.clone(), found);
    }
}

/// What an original is checked against besides itself.
struct Refs<'a> {
    content_dir: &'a std::path::Path,
    venue_ids: BTreeSet<String>,
    festival_ids: BTreeSet<String>,
}

/// Checks one original file and adds its record to `content`.
fn check_original(f: &ContentFile, refs: &Refs, content: &mut Content, d: &mut Diagnostics) {
    let ctx = Ctx {
        src: &f.source,
        offset: f.yaml_line_offset,
    };
    let id = f.id.clone();
    match f.kind {
        Kind::Venue => {
            if let Some(v) = venue::venue(&ctx, f, &content.site, d) {
                content.venues.insert(id, v);
            }
        }
        Kind::Festival => {
            if let Some(v) = festival::festival(&ctx, f, refs.content_dir, d) {
                content.festivals.insert(id, v);
            }
        }
        Kind::Event => {
            if let Some(v) = event::event(
                &ctx,
                f,
                refs.content_dir,
                &content.site,
                &refs.venue_ids,
                &refs.festival_ids,
                d,
            ) {
                content.events.insert(id, std::sync::Arc::new(v));
            }
        }
        Kind::Page => {
            if let Some(v) = page::page(&ctx, f, d) {
                content.pages.insert(id, v);
            }
        }
        Kind::QrSheet => {
            if let Some(v) = qr_sheet::qr_sheet(&ctx, f, d) {
                content.qr_sheets.insert(id, v);
            }
        }
    }
}

/// Copies the checked record `kind`/`id` from `from`; false when it has none.
fn take_record(kind: Kind, id: &str, from: &Content, into: &mut Content) -> bool {
    fn take<T: Clone>(
        from: &BTreeMap<String, T>,
        into: &mut BTreeMap<String, T>,
        id: &str,
    ) -> bool {
        from.get(id)
            .map(|r| into.insert(id.to_owned(), r.clone()))
            .is_some()
    }
    match kind {
        Kind::Venue => take(&from.venues, &mut into.venues, id),
        Kind::Festival => take(&from.festivals, &mut into.festivals, id),
        Kind::Event => take(&from.events, &mut into.events, id),
        Kind::Page => take(&from.pages, &mut into.pages, id),
        Kind::QrSheet => take(&from.qr_sheets, &mut into.qr_sheets, id),
    }
}
