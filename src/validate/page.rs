//! `content/pages/<id>.md`.

use serde::Deserialize;

use crate::diagnostics::Diagnostics;
use crate::load::{parse_fields_at, ContentFile, Fields, S};
use crate::model::*;

use super::common::*;

#[derive(Deserialize)]
pub(super) struct RawPage {
    pub(super) title: Option<S>,
    pub(super) summary: Option<S>,
}

pub(super) const PAGE_FIELDS: Fields = Fields {
    all: &["title", "summary"],
    translatable: &["title", "summary", "translated_from"],
};

pub(super) fn page(ctx: &Ctx, f: &ContentFile, d: &mut Diagnostics) -> Option<Page> {
    let (raw, keys): (RawPage, _) = parse_fields_at(f, &PAGE_FIELDS, d)?;
    let title = ctx.required(&raw.title, "title", "About us", d)?;
    Some(Page {
        id: f.id.clone(),
        title: Localized::new(title.value.trim().to_owned()),
        summary: ctx.text(&raw.summary).map(Localized::new),
        body: Localized::new(f.body.clone()),

        origin: ctx.origin(keys),
    })
}
