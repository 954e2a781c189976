//! `content/qr-sheets/<id>.yaml`: labelled links printed as QR codes.

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diagnostics::{Diagnostics, Pos};
use crate::load::{parse_fields_at, ContentFile, Fields, S};
use crate::model::*;

use super::common::*;

#[derive(Deserialize)]
pub(super) struct RawQrSheet {
    pub(super) title: Option<S>,
    pub(super) links: Option<Spanned<Vec<Spanned<RawQrLink>>>>,
    pub(super) layout: Option<S>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQrLink {
    pub(super) label: Option<S>,
    pub(super) url: Option<S>,
}

pub(super) const QR_FIELDS: Fields = Fields {
    all: &["title", "links", "layout"],
    translatable: &["title", "links", "translated_from"],
};

pub(super) fn qr_sheet(ctx: &Ctx, f: &ContentFile, d: &mut Diagnostics) -> Option<QrSheet> {
    let (raw, keys): (RawQrSheet, _) = parse_fields_at(f, &QR_FIELDS, d)?;
    let before = d.error_count();
    let title = ctx.required(&raw.title, "title", "Useful links for families", d);
    let mut links = Vec::new();
    let mut origin = ctx.origin(keys);
    match &raw.links {
        None => d.error(
            ctx.src,
            Pos::FILE,
            "the required field `links` is missing",
            Some("add `links:` with `- label: …` and `url: …` for each link".into()),
        ),
        Some(list) if list.value.is_empty() => d.error(
            ctx.src,
            ctx.pos_of(list),
            "`links` is empty, so the printed sheet would have no codes",
            Some("add `- label: …` and `url: …` for each link, or delete the file".into()),
        ),
        Some(list) => {
            for item in &list.value {
                let l = &item.value;
                let label = ctx.required(&l.label, "label", "Healthy Start card", d);
                let url = ctx
                    .required(&l.url, "url", "https://www.healthystart.nhs.uk/", d)
                    .and_then(|s| check_url(ctx, s, "url", d));
                if let (Some(label), Some(url)) = (label, url) {
                    let n = links.len();
                    origin
                        .fields
                        .insert(format!("links.{n}.label"), ctx.pos(label));
                    if let Some(u) = &l.url {
                        origin.fields.insert(format!("links.{n}.url"), ctx.pos(u));
                    }
                    links.push(QrLink {
                        label: Localized::new(label.value.trim().to_owned()),
                        url,
                    });
                }
            }
        }
    }
    let layout = match raw.layout.as_ref().map(|s| (s, s.value.trim())) {
        None | Some((_, "grid")) => SheetLayout::Grid,
        Some((_, "poster")) => SheetLayout::Poster,
        Some((s, other)) => {
            d.error(
                ctx.src,
                ctx.pos(s),
                format!("`layout: {other}` is not a QR sheet layout"),
                Some("write `layout: poster` (two large codes a page, to scan from a metre or more away) or `layout: grid` (many small codes, the usual)".into()),
            );
            SheetLayout::Grid
        }
    };
    if d.error_count() > before {
        return None;
    }
    Some(QrSheet {
        id: f.id.clone(),
        layout,
        title: Localized::new(title?.value.trim().to_owned()),
        links,
        origin,
    })
}
