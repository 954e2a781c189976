//! whatson: a static-site generator for multilingual "what's on" listings of
//! community family events.
//!
//! The pipeline follows the data, one module per stage:
//! [`load`] → [`validate`] → [`expand`] → [`render`] (+ [`print`](mod@print)) → [`output`], with
//! [`i18n`] (Fluent strings, CLDR dates) and [`markdown`] used by rendering and
//! every finding collected in [`diagnostics`].

pub mod calendar;
pub mod contrast;
pub mod diagnostics;
pub mod expand;
pub mod feed;
pub mod filters;
pub mod i18n;
pub mod images;
pub mod load;
pub mod markdown;
pub mod model;
pub mod output;
pub mod print;
pub mod render;
pub mod structured;
pub mod validate;

pub mod check;
pub mod progress;
pub mod scaffold;
pub mod serve;
pub mod translations;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::civil::DateTime;
use jiff::Zoned;

use diagnostics::Diagnostics;
use output::SiteFiles;

/// The build's idea of "now": the clock, or a fixed local time in the site's zone
/// (for reproducible builds and tests).
#[derive(Debug, Clone, Copy, Default)]
pub enum Now {
    #[default]
    Clock,
    Local(DateTime),
}

impl Now {
    /// Parses `YYYY-MM-DD HH:MM` (or `YYYY-MM-DD`, meaning midnight).
    pub fn parse(s: &str) -> Result<Now, String> {
        let t = s.trim().replacen('T', " ", 1);
        let parsed = if t.len() == 10 {
            t.parse::<jiff::civil::Date>()
                .map(|d| d.to_datetime(jiff::civil::Time::midnight()))
        } else {
            jiff::civil::DateTime::strptime("%Y-%m-%d %H:%M", &t)
        };
        parsed
            .map(Now::Local)
            .map_err(|_| format!("`{s}` is not a date and time; write it as \"YYYY-MM-DD HH:MM\", e.g. \"2026-11-23 09:00\""))
    }

    fn resolve(self, tz: &jiff::tz::TimeZone) -> Zoned {
        match self {
            Now::Clock => Zoned::now().with_time_zone(tz.clone()),
            Now::Local(dt) => dt
                .to_zoned(tz.clone())
                .unwrap_or_else(|_| Zoned::now().with_time_zone(tz.clone())),
        }
    }
}

/// What a successful generation produced.
pub struct Generated {
    pub files: SiteFiles,
    pub content: model::Content,
    pub now: Zoned,
}

/// Runs every stage but writing: the site in memory plus all findings. `None`
/// when there were errors (the findings say which).
pub fn generate(root: &Path, now: Now) -> (Option<Generated>, Diagnostics) {
    generate_with_progress(root, now, &|_| {})
}

/// [`generate`], naming each stage to `progress` as it starts (for a spinner).
pub fn generate_with_progress(
    root: &Path,
    now: Now,
    progress: &dyn Fn(&str),
) -> (Option<Generated>, Diagnostics) {
    let mut d = Diagnostics::new();
    progress("Reading content");
    let loaded = load::load(root, &mut d);
    let Some(content) = validate::validate(&loaded, &mut d) else {
        return (None, d);
    };
    let messages = Arc::new(i18n::Messages::load(&content.site, &loaded.locales, &mut d));
    let theme = render::Theme::load(root, &content.site.theme, &mut d);
    if let Some(theme) = &theme {
        messages.check_keys(&theme.used_keys, &loaded.locales, &mut d);
    }
    // Rendering broken content would only add confusing follow-on errors.
    let (Some(theme), false) = (theme, d.has_errors()) else {
        return (None, d);
    };
    let now = now.resolve(&content.site.timezone);
    let expanded = expand::expand(&content, &now);
    progress("Rendering pages");
    let sink = output::Memory::new();
    let pictures = images::publish_content(&loaded.root, &content, &sink, &mut d);
    let mut files = sink.into_files();
    render::render(
        &loaded,
        &content,
        &expanded,
        &now,
        messages.clone(),
        &theme,
        &pictures,
        &mut files,
        &mut d,
    );
    progress("Making leaflets and QR sheets");
    let sink = output::Memory::new();
    print::print(
        &loaded,
        &content,
        &expanded,
        &now,
        &messages,
        &print::Options::for_site(root),
        &pictures,
        &sink,
        &mut d,
    );
    let printed = sink.into_files();
    for path in printed.paths() {
        files.add(path, printed.get(path).unwrap_or_default());
    }
    if d.has_errors() {
        return (None, d);
    }
    (
        Some(Generated {
            files,
            content,
            now,
        }),
        d,
    )
}

/// Options for [`build`].
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site folder (holding content/, locales/, themes/).
    pub root: PathBuf,
    /// Output folder; default `<root>/public`.
    pub out: Option<PathBuf>,
    pub now: Now,
}

/// The outcome of a build: what was written, and every finding.
pub struct BuildReport {
    pub out: PathBuf,
    pub files: usize,
    pub bytes: usize,
    pub pages_per_language: usize,
    pub languages: usize,
    pub events: usize,
    pub written: bool,
    pub diagnostics: Diagnostics,
    /// Set when writing the output failed (disk full, permissions).
    pub write_error: Option<String>,
}

/// Builds the site into the output folder, replacing it only when the whole
/// build succeeded. On any error the old output is left exactly as it was.
pub fn build(opts: &BuildOptions) -> BuildReport {
    build_with_progress(opts, &|_| {})
}

/// [`build`], naming each stage to `progress` as it starts.
pub fn build_with_progress(opts: &BuildOptions, progress: &dyn Fn(&str)) -> BuildReport {
    let out = opts.out.clone().unwrap_or_else(|| opts.root.join("public"));
    let (generated, diagnostics) = generate_with_progress(&opts.root, opts.now, progress);
    let mut report = BuildReport {
        out: out.clone(),
        files: 0,
        bytes: 0,
        pages_per_language: 0,
        languages: 0,
        events: 0,
        written: false,
        diagnostics,
        write_error: None,
    };
    let Some(g) = generated else { return report };
    report.files = g.files.len();
    report.bytes = g.files.total_bytes();
    report.languages = g.content.site.languages.len();
    report.events = g.content.events.len();
    let first = format!("{}/", g.content.site.default_language);
    report.pages_per_language = g
        .files
        .paths()
        .filter(|p| p.starts_with(&first) && p.ends_with(".html"))
        .count();
    progress("Writing the site");
    match output::write_atomically(&g.files, &out) {
        Ok(()) => report.written = true,
        Err(e) => report.write_error = Some(e.to_string()),
    }
    report
}
