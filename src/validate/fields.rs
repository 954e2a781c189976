//! Parsers for values written in fields: dates and times, durations and
//! colours, each with the fix to suggest when a value does not parse.

use jiff::civil::{Date, DateTime, Time};

/// A date like `2026-08-04`, or a finding.
pub(super) fn parse_date(s: &str) -> Result<Date, String> {
    let t = s.trim();
    if let Ok(d) = t.parse::<Date>() {
        if t.len() == 10 {
            return Ok(d);
        }
    }
    Err(date_fix(t, false))
}

/// What to write instead of an unreadable date or date-time.
pub(super) fn date_fix(t: &str, with_time: bool) -> String {
    if let Some(fix) = impossible_date_or_time(t) {
        return fix;
    }
    let example = if with_time {
        "2026-08-04 10:30"
    } else {
        "2026-08-04"
    };
    // 04/08/2026 and 4-8-2026 are the usual British ways of writing dates.
    let mut parts = t.split(['/', '-', '.', ' ']);
    if let (Some(d), Some(m), Some(y)) = (parts.next(), parts.next(), parts.next()) {
        if let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u32>(), m.parse::<u32>(), y.parse::<u32>()) {
            if y > 1900 && (1..=12).contains(&m) && (1..=31).contains(&d) {
                let rest: Vec<&str> = t.split(' ').skip(1).collect();
                let time = rest.first().map(|r| format!(" {r}")).unwrap_or_default();
                let (Ok(yy), Ok(mm), Ok(dd)) = (i16::try_from(y), i8::try_from(m), i8::try_from(d))
                else {
                    return format!("write it as year-month-day, e.g. `{example}`");
                };
                // Only a real date is ever suggested: 31/09 is not one.
                if Date::new(yy, mm, dd).is_err() {
                    if let Ok(first) = Date::new(yy, mm, 1) {
                        let last = first.last_of_month();
                        let month = first.strftime("%B");
                        let next = last
                            .tomorrow()
                            .map(|n| format!(" or `{n}{time}`"))
                            .unwrap_or_default();
                        return format!(
                            "{month} {y} has {} days, so there is no {d} {month}: check the date. Written year first, the nearest real dates are `{last}{time}`{next}",
                            first.days_in_month()
                        );
                    }
                }
                return format!(
                    "write dates year first, with dashes: `{y:04}-{m:02}-{d:02}{time}`"
                );
            }
        }
    }
    format!(
        "write it as year-month-day{}, e.g. `{example}`",
        if with_time {
            " hours:minutes (24-hour clock)"
        } else {
            ""
        }
    )
}

/// A date or time written the right way round that does not exist
/// (`2027-02-30`, `24:00`, `10:75`, `2pm`): the fix says why.
pub(super) fn impossible_date_or_time(t: &str) -> Option<String> {
    let lower = t.to_ascii_lowercase();
    if lower.ends_with("am") || lower.ends_with("pm") {
        return Some("use the 24-hour clock without am/pm: 9am is `09:00`, 2pm is `14:00`".into());
    }
    let (date, time) = match t.split_once([' ', 'T']) {
        Some((d, tm)) => (d, Some(tm.trim())),
        None if t.contains(':') => ("", Some(t)),
        None => (t, None),
    };
    let mut parts = date.split('-').map(|p| p.parse::<i16>().ok());
    if let (Some(Some(y)), Some(Some(m)), Some(Some(d)), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    {
        if !(1..=12).contains(&m) {
            return Some(format!(
                "there is no month {m}: months go from 01 to 12 (`{y}-MM-DD`)"
            ));
        }
        if let Ok(first) = Date::new(y, m as i8, 1) {
            let days = first.days_in_month();
            if d < 1 || d > i16::from(days) {
                let month = first.strftime("%B");
                return Some(format!(
                    "{month} {y} has {days} days: check the date (the last one is `{}`)",
                    first.last_of_month()
                ));
            }
        }
    }
    let (h, m) = time?.split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    if h == 24 && m == 0 {
        let next = date
            .parse::<Date>()
            .ok()
            .and_then(|d| d.tomorrow().ok())
            .map(|d| format!("`{d} 00:00`"))
            .unwrap_or_else(|| "`00:00` on the next day".into());
        return Some(format!(
            "midnight at the end of a day is written as the start of the next: {next}"
        ));
    }
    (h > 23 || m > 59).then(|| "hours go from 00 to 23 and minutes from 00 to 59".into())
}

pub(super) enum When {
    Date(Date),
    DateTime(DateTime),
    Time(Time),
}

pub(super) fn parse_when(s: &str, allow_time_only: bool) -> Result<When, String> {
    let t = s.trim();
    if t.len() == 10 {
        if let Ok(d) = t.parse::<Date>() {
            return Ok(When::Date(d));
        }
    }
    // `2026-08-04 10:30` (also `9:30`, and `T` as in ISO 8601).
    if let Some((date, time)) = t.split_once([' ', 'T']) {
        if let (10, Ok(d), Ok(tm)) = (date.len(), date.parse::<Date>(), parse_time(time.trim())) {
            return Ok(When::DateTime(d.to_datetime(tm)));
        }
    }
    if allow_time_only {
        if let Ok(tm) = parse_time(t) {
            return Ok(When::Time(tm));
        }
    }
    Err(date_fix(t, true))
}

pub(super) fn parse_time(t: &str) -> Result<Time, ()> {
    let (h, m) = t.split_once(':').ok_or(())?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return Err(());
    }
    let h: i8 = h.parse().map_err(|_| ())?;
    let m: i8 = m.parse().map_err(|_| ())?;
    Time::new(h, m, 0, 0).map_err(|_| ())
}

