//! The live preview's engine: the site kept loaded in memory, and on each save
//! only the outputs that depend on the edit made again.
//!
//! A save of a content file reads just that file ([`load::reload_file`]),
//! checks and plans the whole model again in memory (cheap), and compares the
//! new model with the old one record by record. A job of the plan is rendered
//! again when it is new, when a record it is made from changed (before or after
//! the edit, so an event that moved month leaves its old month page too), or
//! when its listing page now holds other sessions. Templates, strings,
//! `site.yaml`, pictures, festivals and pages (which every page's menu names)
//! redo everything, the page open in the browser first. Print documents are
//! typeset again in a background thread after the pages are updated.
//!
//! The property test in tests/integration/preview.rs checks that after any
//! sequence of edits the preview's files equal a full build's.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::thread::JoinHandle;

use crate::diagnostics::Diagnostics;
use crate::load::{self, Kind, Reloaded};
use crate::model::Content;
use crate::output::{Memory, SiteFiles};
use crate::plan::{Filter, Input, Job, Page, Slice};
use crate::{render, Model, Now};

/// What one update did.
#[derive(Debug, Default)]
pub struct Update {
    pub diagnostics: Diagnostics,
    /// The site was made; false when it had errors (the last good one stays).
    pub ok: bool,
    /// Every job was rendered (a template, string or site setting changed).
    pub full: bool,
    /// How many jobs were rendered.
    pub rendered: usize,
    /// Nothing to do: the saved files hold the bytes already loaded.
    pub unchanged: bool,
    /// The sessions and listings were kept from the last update: the edit
    /// changed only what is shown of its records.
    pub kept_plan: bool,
}

/// The previewed site.
pub struct Preview {
    root: PathBuf,
    now: Now,
    model: Option<Arc<Model>>,
    /// Files each web job made the last time it was rendered.
    made: HashMap<Job, Vec<String>>,
    /// Published pictures (remade by full renders only).
    pictures: Vec<String>,
    /// Short-link pages, remade with the pages on every update.
    links: Vec<String>,
    files: Arc<RwLock<SiteFiles>>,
    /// The last update failed: what is loaded no longer matches the files
    /// (a broken save was not taken in), so the next update reads them all.
    stale: bool,
    print: Arc<PrintState>,
    printing: Option<JoinHandle<()>>,
}

#[derive(Default)]
struct PrintState {
    /// The newest model's number: an older print run throws its result away.
    generation: AtomicU64,
    /// Files the last print run made.
    paths: Mutex<BTreeSet<String>>,
    /// Findings of the last print run.
    diagnostics: Mutex<Diagnostics>,
}

impl Preview {
    /// Loads and renders the whole site.
    pub fn new(root: &Path, now: Now) -> (Preview, Update) {
        let mut p = Preview {
            root: root.to_path_buf(),
            now,
            model: None,
            made: HashMap::new(),
            pictures: Vec::new(),
            links: Vec::new(),
            files: Arc::new(RwLock::new(SiteFiles::new())),
            stale: false,
            print: Arc::new(PrintState::default()),
            printing: None,
        };
        let u = p.full(None, &|| {});
        (p, u)
    }

    /// The served files; updated in place, one job at a time.
    pub fn files(&self) -> Arc<RwLock<SiteFiles>> {
        self.files.clone()
    }

    /// The site's root-relative base path (`/` or `/whats-on/`).
    pub fn base_path(&self) -> Option<String> {
        self.model.as_ref().map(|m| m.content.site.base_path())
    }

    /// Brings the preview up to date after `changed` were saved. `open` is the
    /// output path of the page open in the browser, made first on a full
    /// render; `on_pages` is called each time served pages have changed.
    pub fn update(
        &mut self,
        changed: &[PathBuf],
        open: Option<&str>,
        on_pages: &dyn Fn(),
    ) -> Update {
        let u = self.update_from(changed, open, on_pages);
        self.stale = !u.ok;
        u
    }

