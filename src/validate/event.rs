//! `content/events/<id>.md`: when (schedule and repeats), where, for whom, cost.

use std::collections::BTreeSet;
use std::path::Path;

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diagnostics::{Diagnostics, Pos};
use crate::load::{parse_fields_at, ContentFile, Fields, S};
use crate::model::*;

use super::common::*;
use super::fields::*;

#[derive(Deserialize)]
pub(super) struct RawEvent {
    pub(super) title: Option<S>,
    pub(super) summary: Option<S>,
    pub(super) festival: Option<S>,
    pub(super) venue: Option<S>,
    pub(super) starts: Option<S>,
    pub(super) ends: Option<S>,
    pub(super) duration: Option<S>,
    pub(super) ages: Option<S>,
    pub(super) siblings_welcome: Option<S>,
    pub(super) cost: Option<S>,
    pub(super) booking: Option<S>,
    pub(super) drop_in: Option<S>,
    pub(super) flagship: Option<S>,
    pub(super) tags: Option<Vec<S>>,
    pub(super) spoken_languages: Option<Vec<S>>,
    pub(super) accessibility: Option<S>,
    pub(super) image: Option<S>,
    pub(super) cancelled: Option<S>,
    pub(super) repeats: Option<Spanned<RawRepeats>>,
    pub(super) changes: Option<super::changes::RawChanges>,
    pub(super) for_areas: Option<Spanned<Vec<S>>>,
}

