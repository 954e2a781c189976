//! iCalendar (RFC 5545) files: "add to calendar" for one event and calendar
//! subscriptions for many. Written by hand because the details matter to
//! phones: a `VTIMEZONE` made from the bundled tz database, so 10:00 stays
//! 10:00 across the clock change; one `VEVENT` with `RRULE` and `EXDATE` per
//! regular activity, and one more with its `UID` and a `RECURRENCE-ID` for
//! each session changed on its own (cancelled or moved); CRLF line ends; lines folded at 75 octets without
//! splitting a character; TEXT values escaped.
//!
//! Everything here is a pure function of its input: `DTSTAMP` comes from each
//! event's own text, so two builds with the same content are identical.

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{Offset, TimeZone};
use jiff::{SignedDuration, Timestamp};

use crate::model::{Every, Repeat, Schedule};

/// A whole calendar file.
#[derive(Debug, Clone)]
pub struct Calendar {
    /// Shown by calendar apps as the calendar's name (subscriptions).
    pub name: Option<String>,
    /// Where the file is published; set for subscriptions, which then ask
    /// apps to refresh twice a day.
    pub source_url: Option<String>,
    pub timezone: TimeZone,
    /// The IANA name, e.g. `Europe/London` (the `TZID`).
    pub timezone_name: String,
    /// The build's "now": its year bounds the time zone rules of a
    /// calendar with no events.
    pub stamp: Timestamp,
    pub events: Vec<CalEvent>,
}

/// One event, or one regular activity with all its sessions.
#[derive(Debug, Clone)]
pub struct CalEvent {
    /// Stable across builds and languages: `<event id>@<site host>`.
    pub uid: String,
    pub summary: String,
    /// Language of `summary` (`LANGUAGE` parameter).
    pub summary_lang: String,
    pub description: String,
    pub location: String,
    pub geo: Option<(f64, f64)>,
    pub url: String,
    pub cancelled: bool,
    /// The (first) session, in the calendar's time zone.
    pub when: Schedule,
    /// How it repeats; the first session is `when`.
    pub repeat: Option<Repeat>,
    /// The last date a repeating activity may meet on (its `until`, or the
    /// build's horizon when it has none).
    pub repeat_until: Option<Date>,
    /// Text of a reminder 24 hours before; `None` for no reminder.
    pub alarm: Option<String>,
    /// Sessions of a repeating activity changed on their own.
    pub changes: Vec<CalChange>,
}

/// One session changed on its own, written as an instance of its activity.
#[derive(Debug, Clone)]
pub struct CalChange {
    /// The session's usual date (its `RECURRENCE-ID`).
    pub date: Date,
    pub cancelled: bool,
    /// A moved session's new start and end, local time.
    pub moved: Option<(DateTime, DateTime)>,
    /// Put before the description: how and why ("Cancelled", a new line,
    /// "Hall closed for repairs").
    pub note: String,
}

/// Writes `cal` as iCalendar text (CRLF line ends, folded lines).
pub fn write(cal: &Calendar) -> String {
    let events: Vec<Written> = cal.events.iter().map(|e| write_event(cal, e)).collect();
    assemble(cal, &events.iter().collect::<Vec<_>>())
}

/// One event's `VEVENT`, written once and reused by every calendar that
/// lists it (a subscription calendar at 10,000 events is mostly these).
#[derive(Debug, Clone)]
pub struct Written {
    text: String,
    /// The years its sessions span, for the time zone's rules.
    years: [i16; 3],
}

/// Writes one event as `cal` would (its time zone). Its `DTSTAMP` (with
/// `METHOD:PUBLISH`, when this version was made) comes from the event's own
/// text, as the feed's `updated` does: a build on another day with the same
/// content gives the same bytes, so a rebuild or an upload (rsync, a host's
/// deploy) does not rewrite every calendar file, and calendar apps see a new
/// stamp when the event changed.
pub fn write_event(cal: &Calendar, e: &CalEvent) -> Written {
    const MARK: &str = "\r\nDTSTAMP:19700101T000000Z\r\n";
    let mut w = Writer::default();
    vevent(&mut w, cal, e, &MARK[10..26]);
    let first = match e.when {
        Schedule::Timed { start, .. } => start.to_zoned(cal.timezone.clone()),
        Schedule::AllDay { start, .. } => start.to_zoned(cal.timezone.clone()),
    }
    .map_or(cal.stamp, |z| z.timestamp());
    let stamp = utc(crate::feed::content_time(first, &[&w.out]));
    Written {
        text: w.out.replace(MARK, &format!("\r\nDTSTAMP:{stamp}\r\n")),
        years: event_years(e),
    }
}

