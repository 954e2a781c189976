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
pub mod newsletter;
pub mod output;
pub mod plan;
pub mod preview;
pub mod print;
pub mod render;
pub mod route;
pub mod structured;
pub mod validate;

pub mod check;
pub mod init;
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

    /// This moment in the time zone `tz`.
    pub fn resolve(self, tz: &jiff::tz::TimeZone) -> Zoned {
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

/// The checked, expanded and planned site: everything rendering reads.
pub struct Model {
    pub loaded: load::Loaded,
    pub content: model::Content,
    /// Shared with the next preview model when an edit leaves them as they are.
    pub expanded: Arc<expand::Expanded>,
    pub plan: Arc<plan::Plan>,
    pub now: Zoned,
    pub messages: Arc<i18n::Messages>,
    pub theme: Arc<render::Theme>,
    pub pictures: images::Pictures,
    /// Calendar and feed pieces kept for the next render (a preview's).
    pub pieces: render::Pieces,
    /// Each content file's findings, re-reported when the next preview
    /// update takes its record again.
    pub findings: validate::Findings,
}

impl Model {
    /// Validates, expands and plans `loaded`. `reuse` keeps the strings and
    /// theme of an earlier model (a preview after a content edit); `None`
    /// when there were errors (the findings say which).
    pub fn prepare(
        loaded: load::Loaded,
        now: Now,
        reuse: Option<(&Model, Zoned)>,
        d: &mut Diagnostics,
    ) -> Option<Model> {
        let earlier = reuse.as_ref().map(|(old, _)| {
            validate::Earlier::new(&old.loaded, &old.content, &old.findings, &loaded)
        });
        let (content, findings) = validate::validate_reusing(&loaded, earlier.as_ref(), d)?;
        let old = reuse.as_ref().map(|(old, _)| *old);
        let (messages, theme, now) = match reuse {
            Some((old, now)) => (old.messages.clone(), old.theme.clone(), now),
            None => {
                let messages = Arc::new(i18n::Messages::load(&content.site, &loaded.locales, d));
                let theme = render::Theme::load(&loaded.root, &content.site.theme, d);
                if let Some(theme) = &theme {
                    messages.check_keys(theme, &loaded.locales, d);
                }
                (
                    messages,
                    Arc::new(theme?),
                    now.resolve(&content.site.timezone),
                )
            }
        };
        // Rendering broken content would only add confusing follow-on errors.
        if d.has_errors() {
            return None;
        }
        // An edit of an event's words leaves every session and listing as
        // it was: at 10,000 events, making them again is most of a save.
        let kept = old.filter(|old| {
            old.now == now
                && earlier
                    .as_ref()
                    .and_then(|e| e.touched())
                    .is_some_and(|touched| plan::still_holds(&old.content, &content, touched))
        });
        let (expanded, plan) = match kept {
            Some(old) => (old.expanded.clone(), old.plan.clone()),
            None => {
                let expanded = expand::expand(&content, &now);
                let plan = plan::Plan::new(&content, &expanded, &now);
                (Arc::new(expanded), Arc::new(plan))
            }
        };
        Some(Model {
            loaded,
            content,
            expanded,
            plan,
            now,
            messages,
            theme,
            pictures: images::Pictures::new(),
            pieces: render::Pieces::default(),
            findings,
        })
    }

    /// Publishes the content's pictures into `sink` and keeps their sizes.
    pub fn publish_pictures(&mut self, sink: &dyn output::Sink, d: &mut Diagnostics) {
        self.pictures = images::publish_content(&self.loaded.root, &self.content, sink, d);
    }

    pub fn render_inputs(&self) -> render::Inputs<'_> {
        render::Inputs {
            root: &self.loaded.root,
            content: &self.content,
            expanded: &self.expanded,
            plan: &self.plan,
            now: &self.now,
            messages: self.messages.clone(),
            theme: &self.theme,
            pictures: &self.pictures,
            pieces: &self.pieces,
        }
    }

    /// Every web page, calendar and feed.
    pub fn render_web(&self, sink: &dyn output::Sink, d: &mut Diagnostics) {
        render::render(&self.render_inputs(), sink, d);
        newsletter::render_pages(self, sink, d);
    }

    fn print_inputs<'a>(&'a self, options: &'a print::Options) -> print::Inputs<'a> {
        print::Inputs {
            loaded: &self.loaded,
            content: &self.content,
            expanded: &self.expanded,
            now: &self.now,
            messages: &self.messages,
            options,
            pictures: &self.pictures,
        }
    }

    /// Short links, leaflets, QR sheets and the print index.
    pub fn render_print(&self, sink: &dyn output::Sink, d: &mut Diagnostics) {
        self.print_links(sink, d);
        self.print_documents(sink, d);
    }

    /// The short-link pages: cheap, and pointing at web pages.
    pub fn print_links(&self, sink: &dyn output::Sink, d: &mut Diagnostics) {
        let options = print::Options::for_site(&self.loaded.root);
        print::links(&self.print_inputs(&options), sink, d);
    }

    /// Leaflets, QR sheets, printable pages and the print index: slow.
    pub fn print_documents(&self, sink: &dyn output::Sink, d: &mut Diagnostics) {
        let options = print::Options::for_site(&self.loaded.root);
        print::documents(&self.print_inputs(&options), sink, d);
    }
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
    let sink = output::Memory::new();
    let (model, d) = generate_into(root, now, &sink, progress);
    let generated = model.map(|m| Generated {
        files: sink.into_files(),
        content: m.content,
        now: m.now,
    });
    (generated, d)
}