    fn update_from(
        &mut self,
        changed: &[PathBuf],
        open: Option<&str>,
        on_pages: &dyn Fn(),
    ) -> Update {
        let Some(old) = self.model.clone().filter(|_| !self.stale) else {
            return self.full(open, on_pages);
        };
        let mut loaded = old.loaded.clone();
        let mut any = false;
        for path in changed {
            match load::reload_file(&mut loaded, path) {
                Reloaded::Same => {}
                Reloaded::Changed => any = true,
                Reloaded::Reload => return self.full(open, on_pages),
            }
        }
        if !any {
            return Update {
                ok: true,
                unchanged: true,
                ..Update::default()
            };
        }
        let mut d = Diagnostics::new();
        let Some(mut model) =
            Model::prepare(loaded, self.now, Some((&old, old.now.clone())), &mut d)
        else {
            return Update {
                diagnostics: d,
                ..Update::default()
            };
        };
        // Checking takes every other record over as it was (see
        // `validate_reusing`), so only these can differ.
        let touched = model.loaded.reread_since(&old.loaded);
        let changed = changed_inputs(&old.content, &model.content, touched.as_ref());
        // Festivals and pages are named in every page's menu; pictures are
        // published by a full render only.
        if changed
            .iter()
            .any(|i| matches!(i, Input::Festival(_) | Input::Page(_)))
            || pictures_of(&old.content) != pictures_of(&model.content)
        {
            return self.full(open, on_pages);
        }
        model.pictures = old.pictures.clone();
        old.pieces
            .forget(stale_pieces(&old.content, &model.content, &changed));
        model.pieces = old.pieces.clone();
        let (jobs, same_jobs) = dirty_jobs(&old, &model, &changed);
        let gone: Vec<Job> = if same_jobs {
            Vec::new()
        } else {
            let new_jobs: HashSet<Job> = model.plan.jobs().into_iter().collect();
            self.made
                .keys()
                .filter(|j| !new_jobs.contains(j))
                .cloned()
                .collect()
        };
        // Pages first, and the browser is told; then the files no page in
        // the browser shows (calendars, feeds, the finder's index) follow
        // before the save is done. With the finder open, its index is part
        // of the page.
        let finder_open = open
            .and_then(|o| self.job_of(o))
            .is_some_and(|j| matches!(j, Job::Lang(_, Page::Finder | Page::FinderChoice(_))));
        let (first, after): (Vec<Job>, Vec<Job>) = jobs
            .iter()
            .cloned()
            .partition(|j| finder_open || !is_for_subscribers(j));
        let inputs = model.render_inputs();
        let made = render::render_each(&inputs, &first, &mut d);
        self.replace(&gone, &first, made);
        let told = !after.is_empty();
        if told {
            on_pages();
        }
        let made = render::render_each(&inputs, &after, &mut d);
        self.replace(&[], &after, made);
        let kept_plan = Arc::ptr_eq(&model.plan, &old.plan);
        let mut u = self.publish(
            model,
            d,
            false,
            jobs.len(),
            if told { &|| {} } else { on_pages },
        );
        u.kept_plan = kept_plan;
        // Freeing a big site's old model takes a while: not on the way to the
        // browser.
        std::thread::spawn(move || drop(old));
        u
    }

    /// The job whose files include `path`.
    fn job_of(&self, path: &str) -> Option<&Job> {
        self.made
            .iter()
            .find(|(_, paths)| paths.iter().any(|p| p == path))
            .map(|(job, _)| job)
    }

    /// Puts what `jobs` made in place of what they made before, and takes
    /// away the files of the `gone` jobs.
    fn replace(&mut self, gone: &[Job], jobs: &[Job], made: Vec<SiteFiles>) {
        let mut files = self.files.write().unwrap_or_else(|e| e.into_inner());
        for job in gone {
            for path in self.made.remove(job).unwrap_or_default() {
                files.remove(&path);
            }
        }
        for (job, out) in jobs.iter().zip(made) {
            for path in self.made.remove(job).unwrap_or_default() {
                files.remove(&path);
            }
            let paths = out.paths().map(str::to_owned).collect();
            for (path, bytes) in out {
                files.add(path, bytes);
            }
            self.made.insert(job.clone(), paths);
        }
    }

    /// Waits for the print documents of the newest model; their findings.
    pub fn wait_for_print(&mut self) -> Diagnostics {
        if let Some(h) = self.printing.take() {
            let _ = h.join();
        }
        let d = self
            .print
            .diagnostics
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let mut out = Diagnostics::new();
        for x in d.iter() {
            out.push(x.clone());
        }
        out
    }