/// The whole file: `cal`'s header and time zone around `events` (already
/// written; `cal.events` is not read).
pub fn assemble(cal: &Calendar, events: &[&Written]) -> String {
    let mut w = Writer::default();
    w.line("BEGIN:VCALENDAR");
    w.line("VERSION:2.0");
    w.line("PRODID:-//whatson//whatson//EN");
    w.line("CALSCALE:GREGORIAN");
    w.line("METHOD:PUBLISH");
    if let Some(name) = &cal.name {
        w.prop("NAME", &text(name));
        w.prop("X-WR-CALNAME", &text(name));
    }
    w.prop("X-WR-TIMEZONE", &text(&cal.timezone_name));
    if let Some(src) = &cal.source_url {
        w.prop("SOURCE;VALUE=URI", src);
        w.line("REFRESH-INTERVAL;VALUE=DURATION:PT12H");
        w.line("X-PUBLISHED-TTL:PT12H");
    }
    let (first, last) = span_years(cal, events);
    vtimezone(&mut w, &cal.timezone, &cal.timezone_name, first, last);
    w.out
        .reserve(events.iter().map(|e| e.text.len()).sum::<usize>() + 16);
    for e in events {
        w.out.push_str(&e.text);
    }
    w.line("END:VCALENDAR");
    w.out
}

/// The years from the earliest session to the latest; the stamp's year when
/// there are no events.
fn span_years(cal: &Calendar, events: &[&Written]) -> (i16, i16) {
    let this = cal.stamp.to_zoned(cal.timezone.clone()).year();
    let mut years = events.iter().flat_map(|e| e.years);
    let Some(y) = years.next() else {
        return (this, this);
    };
    years.fold((y, y), |(lo, hi), y| (lo.min(y), hi.max(y)))
}

fn event_years(e: &CalEvent) -> [i16; 3] {
    let first = e.when.start_date().year();
    let last = e.repeat_until.unwrap_or(e.when.start_date()).year();
    let end = match e.when {
        Schedule::Timed { end, .. } => end.date().year(),
        Schedule::AllDay { end, .. } => end.year(),
    };
    [first, last.max(first), end]
}

fn vevent(w: &mut Writer, cal: &Calendar, e: &CalEvent, stamp: &str) {
    let tzid = param(&cal.timezone_name);
    w.line("BEGIN:VEVENT");
    w.prop("UID", &text(&e.uid));
    w.prop("DTSTAMP", stamp);
    span(w, &tzid, e.when);
    let mut dates = Vec::new();
    if let (Some(r), Some(until)) = (&e.repeat, e.repeat_until) {
        let first = e.when.start_date();
        dates = crate::expand::session_dates(first, r, until);
        if let Some(&last) = dates.last() {
            let until = match e.when {
                Schedule::Timed { start, .. } => {
                    let at = last.to_datetime(start.time());
                    match at.to_zoned(cal.timezone.clone()) {
                        Ok(z) => utc(z.timestamp()),
                        // Cannot happen for a date the site's zone knows;
                        // the end of that day in UTC is then close enough.
                        Err(_) => format!("{}T235959Z", day(last)),
                    }
                }
                Schedule::AllDay { .. } => day(last),
            };
            w.prop("RRULE", &format!("{};UNTIL={until}", rule(r.every, first)));
            for x in r.except.iter().filter(|x| dates.contains(x)) {
                w.prop(
                    &session_id("EXDATE", &tzid, e.when),
                    &session_at(e.when, *x),
                );
            }
        }
    }
    // A cancellation is a revision of the event as first published.
    details(w, e, &e.description, e.cancelled, u8::from(e.cancelled));
    for c in e.changes.iter().filter(|c| dates.contains(&c.date)) {
        w.line("BEGIN:VEVENT");
        w.prop("UID", &text(&e.uid));
        w.prop("DTSTAMP", stamp);
        w.prop(
            &session_id("RECURRENCE-ID", &tzid, e.when),
            &session_at(e.when, c.date),
        );
        let when = match (c.moved, e.when) {
            (Some((start, end)), _) => Schedule::Timed { start, end },
            (None, when) => shifted(when, c.date),
        };
        span(w, &tzid, when);
        let description = if e.description.is_empty() {
            c.note.clone()
        } else {
            format!("{}\n\n{}", c.note, e.description)
        };
        // The instance revises the session as the activity first gave it,
        // so calendars that already have it take the change.
        details(w, e, &description, c.cancelled || e.cancelled, 1);
    }
}