/// What to write instead of an unreadable or impossible `duration`.
pub(super) fn duration_fix(s: &str) -> String {
    let t: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let digits_then_unit = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if !t.is_empty()
        && digits_then_unit.chars().all(|c| c.is_ascii_digit())
        && t.len() == digits_then_unit.len()
    {
        return format!("add the unit: `duration: {t}m` (minutes) or `duration: {t}h` (hours)");
    }
    match parse_duration_unchecked(&t) {
        Some(0) => return "a session needs a length: e.g. `duration: 45m`".into(),
        Some(_) => return "a session lasts at most 14 days; for something longer give `starts` and `ends` as dates (all day)".into(),
        None => {}
    }
    "write minutes or hours, e.g. `duration: 90m`, `duration: 2h` or `duration: 1h30m`".into()
}

/// `90m`, `2h`, `1h30m` → minutes.
pub(super) fn parse_duration(s: &str) -> Option<i64> {
    parse_duration_unchecked(s).filter(|total| *total > 0 && *total <= 14 * 24 * 60)
}

/// Minutes in `90m`, `2h`, `1h30m`, however many.
pub(super) fn parse_duration_unchecked(s: &str) -> Option<i64> {
    let t: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let t = t.to_ascii_lowercase();
    let (hours, rest) = match t.split_once('h') {
        Some((h, rest)) => (h.parse::<i64>().ok()?, rest),
        None => (0, t.as_str()),
    };
    let minutes = match rest.strip_suffix('m').or(rest.strip_suffix("min")) {
        Some(m) => m.parse::<i64>().ok()?,
        None if rest.is_empty() => 0,
        None => return None,
    };
    hours.checked_mul(60)?.checked_add(minutes)
}

pub(super) fn parse_hex_colour(s: &str) -> Option<String> {
    let t = s.trim().trim_start_matches('#');
    if !t.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    match t.len() {
        6 => Some(format!("#{}", t.to_ascii_lowercase())),
        3 => Some(format!(
            "#{}",
            t.chars()
                .flat_map(|c| [c, c])
                .collect::<String>()
                .to_ascii_lowercase()
        )),
        _ => None,
    }
}

/// WCAG contrast ratio between two `#rrggbb` colours (see [`crate::contrast`]).
pub fn contrast(a: &str, b: &str) -> f64 {
    crate::contrast::ratio(a, b)
}

pub(super) fn best_text_on(bg: &str) -> String {
    crate::contrast::best_text_on(bg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90m"), Some(90));
        assert_eq!(parse_duration("2h"), Some(120));
        assert_eq!(parse_duration("1h30m"), Some(90));
        assert_eq!(parse_duration("1h 30m"), Some(90));
        assert_eq!(parse_duration("0m"), None);
        assert_eq!(parse_duration("an hour"), None);
    }

    #[test]
    fn dates_written_the_british_way_get_a_rewrite() {
        assert!(parse_date("2026-08-04").is_ok());
        let fix = parse_date("04/08/2026").unwrap_err();
        assert!(fix.contains("`2026-08-04`"), "{fix}");
        assert!(matches!(
            parse_when("2026-08-04 10:30", false),
            Ok(When::DateTime(_))
        ));
        assert!(parse_when("2026-08-04 25:30", false).is_err());
        assert!(matches!(parse_when("12:00", true), Ok(When::Time(_))));
    }

    #[test]
    fn contrast_matches_wcag_examples() {
        assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 0.01);
        assert!((contrast("#777777", "#ffffff") - 4.48).abs() < 0.01);
        assert_eq!(best_text_on("#f4a300"), "#000000");
        assert_eq!(best_text_on("#1d3557"), "#ffffff");
        assert_eq!(parse_hex_colour("#ABC").as_deref(), Some("#aabbcc"));
        assert_eq!(parse_hex_colour("orange"), None);
    }
}

#[cfg(test)]
mod date_fix_tests {
    use super::*;

    /// Every date in backquotes in a fix.
    fn suggested(fix: &str) -> Vec<String> {
        fix.split('`')
            .skip(1)
            .step_by(2)
            .map(|x| x.split(' ').next().unwrap_or("").to_owned())
            .collect()
    }

    #[test]
    fn a_suggested_date_is_always_a_real_date() {
        for (input, with_time, want) in [
            ("31/09/2027 10:00", true, vec!["2027-09-30", "2027-10-01"]),
            ("29/02/2027", false, vec!["2027-02-28", "2027-03-01"]),
            ("29/02/2028", false, vec!["2028-02-29"]),
            ("04/08/2027 10:30", true, vec!["2027-08-04"]),
            ("2027-09-31", false, vec!["2027-09-30"]),
            ("2027-09-31 10:00", true, vec!["2027-09-30"]),
        ] {
            let fix = date_fix(input, with_time);
            let dates = suggested(&fix);
            assert_eq!(dates, want, "{input}: {fix}");
            for d in &dates {
                assert!(
                    d.parse::<Date>().is_ok(),
                    "{input}: `{d}` is not a date: {fix}"
                );
            }
        }
        let fix = date_fix("31/09/2027 10:00", true);
        assert!(fix.contains("September 2027 has 30 days"), "{fix}");
        assert!(fix.contains("`2027-09-30 10:00`"), "{fix}");
    }
}
