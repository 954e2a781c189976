//! site.yaml: the site's settings, languages and print options.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;
use url::Url;

use crate::diagnostics::{did_you_mean, Diagnostics, Pos, Source};
use crate::load::{parse_yaml_at, Fields, S};
use crate::model::*;

use super::areas::RawArea;
use super::common::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSite {
    pub(super) title: Option<S>,
    pub(super) base_url: Option<S>,
    pub(super) timezone: Option<S>,
    pub(super) default_language: Option<S>,
    pub(super) languages: Option<Spanned<Vec<Spanned<RawLanguage>>>>,
    pub(super) areas: Option<Vec<Spanned<RawArea>>>,
    pub(super) theme: Option<S>,
    pub(super) booking_tracking: Option<BTreeMap<String, S>>,
    pub(super) region: Option<S>,
    pub(super) listing_weeks: Option<S>,
    pub(super) print: Option<Spanned<RawPrint>>,
    pub(super) contact: Option<Spanned<RawContact>>,
    pub(super) partners: Option<Spanned<Vec<Spanned<RawPartner>>>>,
    pub(super) leaflet_min_translated: Option<S>,
    pub(super) area_leaflets: Option<Spanned<RawAreaLeaflets>>,
}

/// `area_leaflets:` in site.yaml: door-drop leaflets per area.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAreaLeaflets {
    pub(super) weeks: Option<S>,
    pub(super) size: Option<S>,
}

/// `contact:` in site.yaml: the leaflets' contact panel.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawContact {
    pub(super) phone: Option<S>,
    pub(super) email: Option<S>,
    pub(super) web: Option<S>,
}

/// One of `partners:` in site.yaml.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPartner {
    pub(super) name: Option<S>,
    pub(super) logo: Option<S>,
}

/// `print:` in site.yaml: leaflets and QR sheets.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPrint {
    pub(super) paper: Option<S>,
    pub(super) bleed_mm: Option<S>,
    pub(super) qr_target: Option<S>,
}

