//! Languages: interface strings from `locales/<lang>.ftl` (Fluent, with plural
//! rules), and dates, times and language names from CLDR locale data (ICU4X).
//! Nothing here writes a month name or a plural rule by hand.

use std::collections::BTreeMap;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_calendar::{Date as IcuDate, Gregorian};
use icu_datetime::fieldsets::{self, YM, YMD, YMDE};
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_experimental::displaynames::multi::LanguageDisplayNames;
use icu_experimental::displaynames::DisplayNamesOptions;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_list::ListFormatter;
use icu_locale_core::Locale;
use jiff::civil::{Date, Time};

use crate::diagnostics::{Diagnostics, Pos, Source};
use crate::expand::Occurrence;
use crate::model::{Ages, Cost, Every, Repeat, Site};

/// Interface strings for every site language, with fallback to the default.
/// Shared with template functions, so it is `Send + Sync`.
/// The project's own English strings, the last fallback for a key the site's
/// locale files lack (only possible for the default theme's borrowed pages:
/// theme keys are checked). Parsed once, on first use.
static BUILT_IN: std::sync::LazyLock<FluentBundle<FluentResource>> =
    std::sync::LazyLock::new(|| {
        let text = include_str!("../locales/en.ftl").to_owned();
        let resource = FluentResource::try_new(text).unwrap_or_else(|(r, _)| r);
        let mut bundle = FluentBundle::new_concurrent(vec![unic_langid::langid!("en")]);
        bundle.set_use_isolating(false);
        // The file is tested like every locale; a duplicate would keep the first.
        let _ = bundle.add_resource(resource);
        bundle
    });

pub struct Messages {
    default: String,
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
}