    /// Loads, checks and renders everything; the open page first.
    fn full(&mut self, open: Option<&str>, on_pages: &dyn Fn()) -> Update {
        let mut d = Diagnostics::new();
        let loaded = load::load(&self.root, &mut d);
        let Some(mut model) = Model::prepare(loaded, self.now, None, &mut d) else {
            return Update {
                diagnostics: d,
                ..Update::default()
            };
        };
        model.pieces = render::Pieces::kept();
        let pictures = Memory::new();
        model.publish_pictures(&pictures, &mut d);
        let jobs = model.plan.jobs();
        // The page open in the browser, with the stylesheet, is shown first.
        let open_job = open.and_then(|o| self.job_of(o)).cloned();
        if let Some(job) = open_job.filter(|j| jobs.contains(j)) {
            let first = [job, Job::Static];
            let made = render::render_each(&model.render_inputs(), &first, &mut Diagnostics::new());
            let mut files = self.files.write().unwrap_or_else(|e| e.into_inner());
            for out in made {
                for (path, bytes) in out {
                    files.add(path, bytes);
                }
            }
            drop(files);
            on_pages();
        }
        let made = render::render_each(&model.render_inputs(), &jobs, &mut d);
        if d.has_errors() {
            return Update {
                diagnostics: d,
                ..Update::default()
            };
        }
        {
            let printed = self
                .print
                .paths
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .clone();
            let mut files = self.files.write().unwrap_or_else(|e| e.into_inner());
            let mut fresh = SiteFiles::new();
            self.pictures = Vec::new();
            for (path, bytes) in pictures.into_files() {
                self.pictures.push(path.clone());
                fresh.add(path, bytes);
            }
            self.made.clear();
            for (job, out) in jobs.iter().zip(made) {
                self.made
                    .insert(job.clone(), out.paths().map(str::to_owned).collect());
                for (path, bytes) in out {
                    fresh.add(path, bytes);
                }
            }
            // Print documents stay until the background run replaces them.
            for path in printed {
                if let Some(bytes) = files.remove(&path) {
                    fresh.add(path, bytes);
                }
            }
            *files = fresh;
        }
        self.publish(model, d, true, jobs.len(), on_pages)
    }

    /// The pages are in place: the short links follow at once, then the
    /// browser is told (if it was not told already), then the print
    /// documents are typeset behind it.
    fn publish(
        &mut self,
        model: Model,
        mut d: Diagnostics,
        full: bool,
        rendered: usize,
        on_pages: &dyn Fn(),
    ) -> Update {
        self.put_links(&model, &mut d);
        on_pages();
        self.start_print(Arc::new(model));
        Update {
            diagnostics: d,
            ok: true,
            full,
            rendered,
            ..Update::default()
        }
    }

    /// Makes the short-link pages again: they must lead where the pages are.
    fn put_links(&mut self, model: &Model, d: &mut Diagnostics) {
        let sink = Memory::new();
        model.print_links(&sink, d);
        let mut files = self.files.write().unwrap_or_else(|e| e.into_inner());
        for path in self.links.drain(..) {
            files.remove(&path);
        }
        for (path, bytes) in sink.into_files() {
            self.links.push(path.clone());
            files.add(path, bytes);
        }
    }

    /// Typesets the print documents of `model` in the background.
    fn start_print(&mut self, model: Arc<Model>) {
        let generation = self.print.generation.fetch_add(1, Ordering::SeqCst) + 1;
        self.model = Some(model.clone());
        let state = self.print.clone();
        let files = self.files.clone();
        let previous = self.printing.take();
        self.printing = Some(std::thread::spawn(move || {
            // One print run at a time; a newer model makes this one moot.
            if let Some(h) = previous {
                let _ = h.join();
            }
            if state.generation.load(Ordering::SeqCst) != generation {
                return;
            }
            let sink = Memory::new();
            let mut d = Diagnostics::new();
            model.print_documents(&sink, &mut d);
            if state.generation.load(Ordering::SeqCst) != generation {
                return;
            }
            let out = sink.into_files();
            let mut paths = state.paths.lock().unwrap_or_else(|e| e.into_inner());
            let mut files = files.write().unwrap_or_else(|e| e.into_inner());
            for p in paths.iter() {
                files.remove(p);
            }
            paths.clear();
            for (path, bytes) in out {
                paths.insert(path.clone());
                files.add(path, bytes);
            }
            *state.diagnostics.lock().unwrap_or_else(|e| e.into_inner()) = d;
        }));
    }
}

