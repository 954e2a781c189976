//! `<id>.<lang>.*` files: translations merged into their originals.

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostics::{did_you_mean, Diagnostics};
use crate::load::{parse_fields_at, ContentFile, Kind, S};
use crate::model::*;

use super::common::*;
use super::event::{RawEvent, EVENT_FIELDS};
use super::festival::{RawFestival, FESTIVAL_FIELDS};
use super::page::{RawPage, PAGE_FIELDS};
use super::qr_sheet::{RawQrSheet, QR_FIELDS};
use super::venue::{RawVenue, VENUE_FIELDS};

/// Merges a `<id>.<lang>.*` file into its original.
pub(super) fn translation(
    f: &ContentFile,
    originals: &BTreeMap<(Kind, &str), &ContentFile>,
    unreadable: &BTreeSet<(Kind, String)>,
    content: &mut Content,
    d: &mut Diagnostics,
) {
    let lang = f.lang.clone().unwrap_or_default();
    let site = &content.site;
    if lang == site.default_language {
        d.file_error(
            &f.source.display,
            format!("`{lang}` is the default language, so this is not a translation"),
            Some(format!(
                "put this text in the original file ({}.{}) and delete this one",
                f.id,
                if f.kind.is_yaml() { "yaml" } else { "md" }
            )),
        );
        return;
    }
    if site.language(&lang).is_none() {
        let codes: Vec<&str> = site.languages.iter().map(|l| l.code.as_str()).collect();
        let fix = match did_you_mean(&lang, codes.iter().copied()) {
            Some(m) => format!("did you mean `.{m}`? Otherwise add `{lang}` to `languages` in content/site.yaml"),
            None => format!("add `{lang}` to `languages` in content/site.yaml, or rename the file to one of: {}", codes.join(", ")),
        };
        d.file_error(
            &f.source.display,
            format!("`{lang}` is not one of the site's languages"),
            Some(fix),
        );
        return;
    }
    if !originals.contains_key(&(f.kind, f.id.as_str())) {
        if unreadable.contains(&(f.kind, f.id.clone())) {
            // The original has its own error; this file is fine as it is.
            return;
        }
        let ext = if f.kind.is_yaml() { "yaml" } else { "md" };
        d.file_error(
            &f.source.display,
            format!(
                "this is a translation of `{}`, but there is no {} file {}.{ext}",
                f.id,
                f.kind.noun(),
                f.id
            ),
            Some(format!(
                "check the file name matches the original's, or add content/{}/{}.{ext}",
                f.kind.folder(),
                f.id
            )),
        );
        return;
    }
    let ctx = Ctx {
        src: &f.source,
        offset: f.yaml_line_offset,
    };
    let set = |target: Option<&mut Localized>, v: &Option<S>| {
        if let (Some(t), Some(text)) = (target, ctx.text(v)) {
            t.translations.insert(lang.clone(), text);
        }
    };
    let body = f.body.trim();
    match f.kind {
        Kind::Event => {
            let Some((raw, keys)) = parse_fields_at::<RawEvent>(f, &EVENT_FIELDS, d) else {
                return;
            };
            let Some(e) = content.events.get_mut(&f.id).map(std::sync::Arc::make_mut) else {
                return;
            };
            e.origin.translations.insert(lang.clone(), ctx.origin(keys));
            set(Some(&mut e.title), &raw.title);
            set(e.summary.as_mut(), &raw.summary);
            set(e.accessibility.as_mut(), &raw.accessibility);
            if let Some(list) = &raw.changes {
                change_notes(&ctx, list, e, &lang, d);
            }
            if !body.is_empty() {
                e.body.translations.insert(lang.clone(), f.body.clone());
            }
        }
        Kind::Festival => {
            let Some((raw, keys)) = parse_fields_at::<RawFestival>(f, &FESTIVAL_FIELDS, d) else {
                return;
            };
            let Some(x) = content.festivals.get_mut(&f.id) else {
                return;
            };
            x.origin.translations.insert(lang.clone(), ctx.origin(keys));
            set(Some(&mut x.title), &raw.title);
            set(x.summary.as_mut(), &raw.summary);
            if !body.is_empty() {
                x.body.translations.insert(lang.clone(), f.body.clone());
            }
        }
        Kind::Page => {
            let Some((raw, keys)) = parse_fields_at::<RawPage>(f, &PAGE_FIELDS, d) else {
                return;
            };
            let Some(x) = content.pages.get_mut(&f.id) else {
                return;
            };
            x.origin.translations.insert(lang.clone(), ctx.origin(keys));
            set(Some(&mut x.title), &raw.title);
            set(x.summary.as_mut(), &raw.summary);
            if !body.is_empty() {
                x.body.translations.insert(lang.clone(), f.body.clone());
            }
        }
        Kind::Venue => {
            let Some((raw, keys)) = parse_fields_at::<RawVenue>(f, &VENUE_FIELDS, d) else {
                return;
            };
            let Some(x) = content.venues.get_mut(&f.id) else {
                return;
            };
            x.origin.translations.insert(lang.clone(), ctx.origin(keys));
            set(Some(&mut x.name), &raw.name);
            set(x.accessibility.as_mut(), &raw.accessibility);
        }
        Kind::QrSheet => {
            let Some((raw, keys)) = parse_fields_at::<RawQrSheet>(f, &QR_FIELDS, d) else {
                return;
            };
            let Some(x) = content.qr_sheets.get_mut(&f.id) else {
                return;
            };
            let mut origin = ctx.origin(keys);
            set(Some(&mut x.title), &raw.title);
            if let Some(list) = &raw.links {
                if list.value.len() != x.links.len() {
                    d.error(
                        &f.source,
                        ctx.pos_of(list),
                        format!(
                            "this translation has {} links but the original has {}",
                            list.value.len(),
                            x.links.len()
                        ),
                        Some(
                            "give one `- label: …` per link of the original, in the same order"
                                .into(),
                        ),
                    );
                    return;
                }
                for (n, (item, link)) in list.value.iter().zip(x.links.iter_mut()).enumerate() {
                    if let Some(u) = &item.value.url {
                        d.error(&f.source, ctx.pos(u), "`url` cannot be translated, so it does not belong in a translation file", Some("delete this line; the link in the original file is used for every language".into()));
                    }
                    if let Some(text) = ctx.text(&item.value.label) {
                        link.label.translations.insert(lang.clone(), text);
                    }
                    if let Some(l) = &item.value.label {
                        origin.fields.insert(format!("links.{n}.label"), ctx.pos(l));
                    }
                }
            }
            x.origin.translations.insert(lang.clone(), origin);
        }
    }
}

