//! Stage 3: turn events into dated sessions (occurrences) in the site's time
//! zone. Repeating activities keep their local wall-clock time across the
//! BST/GMT change: "10:00 every Tuesday" is 10:00 in March and in November.

use std::collections::HashMap;

use jiff::civil::{Date, Weekday};
use jiff::{Span, Zoned};

use crate::model::{ChangeKind, Content, Event, Every, Repeat, Schedule};

/// One session of one event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    pub event: String,
    pub start: Zoned,
    /// Exclusive; for all-day events, midnight after the last day.
    pub end: Zoned,
    pub all_day: bool,
    /// Whether this one session is changed (`changes:` in the event).
    pub changed: Changed,
}

/// A session as planned, or changed on its own: a cancelled one keeps its
/// usual times, a moved one has its new ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Changed {
    #[default]
    No,
    Cancelled,
    Moved,
}

impl Occurrence {
    pub fn date(&self) -> Date {
        self.start.date()
    }

    /// A session is past once it has ended.
    pub fn is_past(&self, now: &Zoned) -> bool {
        self.end <= *now
    }
}

/// Every session of every event, sorted by start time then event id.
#[derive(Debug, Clone, Default)]
pub struct Expanded {
    pub occurrences: Vec<Occurrence>,
    /// Positions in `occurrences` by event id: event pages look their dates up
    /// here instead of scanning every session of every event.
    by_event: HashMap<String, Vec<usize>>,
}

impl Expanded {
    /// Where `id`'s sessions are in `occurrences`, in order.
    pub fn positions(&self, id: &str) -> &[usize] {
        self.by_event.get(id).map_or(&[], Vec::as_slice)
    }

    pub fn for_event<'a>(&'a self, id: &str) -> impl Iterator<Item = &'a Occurrence> + 'a {
        self.by_event
            .get(id)
            .into_iter()
            .flatten()
            .map(|&i| &self.occurrences[i])
    }
}

/// The last possible session of a repeating activity: its `until`, or for an
/// open-ended one a year ahead of now (and never before its first session).
pub fn repeat_until(first: Date, r: &Repeat, now: &Zoned) -> Date {
    r.until
        .unwrap_or_else(|| now.date().saturating_add(Span::new().years(1)).max(first))
}

pub fn expand(content: &Content, now: &Zoned) -> Expanded {
    let mut occurrences: Vec<Occurrence> = content
        .events
        .values()
        .flat_map(|e| event_occurrences(e, content, now))
        .collect();
    occurrences
        .sort_by(|a, b| (a.start.timestamp(), &a.event).cmp(&(b.start.timestamp(), &b.event)));
    let mut by_event: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, o) in occurrences.iter().enumerate() {
        by_event.entry(o.event.clone()).or_default().push(i);
    }
    Expanded {
        occurrences,
        by_event,
    }
}

fn event_occurrences(e: &Event, content: &Content, now: &Zoned) -> Vec<Occurrence> {
    let tz = &content.site.timezone;
    let first = e.schedule.start_date();
    let dates: Vec<Date> = match &e.repeat {
        None => vec![first],
        Some(r) => {
            let until = repeat_until(first, r, now);
            session_dates(first, r, until)
                .into_iter()
                .filter(|d| !r.except.contains(d))
                .collect()
        }
    };
    dates
        .into_iter()
        .filter_map(|date| {
            // Shift the first session's wall-clock times to this date, then place
            // them in the zone (a time inside a spring-forward gap moves forward).
            let shift = Span::new().days(first.until(date).ok()?.get_days());
            let (start, end, all_day) = match e.schedule {
                Schedule::Timed { start, end } => (
                    start.checked_add(shift).ok()?,
                    end.checked_add(shift).ok()?,
                    false,
                ),
                Schedule::AllDay { start, end } => (
                    start
                        .checked_add(shift)
                        .ok()?
                        .to_datetime(jiff::civil::Time::midnight()),
                    end.checked_add(shift)
                        .ok()?
                        .tomorrow()
                        .ok()?
                        .to_datetime(jiff::civil::Time::midnight()),
                    true,
                ),
            };
            let (start, end, changed) = match e.change_on(date).map(|c| c.what) {
                None => (start, end, Changed::No),
                Some(ChangeKind::Cancelled) => (start, end, Changed::Cancelled),
                Some(ChangeKind::Moved { starts, ends }) => {
                    let new_start = starts.map_or(start, |t| date.to_datetime(t));
                    // A new start alone keeps the usual length.
                    let new_end = match ends {
                        Some(t) => date.to_datetime(t),
                        None => new_start.checked_add(start.duration_until(end)).ok()?,
                    };
                    (new_start, new_end, Changed::Moved)
                }
            };
            Some(Occurrence {
                event: e.id.clone(),
                start: start.to_zoned(tz.clone()).ok()?,
                end: end.to_zoned(tz.clone()).ok()?,
                all_day,
                changed,
            })
        })
        .collect()
}

