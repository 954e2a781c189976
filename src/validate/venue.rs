//! `content/venues/<id>.yaml`.

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diagnostics::{did_you_mean, Diagnostics};
use crate::load::{parse_fields_at, ContentFile, Fields, S};
use crate::model::*;

use super::common::*;

#[derive(Deserialize)]
pub(super) struct RawVenue {
    pub(super) name: Option<S>,
    pub(super) address: Option<S>,
    pub(super) postcode: Option<S>,
    pub(super) area: Option<S>,
    pub(super) location: Option<Spanned<Vec<S>>>,
    pub(super) accessibility: Option<S>,
}

pub(super) const VENUE_FIELDS: Fields = Fields {
    all: &[
        "name",
        "address",
        "postcode",
        "area",
        "location",
        "accessibility",
    ],
    translatable: &["name", "accessibility", "translated_from"],
};

pub(super) fn venue(ctx: &Ctx, f: &ContentFile, site: &Site, d: &mut Diagnostics) -> Option<Venue> {
    let (raw, keys): (RawVenue, _) = parse_fields_at(f, &VENUE_FIELDS, d)?;
    let before = d.error_count();
    let name = ctx.required(&raw.name, "name", "Myatt's Fields Park", d);
    let address = ctx.required(&raw.address, "address", "Cormont Road, London", d);
    let area = ctx
        .required(
            &raw.area,
            "area",
            site.areas.first().map(String::as_str).unwrap_or("Vassall"),
            d,
        )
        .and_then(|s| {
            let a = s.value.trim();
            if site.areas.iter().any(|x| x == a) {
                return Some(a.to_owned());
            }
            let fix = match did_you_mean(a, site.areas.iter().map(String::as_str)) {
                Some(m) => format!("did you mean `area: {m}`?"),
                None if site.areas.is_empty() => format!("add `areas: [{a}]` to content/site.yaml"),
                None => format!(
                    "use one of the areas in content/site.yaml: {}, or add `{a}` there",
                    site.areas.join(", ")
                ),
            };
            ctx_error(
                ctx,
                d,
                s,
                format!("`{a}` is not one of the site's areas"),
                fix,
            );
            None
        });
    let location = raw.location.as_ref().and_then(|loc| {
        let nums: Vec<Option<f64>> = loc.value.iter().map(|v| v.value.trim().parse::<f64>().ok()).collect();
        match nums.as_slice() {
            [Some(lat), Some(lon)] if (-90.0..=90.0).contains(lat) && (-180.0..=180.0).contains(lon) => Some((*lat, *lon)),
            _ => {
                d.error(ctx.src, ctx.pos_of(loc), "`location` must be two numbers: latitude, longitude", Some("e.g. `location: [51.4747, -0.1036]` (from a map: right-click the place, copy the numbers)".into()));
                None
            }
        }
    });
    if d.error_count() > before {
        return None;
    }
    Some(Venue {
        id: f.id.clone(),
        name: Localized::new(name?.value.trim().to_owned()),
        address: address?.value.trim().to_owned(),
        postcode: ctx.text(&raw.postcode),
        area: area?,
        location,
        accessibility: ctx.text(&raw.accessibility).map(Localized::new),

        origin: ctx.origin(keys),
    })
}