pub(crate) const EVENT_FIELDS: Fields = Fields {
    all: &[
        "title",
        "summary",
        "festival",
        "venue",
        "starts",
        "ends",
        "duration",
        "ages",
        "siblings_welcome",
        "cost",
        "booking",
        "drop_in",
        "flagship",
        "tags",
        "spoken_languages",
        "accessibility",
        "image",
        "cancelled",
        "repeats",
        "changes",
        "for_areas",
    ],
    translatable: &[
        "title",
        "summary",
        "accessibility",
        "changes",
        "translated_from",
    ],
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRepeats {
    pub(super) every: Option<S>,
    pub(super) until: Option<S>,
    pub(super) except: Option<Vec<S>>,
}

pub(super) fn event(
    ctx: &Ctx,
    f: &ContentFile,
    content_dir: &Path,
    site: &Site,
    venues: &BTreeSet<String>,
    festivals: &BTreeSet<String>,
    d: &mut Diagnostics,
) -> Option<Event> {
    let (raw, keys): (RawEvent, _) = parse_fields_at(f, &EVENT_FIELDS, d)?;
    let before = d.error_count();
    let title = ctx.required(&raw.title, "title", "Stay and play", d);
    if raw
        .summary
        .as_ref()
        .is_none_or(|s| s.value.trim().is_empty())
    {
        d.warning(
            ctx.src,
            Pos::FILE,
            "this event has no `summary`",
            Some("add a one-line `summary:`; it is shown in listings and on leaflets".into()),
        );
    }
    let venue = ctx
        .required(
            &raw.venue,
            "venue",
            venues
                .iter()
                .next()
                .map(String::as_str)
                .unwrap_or("myatts-fields-park"),
            d,
        )
        .and_then(|s| ctx.reference(s, "venue", "venue", "venues", venues, d));
    let festival = raw
        .festival
        .as_ref()
        .filter(|s| !s.value.trim().is_empty())
        .and_then(|s| ctx.reference(s, "festival", "festival", "festivals", festivals, d));
    let schedule = schedule(ctx, &raw, &site.timezone, d);
    let repeat = match (&raw.repeats, &schedule) {
        (Some(r), Some(sch)) => repeat(ctx, r, sch, d),
        _ => None,
    };
    // A `repeats` with its own mistake is reported there, not again here.
    let repeats_broken = raw.repeats.is_some() && repeat.is_none();
    let changes = match (&raw.changes, &schedule) {
        (Some(c), Some(sch)) if !repeats_broken => {
            super::changes::changes(ctx, c, sch, repeat.as_ref(), &site.timezone, d)
        }
        _ => Vec::new(),
    };
    let ages = raw.ages.as_ref().and_then(|s| match parse_ages(&s.value) {
        Ok(a) => Some(a),
        Err((message, fix)) => {
            ctx_error(ctx, d, s, message, fix);
            None
        }
    });
    let cost = match &raw.cost {
        None => Cost::Free,
        Some(s) => parse_cost(&s.value).unwrap_or_else(|| {
            ctx_error(
                ctx,
                d,
                s,
                format!("`cost: {}` is not a price", s.value.trim()),
                cost_fix(s.value.trim()),
            );
            Cost::Free
        }),
    };
    let booking = raw
        .booking
        .as_ref()
        .filter(|s| !s.value.trim().is_empty())
        .and_then(|s| check_url(ctx, s, "booking", d));
    let drop_in = ctx.boolean(&raw.drop_in, "drop_in", d);
    let flagship = ctx.boolean(&raw.flagship, "flagship", d);
    let cancelled = ctx.boolean(&raw.cancelled, "cancelled", d);
    let siblings_welcome = ctx.boolean(&raw.siblings_welcome, "siblings_welcome", d);
    if raw.booking.is_none() && !drop_in && !cancelled {
        d.warning(
            ctx.src,
            Pos::FILE,
            "this event has no `booking` link and is not marked `drop_in: true`",
            Some("add `booking: https://…` or `drop_in: true` so parents know what to do".into()),
        );
    }
    if flagship && raw.festival.is_none() {
        if let Some(s) = &raw.flagship {
            d.warning(
                ctx.src,
                ctx.pos(s),
                "`flagship` only matters for festival events",
                Some("add `festival: <id>` or delete `flagship`".into()),
            );
        }
    }
    let spoken_languages = raw
        .spoken_languages
        .iter()
        .flatten()
        .filter_map(|s| {
            let c = s.value.trim();
            if crate::load::is_valid_lang_code(c) && c.parse::<icu_locale_core::LanguageIdentifier>().is_ok() {
                Some(c.to_owned())
            } else {
                ctx_error(ctx, d, s, format!("`{c}` is not a language code"), "use two- or three-letter lowercase codes, e.g. `spoken_languages: [en, pt, so]`".into());
                None
            }
        })
        .collect();
    let tags = raw
        .tags
        .iter()
        .flatten()
        .map(|s| s.value.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    let image = raw
        .image
        .as_ref()
        .and_then(|s| check_image(ctx, s, content_dir, "events", &f.id, d));
    let for_areas = super::areas::for_areas(ctx, raw.for_areas.as_ref(), &site.areas, d);
    if d.error_count() > before {
        return None;
    }
    Some(Event {
        id: f.id.clone(),
        title: Localized::new(title?.value.trim().to_owned()),
        summary: ctx.text(&raw.summary).map(Localized::new),
        body: Localized::new(f.body.clone()),
        festival,
        venue: venue?,
        schedule: schedule?,
        repeat,
        ages,
        siblings_welcome,
        cost,
        booking,
        drop_in,
        flagship,
        tags,
        spoken_languages,
        accessibility: ctx.text(&raw.accessibility).map(Localized::new),
        image,
        cancelled,
        changes,
        for_areas,
        origin: ctx.origin(keys),
    })
}

pub(super) fn schedule(
    ctx: &Ctx,
    raw: &RawEvent,
    tz: &TimeZone,
    d: &mut Diagnostics,
) -> Option<Schedule> {
    let Some(starts_s) = ctx.required(&raw.starts, "starts", "2026-08-04 10:30", d) else {
        end_errors_alone(ctx, raw, d);
        return None;
    };
    let starts = match parse_when(&starts_s.value, false) {
        Ok(w) => w,
        Err(fix) => {
            ctx_error(
                ctx,
                d,
                starts_s,
                format!("`starts: {}` is not a date and time", starts_s.value.trim()),
                fix,
            );
            end_errors_alone(ctx, raw, d);
            return None;
        }
    };
    match starts {
        When::Date(start) => {
            if let Some(s) = &raw.duration {
                ctx_error(
                    ctx,
                    d,
                    s,
                    "an all-day event cannot have a `duration`".into(),
                    "give `starts` a time (e.g. `starts: 2026-08-04 10:30`) or delete `duration`"
                        .into(),
                );
                return None;
            }
            let end = match &raw.ends {
                None => start,
                Some(s) => match parse_when(&s.value, false) {
                    Ok(When::Date(e)) => e,
                    Ok(_) => {
                        ctx_error(ctx, d, s, "`starts` is a date without a time (all day), so `ends` must be a date too".into(), "write `ends: YYYY-MM-DD` (the last day), or give both a time".into());
                        return None;
                    }
                    Err(fix) => {
                        ctx_error(
                            ctx,
                            d,
                            s,
                            format!("`ends: {}` is not a date", s.value.trim()),
                            fix,
                        );
                        return None;
                    }
                },
            };
            if end < start {
                ctx_error(
                    ctx,
                    d,
                    raw.ends.as_ref()?,
                    format!("the event ends ({end}) before it starts ({start})"),
                    "check the dates: `ends` is the last day of the event".into(),
                );
                return None;
            }
            Some(Schedule::AllDay { start, end })
        }
        When::DateTime(start) => {
            let end = match (&raw.ends, &raw.duration) {
                (Some(e), Some(_)) => {
                    ctx_error(
                        ctx,
                        d,
                        e,
                        "give either `ends` or `duration`, not both".into(),
                        "delete one of the two lines".into(),
                    );
                    return None;
                }
                (Some(e), None) => match ends_when(ctx, e, d)? {
                    When::DateTime(end) => end,
                    When::Time(t) => start.date().to_datetime(t),
                    When::Date(_) => {
                        ctx_error(
                            ctx,
                            d,
                            e,
                            "`ends` needs a time because `starts` has one".into(),
                            format!("write e.g. `ends: {} 12:00`", start.date()),
                        );
                        return None;
                    }
                },
                (None, Some(dur)) => {
                    let minutes = duration_minutes(ctx, dur, d)?;
                    start.checked_add(jiff::Span::new().minutes(minutes)).ok()?
                }
                (None, None) => {
                    d.error(ctx.src, ctx.pos(starts_s), "this event has a start time but no end", Some("add `ends: …` (e.g. `ends: 12:00`) or `duration: …` (e.g. `duration: 90m`) under `starts`".into()));
                    return None;
                }
            };
            if end <= start {
                let s = raw.ends.as_ref().or(raw.duration.as_ref())?;
                ctx_error(
                    ctx,
                    d,
                    s,
                    format!("the event ends ({}) before it starts ({})", end.strftime("%Y-%m-%d %H:%M"), start.strftime("%Y-%m-%d %H:%M")),
                    "check the times; use the 24-hour clock (2pm is 14:00); an event past midnight ends on the next day's date".into(),
                );
                return None;
            }
            let end_s = raw
                .ends
                .as_ref()
                .or(raw.duration.as_ref())
                .unwrap_or(starts_s);
            let start_ok = exists_locally(ctx, tz, start, "starts", starts_s, d);
            let end_ok = exists_locally(ctx, tz, end, "ends", end_s, d);
            (start_ok && end_ok).then_some(Schedule::Timed { start, end })
        }
        When::Time(_) => None,
    }
}

/// When `starts` is missing or unreadable, `ends` and `duration` are still
/// checked on their own, so one run reports every mistake in the event.
pub(super) fn end_errors_alone(ctx: &Ctx, raw: &RawEvent, d: &mut Diagnostics) {
    if let Some(e) = &raw.ends {
        ends_when(ctx, e, d);
    }
    if let Some(dur) = &raw.duration {
        duration_minutes(ctx, dur, d);
    }
}

/// `ends` as a date, a date and time, or a time alone; a finding otherwise.
pub(super) fn ends_when(ctx: &Ctx, e: &S, d: &mut Diagnostics) -> Option<When> {
    parse_when(&e.value, true)
        .map_err(|fix| {
            let message = format!("`ends: {}` is not a date and time", e.value.trim());
            ctx_error(ctx, d, e, message, fix);
        })
        .ok()
}

/// `duration` in minutes; a finding when it is not a length of time.
pub(super) fn duration_minutes(ctx: &Ctx, dur: &S, d: &mut Diagnostics) -> Option<i64> {
    let minutes = parse_duration(&dur.value);
    if minutes.is_none() {
        let message = format!("`duration: {}` is not a length of time", dur.value.trim());
        ctx_error(ctx, d, dur, message, duration_fix(&dur.value));
    }
    minutes
}

/// A local time skipped when the clocks go forward (01:30 on the last Sunday
/// of March in London) never happens: an event there is a typing mistake, and
/// silently moving it would print a time nobody wrote.
pub(super) fn exists_locally(
    ctx: &Ctx,
    tz: &TimeZone,
    at: DateTime,
    field: &str,
    s: &S,
    d: &mut Diagnostics,
) -> bool {
    let jiff::tz::AmbiguousOffset::Gap { before, after } = tz.to_ambiguous_zoned(at).offset()
    else {
        return true;
    };
    let jump = jiff::SignedDuration::from_secs(i64::from(after.seconds() - before.seconds()));
    let first_valid = at
        .checked_add(jump)
        .map(|t| t.strftime("%H:%M").to_string())
        .unwrap_or_default();
    ctx_error(
        ctx,
        d,
        s,
        format!(
            "`{field}: {}` does not exist: the clocks go forward that night, so the time {} is skipped",
            s.value.trim(),
            at.strftime("%H:%M")
        ),
        format!("check the time; the same moment is written {first_valid}"),
    );
    false
}

pub(super) fn repeat(
    ctx: &Ctx,
    r: &Spanned<RawRepeats>,
    sch: &Schedule,
    d: &mut Diagnostics,
) -> Option<Repeat> {
    let raw = &r.value;
    let Some(every_s) = &raw.every else {
        d.error(
            ctx.src,
            ctx.pos_of(r),
            "`repeats` needs `every:`",
            Some("add `every: week`, `every: 2 weeks` or `every: month` under `repeats:`".into()),
        );
        return None;
    };
    let every = match every_s.value.trim().to_ascii_lowercase().as_str() {
        "week" | "1 week" | "weekly" => Every::Week,
        "2 weeks" | "two weeks" | "fortnight" | "fortnightly" => Every::TwoWeeks,
        "month" | "1 month" | "monthly" => Every::Month,
        other => {
            ctx_error(
                ctx,
                d,
                every_s,
                format!("`every: {other}` is not a repeat the site understands"),
                "write `every: week`, `every: 2 weeks` or `every: month`".into(),
            );
            return None;
        }
    };
    let start = sch.start_date();
    let until = match &raw.until {
        None => None,
        Some(s) => match parse_date(&s.value) {
            Ok(u) if u < start => {
                ctx_error(
                    ctx,
                    d,
                    s,
                    format!("`until: {u}` is before the first session ({start})"),
                    "`until` is the date of the last session".into(),
                );
                return None;
            }
            Ok(u) => Some(u),
            Err(fix) => {
                ctx_error(
                    ctx,
                    d,
                    s,
                    format!("`until: {}` is not a date", s.value.trim()),
                    fix,
                );
                return None;
            }
        },
    };
    let mut except = Vec::new();
    for s in raw.except.iter().flatten() {
        match parse_date(&s.value) {
            Ok(x) => except.push((x, s)),
            Err(fix) => ctx_error(
                ctx,
                d,
                s,
                format!("`{}` in `except` is not a date", s.value.trim()),
                fix,
            ),
        }
    }
    let rep = Repeat {
        every,
        until,
        except: except.iter().map(|(x, _)| *x).collect(),
    };
    // An `except` date that is not a session date is probably a typo.
    let sessions: BTreeSet<Date> = crate::expand::session_dates(
        start,
        &rep,
        until.unwrap_or(start.saturating_add(jiff::Span::new().years(2))),
    )
    .into_iter()
    .collect();
    for (x, s) in &except {
        if !sessions.contains(x) {
            d.warning(ctx.src, ctx.pos(s), format!("{x} in `except` is not one of this activity's session dates, so it changes nothing"), Some("check the date: it should be a day on which the activity would normally happen".into()));
        }
    }
    // With every session taken out there is nothing to list, link or print.
    if let Some((_, first)) = except.first() {
        if sessions.iter().all(|x| rep.except.contains(x)) {
            ctx_error(
                ctx,
                d,
                first,
                format!(
                    "every session of this activity ({} of them) is listed in `except`, so it never takes place",
                    sessions.len()
                ),
                "take the dates on which it does happen out of `except`; if it is cancelled altogether, write `cancelled: true` instead".into(),
            );
            return None;
        }
    }
    Some(rep)
}

/// The oldest age in months `ages` may be written in: months are for babies
/// and toddlers; the site is for the under-fives.
const MAX_MONTHS: u8 = 60;

/// `ages` as written: whole years (`0-4`, `3`), months for babies (`0-18m`,
/// `6m-2` = 6 months to 2 years), `bump`, `bump-1`; else what is wrong with
/// it and the fix.
pub(super) fn parse_ages(s: &str) -> Result<Ages, (String, String)> {
    let written = s.trim();
    let mut t = written.to_ascii_lowercase().replace([' ', '\u{a0}'], "");
    t = t.replace(['–', '—'], "-");
    let generic = || {
        (
            format!("`ages: {written}` is not an age range"),
            "write whole years, e.g. `ages: 0-4` or `ages: 2-3`; months for babies, e.g. `ages: 0-18m` or `ages: 6m-2` (6 months to 2 years); `bump` for pregnancy, `bump-1` for pregnancy to one year".to_owned(),
        )
    };
    if t == "bump" {
        return Ok(Ages::Bump);
    }
    if let Some(to) = t.strip_prefix("bump-") {
        return to
            .parse()
            .ok()
            .filter(|n| *n <= 18)
            .map(Ages::BumpTo)
            .ok_or_else(generic);
    }
    for long in ["months", "month", "mths", "mos", "mo"] {
        t = t.replace(long, "m");
    }
    // A side is a number, in months when it ends in `m`.
    let side = |x: &str| -> Option<(u8, bool)> {
        match x.strip_suffix('m') {
            Some(n) => n.parse().ok().map(|n| (n, true)),
            None => x.parse().ok().map(|n| (n, false)),
        }
    };
    let Some((a, b)) = t.split_once('-') else {
        return match side(&t) {
            Some((n, false)) if n <= 18 => Ok(Ages::Range(n, n)),
            Some((n, true)) => Err((
                format!("`ages: {written}` gives one age in months, not a range"),
                format!("give the youngest and oldest age, e.g. `ages: 0-{n}m`"),
            )),
            _ => Err(generic()),
        };
    };
    let (Some((a, a_months)), Some((b, b_months))) = (side(a), side(b)) else {
        return Err(generic());
    };
    let reversed = |fix: String| {
        (
            format!("`ages: {written}` is the wrong way round"),
            format!("write the youngest age first: `ages: {fix}`"),
        )
    };
    match (a_months, b_months) {
        (false, false) if a > b => Err(reversed(format!("{b}-{a}"))),
        (false, false) if b > 18 => Err(generic()),
        (false, false) => Ok(Ages::Range(a, b)),
        // `0-18m`: both in months.
        (_, true) => {
            if a > b {
                return Err(reversed(format!("{b}-{a}m")));
            }
            if b > MAX_MONTHS {
                return Err((
                    format!("`ages: {written}`: {b} months is over five years"),
                    format!(
                        "months are for babies and toddlers; for older children write whole years, e.g. `ages: {}-{}`",
                        a / 12,
                        b / 12
                    ),
                ));
            }
            Ok(Ages::Months {
                from: a,
                to: b,
                to_years: false,
            })
        }
        // `6m-2`: from months to whole years.
        (true, false) => {
            if u16::from(a) > u16::from(b) * 12 + 11 {
                return Err(reversed(format!("{b}-{a}m")));
            }
            if a > MAX_MONTHS || b > 18 {
                return Err(generic());
            }
            Ok(Ages::Months {
                from: a,
                to: b,
                to_years: true,
            })
        }
    }
}

/// What to write instead of an unreadable price: `£2.5` is `£2.50`.
pub(super) fn cost_fix(t: &str) -> String {
    if let Some((whole, pence)) = t.split_once('.') {
        if pence.len() == 1 && pence.chars().all(|c| c.is_ascii_digit()) {
            return format!("write pence with two digits: `cost: {whole}.{pence}0`");
        }
        if pence.len() > 2 && pence.chars().all(|c| c.is_ascii_digit()) {
            return format!(
                "a price has at most two digits after the point, e.g. `cost: {whole}.{}`",
                &pence[..2]
            );
        }
    }
    "write `cost: free` or a price such as `cost: £2` or `cost: £3.50`".into()
}

pub(super) fn parse_cost(s: &str) -> Option<Cost> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("free") {
        return Some(Cost::Free);
    }
    let number = t.trim_start_matches(['£', '€', '$']);
    let symbol = &t[..t.len() - number.len()];
    let (whole, pence) = match number.split_once('.') {
        Some((w, p)) => (w, Some(p)),
        None => (number, None),
    };
    let ok = !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && pence.is_none_or(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()));
    if !ok || symbol.chars().count() > 1 {
        return None;
    }
    if number.trim_start_matches(['0', '.']).is_empty() {
        return Some(Cost::Free);
    }
    let symbol = if symbol.is_empty() { "£" } else { symbol };
    Some(Cost::Price(format!("{symbol}{number}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_and_costs() {
        assert_eq!(parse_ages("0-4"), Ok(Ages::Range(0, 4)));
        assert_eq!(parse_ages("bump"), Ok(Ages::Bump));
        assert_eq!(parse_ages("bump-1"), Ok(Ages::BumpTo(1)));
        assert_eq!(parse_ages("3"), Ok(Ages::Range(3, 3)));
        assert!(parse_ages("4-0").is_err_and(|(_, fix)| fix.contains("`ages: 0-4`")));
        assert!(parse_ages("toddlers").is_err());
        let months = |from, to, to_years| Ok(Ages::Months { from, to, to_years });
        assert_eq!(parse_ages("0-18m"), months(0, 18, false));
        assert_eq!(parse_ages("0-6 months"), months(0, 6, false));
        assert_eq!(parse_ages("0m-6m"), months(0, 6, false));
        assert_eq!(parse_ages("6m-2"), months(6, 2, true));
        assert!(parse_ages("18m-6m").is_err_and(|(_, fix)| fix.contains("`ages: 6-18m`")));
        assert!(parse_ages("0-70m")
            .is_err_and(|(m, fix)| m.contains("over five years") && fix.contains("`ages: 0-5`")));
        assert!(parse_ages("6m").is_err_and(|(_, fix)| fix.contains("`ages: 0-6m`")));
        assert!(parse_ages("bumpm").is_err());
        assert_eq!(parse_cost("free"), Some(Cost::Free));
        assert_eq!(parse_cost("£3.50"), Some(Cost::Price("£3.50".into())));
        assert_eq!(parse_cost("2"), Some(Cost::Price("£2".into())));
        assert_eq!(parse_cost("£0"), Some(Cost::Free));
        assert_eq!(parse_cost("two pounds"), None);
        assert_eq!(parse_cost("£3.5"), None);
    }
}