/// A translation's `changes:`: the note of each changed session, found by
/// its date; the dates and times themselves come from the original.
fn change_notes(
    ctx: &Ctx,
    list: &super::changes::RawChanges,
    e: &mut Event,
    lang: &str,
    d: &mut Diagnostics,
) {
    for item in &list.value {
        let c = &item.value;
        for (field, v) in [
            ("cancelled", &c.cancelled),
            ("starts", &c.starts),
            ("ends", &c.ends),
        ] {
            if let Some(s) = v {
                ctx_error(ctx, d, s, format!("`{field}` cannot be translated, so it does not belong in a translation file"), "delete this line; a translated change gives only the `date` of the session and its `note`".into());
            }
        }
        let Some(date_s) = &c.date else {
            d.error(
                ctx.src,
                ctx.pos_of(item),
                "this translated change does not say which session it is for",
                Some("add `date:` with the same date as in the original file".into()),
            );
            continue;
        };
        let date = super::fields::parse_date(&date_s.value).ok();
        let Some(change) = e.changes.iter_mut().find(|x| Some(x.date) == date) else {
            let dates: Vec<String> = e.changes.iter().map(|x| format!("`{}`", x.date)).collect();
            let fix = if dates.is_empty() {
                "the original file has no `changes`; delete this one".to_owned()
            } else {
                format!(
                    "use the date of a change in the original file: {}",
                    dates.join(", ")
                )
            };
            let message = format!("the original has no change on `{}`", date_s.value.trim());
            ctx_error(ctx, d, date_s, message, fix);
            continue;
        };
        if let (Some(note), Some(text)) = (change.note.as_mut(), ctx.text(&c.note)) {
            note.translations.insert(lang.to_owned(), text);
        }
    }
}