/// The dates a repeating activity would meet on, from `first` to `until`
/// inclusive, before `except` dates are taken out.
pub fn session_dates(first: Date, r: &Repeat, until: Date) -> Vec<Date> {
    let mut out = Vec::new();
    match r.every {
        Every::Week | Every::TwoWeeks => {
            let step = if r.every == Every::Week { 7 } else { 14 };
            let mut d = first;
            while d <= until {
                out.push(d);
                match d.checked_add(Span::new().days(step)) {
                    Ok(next) => d = next,
                    Err(_) => break,
                }
            }
        }
        Every::Month => {
            let weekday = first.weekday();
            let nth = (first.day() - 1) / 7 + 1;
            let last = nth == 5;
            let mut month_start = first.first_of_month();
            while month_start <= until {
                if let Some(d) = nth_weekday(month_start, weekday, nth, last) {
                    if d >= first && d <= until {
                        out.push(d);
                    }
                }
                match month_start.checked_add(Span::new().months(1)) {
                    Ok(next) => month_start = next,
                    Err(_) => break,
                }
            }
        }
    }
    out
}

/// The `nth` `weekday` of the month starting at `month_start`, or its last one.
fn nth_weekday(month_start: Date, weekday: Weekday, nth: i8, last: bool) -> Option<Date> {
    if last {
        let end = month_start.last_of_month();
        let back =
            (end.weekday().to_monday_zero_offset() - weekday.to_monday_zero_offset()).rem_euclid(7);
        return end.checked_sub(Span::new().days(i64::from(back))).ok();
    }
    let ahead = (weekday.to_monday_zero_offset() - month_start.weekday().to_monday_zero_offset())
        .rem_euclid(7);
    let d = month_start
        .checked_add(Span::new().days(i64::from(ahead) + 7 * (i64::from(nth) - 1)))
        .ok()?;
    (d.month() == month_start.month()).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn rep(every: Every, until: Date, except: Vec<Date>) -> Repeat {
        Repeat {
            every,
            until: Some(until),
            except,
        }
    }

    #[test]
    fn weekly_until_is_inclusive() {
        let r = rep(Every::Week, date(2026, 9, 29), vec![]);
        let d = session_dates(date(2026, 9, 8), &r, date(2026, 9, 29));
        assert_eq!(
            d,
            vec![
                date(2026, 9, 8),
                date(2026, 9, 15),
                date(2026, 9, 22),
                date(2026, 9, 29)
            ]
        );
    }

    #[test]
    fn fortnightly() {
        let r = rep(Every::TwoWeeks, date(2026, 10, 10), vec![]);
        let d = session_dates(date(2026, 9, 12), &r, date(2026, 10, 10));
        assert_eq!(
            d,
            vec![date(2026, 9, 12), date(2026, 9, 26), date(2026, 10, 10)]
        );
    }

    #[test]
    fn monthly_keeps_weekday_position_and_fifth_means_last() {
        // 2nd Tuesday of September 2026 is the 8th.
        let r = rep(Every::Month, date(2026, 12, 31), vec![]);
        let d = session_dates(date(2026, 9, 8), &r, date(2026, 12, 31));
        assert_eq!(
            d,
            vec![
                date(2026, 9, 8),
                date(2026, 10, 13),
                date(2026, 11, 10),
                date(2026, 12, 8)
            ]
        );
        // 29 May 2026 is the 5th Friday: then the last Friday of each month.
        let d = session_dates(date(2026, 5, 29), &r, date(2026, 8, 31));
        assert_eq!(
            d,
            vec![
                date(2026, 5, 29),
                date(2026, 6, 26),
                date(2026, 7, 31),
                date(2026, 8, 28)
            ]
        );
    }
}