/// `DTSTART` and `DTEND` of `when`.
fn span(w: &mut Writer, tzid: &str, when: Schedule) {
    match when {
        Schedule::Timed { start, end } => {
            w.prop(&format!("DTSTART;TZID={tzid}"), &local(start));
            w.prop(&format!("DTEND;TZID={tzid}"), &local(end));
        }
        Schedule::AllDay { start, end } => {
            // iCalendar's all-day end is exclusive: the day after the last day.
            w.prop("DTSTART;VALUE=DATE", &day(start));
            w.prop("DTEND;VALUE=DATE", &day(end.tomorrow().unwrap_or(end)));
        }
    }
}

/// `EXDATE` or `RECURRENCE-ID` with the parameters the first session's kind needs.
fn session_id(name: &str, tzid: &str, when: Schedule) -> String {
    match when {
        Schedule::Timed { .. } => format!("{name};TZID={tzid}"),
        Schedule::AllDay { .. } => format!("{name};VALUE=DATE"),
    }
}

/// The usual start of the session on `date`, as `session_id` announces it.
fn session_at(when: Schedule, date: Date) -> String {
    match when {
        Schedule::Timed { start, .. } => local(date.to_datetime(start.time())),
        Schedule::AllDay { .. } => day(date),
    }
}

/// The first session's times moved to `date`.
fn shifted(when: Schedule, date: Date) -> Schedule {
    let days = when
        .start_date()
        .until(date)
        .map(|s| jiff::Span::new().days(s.get_days()))
        .unwrap_or_default();
    match when {
        Schedule::Timed { start, end } => Schedule::Timed {
            start: start.checked_add(days).unwrap_or(start),
            end: end.checked_add(days).unwrap_or(end),
        },
        Schedule::AllDay { start, end } => Schedule::AllDay {
            start: start.checked_add(days).unwrap_or(start),
            end: end.checked_add(days).unwrap_or(end),
        },
    }
}

/// Everything after the times, from `SUMMARY` to `END:VEVENT`.
fn details(w: &mut Writer, e: &CalEvent, description: &str, cancelled: bool, sequence: u8) {
    w.prop(
        &format!("SUMMARY;LANGUAGE={}", param(&e.summary_lang)),
        &text(&e.summary),
    );
    if !description.is_empty() {
        w.prop("DESCRIPTION", &text(description));
    }
    if !e.location.is_empty() {
        w.prop("LOCATION", &text(&e.location));
    }
    if let Some((lat, lon)) = e.geo {
        w.prop("GEO", &format!("{lat};{lon}"));
    }
    if !e.url.is_empty() {
        w.prop("URL;VALUE=URI", &e.url);
    }
    w.line(if cancelled {
        "STATUS:CANCELLED"
    } else {
        "STATUS:CONFIRMED"
    });
    w.line(&format!("SEQUENCE:{sequence}"));
    // An all-day event (a festival day, a fair) does not fill the family's
    // day: it shows as free time, and its reminder rings at 09:00 the day
    // before (15 hours before its midnight start), not at midnight.
    let all_day = matches!(e.when, Schedule::AllDay { .. });
    w.line(if all_day {
        "TRANSP:TRANSPARENT"
    } else {
        "TRANSP:OPAQUE"
    });
    if let Some(alarm) = e.alarm.as_ref().filter(|_| !cancelled) {
        w.line("BEGIN:VALARM");
        w.line("ACTION:DISPLAY");
        w.line(if all_day {
            "TRIGGER;RELATED=START:-PT15H"
        } else {
            "TRIGGER:-PT24H"
        });
        w.prop("DESCRIPTION", &text(alarm));
        w.line("END:VALARM");
    }
    w.line("END:VEVENT");
}