impl Messages {
    /// Loads the .ftl files for the site's languages. A syntax error is an error;
    /// a missing file or key in a non-default language is a warning (it falls back).
    pub fn load(site: &Site, locales: &[(String, Source)], d: &mut Diagnostics) -> Messages {
        let mut bundles = BTreeMap::new();
        for lang in &site.languages {
            let Some((_, src)) = locales.iter().find(|(code, _)| *code == lang.code) else {
                if lang.code == site.default_language {
                    d.file_error(
                        &format!("locales/{}.ftl", lang.code),
                        format!("the interface strings of the default language `{}` are missing", lang.code),
                        Some(format!("create locales/{}.ftl with the theme's strings (copy the theme's example)", lang.code)),
                    );
                } else {
                    d.file_warning(
                        &format!("locales/{}.ftl", lang.code),
                        format!("there are no interface strings for `{}`, so its pages show menus and labels in the default language", lang.code),
                        Some(format!("copy locales/{}.ftl to locales/{}.ftl and translate the text after each `=`", site.default_language, lang.code)),
                    );
                }
                continue;
            };
            let resource = match FluentResource::try_new(src.text.clone()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        // A parser error at the very end (an unclosed `{`) belongs to the last line.
                        let pos =
                            Pos::at_offset(&src.text, e.pos.start.min(src.text.trim_end().len()));
                        d.error(
                            src,
                            pos,
                            format!("this line is not valid Fluent: {}", e.kind),
                            Some("each string is `key = text`; a text on several lines must indent its next lines; `{` starts a variable like `{ $count }`".into()),
                        );
                    }
                    r
                }
            };
            let langid = lang
                .locale
                .parse::<unic_langid::LanguageIdentifier>()
                .or_else(|_| lang.code.parse())
                .unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Isolation marks would end up inside attributes and URLs; the page's
            // own `dir` handles mixed-direction text.
            bundle.set_use_isolating(false);
            if let Err(errors) = bundle.add_resource(resource) {
                for e in errors {
                    let (pos, message) = match &e {
                        fluent_bundle::FluentError::Overriding { id, .. } => (
                            second_definition(&src.text, id),
                            format!("`{id}` is written twice in this file; the first one is used"),
                        ),
                        other => (Pos::FILE, format!("{other}")),
                    };
                    d.warning(
                        src,
                        pos,
                        message,
                        Some("each key may appear only once: delete the repeated one".into()),
                    );
                }
            }
            bundles.insert(lang.code.clone(), bundle);
        }
        Messages {
            default: site.default_language.clone(),
            bundles,
        }
    }

    /// Reports theme keys missing in the default language (error) or another (warning).
    /// Keys only the theme's borrowed pages use are a warning even in the
    /// default language: the built-in English stands in for them.
    pub fn check_keys(
        &self,
        theme: &crate::render::Theme,
        locales: &[(String, Source)],
        d: &mut Diagnostics,
    ) {
        let used = &theme.used_keys;
        for (code, bundle) in &self.bundles {
            let display = locales
                .iter()
                .find(|(c, _)| c == code)
                .map(|(_, s)| s.display.clone())
                .unwrap_or_else(|| format!("locales/{code}.ftl"));
            let mut missing: Vec<&String> =
                used.keys().filter(|k| !bundle.has_message(k)).collect();
            let borrowed: Vec<&str> = theme
                .fallback_keys
                .keys()
                .filter(|k| !bundle.has_message(k))
                .map(String::as_str)
                .collect();
            if *code == self.default && !borrowed.is_empty() {
                d.file_warning(
                    &display,
                    format!("{} strings of pages your theme borrows from the default theme (the family finder and links page) are not in this file, so they show in English: {}", borrowed.len(), borrowed.join(", ")),
                    Some(format!("add them to {display}, copied from whatson's own locales/en.ftl and translated")),
                );
            } else if *code != self.default {
                missing.extend(
                    theme
                        .fallback_keys
                        .keys()
                        .filter(|k| !bundle.has_message(k)),
                );
            }
            if missing.is_empty() {
                continue;
            }
            if *code == self.default {
                for key in missing {
                    let (template, pos) = &used[key];
                    d.push(crate::diagnostics::Diagnostic {
                        severity: crate::diagnostics::Severity::Error,
                        file: display.clone(),
                        line: 1,
                        column: 1,
                        message: format!(
                            "the string `{key}` used by the theme ({template}:{}) is missing",
                            pos.line
                        ),
                        fix: Some(format!("add a line `{key} = …` to {display}")),
                        snippet: None,
                    });
                }
            } else {
                let list: Vec<&str> = missing.iter().map(|s| s.as_str()).collect();
                d.file_warning(
                    &display,
                    format!("{} interface strings are not translated yet, so they show in the default language: {}", list.len(), list.join(", ")),
                    Some(format!("add the missing keys to {display}, translated from locales/{}.ftl", self.default)),
                );
            }
        }
    }

    /// The string `key` in `lang`, else in the default language, else the key itself
    /// (so a gap is visible rather than silently empty).
    pub fn get(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> String {
        for code in [lang, self.default.as_str()] {
            let Some(bundle) = self.bundles.get(code) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
        let bundle = &*BUILT_IN;
        match bundle.get_message(key).and_then(|m| m.value()) {
            Some(pattern) => bundle
                .format_pattern(pattern, args, &mut Vec::new())
                .into_owned(),
            None => key.to_owned(),
        }
    }

    /// Whether `lang` has its own text for `key` (not a fallback).
    pub fn has(&self, lang: &str, key: &str) -> bool {
        self.bundles.get(lang).is_some_and(|b| b.has_message(key))
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.bundles.keys().map(String::as_str)
    }
}

/// The line where `id` is defined for the second time.
fn second_definition(text: &str, id: &str) -> Pos {
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .nth(1)
        .map_or(Pos::FILE, |(i, _)| Pos::new(i + 1, 1))
}

/// Builds Fluent arguments from `name → value` pairs.
pub fn args<'a>(pairs: &[(&'a str, FluentValue<'a>)]) -> FluentArgs<'a> {
    let mut a = FluentArgs::new();
    for (k, v) in pairs {
        a.set(*k, v.clone());
    }
    a
}

/// `th(key="…", name=text, …)`: `t` for messages that take content text (a
/// title, a venue name). Returns escaped HTML in which an argument that is not
/// translated yet keeps its own `lang` and `dir`, as everywhere else.
pub struct TranslateHtml {
    pub messages: Arc<Messages>,
    pub lang: String,
}

impl tera::Function for TranslateHtml {
    fn call(
        &self,
        args: &std::collections::HashMap<String, tera::Value>,
    ) -> tera::Result<tera::Value> {
        let key = args.get("key").and_then(|v| v.as_str()).ok_or_else(|| {
            tera::Error::msg(
                "th() needs a key, e.g. th(key=\"event-part-of\", festival=event.festival.title)",
            )
        })?;
        let mut fargs = FluentArgs::new();
        // Content arguments go through Fluent as private-use tokens and are
        // put back, escaped and marked, after the message is escaped.
        let mut spans: Vec<(String, String)> = Vec::new();
        let mut names: Vec<&String> = args.keys().filter(|k| *k != "key").collect();
        names.sort();
        for name in names {
            let value = match &args[name] {
                tera::Value::Object(o) if o.get("text").is_some_and(|t| t.is_string()) => {
                    let field = |f: &str| o.get(f).and_then(|v| v.as_str()).unwrap_or("");
                    let text = tera::escape_html(field("text"));
                    let html = if o.get("fallback") == Some(&tera::Value::Bool(true)) {
                        format!(
                            "<span lang=\"{}\" dir=\"{}\">{text}</span>",
                            tera::escape_html(field("lang")),
                            tera::escape_html(field("dir"))
                        )
                    } else {
                        text
                    };
                    let token = format!("\u{E000}{}\u{E001}", spans.len());
                    spans.push((token.clone(), html));
                    FluentValue::from(token)
                }
                tera::Value::Number(n) => FluentValue::from(n.as_f64().unwrap_or(0.0)),
                tera::Value::String(s) => FluentValue::from(s.clone()),
                other => FluentValue::from(other.to_string()),
            };
            fargs.set(name.clone(), value);
        }
        let fargs = fargs.iter().next().is_some().then_some(&fargs);
        let mut html = tera::escape_html(&self.messages.get(&self.lang, key, fargs));
        for (token, span) in spans {
            html = html.replace(&token, &span);
        }
        Ok(tera::Value::String(html))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// The `t(key="…", …)` template function, bound to one language.
pub struct Translate {
    pub messages: Arc<Messages>,
    pub lang: String,
}

impl tera::Function for Translate {
    fn call(
        &self,
        args: &std::collections::HashMap<String, tera::Value>,
    ) -> tera::Result<tera::Value> {
        let key = args
            .get("key")
            .and_then(|v| v.as_str())
            .ok_or_else(|| tera::Error::msg("t() needs a key, e.g. t(key=\"listing-heading\")"))?;
        let mut fargs = FluentArgs::new();
        let mut names: Vec<&String> = args.keys().filter(|k| *k != "key").collect();
        names.sort();
        for name in names {
            let value = match &args[name] {
                tera::Value::Number(n) => FluentValue::from(n.as_f64().unwrap_or(0.0)),
                tera::Value::String(s) => FluentValue::from(s.clone()),
                other => FluentValue::from(other.to_string()),
            };
            fargs.set(name.clone(), value);
        }
        let fargs = fargs.iter().next().is_some().then_some(&fargs);
        Ok(tera::Value::String(
            self.messages.get(&self.lang, key, fargs),
        ))
    }

    fn is_safe(&self) -> bool {
        false
    }
}

/// The clock people use in `region` (a country code): the hour cycle of the
/// region's most likely language there (CLDR likely subtags: `GB` → `en-GB`,
/// `FR` → `fr-FR`, `US` → `en-US`), so an Arabic-first site in London still
/// says 14:00 like the posters around it.
pub fn region_hour_cycle(region: &str) -> Option<&'static str> {
    let mut id: icu_locale_core::LanguageIdentifier = format!("und-{region}").parse().ok()?;
    icu_locale::LocaleExpander::new_common().maximize(&mut id);
    if id.language.is_unknown() {
        // ICU4X's data leaves out regions whose likely language is English
        // (GB, IE, CA, AU), English being its default.
        return Some(hour_cycle(&format!("en-{region}")));
    }
    Some(hour_cycle(&id.to_string()))
}

/// The hour cycle `locale` writes times in, as a Unicode `hc` value: `h23`
/// (13:00) or `h12` (1:00 PM), read from how CLDR formats one in the afternoon.
pub fn hour_cycle(locale: &str) -> &'static str {
    // In any script's digits: a 12-hour clock writes 01:00 and 13:00 with the
    // same digits (only the day period differs).
    let f = Formats::new(locale);
    let digits = |h| -> String {
        f.time(Time::constant(h, 0, 0, 0))
            .chars()
            .filter(|c| c.is_numeric())
            .collect()
    };
    if digits(1) == digits(13) {
        "h12"
    } else {
        "h23"
    }
}

/// What one language says, for the site and the print layouts alike, so a
/// leaflet and a web page word an event the same way.
pub trait Say {
    /// The interface string `key`.
    fn t(&self, key: &str) -> String;
    /// The interface string `key` with variables.
    fn t_args(&self, key: &str, a: &[(&str, FluentValue)]) -> String;
    fn formats(&self) -> &Formats;

    /// "Free", or the price as written.
    fn cost_label(&self, c: &Cost) -> String {
        match c {
            Cost::Free => self.t("cost-free"),
            Cost::Price(p) => p.clone(),
        }
    }

    /// "Tuesdays", "Every other Tuesday", "First Saturday of the month": the
    /// weekday of the first session (`first`), and for a monthly one its place
    /// in the month (`nth`: `first` … `fourth`, `last`), choose the words, so each language can
    /// agree them with the day (Polish "co drugą środę", Portuguese "aos sábados").
    fn repeat_label(&self, r: &Repeat, first: Date) -> String {
        let key = match r.every {
            Every::Week => "event-repeats-week",
            Every::TwoWeeks => "event-repeats-2weeks",
            Every::Month => "event-repeats-month",
        };
        self.t_args(
            key,
            &[
                ("weekday", weekday_code(first).into()),
                ("nth", month_position(first).into()),
            ],
        )
    }

    /// "until 20 July 2027", when the activity has a last session.
    fn until_label(&self, r: &Repeat) -> Option<String> {
        r.until.map(|u| {
            self.t_args(
                "event-repeats-until",
                &[("date", self.formats().date(u).into())],
            )
        })
    }

    /// The whole rule, as an event page and a leaflet give it:
    /// "Tuesdays until 20 July 2027".
    fn repeat_rule(&self, r: &Repeat, first: Date) -> String {
        match self.until_label(r) {
            Some(until) => format!("{} {until}", self.repeat_label(r, first)),
            None => self.repeat_label(r, first),
        }
    }

    /// "1 to 3 years", "0 to 18 months", "Pregnancy", ...
    fn ages_label(&self, a: Ages) -> String {
        match a {
            Ages::Bump => self.t("ages-bump"),
            Ages::BumpTo(n) => self.t_args("ages-bump-to", &[("to", n.into())]),
            Ages::Range(a, b) if a == b => self.t_args("ages-single", &[("age", a.into())]),
            Ages::Range(a, b) => self.t_args("ages-range", &[("from", a.into()), ("to", b.into())]),
            Ages::Months { from, to, to_years } => self.t_args(
                if to_years {
                    "ages-months-years"
                } else {
                    "ages-months"
                },
                &[("from", from.into()), ("to", to.into())],
            ),
        }
    }

    /// When an occurrence runs, beside its start date: "10:00–11:30"; an
    /// event that ends on a later day names that day ("10:00 – Wednesday,
    /// 7 April 2027 16:00"), one that ends at midnight does not; an all-day
    /// event over several days gives its first and last date.
    fn time_label(&self, o: &Occurrence) -> String {
        let f = self.formats();
        if o.all_day {
            let last = o.end.date().yesterday().unwrap_or(o.end.date());
            if last > o.start.date() {
                return format!("{} – {}", f.date(o.start.date()), f.date(last));
            }
            return self.t("event-all-day");
        }
        let start = f.time(o.start.time());
        let end = f.time(o.end.time());
        let ends_at_midnight = o.end.time() == Time::midnight()
            && o.start.date().tomorrow().ok() == Some(o.end.date());
        if o.end.date() != o.start.date() && !ends_at_midnight {
            format!("{start} – {} {end}", f.weekday_date(o.end.date()))
        } else {
            format!("{start}–{end}")
        }
    }

    /// A festival's dates: "1 to 8 August 2026", or one date for a one-day
    /// festival.
    fn dates_label(&self, from: Date, to: Date) -> String {
        let f = self.formats();
        if from == to {
            return f.date(from);
        }
        self.t_args(
            "festival-dates",
            &[("from", f.date(from).into()), ("to", f.date(to).into())],
        )
    }
}

/// The Fluent selector value for the place of `d`'s weekday in its month, as
/// a monthly repeat keeps it: `first` … `fourth`, and `last` for the 5th week.
pub fn month_position(d: Date) -> &'static str {
    match (d.day() - 1) / 7 {
        0 => "first",
        1 => "second",
        2 => "third",
        3 => "fourth",
        _ => "last",
    }
}

