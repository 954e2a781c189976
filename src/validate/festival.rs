//! `content/festivals/<id>.md`: dates and the festival's look.

use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diagnostics::{Diagnostics, Pos};
use crate::load::{parse_fields_at, ContentFile, Fields, S};
use crate::model::*;

use super::common::*;
use super::fields::*;

#[derive(Deserialize)]
pub(super) struct RawFestival {
    pub(super) title: Option<S>,
    pub(super) summary: Option<S>,
    pub(super) starts: Option<S>,
    pub(super) ends: Option<S>,
    pub(super) look: Option<Spanned<RawLook>>,
}

pub(super) const FESTIVAL_FIELDS: Fields = Fields {
    all: &["title", "summary", "starts", "ends", "look"],
    translatable: &["title", "summary", "translated_from"],
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLook {
    pub(super) primary: Option<S>,
    pub(super) accent: Option<S>,
    pub(super) text: Option<S>,
    pub(super) image: Option<S>,
}

pub(super) fn festival(
    ctx: &Ctx,
    f: &ContentFile,
    content_dir: &Path,
    d: &mut Diagnostics,
) -> Option<Festival> {
    let (raw, keys): (RawFestival, _) = parse_fields_at(f, &FESTIVAL_FIELDS, d)?;
    let before = d.error_count();
    let title = ctx.required(&raw.title, "title", "Summer Festival of Family Fun", d);
    let date = |v: &Option<S>, field: &str, d: &mut Diagnostics| {
        ctx.required(v, field, "2027-07-21", d)
            .and_then(|s| match parse_date(&s.value) {
                Ok(x) => Some(x),
                Err(fix) => {
                    ctx_error(
                        ctx,
                        d,
                        s,
                        format!("`{field}: {}` is not a date", s.value.trim()),
                        fix,
                    );
                    None
                }
            })
    };
    let starts = date(&raw.starts, "starts", d);
    let ends = date(&raw.ends, "ends", d);
    if let (Some(s), Some(e), Some(es)) = (starts, ends, raw.ends.as_ref()) {
        if e < s {
            ctx_error(
                ctx,
                d,
                es,
                format!("the festival ends ({e}) before it starts ({s})"),
                "check the dates: `ends` is the festival's last day".into(),
            );
        }
    }
    let look = match &raw.look {
        None => {
            d.warning(ctx.src, Pos::FILE, "this festival has no `look`, so it uses the site's colours", Some("add `look:` with `primary:` and `accent:` colours, e.g. `primary: \"#f4a300\"`".into()));
            Some(Look {
                primary: "#1d3557".into(),
                accent: "#1d3557".into(),
                text_on_primary: "#ffffff".into(),
                text_on_accent: "#ffffff".into(),
                image: None,
            })
        }
        Some(look) => festival_look(ctx, &look.value, &f.id, content_dir, d),
    };
    if d.error_count() > before {
        return None;
    }
    let mut origin = ctx.origin(keys);
    if let Some(s) = raw.look.as_ref().and_then(|l| l.value.image.as_ref()) {
        origin.fields.insert("look.image".into(), ctx.pos(s));
    }
    Some(Festival {
        id: f.id.clone(),
        title: Localized::new(title?.value.trim().to_owned()),
        summary: ctx.text(&raw.summary).map(Localized::new),
        body: Localized::new(f.body.clone()),
        starts: starts?,
        ends: ends?,
        look: look?,
        origin,
    })
}

pub(super) fn festival_look(
    ctx: &Ctx,
    raw: &RawLook,
    id: &str,
    content_dir: &Path,
    d: &mut Diagnostics,
) -> Option<Look> {
    let colour = |v: &Option<S>, field: &str, d: &mut Diagnostics| -> Option<String> {
        let s = ctx.required(v, field, "\"#f4a300\"", d)?;
        match parse_hex_colour(&s.value) {
            Some(c) => Some(c),
            None => {
                ctx_error(
                    ctx,
                    d,
                    s,
                    format!("`{}` is not a colour", s.value.trim()),
                    format!("write a hex colour in quotes, e.g. `{field}: \"#f4a300\"`"),
                );
                None
            }
        }
    };
    let primary = colour(&raw.primary, "primary", d);
    let accent = colour(&raw.accent, "accent", d);
    let text = match &raw.text {
        None => None,
        Some(_) => Some(colour(&raw.text, "text", d)?),
    };
    let (primary, accent) = (primary?, accent?);
    let (on_primary, on_accent) = match (&text, &raw.text) {
        (Some(t), Some(s)) => {
            // Every place the theme writes text on a festival colour.
            let pairs = crate::contrast::theme_pairs(&primary, &accent, t, t);
            let failing = crate::contrast::check_pairs(&pairs);
            let on_primary_fails = failing.iter().any(|p| p.background_field == "primary");
            // Suggest only a colour that reads on both, so following the fix
            // never leads to the next error.
            let fix = match crate::contrast::readable_on_all(t, &[&primary, &accent]) {
                Some(c) => format!("choose a text colour that reads on both, e.g. `text: \"{c}\"`, or delete `text:` and the site picks black or white for each"),
                None => format!("no one text colour reads on both {primary} and {accent}: delete `text:` and the site picks black or white for each ({} and {})", best_text_on(&primary), best_text_on(&accent)),
            };
            for p in &failing {
                let (bg, field, ratio) = (&p.background, p.background_field, p.ratio());
                let message = format!("text colour {t} on the {field} colour {bg} has a contrast of {ratio:.2}:1; at least 4.5:1 is needed so everyone can read {}", p.used_for);
                if on_primary_fails {
                    ctx_error(ctx, d, s, message, fix.clone());
                } else {
                    // `text` reads on the banners it is chosen for; on the
                    // buttons the site uses black or white instead of failing
                    // the build (the format's own example is such a pair).
                    d.warning(
                        ctx.src,
                        ctx.pos(s),
                        format!("{message}, so the buttons use {} instead", best_text_on(bg)),
                        Some(fix.clone()),
                    );
                }
            }
            if on_primary_fails {
                return None;
            }
            let on_accent = if failing.is_empty() {
                t.clone()
            } else {
                best_text_on(&accent)
            };
            (t.clone(), on_accent)
        }
        _ => (best_text_on(&primary), best_text_on(&accent)),
    };
    let image = match &raw.image {
        Some(s) => Some(check_image(ctx, s, content_dir, "festivals", id, d)?),
        None => None,
    };
    Some(Look {
        primary,
        accent,
        text_on_primary: on_primary,
        text_on_accent: on_accent,
        image,
    })
}