/// `FREQ=…` for a repeat, from its first date.
fn rule(every: Every, first: Date) -> String {
    match every {
        Every::Week => "FREQ=WEEKLY".to_owned(),
        Every::TwoWeeks => "FREQ=WEEKLY;INTERVAL=2".to_owned(),
        Every::Month => {
            // The same weekday position each month; the 5th means the last.
            let nth = (first.day() - 1) / 7 + 1;
            let pos = if nth == 5 { -1 } else { nth };
            format!("FREQ=MONTHLY;BYDAY={pos}{}", weekday(first))
        }
    }
}

fn weekday(d: Date) -> &'static str {
    ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][d.weekday().to_monday_zero_offset() as usize]
}

/// The zone's rules for the years `first..=last`, as explicit transitions
/// (one `STANDARD` or `DAYLIGHT` each), starting with the one in force on
/// 1 January of `first`.
fn vtimezone(w: &mut Writer, tz: &TimeZone, name: &str, first: i16, last: i16) {
    w.line("BEGIN:VTIMEZONE");
    w.prop("TZID", &text(name));
    let at = |y: i16| {
        Date::new(y, 1, 1)
            .ok()
            .and_then(|d| d.to_datetime(Time::midnight()).to_zoned(tz.clone()).ok())
            .map(|z| z.timestamp())
    };
    let from = at(first).unwrap_or(Timestamp::UNIX_EPOCH);
    let to = last.checked_add(1).and_then(at).unwrap_or(Timestamp::MAX);
    match tz.preceding(from).next() {
        Some(t) => {
            transition(
                w,
                tz,
                t.timestamp(),
                t.offset(),
                t.dst().is_dst(),
                t.abbreviation(),
            );
        }
        None => {
            // No history before the range: the offset then, since 1970.
            let info = tz.to_offset_info(from);
            let off = info.offset();
            w.line("BEGIN:STANDARD");
            w.line("DTSTART:19700101T000000");
            w.prop("TZOFFSETFROM", &offset(off));
            w.prop("TZOFFSETTO", &offset(off));
            w.prop("TZNAME", &text(info.abbreviation()));
            w.line("END:STANDARD");
        }
    }
    for t in tz.following(from).take_while(|t| t.timestamp() < to) {
        transition(
            w,
            tz,
            t.timestamp(),
            t.offset(),
            t.dst().is_dst(),
            t.abbreviation(),
        );
    }
    w.line("END:VTIMEZONE");
}

fn transition(w: &mut Writer, tz: &TimeZone, at: Timestamp, to: Offset, dst: bool, abbr: &str) {
    let before = at
        .checked_sub(SignedDuration::from_secs(1))
        .map(|t| tz.to_offset(t))
        .unwrap_or(to);
    let kind = if dst { "DAYLIGHT" } else { "STANDARD" };
    w.line(&format!("BEGIN:{kind}"));
    // The wall-clock time at which the change happens, in the old offset.
    w.prop("DTSTART", &local(before.to_datetime(at)));
    w.prop("TZOFFSETFROM", &offset(before));
    w.prop("TZOFFSETTO", &offset(to));
    if !abbr.is_empty() {
        w.prop("TZNAME", &text(abbr));
    }
    w.line(&format!("END:{kind}"));
}

/// `+0100`, `-0500`, `+053000` (seconds only when there are any).
fn offset(o: Offset) -> String {
    let s = o.seconds();
    let sign = if s < 0 { '-' } else { '+' };
    let a = s.unsigned_abs();
    let (h, m, sec) = (a / 3600, (a % 3600) / 60, a % 60);
    if sec == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{sec:02}")
    }
}

fn local(dt: DateTime) -> String {
    dt.strftime("%Y%m%dT%H%M%S").to_string()
}

fn day(d: Date) -> String {
    d.strftime("%Y%m%d").to_string()
}