/// The Fluent selector value for the weekday of `d`: `mon` … `sun`.
pub fn weekday_code(d: Date) -> &'static str {
    use jiff::civil::Weekday::*;
    match d.weekday() {
        Monday => "mon",
        Tuesday => "tue",
        Wednesday => "wed",
        Thursday => "thu",
        Friday => "fri",
        Saturday => "sat",
        Sunday => "sun",
    }
}

/// Whether CLDR has date names for `locale` (or a language it falls back to),
/// rather than only the root locale's "2027 M03 2".
pub fn has_date_names(locale: &str) -> bool {
    let Some(day) = gregorian(jiff::civil::date(2027, 3, 2)) else {
        return false;
    };
    let root =
        FixedCalendarDateTimeFormatter::<Gregorian, YMD>::try_new(Default::default(), YMD::long());
    let own = FixedCalendarDateTimeFormatter::<Gregorian, YMD>::try_new(
        (&parse_locale(locale)).into(),
        YMD::long(),
    );
    match (own, root) {
        (Ok(own), Ok(root)) => own.format(&day).to_string() != root.format(&day).to_string(),
        _ => false,
    }
}

/// `locale` as ICU reads it; just its language if the rest does not parse.
fn parse_locale(locale: &str) -> Locale {
    locale
        .parse()
        .or_else(|_| locale.split('-').next().unwrap_or("und").parse())
        .unwrap_or(Locale::UNKNOWN)
}