/// Jobs whose files are read by calendar apps, feed readers and the
/// finder's script, not shown as a page: the sitemap, subscription
/// calendars and feeds, an event's calendar file, the finder's index.
fn is_for_subscribers(job: &Job) -> bool {
    matches!(
        job,
        Job::Sitemap
            | Job::Lang(
                _,
                Page::Syndication | Page::EventCalendar(_) | Page::FinderIndex
            )
    )
}

/// The records that differ between two models (added, removed or edited):
/// among `touched` when it is known, else among all.
fn changed_inputs(
    old: &Content,
    new: &Content,
    touched: Option<&BTreeSet<(Kind, &str)>>,
) -> BTreeSet<Input> {
    let diff = |kind: Kind, out: &mut BTreeSet<Input>, differ: &dyn Fn(&str) -> bool| {
        let make = |id: &str| match kind {
            Kind::Venue => Some(Input::Venue(id.to_owned())),
            Kind::Festival => Some(Input::Festival(id.to_owned())),
            Kind::Event => Some(Input::Event(id.to_owned())),
            Kind::Page => Some(Input::Page(id.to_owned())),
            Kind::QrSheet => None,
        };
        let ids: BTreeSet<&str> = match touched {
            Some(t) => t
                .iter()
                .filter(|(k, _)| *k == kind)
                .map(|(_, id)| *id)
                .collect(),
            None => match kind {
                Kind::Venue => keys(&old.venues, &new.venues),
                Kind::Festival => keys(&old.festivals, &new.festivals),
                Kind::Event => keys(&old.events, &new.events),
                Kind::Page => keys(&old.pages, &new.pages),
                Kind::QrSheet => BTreeSet::new(),
            },
        };
        out.extend(ids.into_iter().filter(|id| differ(id)).filter_map(make));
    };
    fn keys<'a, T>(
        a: &'a std::collections::BTreeMap<String, T>,
        b: &'a std::collections::BTreeMap<String, T>,
    ) -> BTreeSet<&'a str> {
        a.keys().chain(b.keys()).map(String::as_str).collect()
    }
    let mut out = BTreeSet::new();
    diff(Kind::Event, &mut out, &|id| {
        old.events.get(id) != new.events.get(id)
    });
    diff(Kind::Venue, &mut out, &|id| {
        old.venues.get(id) != new.venues.get(id)
    });
    diff(Kind::Festival, &mut out, &|id| {
        old.festivals.get(id) != new.festivals.get(id)
    });
    diff(Kind::Page, &mut out, &|id| {
        old.pages.get(id) != new.pages.get(id)
    });
    out
}

/// What a listing page lists: each session's event and start.
fn sessions<'m>(m: &'m Model, p: &crate::plan::ListingPage) -> Vec<(&'m str, jiff::Timestamp)> {
    p.occurrences
        .iter()
        .map(|&i| {
            let o = &m.expanded.occurrences[i];
            (o.event.as_str(), o.start.timestamp())
        })
        .collect()
}

/// The events whose kept calendar pieces may no longer be right: edited
/// ones, and those at (or moved from) an edited venue.
fn stale_pieces<'c>(
    old: &'c Content,
    new: &'c Content,
    changed: &'c BTreeSet<Input>,
) -> Vec<&'c str> {
    let mut out: Vec<&str> = Vec::new();
    for i in changed {
        match i {
            Input::Event(id) => out.push(id),
            Input::Venue(v) => {
                for c in [old, new] {
                    out.extend(
                        c.events
                            .values()
                            .filter(|e| &e.venue == v)
                            .map(|e| e.id.as_str()),
                    );
                }
            }
            Input::Festival(_) | Input::Page(_) => {}
        }
    }
    out
}

/// Every picture the content names, for "did the pictures change".
fn pictures_of(c: &Content) -> Vec<String> {
    let mut v: Vec<String> = c
        .events
        .values()
        .filter_map(|e| e.image.as_ref())
        .chain(c.festivals.values().filter_map(|f| f.look.image.as_ref()))
        .map(|i| i.output.clone())
        .collect();
    v.sort();
    v
}