/// Every stage but the final swap, streaming each file into `sink` as it is
/// made. `None` when there were errors: then `sink` must not be published.
pub fn generate_into(
    root: &Path,
    now: Now,
    sink: &dyn output::Sink,
    progress: &dyn Fn(&str),
) -> (Option<Model>, Diagnostics) {
    generate_into_with(root, now, &PrintOverrides::default(), sink, progress)
}

/// What the command line says about printing, over site.yaml.
#[derive(Debug, Clone, Copy, Default)]
pub struct PrintOverrides {
    /// Area leaflets start this day (and are made even when site.yaml has no
    /// `area_leaflets:`).
    pub area_leaflets_from: Option<jiff::civil::Date>,
    /// Area leaflets cover this many weeks (and are made, as above).
    pub area_leaflets_weeks: Option<u32>,
}

impl PrintOverrides {
    fn apply(&self, site: &mut model::Site) {
        if self.area_leaflets_from.is_none() && self.area_leaflets_weeks.is_none() {
            return;
        }
        let a = site.area_leaflets.get_or_insert(model::AreaLeaflets {
            weeks: model::AreaLeaflets::DEFAULT_WEEKS,
            paper: model::Paper::A5,
            from: None,
        });
        if let Some(w) = self.area_leaflets_weeks {
            a.weeks = w;
        }
        if let Some(f) = self.area_leaflets_from {
            a.from = Some(f);
        }
    }
}

/// [`generate_into`] with the command line's print settings.
pub fn generate_into_with(
    root: &Path,
    now: Now,
    print: &PrintOverrides,
    sink: &dyn output::Sink,
    progress: &dyn Fn(&str),
) -> (Option<Model>, Diagnostics) {
    let mut d = Diagnostics::new();
    progress("Reading content");
    let loaded = load::load(root, &mut d);
    let Some(mut model) = Model::prepare(loaded, now, None, &mut d) else {
        return (None, d);
    };
    print.apply(&mut model.content.site);
    progress("Rendering pages, leaflets and QR sheets");
    model.publish_pictures(sink, &mut d);
    // Side by side: typesetting leaves cores idle between its batches and
    // while one long leaflet finishes, and the pages fill them. Findings
    // keep the order web, then print, whichever finishes first.
    let (web, print) = rayon::join(
        || {
            let mut d = Diagnostics::new();
            model.render_web(sink, &mut d);
            d
        },
        || {
            let mut d = Diagnostics::new();
            model.render_print(sink, &mut d);
            d
        },
    );
    d.extend(web);
    d.extend(print);
    if d.has_errors() {
        return (None, d);
    }
    (Some(model), d)
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
    /// Set when the site was published but `content/short-links.yaml` could
    /// not be updated.
    pub register_error: Option<String>,
    /// Whether `content/short-links.yaml` was (re)written.
    pub register_written: bool,
}

/// Builds the site into the output folder, replacing it only when the whole
/// build succeeded. On any error the old output is left exactly as it was.
pub fn build(opts: &BuildOptions) -> BuildReport {
    build_with_progress(opts, &|_| {})
}

/// [`build`], naming each stage to `progress` as it starts.
pub fn build_with_progress(opts: &BuildOptions, progress: &dyn Fn(&str)) -> BuildReport {
    build_with(opts, &PrintOverrides::default(), progress)
}

/// [`build_with_progress`] with the command line's print settings.
pub fn build_with(
    opts: &BuildOptions,
    print: &PrintOverrides,
    progress: &dyn Fn(&str),
) -> BuildReport {
    let out = opts.out.clone().unwrap_or_else(|| opts.root.join("public"));
    let mut report = BuildReport {
        out: out.clone(),
        files: 0,
        bytes: 0,
        pages_per_language: 0,
        languages: 0,
        events: 0,
        written: false,
        diagnostics: Diagnostics::new(),
        write_error: None,
        register_error: None,
        register_written: false,
    };
    // Each file goes into the second slot as soon as it is made; the slot is
    // published only if the whole build succeeds.
    let staging = match output::Staging::begin(&out) {
        Ok(s) => s,
        Err(e) => {
            report.write_error = Some(e.to_string());
            return report;
        }
    };
    let (model, diagnostics) = generate_into_with(&opts.root, opts.now, print, &staging, progress);
    report.diagnostics = diagnostics;
    let Some(m) = model else { return report };
    report.languages = m.content.site.languages.len();
    report.events = m.content.events.len();
    report.pages_per_language = m
        .plan
        .lang_pages()
        .iter()
        .filter(|p| match p {
            plan::Page::Event(id) => m.expanded.for_event(id).next().is_some(),
            plan::Page::EventCalendar(_) | plan::Page::Syndication | plan::Page::FinderIndex => {
                false
            }
            _ => true,
        })
        .count();
    let register = print::register_text(&m.loaded, &m.content);
    progress("Writing the site");
    let register_path = opts.root.join(print::register::FILE);
    let mut register_result: Result<bool, String> = Ok(false);
    let committed = staging.commit_then(|| {
        // Only a build that published writes the register, and only when it
        // changed, so an unchanged site leaves the file alone.
        if let Some(text) = &register {
            let old = std::fs::read_to_string(&register_path).ok();
            if old.as_deref() != Some(text.as_str()) {
                register_result = translations::write_atomically(&register_path, text)
                    .map(|()| true)
                    .map_err(|e| e.to_string());
            }
        }
    });
    match register_result {
        Ok(w) => report.register_written = w,
        Err(e) => report.register_error = Some(e),
    }
    match committed {
        Ok(stats) => {
            report.written = true;
            report.files = stats.files;
            report.bytes = stats.bytes as usize;
        }
        Err(e) => report.write_error = Some(e.to_string()),
    }
    report
}