/// Date, time and language-name formatting for one locale, from CLDR data.
pub struct Formats {
    long_date_weekday: FixedCalendarDateTimeFormatter<Gregorian, YMDE>,
    long_date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    month_year: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    time: NoCalendarFormatter<fieldsets::T>,
    names: Option<LanguageDisplayNames>,
    and_list: ListFormatter,
}

impl Formats {
    /// Formatters for `locale` (e.g. `en-GB`); ICU falls back to the nearest
    /// locale it has data for (`so-GB` → `so`), and to the root locale at worst.
    pub fn new(locale: &str) -> Formats {
        let loc = parse_locale(locale);
        let long_date_weekday =
            FixedCalendarDateTimeFormatter::try_new((&loc).into(), YMDE::long())
                .or_else(|_| {
                    FixedCalendarDateTimeFormatter::try_new(Default::default(), YMDE::long())
                })
                .expect("root locale data is compiled in");
        let long_date = FixedCalendarDateTimeFormatter::try_new((&loc).into(), YMD::long())
            .or_else(|_| FixedCalendarDateTimeFormatter::try_new(Default::default(), YMD::long()))
            .expect("root locale data is compiled in");
        let month_year = FixedCalendarDateTimeFormatter::try_new((&loc).into(), YM::long())
            .or_else(|_| FixedCalendarDateTimeFormatter::try_new(Default::default(), YM::long()))
            .expect("root locale data is compiled in");
        let time = NoCalendarFormatter::try_new((&loc).into(), fieldsets::T::hm())
            .or_else(|_| NoCalendarFormatter::try_new(Default::default(), fieldsets::T::hm()))
            .expect("root locale data is compiled in");
        let names =
            LanguageDisplayNames::try_new((&loc).into(), DisplayNamesOptions::default()).ok();
        let list_options = ListFormatterOptions::default().with_length(ListLength::Wide);
        let and_list = ListFormatter::try_new_and((&loc).into(), list_options)
            .or_else(|_| ListFormatter::try_new_and(Default::default(), list_options))
            .expect("root locale data is compiled in");
        Formats {
            long_date_weekday,
            long_date,
            month_year,
            time,
            names,
            and_list,
        }
    }