pub(super) const SITE_FIELDS: Fields = Fields {
    all: &[
        "title",
        "base_url",
        "timezone",
        "default_language",
        "languages",
        "areas",
        "theme",
        "booking_tracking",
        "region",
        "listing_weeks",
        "print",
        "contact",
        "partners",
        "leaflet_min_translated",
        "area_leaflets",
    ],
    translatable: &[],
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLanguage {
    pub(super) code: Option<S>,
    pub(super) name: Option<S>,
    pub(super) dir: Option<S>,
    pub(super) locale: Option<S>,
}

/// The site's address is a folder every page lives under: an address copied
/// from the browser with `index.html`, `?…` or `#…` on it would make every
/// link and printed QR code point somewhere that does not exist.
pub(super) fn check_base_url(ctx: &Ctx, s: &S, mut u: Url, d: &mut Diagnostics) -> Option<Url> {
    let last = u.path().rsplit('/').next().unwrap_or("");
    let is_page = last.rsplit_once('.').is_some_and(|(_, ext)| {
        ["html", "htm", "php", "asp", "aspx", "jsp", "shtml"]
            .contains(&ext.to_ascii_lowercase().as_str())
    });
    let page = is_page.then(|| last.to_owned());
    let extra = match (&page, u.query(), u.fragment()) {
        (Some(p), _, _) => Some(format!("the page name `{p}`")),
        (None, Some(_), _) => Some("a `?` and what follows it".to_owned()),
        (None, None, Some(_)) => Some("a `#` and what follows it".to_owned()),
        (None, None, None) => None,
    };
    if let Some(what) = extra {
        if let Some(p) = &page {
            let folder = u.path().trim_end_matches(p.as_str()).to_owned();
            u.set_path(&folder);
        }
        u.set_query(None);
        u.set_fragment(None);
        d.error(
            ctx.src,
            ctx.pos(s),
            format!(
                "`base_url` is the address of the site's folder, but this one ends with {what}"
            ),
            Some(format!(
                "write `base_url: {}`",
                u.as_str().trim_end_matches('/')
            )),
        );
        return None;
    }
    Some(u)
}

pub(super) fn validate_site(src: &Source, root: &Path, d: &mut Diagnostics) -> Option<Site> {
    let (raw, keys): (RawSite, _) = parse_yaml_at(src, &src.text, 0, &SITE_FIELDS, None, d)?;
    let ctx = Ctx { src, offset: 0 };
    let mut origin = ctx.origin(keys);
    let errors_before = d.error_count();

    let title = ctx.text(&raw.title).unwrap_or_else(|| "What's On".into());
    let base_url = ctx
        .required(&raw.base_url, "base_url", "https://whatson.example.org", d)
        .and_then(|s| check_url(&ctx, s, "base_url", d).map(|u| (s, u)))
        .and_then(|(s, u)| check_base_url(&ctx, s, u, d));

    let timezone = ctx
        .required(&raw.timezone, "timezone", "Europe/London", d)
        .and_then(|s| {
            let name = s.value.trim();
            match jiff::tz::TimeZone::get(name) {
                Ok(tz) => Some((tz, name.to_owned())),
                Err(_) => {
                    let names: Vec<String> =
                        jiff::tz::db().available().map(|n| n.to_string()).collect();
                    let fix = match did_you_mean(name, names.iter().map(String::as_str)) {
                        Some(m) => format!("did you mean `timezone: {m}`?"),
                        None => "use a time zone name such as `Europe/London`".into(),
                    };
                    d.error(
                        src,
                        ctx.pos(s),
                        format!("`{name}` is not a time zone"),
                        Some(fix),
                    );
                    None
                }
            }
        });

    let region = raw.region.as_ref().and_then(|s| {
        let r = s.value.trim();
        if r.len() == 2 && r.bytes().all(|b| b.is_ascii_uppercase()) {
            Some(r.to_owned())
        } else {
            d.error(
                src,
                ctx.pos(s),
                format!("`{r}` is not a country code"),
                Some("write the two capital letters of the country, e.g. `region: GB`".into()),
            );
            None
        }
    });
    // British English dates (4 August, 24-hour clock) for a London site unless told otherwise.
    let region = region.or_else(|| {
        timezone
            .as_ref()
            .filter(|(_, n)| n == "Europe/London")
            .map(|_| "GB".to_owned())
    });

    let mut languages: Vec<Language> = Vec::new();
    // Which languages' locales come from `region` (not an explicit `locale:`).
    let mut derived_locale: Vec<bool> = Vec::new();
    let mut language_pos: Vec<Pos> = Vec::new();
    match &raw.languages {
        None => d.error(src, Pos::FILE, "the required field `languages` is missing", Some("add `languages:` with one line per language, e.g. `  - { code: en, name: English }`".into())),
        Some(list) if list.value.is_empty() => d.error(src, ctx.pos_of(list), "`languages` is empty", Some("list at least one language, e.g. `  - { code: en, name: English }`".into())),
        Some(list) => {
            for item in &list.value {
                let l = &item.value;
                let pos = ctx.pos_of(item);
                let Some(code) = l.code.as_ref() else {
                    d.error(src, pos, "this language has no `code`", Some("write e.g. `- { code: pt, name: Português }`".into()));
                    continue;
                };
                let c = code.value.trim();
                if !crate::load::is_valid_lang_code(c) {
                    d.error(src, ctx.pos(code), format!("`{c}` is not a language code"), Some("use a two- or three-letter code in lowercase, e.g. `pt`, `so`, `ar`".into()));
                    continue;
                }
                if languages.iter().any(|x| x.code == c) {
                    d.error(src, ctx.pos(code), format!("the language `{c}` is listed twice"), Some("delete one of the two lines".into()));
                    continue;
                }
                let name = ctx.text(&l.name).unwrap_or_else(|| {
                    d.error(src, pos, format!("the language `{c}` has no `name`"), Some(format!("give its name in the language itself, e.g. `- {{ code: {c}, name: … }}`")));
                    c.to_owned()
                });
                let dir = match &l.dir {
                    None => Dir::for_language(c),
                    Some(s) => match s.value.trim() {
                        "rtl" => Dir::Rtl,
                        "ltr" => Dir::Ltr,
                        other => {
                            d.error(src, ctx.pos(s), format!("`dir: {other}` is not a text direction"), Some("write `dir: rtl` (right to left) or `dir: ltr`".into()));
                            Dir::for_language(c)
                        }
                    },
                };
                let locale = match &l.locale {
                    Some(s) => {
                        let v = s.value.trim();
                        if v.parse::<icu_locale_core::Locale>().is_err() {
                            d.error(src, ctx.pos(s), format!("`{v}` is not a locale"), Some("write a language code with a country, e.g. `locale: pt-BR`".into()));
                        }
                        v.to_owned()
                    }
                    None => match &region {
                        Some(r) if !c.contains('-') => format!("{c}-{r}"),
                        _ => c.to_owned(),
                    },
                };
                derived_locale.push(l.locale.is_none() && region.is_some());
                language_pos.push(ctx.pos(code));
                if let Some(n) = &l.name {
                    origin.fields.insert(format!("languages.{}.name", languages.len()), ctx.pos(n));
                }
                languages.push(Language { code: c.to_owned(), name, dir, dates_locale: locale.clone(), locale });
            }
        }
    }

    let default_language = ctx
        .required(&raw.default_language, "default_language", "en", d)
        .and_then(|s| {
            let c = s.value.trim();
            if languages.iter().any(|l| l.code == c) {
                Some(c.to_owned())
            } else {
                if !languages.is_empty() {
                    let fix = match did_you_mean(c, languages.iter().map(|l| l.code.as_str())) {
                        Some(m) => format!("did you mean `default_language: {m}`?"),
                        None => format!(
                            "add `{c}` to `languages`, or choose one of: {}",
                            languages
                                .iter()
                                .map(|l| l.code.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    };
                    d.error(
                        src,
                        ctx.pos(s),
                        format!("the default language `{c}` is not in `languages`"),
                        Some(fix),
                    );
                }
                None
            }
        });

    // One clock for the whole site: the one used in the site's region (CLDR:
    // 24-hour in Britain), or else the default language's. An Arabic or Amharic page for a
    // London programme then says 14:00 like its posters, not "2:00 PM".
    if let Some(di) = default_language
        .as_ref()
        .and_then(|c| languages.iter().position(|l| &l.code == c))
    {
        let cycle = region
            .as_deref()
            .and_then(crate::i18n::region_hour_cycle)
            .unwrap_or_else(|| crate::i18n::hour_cycle(&languages[di].locale));
        for (l, derived) in languages.iter_mut().zip(&derived_locale) {
            if *derived {
                l.locale = format!("{}-u-hc-{cycle}", l.locale);
            }
            l.dates_locale = l.locale.clone();
        }
        // CLDR has no month or day names for some languages families speak
        // (Romani, Dari, Twi): their pages write dates as the default
        // language does rather than "2027 M03 2".
        let default_locale = languages[di].locale.clone();
        let default_name = languages[di].name.clone();
        let default_has_dates = crate::i18n::has_date_names(&default_locale);
        let mut example = None;
        for (l, pos) in languages.iter_mut().zip(&language_pos) {
            if crate::i18n::has_date_names(&l.locale) {
                continue;
            }
            let example = example.get_or_insert_with(|| {
                crate::i18n::Formats::new(&default_locale)
                    .weekday_date(jiff::civil::date(2027, 3, 2))
            });
            let (message, fix) = if default_has_dates {
                l.dates_locale = default_locale.clone();
                (
                    format!("there are no date names for `{}` in the locale data, so its pages write dates as {default_name} does (\"{example}\")", l.code),
                    "to use another language's dates instead, add its locale to this line (e.g. `locale: fa-AF` for Persian dates); otherwise nothing needs to change".to_owned(),
                )
            } else {
                (
                    format!("there are no date names for `{}` in the locale data, so dates are written as numbers (\"{example}\")", l.code),
                    format!("name a language its readers know dates in, e.g. `- {{ code: {}, name: {}, locale: en-GB }}`", l.code, l.name),
                )
            };
            d.warning(src, *pos, message, Some(fix));
        }
    }

    let (areas, postcodes) = super::areas::areas(&ctx, raw.areas.as_deref().unwrap_or(&[]), d);
    // Where each area is written, for notes about its printed leaflet.
    for (i, item) in raw.areas.iter().flatten().enumerate() {
        origin.fields.insert(format!("areas.{i}"), ctx.pos_of(item));
    }

    let theme = match &raw.theme {
        Some(s) => {
            let t = s.value.trim().to_owned();
            if !crate::load::is_valid_id(&t) {
                d.error(
                    src,
                    ctx.pos(s),
                    format!("`{t}` is not a theme name"),
                    Some("use the name of a folder in themes/, e.g. `theme: default`".into()),
                );
            } else if !root.join("themes").join(&t).join("templates").is_dir() {
                let known: Vec<String> = std::fs::read_dir(root.join("themes"))
                    .map(|r| {
                        r.flatten()
                            .filter_map(|e| e.file_name().to_str().map(str::to_owned))
                            .collect()
                    })
                    .unwrap_or_default();
                let fix = match did_you_mean(&t, known.iter().map(String::as_str)) {
                    Some(m) if m != t => format!("did you mean `theme: {m}`?"),
                    _ if t == "default" => "the default theme is missing: copy the themes/default folder from whatson into this site".into(),
                    _ => format!("create themes/{t}/templates/, or use `theme: default`"),
                };
                d.error(
                    src,
                    ctx.pos(s),
                    format!("there is no theme `{t}` (no folder themes/{t}/templates)"),
                    Some(fix),
                );
            }
            t
        }
        None => "default".into(),
    };

    let booking_tracking = raw
        .booking_tracking
        .iter()
        .flatten()
        .map(|(k, v)| (k.clone(), v.value.trim().to_owned()))
        .collect();

    let listing_weeks = match &raw.listing_weeks {
        None => 6,
        Some(s) => match s.value.trim().parse::<u32>() {
            Ok(n) if (1..=52).contains(&n) => n,
            _ => {
                d.error(
                    src,
                    ctx.pos(s),
                    "`listing_weeks` must be a number of weeks from 1 to 52",
                    Some("e.g. `listing_weeks: 6`".into()),
                );
                6
            }
        },
    };

    let print = print_settings(&ctx, raw.print.as_ref(), d);
    let contact = raw.contact.as_ref().and_then(|c| contact(&ctx, c, d));
    let partners = partners(&ctx, root, raw.partners.as_ref(), d);
    let leaflet_min_translated = match &raw.leaflet_min_translated {
        None => DEFAULT_LEAFLET_MIN_TRANSLATED,
        Some(s) => {
            let v = s.value.trim();
            match v.trim_end_matches('%').trim().parse::<u8>() {
                Ok(n) if n <= 100 => n,
                _ => {
                    d.error(
                        src,
                        ctx.pos(s),
                        format!("`leaflet_min_translated: {v}` must be a share from 0% to 100%"),
                        Some(format!("e.g. `leaflet_min_translated: {DEFAULT_LEAFLET_MIN_TRANSLATED}%` (no leaflet is made in a language with less than half its text translated), or `0%` to print every language")),
                    );
                    DEFAULT_LEAFLET_MIN_TRANSLATED
                }
            }
        }
    };

    let area_leaflets = raw
        .area_leaflets
        .as_ref()
        .map(|a| area_leaflets(&ctx, &a.value, d));

    if d.error_count() > errors_before {
        return None;
    }
    let (timezone, timezone_name) = timezone?;
    Some(Site {
        title,
        base_url: base_url?,
        timezone,
        timezone_name,
        default_language: default_language?,
        languages,
        areas,
        postcodes,
        theme,
        booking_tracking,
        listing_weeks,
        print,
        region,
        contact,
        partners,
        leaflet_min_translated,
        area_leaflets,
        origin,
    })
}

/// `contact:`: phone, email and web lines, each optional. `None` when no line
/// has text.
fn contact(ctx: &Ctx, raw: &Spanned<RawContact>, d: &mut Diagnostics) -> Option<Contact> {
    let r = &raw.value;
    let line = |s: &Option<S>, field: &str, example: &str, d: &mut Diagnostics| {
        let s = s.as_ref()?;
        let v = s.value.trim();
        if v.is_empty() {
            d.error(
                ctx.src,
                ctx.pos(s),
                format!("`contact: {field}` is empty"),
                Some(format!(
                    "write it, e.g. `{field}: {example}`, or delete the line"
                )),
            );
            return None;
        }
        if v.chars().count() > 60 {
            d.error(
                ctx.src,
                ctx.pos(s),
                format!("`contact: {field}` has {} characters: it does not fit on one line of a leaflet", v.chars().count()),
                Some("keep each contact line under 60 characters".into()),
            );
            return None;
        }
        Some(v.to_owned())
    };
    let c = Contact {
        phone: line(&r.phone, "phone", "020 7926 1000", d),
        email: line(&r.email, "email", "families@example.org", d),
        web: line(&r.web, "web", "whatson.example.org", d),
    };
    if let Some(e) = &c.email {
        if !e.contains('@') {
            if let Some(s) = &r.email {
                d.error(
                    ctx.src,
                    ctx.pos(s),
                    format!("`{e}` is not an email address"),
                    Some("write the whole address, e.g. `email: families@example.org`".into()),
                );
            }
        }
    }
    (!c.lines().is_empty()).then_some(c)
}

/// Logo formats Typst prints (and a printer can use at any size).
const LOGO_FORMATS: &[&str] = &["svg", "png", "jpg", "jpeg"];

/// `partners:`: each a name and a logo inside content/.
fn partners(
    ctx: &Ctx,
    root: &Path,
    raw: Option<&Spanned<Vec<Spanned<RawPartner>>>>,
    d: &mut Diagnostics,
) -> Vec<Partner> {
    let mut out = Vec::new();
    let content_dir = root.join("content");
    for item in raw.map(|l| l.value.as_slice()).unwrap_or_default() {
        let p = &item.value;
        let pos = ctx.pos_of(item);
        let name = match &p.name {
            Some(s) if !s.value.trim().is_empty() => s.value.trim().to_owned(),
            Some(s) => {
                d.error(ctx.src, ctx.pos(s), "this partner's `name` is empty", Some("write the partner's name, e.g. `name: Lambeth Council`: it is printed beside the logo for people who cannot see it".into()));
                continue;
            }
            None => {
                d.error(
                    ctx.src,
                    pos,
                    "this partner has no `name`",
                    Some(
                        "write e.g. `- { name: Lambeth Council, logo: partners/lambeth.svg }`"
                            .into(),
                    ),
                );
                continue;
            }
        };
        let Some(logo) = &p.logo else {
            d.error(
                ctx.src,
                pos,
                format!("the partner `{name}` has no `logo`"),
                Some("add the logo's file in content/, e.g. `logo: partners/lambeth.svg`".into()),
            );
            continue;
        };
        if let Some(path) = check_logo(ctx, logo, &content_dir, d) {
            out.push(Partner { name, logo: path });
        }
    }
    out
}

/// A logo path: relative to content/, inside it, an SVG, PNG or JPEG that
/// can be read.
fn check_logo(
    ctx: &Ctx,
    s: &S,
    content_dir: &Path,
    d: &mut Diagnostics,
) -> Option<std::path::PathBuf> {
    let rel = s.value.trim();
    let rel_path = Path::new(rel);
    let escapes = rel_path.is_absolute()
        || rel_path.components().any(|c| {
            !matches!(
                c,
                std::path::Component::Normal(_) | std::path::Component::CurDir
            )
        });
    if rel.is_empty() || escapes {
        d.error(ctx.src, ctx.pos(s), format!("the logo `{rel}` is not a file inside the content folder"), Some("put the logo in the content folder and write its path from there, e.g. `logo: partners/lambeth.svg`".into()));
        return None;
    }
    let path = content_dir.join(rel_path);
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if !LOGO_FORMATS.contains(&ext.as_str()) {
        d.error(ctx.src, ctx.pos(s), format!("the logo `{rel}` is not in a format leaflets can print"), Some("use an .svg logo (best: sharp at any size), or a .png or .jpg at least 600 pixels wide".into()));
        return None;
    }
    if !path.is_file() {
        d.error(
            ctx.src,
            ctx.pos(s),
            format!("the logo `{rel}` does not exist"),
            Some(format!(
                "put the logo at content/{rel}, or correct the path (it is case-sensitive)"
            )),
        );
        return None;
    }
    // A link inside content/ that leads out of it.
    let inside = match (content_dir.canonicalize(), path.canonicalize()) {
        (Ok(root), Ok(p)) => p.starts_with(root),
        _ => false,
    };
    if !inside {
        d.error(
            ctx.src,
            ctx.pos(s),
            format!("the logo `{rel}` is outside the content folder"),
            Some("copy the logo itself into the content folder".into()),
        );
        return None;
    }
    let readable = if ext == "svg" {
        std::fs::read_to_string(&path).is_ok_and(|t| t.contains("<svg"))
    } else {
        image::ImageReader::open(&path)
            .ok()
            .and_then(|r| r.with_guessed_format().ok())
            .and_then(|r| r.into_dimensions().ok())
            .is_some()
    };
    if !readable {
        d.error(
            ctx.src,
            ctx.pos(s),
            format!(
                "the logo `{rel}` cannot be read: it is damaged or not really a{} picture",
                if ext == "svg" { "n SVG" } else { "" }
            ),
            Some("open it in an image editor and save it again as .svg or .png".into()),
        );
        return None;
    }
    Some(path)
}

/// Checks `print:` in site.yaml; anything not given keeps its default.
pub(super) fn print_settings(
    ctx: &Ctx,
    raw: Option<&Spanned<RawPrint>>,
    d: &mut Diagnostics,
) -> PrintSettings {
    let mut p = PrintSettings::default();
    let Some(raw) = raw.map(|r| &r.value) else {
        return p;
    };
    if let Some(s) = &raw.paper {
        match s.value.trim().to_ascii_lowercase().as_str() {
            "a5" => p.paper = Paper::A5,
            "a4" => p.paper = Paper::A4,
            "dl" => p.paper = Paper::Dl,
            other => d.error(
                ctx.src,
                ctx.pos(s),
                format!("`paper: {other}` is not a leaflet size whatson knows"),
                Some("write `paper: a5` (148 × 210 mm), `paper: a4` (210 × 297 mm) or `paper: dl` (99 × 210 mm)".into()),
            ),
        }
    }
    if let Some(s) = &raw.bleed_mm {
        let v = s.value.trim().trim_end_matches("mm").trim();
        match v.parse::<f64>() {
            Ok(mm) if (0.0..=10.0).contains(&mm) => p.bleed_mm = mm,
            _ => d.error(
                ctx.src,
                ctx.pos(s),
                format!(
                    "`bleed_mm: {}` must be a number of millimetres from 0 to 10",
                    s.value.trim()
                ),
                Some("printers usually ask for 3 mm: write `bleed_mm: 3`".into()),
            ),
        }
    }
    if let Some(s) = &raw.qr_target {
        match s.value.trim() {
            "short" => p.qr_target = QrTarget::Short,
            "direct" => p.qr_target = QrTarget::Direct,
            other => d.error(
                ctx.src,
                ctx.pos(s),
                format!("`qr_target: {other}` is not a choice"),
                Some("write `qr_target: short` (QR codes open a short link on this site that forwards to the booking page; keeps working when a booking link changes) or `qr_target: direct` (QR codes hold the booking link itself)".into()),
            ),
        }
    }
    p
}

/// Checks `area_leaflets:`; anything not given keeps its default (4 weeks, A5).
fn area_leaflets(ctx: &Ctx, raw: &RawAreaLeaflets, d: &mut Diagnostics) -> AreaLeaflets {
    let mut a = AreaLeaflets {
        weeks: AreaLeaflets::DEFAULT_WEEKS,
        paper: Paper::A5,
        from: None,
    };
    if let Some(s) = &raw.weeks {
        match s.value.trim().parse::<u32>() {
            Ok(n) if (1..=12).contains(&n) => a.weeks = n,
            _ => d.error(
                ctx.src,
                ctx.pos(s),
                format!(
                    "`weeks: {}` must be a number of weeks from 1 to 12",
                    s.value.trim()
                ),
                Some("e.g. `area_leaflets: { weeks: 4 }`: each area leaflet lists the next four weeks".into()),
            ),
        }
    }
    if let Some(s) = &raw.size {
        match s.value.trim().to_ascii_lowercase().as_str() {
            "a5" => a.paper = Paper::A5,
            "dl" => a.paper = Paper::Dl,
            other => d.error(
                ctx.src,
                ctx.pos(s),
                format!("`size: {other}` is not a size for area leaflets"),
                Some("write `size: a5` (148 × 210 mm, folded or two-sided) or `size: dl` (99 × 210 mm, fits a letterbox and a DL envelope)".into()),
            ),
        }
    }
    a
}