fn utc(t: Timestamp) -> String {
    t.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// Escapes a TEXT value (RFC 5545 3.3.11): `\` `;` `,` and line breaks;
/// other control characters are dropped.
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value: quoted when it holds `:` `;` or `,`; `"` and control
/// characters cannot appear in one and are dropped.
fn param(s: &str) -> String {
    let clean: String = s.chars().filter(|c| *c != '"' && !c.is_control()).collect();
    if clean.contains([':', ';', ',']) {
        format!("\"{clean}\"")
    } else {
        clean
    }
}

/// Collects content lines, folded, with CRLF.
#[derive(Default)]
struct Writer {
    out: String,
}

impl Writer {
    fn line(&mut self, l: &str) {
        fold_into(&mut self.out, l);
    }

    fn prop(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{value}"));
    }
}

/// Longest content of a physical line, in octets (without CRLF).
const LINE_OCTETS: usize = 75;

/// Appends `line` folded to at most 75 octets a line (RFC 5545 3.1), never
/// inside a UTF-8 character, each physical line ended by CRLF. A fold is not
/// put just after a space when it can be avoided, because some readers trim
/// the end of each physical line.
pub fn fold_into(out: &mut String, line: &str) {
    let mut rest = line;
    let mut first = true;
    loop {
        // A continuation line starts with one space, which counts.
        let room = if first { LINE_OCTETS } else { LINE_OCTETS - 1 };
        if !first {
            out.push(' ');
        }
        if rest.len() <= room {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut nice = cut;
        while nice > 0 && rest[..nice].ends_with([' ', '\t']) {
            nice -= 1;
            while !rest.is_char_boundary(nice) {
                nice -= 1;
            }
        }
        if nice > 0 {
            cut = nice;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n");
        rest = &rest[cut..];
        first = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text() {
        assert_eq!(text("a\\b;c,d\ne\r\nf"), "a\\\\b\\;c\\,d\\ne\\nf");
        assert_eq!(text("bell\u{7}"), "bell");
    }

    #[test]
    fn folds_on_character_boundaries() {
        let long = format!("SUMMARY:{}", "ملعب ".repeat(40).trim_end());
        let mut out = String::new();
        fold_into(&mut out, &long);
        assert!(out.ends_with("\r\n"));
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
            assert!(!l.ends_with(' '));
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, long);
        // Short lines stay as they are.
        let mut out = String::new();
        fold_into(&mut out, "VERSION:2.0");
        assert_eq!(out, "VERSION:2.0\r\n");
    }

    #[test]
    fn offsets() {
        assert_eq!(offset(Offset::constant(1)), "+0100");
        assert_eq!(offset(Offset::constant(-5)), "-0500");
        assert_eq!(offset(Offset::from_seconds(19800).unwrap()), "+0530");
        assert_eq!(offset(Offset::UTC), "+0000");
    }

    #[test]
    fn monthly_rules_keep_the_weekday_position() {
        use jiff::civil::date;
        assert_eq!(
            rule(Every::Month, date(2026, 9, 8)),
            "FREQ=MONTHLY;BYDAY=2TU"
        );
        assert_eq!(
            rule(Every::Month, date(2026, 5, 29)),
            "FREQ=MONTHLY;BYDAY=-1FR"
        );
        assert_eq!(
            rule(Every::TwoWeeks, date(2026, 5, 29)),
            "FREQ=WEEKLY;INTERVAL=2"
        );
    }

    #[test]
    fn london_has_bst_and_gmt() {
        let tz = TimeZone::get("Europe/London").unwrap();
        let mut w = Writer::default();
        vtimezone(&mut w, &tz, "Europe/London", 2026, 2026);
        let s = w.out;
        assert!(s.contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\n"), "{s}");
        assert!(s.contains("BEGIN:STANDARD\r\nDTSTART:20261025T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\n"), "{s}");
        // The change before 1 January 2026 says which offset applies then.
        assert!(s.contains("DTSTART:20251026T020000"), "{s}");
    }

    #[test]
    fn a_zone_without_changes_has_one_rule() {
        let mut w = Writer::default();
        vtimezone(&mut w, &TimeZone::UTC, "UTC", 2026, 2027);
        assert_eq!(
            w.out,
            "BEGIN:VTIMEZONE\r\nTZID:UTC\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\nTZNAME:UTC\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        );
    }
}
