//! `areas:` in site.yaml and `for_areas:` on events: the neighbourhoods
//! venues are in, the postcodes families in each live at, and the events only
//! families of some areas may come to.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diagnostics::{did_you_mean, Diagnostics};
use crate::load::S;

use super::common::*;

/// One entry of `areas:`: a plain name (`- Vassall`), or a name with the
/// postcodes of the families living there.
pub(super) enum RawArea {
    Name(String),
    Full {
        name: Option<S>,
        postcodes: Option<Spanned<Vec<S>>>,
    },
}

impl<'de> Deserialize<'de> for RawArea {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawArea;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an area's name, or `name:` and `postcodes:`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawArea, E> {
                Ok(RawArea::Name(v.to_owned()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawArea, E> {
                Ok(RawArea::Name(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawArea, E> {
                Ok(RawArea::Name(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawArea, E> {
                Ok(RawArea::Name(v.to_string()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<RawArea, E> {
                Ok(RawArea::Name(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawArea, A::Error> {
                let (mut name, mut postcodes) = (None, None);
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "name" => name = Some(map.next_value::<S>()?),
                        "postcodes" => postcodes = Some(map.next_value::<Spanned<Vec<S>>>()?),
                        other => {
                            return Err(de::Error::unknown_field(other, &["name", "postcodes"]))
                        }
                    }
                }
                Ok(RawArea::Full { name, postcodes })
            }
        }
        de.deserialize_any(V)
    }
}

/// Whether `s` (capitals) is a UK outward code: `A9`, `A99`, `A9A`, `AA9`,
/// `AA99`, `AA9A`.
fn is_outward(s: &str) -> bool {
    let b = s.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    if !(1..=2).contains(&letters) || b.len() <= letters || !b[letters].is_ascii_digit() {
        return false;
    }
    let rest = &b[letters + 1..];
    rest.len() <= 1 && rest.iter().all(|c| c.is_ascii_alphanumeric())
}

/// A postcode district (`SW9`) or sector (`SW9 0`) as written, normalised
/// to capitals and one space; else a fix to suggest.
pub fn postcode_prefix(written: &str) -> Result<String, String> {
    let upper = written.trim().to_uppercase();
    let parts: Vec<&str> = upper.split_whitespace().collect();
    let example = "write the first half of a postcode (`SW9`), or it with the first digit of the second half (`SW9 0`)";
    match parts.as_slice() {
        [outward] if is_outward(outward) => Ok((*outward).to_owned()),
        // `SW90AB`: a whole postcode without its space.
        [whole] if whole.len() > 3 && is_outward(&whole[..whole.len() - 3]) => Err(format!(
            "that is a whole postcode: write its sector, `{} {}`",
            &whole[..whole.len() - 3],
            &whole[whole.len() - 3..whole.len() - 2]
        )),
        [outward, sector]
            if is_outward(outward)
                && sector.len() == 1
                && sector.as_bytes()[0].is_ascii_digit() =>
        {
            Ok(format!("{outward} {sector}"))
        }
        [outward, inward]
            if is_outward(outward)
                && inward.len() == 3
                && inward.as_bytes()[0].is_ascii_digit() =>
        {
            Err(format!(
                "that is a whole postcode: write its sector, `{outward} {}`",
                &inward[..1]
            ))
        }
        _ => Err(example.to_owned()),
    }
}

/// Checks `areas:`: the names, in order, and the postcodes of those that
/// have them.
pub(super) fn areas(
    ctx: &Ctx,
    raw: &[Spanned<RawArea>],
    d: &mut Diagnostics,
) -> (Vec<String>, BTreeMap<String, Vec<String>>) {
    let mut names: Vec<String> = Vec::new();
    let mut postcodes: BTreeMap<String, Vec<String>> = BTreeMap::new();
    // Each prefix with the area it is in and the line it is on.
    let mut owner: BTreeMap<String, (String, usize)> = BTreeMap::new();
    for item in raw {
        let (name, name_pos, list) = match &item.value {
            RawArea::Name(n) => (n.trim().to_owned(), ctx.pos_of(item), None),
            RawArea::Full { name, postcodes } => match name {
                Some(n) if !n.value.trim().is_empty() => {
                    (n.value.trim().to_owned(), ctx.pos(n), postcodes.as_ref())
                }
                _ => {
                    d.error(
                        ctx.src,
                        ctx.pos_of(item),
                        "this area has no `name`",
                        Some("write e.g. `- name: Stockwell` above its `postcodes:`".into()),
                    );
                    continue;
                }
            },
        };
        if name.is_empty() {
            continue;
        }
        if names.contains(&name) {
            d.error(
                ctx.src,
                name_pos,
                format!("the area `{name}` is listed twice"),
                Some("delete one of them".into()),
            );
            continue;
        }
        names.push(name.clone());
        let Some(list) = list else { continue };
        if list.value.is_empty() {
            d.error(
                ctx.src,
                ctx.pos_of(list),
                format!("the postcodes of `{name}` are an empty list"),
                Some("list the postcode districts or sectors families there live at, e.g. `postcodes: [SW9 0, SW9 9]`, or delete the line".into()),
            );
            continue;
        }
        let mut mine = Vec::new();
        for p in &list.value {
            let pos = ctx.pos(p);
            let prefix = match postcode_prefix(&p.value) {
                Ok(prefix) => prefix,
                Err(fix) => {
                    d.error(
                        ctx.src,
                        pos,
                        format!("`{}` is not a postcode district or sector", p.value.trim()),
                        Some(fix),
                    );
                    continue;
                }
            };
            match owner.get(&prefix) {
                Some((other, _)) if *other == name => d.error(
                    ctx.src,
                    pos,
                    format!("`{prefix}` is listed twice for `{name}`"),
                    Some("delete one of them".into()),
                ),
                Some((other, line)) => d.error(
                    ctx.src,
                    pos,
                    format!("`{prefix}` is already in the area `{other}` (line {line})"),
                    Some("a postcode can belong to one area only: delete it from one of them, or split it into sectors (`SW9 0`, `SW9 9` …)".into()),
                ),
                None => {
                    owner.insert(prefix.clone(), (name.clone(), pos.line));
                    mine.push(prefix);
                }
            }
        }
        postcodes.insert(name, mine);
    }
    (names, postcodes)
}

/// Checks an event's `for_areas:` against the site's areas.
pub(super) fn for_areas(
    ctx: &Ctx,
    raw: Option<&Spanned<Vec<S>>>,
    site_areas: &[String],
    d: &mut Diagnostics,
) -> Vec<String> {
    let Some(list) = raw else {
        return Vec::new();
    };
    if list.value.is_empty() {
        d.error(
            ctx.src,
            ctx.pos_of(list),
            "`for_areas` is an empty list",
            Some("name the areas whose families may come, e.g. `for_areas: [Stockwell]`, or delete the line if everyone may".into()),
        );
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::new();
    for s in &list.value {
        let a = s.value.trim();
        if site_areas.iter().any(|x| x == a) {
            if !out.iter().any(|x| x == a) {
                out.push(a.to_owned());
            }
            continue;
        }
        let fix = match did_you_mean(a, site_areas.iter().map(String::as_str)) {
            Some(m) => format!("did you mean `{m}`?"),
            None if site_areas.is_empty() => {
                format!("add `areas: [{a}]` to content/site.yaml")
            }
            None => format!(
                "use one of the areas in content/site.yaml: {}, or add `{a}` there",
                site_areas.join(", ")
            ),
        };
        ctx_error(
            ctx,
            d,
            s,
            format!("`{a}` is not one of the site's areas"),
            fix,
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcode_prefixes_are_normalised_or_explained() {
        assert_eq!(postcode_prefix(" sw9 "), Ok("SW9".into()));
        assert_eq!(postcode_prefix("sw9   0"), Ok("SW9 0".into()));
        assert_eq!(postcode_prefix("SE24"), Ok("SE24".into()));
        assert_eq!(postcode_prefix("W1A"), Ok("W1A".into()));
        assert!(postcode_prefix("SW9 0AB").unwrap_err().contains("`SW9 0`"));
        assert!(postcode_prefix("sw90ab").unwrap_err().contains("`SW9 0`"));
        assert!(postcode_prefix("Stockwell").is_err());
        assert!(postcode_prefix("SW9 01").is_err());
        assert!(postcode_prefix("").is_err());
        assert!(postcode_prefix("9SW").is_err());
    }
}