    /// "Tuesday 4 August 2026"
    pub fn weekday_date(&self, d: Date) -> String {
        match gregorian(d) {
            Some(g) => self.long_date_weekday.format(&g).to_string(),
            None => d.to_string(),
        }
    }

    /// "4 August 2026"
    pub fn date(&self, d: Date) -> String {
        match gregorian(d) {
            Some(g) => self.long_date.format(&g).to_string(),
            None => d.to_string(),
        }
    }

    /// "March 2027", "março de 2027"
    pub fn month_year(&self, d: Date) -> String {
        let iso = || format!("{:04}-{:02}", d.year(), d.month());
        let Some(g) = gregorian(d) else {
            return iso();
        };
        // ICU4X 2.4 leaves the number formatter out of some month-and-year
        // patterns (Portuguese "MMMM 'de' y"): release builds write the year in
        // ASCII digits, debug builds assert. Keep debug builds (tests) going,
        // without a backtrace for each month label.
        #[cfg(debug_assertions)]
        quiet_icu_assert();
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.month_year.format(&g).to_string()
        }))
        .unwrap_or_else(|_| iso())
    }

    /// "10:30" (or "10:30 am" where the locale uses a 12-hour clock)
    pub fn time(&self, t: Time) -> String {
        match icu_time::Time::try_new(t.hour() as u8, t.minute() as u8, 0, 0) {
            Ok(x) => self.time.format(&x).to_string(),
            Err(_) => format!("{:02}:{:02}", t.hour(), t.minute()),
        }
    }

    /// "22 December, 29 December and 16 February": the locale's own separators
    /// and word for "and" (Arabic "،" and "و", Amharic "፣").
    pub fn and_list(&self, items: &[String]) -> String {
        self.and_list.format(items.iter()).to_string()
    }

    /// The name of language `code` in this locale ("portugais" in French).
    pub fn language_name(&self, code: &str) -> Option<String> {
        let lang: icu_locale_core::subtags::Language = code.split('-').next()?.parse().ok()?;
        self.names.as_ref()?.of(lang).map(str::to_owned)
    }
}

