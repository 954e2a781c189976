//! `changes:` in an event: one session of a repeating activity cancelled or
//! moved, while the activity goes on. Unlike `except`, the session stays
//! listed, marked, so a parent who knows the Tuesday group learns why.

use std::collections::BTreeSet;

use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diagnostics::Diagnostics;
use crate::load::S;
use crate::model::{Change, ChangeKind, Localized, Repeat, Schedule};

use super::common::*;
use super::event::exists_locally;
use super::fields::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawChange {
    pub(super) date: Option<S>,
    pub(super) cancelled: Option<S>,
    pub(super) starts: Option<S>,
    pub(super) ends: Option<S>,
    pub(super) note: Option<S>,
}

pub(super) type RawChanges = Spanned<Vec<Spanned<RawChange>>>;

/// The checked changes, by date; a finding for each mistake.
pub(super) fn changes(
    ctx: &Ctx,
    raw: &RawChanges,
    sch: &Schedule,
    repeat: Option<&Repeat>,
    tz: &TimeZone,
    d: &mut Diagnostics,
) -> Vec<Change> {
    let Some(r) = repeat else {
        d.error(
            ctx.src,
            ctx.pos_of(raw),
            "`changes` is for single sessions of a repeating activity, and this event does not repeat",
            Some("change `starts` or `ends` above instead, or write `cancelled: true` if the event is off".into()),
        );
        return Vec::new();
    };
    let first = sch.start_date();
    let until = r
        .until
        .unwrap_or(first.saturating_add(jiff::Span::new().years(2)));
    let sessions: Vec<Date> = crate::expand::session_dates(first, r, until);
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for item in &raw.value {
        let c = &item.value;
        let Some(date_s) = c.date.as_ref() else {
            d.error(
                ctx.src,
                ctx.pos_of(item),
                "this change does not say which session it is for",
                Some(format!(
                    "add `date:` with the session's usual date, e.g. `- date: {}`",
                    sessions.get(1).unwrap_or(&first)
                )),
            );
            continue;
        };
        let date = match parse_date(&date_s.value) {
            Ok(x) => x,
            Err(fix) => {
                let message = format!("`date: {}` is not a date", date_s.value.trim());
                ctx_error(ctx, d, date_s, message, fix);
                continue;
            }
        };
        if sessions.binary_search(&date).is_err() {
            ctx_error(
                ctx,
                d,
                date_s,
                format!("{date} is not one of this activity's session dates"),
                nearest_fix(&sessions, date),
            );
            continue;
        }
        if r.except.contains(&date) {
            ctx_error(ctx, d, date_s, format!("{date} is in both `except` and `changes`"), "keep it in `except` to take the session off the listing, or in `changes` to show it marked as cancelled or moved, and delete it from the other".into());
            continue;
        }
        if !seen.insert(date) {
            ctx_error(
                ctx,
                d,
                date_s,
                format!("the session on {date} is changed twice"),
                "give each session one change: put its new times and its note under one `- date:`"
                    .into(),
            );
            continue;
        }
        let cancelled = ctx.boolean(&c.cancelled, "cancelled", d);
        let time = |s: &Option<S>, field: &str, d: &mut Diagnostics| -> Result<Option<Time>, ()> {
            let Some(s) = s else { return Ok(None) };
            match parse_time(s.value.trim()) {
                Ok(t) => Ok(Some(t)),
                Err(()) => {
                    let fix = impossible_date_or_time(s.value.trim()).unwrap_or_else(|| {
                        format!("write only the time, on the 24-hour clock and in quotes, e.g. `{field}: \"11:00\"`; the day is the `date` above")
                    });
                    let message = format!("`{field}: {}` is not a time", s.value.trim());
                    ctx_error(ctx, d, s, message, fix);
                    Err(())
                }
            }
        };
        let (Ok(starts), Ok(ends)) = (time(&c.starts, "starts", d), time(&c.ends, "ends", d))
        else {
            continue;
        };
        let timed = c.starts.as_ref().or(c.ends.as_ref());
        let what = match (cancelled, timed) {
            (true, Some(s)) => {
                ctx_error(ctx, d, s, format!("the session on {date} is cancelled, so it has no new time"), "delete this line, or delete `cancelled: true` if the session happens at another time".into());
                continue;
            }
            (true, None) => ChangeKind::Cancelled,
            (false, None) => {
                d.error(
                    ctx.src,
                    ctx.pos(date_s),
                    format!("the change for {date} says neither `cancelled: true` nor a new time"),
                    Some("add `cancelled: true` if the session does not happen, or `starts: \"11:00\"` (and/or `ends:`) for its new time".into()),
                );
                continue;
            }
            (false, Some(s)) => {
                let Schedule::Timed { start, end } = *sch else {
                    ctx_error(ctx, d, s, "this activity runs all day, so one of its sessions can be cancelled but not given a time".into(), "delete this line, or write `cancelled: true`".into());
                    continue;
                };
                let new_start = date.to_datetime(starts.unwrap_or(start.time()));
                let new_end = match ends {
                    Some(t) => date.to_datetime(t),
                    None => match new_start.checked_add(start.duration_until(end)) {
                        Ok(x) => x,
                        Err(_) => continue,
                    },
                };
                if new_end <= new_start {
                    ctx_error(
                        ctx,
                        d,
                        s,
                        format!(
                            "the session on {date} would end ({}) before it starts ({})",
                            new_end.strftime("%H:%M"),
                            new_start.strftime("%H:%M")
                        ),
                        "check the times; use the 24-hour clock (2pm is 14:00)".into(),
                    );
                    continue;
                }
                let start_ok = c
                    .starts
                    .as_ref()
                    .is_none_or(|s| exists_locally(ctx, tz, new_start, "starts", s, d));
                let end_ok = c
                    .ends
                    .as_ref()
                    .is_none_or(|s| exists_locally(ctx, tz, new_end, "ends", s, d));
                if !(start_ok && end_ok) {
                    continue;
                }
                ChangeKind::Moved { starts, ends }
            }
        };
        out.push(Change {
            date,
            what,
            note: ctx.text(&c.note).map(Localized::new),
        });
    }
    out.sort_by_key(|c| c.date);
    out
}

/// "the nearest sessions are 2027-03-02 and 2027-03-09".
fn nearest_fix(sessions: &[Date], date: Date) -> String {
    let at = sessions.partition_point(|x| *x < date);
    let near: Vec<String> = [at.checked_sub(1), Some(at)]
        .into_iter()
        .flatten()
        .filter_map(|i| sessions.get(i))
        .map(|x| format!("`{x}`"))
        .collect();
    match near.as_slice() {
        [] => "check the date: it should be a day on which the activity normally meets".into(),
        [one] => format!("check the date: the nearest session is on {one}"),
        _ => format!(
            "check the date: the nearest sessions are on {}",
            near.join(" and ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn nearest_sessions_are_either_side() {
        let s = [date(2027, 3, 2), date(2027, 3, 9), date(2027, 3, 16)];
        assert_eq!(
            nearest_fix(&s, date(2027, 3, 3)),
            "check the date: the nearest sessions are on `2027-03-02` and `2027-03-09`"
        );
        assert!(nearest_fix(&s, date(2027, 4, 1)).ends_with("`2027-03-16`"));
        assert!(nearest_fix(&s, date(2027, 1, 1)).ends_with("`2027-03-02`"));
    }
}