/// The jobs of `new` that an edit from `old` to `new` touches, and whether
/// the set of jobs stayed the same: from the changed records to the jobs
/// made from them (an event's pages, its venue's and festival's, the
/// listing pages it is on, the calendars and feeds).
fn dirty_jobs(old: &Model, new: &Model, changed: &BTreeSet<Input>) -> (Vec<Job>, bool) {
    // A plan kept from the last model lists the same sessions on the same
    // pages: only pages with an edited event's sessions differ.
    let same_plan = Arc::ptr_eq(&old.plan, &new.plan);
    let same_jobs = same_plan || old.plan.same_jobs(&new.plan);
    // Events whose pages may differ: edited ones, and those at an edited venue.
    let mut events: HashSet<&str> = HashSet::new();
    let mut venues: HashSet<&str> = HashSet::new();
    let mut festivals: HashSet<&str> = HashSet::new();
    for i in changed {
        match i {
            Input::Event(id) => {
                events.insert(id);
            }
            Input::Venue(id) => {
                venues.insert(id);
            }
            Input::Festival(id) => {
                festivals.insert(id);
            }
            Input::Page(_) => {}
        }
    }
    for m in [old, new] {
        for e in m.content.events.values() {
            if venues.contains(e.venue.as_str()) {
                events.insert(&e.id);
            }
        }
    }
    for m in [old, new] {
        for id in &events {
            if let Some(e) = m.content.events.get(*id) {
                venues.insert(&e.venue);
                festivals.extend(e.festival.as_deref());
            }
        }
    }
    // The edited events' sessions; a listing page's are in order too.
    let mut shown: Vec<usize> = events
        .iter()
        .flat_map(|id| new.expanded.positions(id))
        .copied()
        .collect();
    shown.sort_unstable();
    let old_jobs: HashSet<Job> = if same_jobs {
        HashSet::new()
    } else {
        old.plan.jobs().into_iter().collect()
    };
    // Listing pages are the same in every language: decided once each.
    let mut listing_dirty: HashMap<(&Filter, &Slice), bool> = HashMap::new();
    let same_slices = |f: &Filter| match (old.plan.listings.get(f), new.plan.listings.get(f)) {
        (Some(a), Some(b)) => {
            a.pages.len() == b.pages.len()
                && a.pages
                    .iter()
                    .zip(&b.pages)
                    .all(|(x, y)| x.slice == y.slice)
        }
        (None, None) => true,
        _ => false,
    };
    for (f, b) in &new.plan.listings {
        let a = old.plan.listings.get(f);
        // Every page of a listing links to its other pages; a finder answer
        // links to its age group's month pages too.
        let same_pages = same_plan
            || same_slices(f)
                && match f {
                    Filter::Finder(g, _) => same_slices(&Filter::Age(*g)),
                    _ => true,
                };
        for page in &b.pages {
            let dirty = match a.and_then(|a| a.page(&page.slice)) {
                None => true,
                Some(before) => {
                    !same_pages
                        || (!same_plan && sessions(old, before) != sessions(new, page))
                        || shown
                            .iter()
                            .any(|i| page.occurrences.binary_search(i).is_ok())
                }
            };
            listing_dirty.insert((f, &page.slice), dirty);
        }
    }
    let dirty = |page: &Page| match page {
        Page::Listing(f, slice) => listing_dirty.get(&(f, slice)).copied().unwrap_or(true),
        Page::Event(id) | Page::EventCalendar(id) => events.contains(id.as_str()),
        Page::Venue(id) => venues.contains(id.as_str()),
        Page::Festival(id) => festivals.contains(id.as_str()),
        Page::Doc(id) => changed.contains(&Input::Page(id.clone())),
        Page::NotFound => false,
        Page::Syndication
        | Page::Finder
        | Page::FinderChoice(_)
        | Page::FinderIndex
        | Page::Links => !changed.is_empty(),
    };
    let jobs = if same_jobs {
        // Every language has the same pages: sorted out once, not for each
        // of 8 languages × 20,000 pages at 10,000 events. In the order of
        // `Plan::jobs`; the sitemap, root pages and stylesheet stay.
        let pages: Vec<Page> = new.plan.lang_pages().into_iter().filter(dirty).collect();
        (0..new.plan.languages())
            .flat_map(|lang| pages.iter().map(move |p| Job::Lang(lang, p.clone())))
            .collect()
    } else {
        new.plan
            .jobs()
            .into_iter()
            .filter(|job| match job {
                Job::Sitemap => true,
                Job::Root | Job::Static => false,
                Job::Lang(_, page) => !old_jobs.contains(job) || dirty(page),
            })
            .collect()
    };
    (jobs, same_jobs)
}