/// Leaves out the report of ICU4X's debug assertion that [`Formats::month_year`]
/// catches; every other panic is reported as before.
#[cfg(debug_assertions)]
fn quiet_icu_assert() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let message = info.payload_as_str().unwrap_or_default();
            if !message.contains("DecimalFormatterNotLoaded") {
                previous(info);
            }
        }));
    });
}

fn gregorian(d: Date) -> Option<IcuDate<Gregorian>> {
    IcuDate::try_new_gregorian(d.year() as i32, d.month() as u8, d.day() as u8).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};

    #[test]
    fn dates_come_from_locale_data() {
        let en = Formats::new("en-GB");
        assert_eq!(en.weekday_date(date(2026, 8, 4)), "Tuesday, 4 August 2026");
        assert_eq!(en.time(time(14, 30, 0, 0)), "14:30");
        let pt = Formats::new("pt-GB");
        assert!(pt.weekday_date(date(2026, 8, 4)).contains("agosto"));
        let pl = Formats::new("pl-GB");
        assert!(pl.weekday_date(date(2026, 8, 4)).contains("sierpnia"));
        let ar = Formats::new("ar-GB");
        assert!(ar.weekday_date(date(2026, 8, 4)).contains("أغسطس"));
        assert_eq!(en.language_name("so").as_deref(), Some("Somali"));
        assert_eq!(pt.language_name("en").as_deref(), Some("inglês"));
        let days = ["1".to_string(), "2".to_string(), "3".to_string()];
        assert_eq!(en.and_list(&days), "1, 2 and 3");
        assert_eq!(ar.and_list(&days), "1 و2 و3");
    }

    #[test]
    fn one_clock_for_the_site() {
        assert_eq!(hour_cycle("en-GB"), "h23");
        assert_eq!(region_hour_cycle("GB"), Some("h23"));
        assert!(has_date_names("so-GB") && has_date_names("ti") && has_date_names("pt-BR"));
        assert!(!has_date_names("rom-GB") && !has_date_names("tw"));
        assert_eq!(region_hour_cycle("FR"), Some("h23"));
        assert_eq!(region_hour_cycle("US"), Some("h12"));
        assert_eq!(region_hour_cycle("EG"), Some("h12"));
        assert_eq!(region_hour_cycle("IE"), Some("h23"));
        assert_eq!(region_hour_cycle("AU"), Some("h12"));
        assert_eq!(hour_cycle("en-US"), "h12");
        assert_eq!(hour_cycle("bn-IN"), "h12");
        // Arabic in CLDR uses a 12-hour clock; a British site asks for 24 hours.
        assert_eq!(hour_cycle("ar-GB"), "h12");
        let ar = Formats::new("ar-GB-u-hc-h23");
        assert!(
            !ar.time(time(14, 30, 0, 0)).contains('م'),
            "{}",
            ar.time(time(14, 30, 0, 0))
        );
        for code in ["am", "ti", "so", "ur", "bn"] {
            let f = Formats::new(&format!("{code}-GB-u-hc-h23"));
            let two_thirty = f.time(time(14, 30, 0, 0));
            let digits: String = two_thirty.chars().filter(|c| c.is_numeric()).collect();
            assert_eq!(digits.chars().count(), 4, "{code}: {two_thirty}");
            assert!(!two_thirty.contains("PM"), "{code}: {two_thirty}");
        }
    }
}
