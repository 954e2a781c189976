//! Builds small throwaway sites for tests.

use std::fs;
use std::path::{Path, PathBuf};

use whatson::diagnostics::{Diagnostic, Diagnostics};

pub const SITE_YAML: &str = "\
title: What's On
base_url: https://whatson.example.org
timezone: Europe/London
default_language: en
languages:
  - { code: en, name: English }
  - { code: pt, name: Português }
  - { code: ar, name: العربية }
areas: [Coldharbour, Stockwell, Tulse Hill, Vassall]
theme: default
booking_tracking:
  utm_source: leaflet
  utm_medium: qr
";

pub const VENUE_YAML: &str = "\
name: Myatt's Fields Park
address: Cormont Road, London
postcode: SE5 9RA
area: Vassall
location: [51.4747, -0.1036]
accessibility: Step-free paths.
";

pub const FESTIVAL_MD: &str = "\
---
title: Summer Festival of Family Fun
summary: Six weeks of free family fun.
starts: 2027-07-21
ends: 2027-09-01
look:
  primary: \"#f4a300\"
  accent: \"#1d3557\"
---
Fun for all.
";

pub const EVENT_MD: &str = "\
---
title: Circus skills family day
summary: Juggling and hula hoops.
festival: summer-2027
venue: myatts-fields-park
starts: 2027-08-04 10:30
ends: 2027-08-04 12:00
ages: 0-4
cost: free
booking: https://www.eventbrite.co.uk/e/123456789
---
Come and try juggling.
";

/// A site folder in a temporary directory, with the repository's default theme
/// and English strings, one venue, one festival and one event.
pub struct TestSite {
    pub dir: tempfile::TempDir,
}

impl TestSite {
    pub fn new() -> TestSite {
        let dir = tempfile::tempdir().expect("temp dir");
        let t = TestSite { dir };
        t.write("content/site.yaml", SITE_YAML);
        t.write("content/venues/myatts-fields-park.yaml", VENUE_YAML);
        t.write("content/festivals/summer-2027.md", FESTIVAL_MD);
        t.write("content/events/circus.md", EVENT_MD);
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        copy_dir(
            &repo.join("themes/default"),
            &t.root().join("themes/default"),
        );
        for lang in ["en", "pt", "ar"] {
            let src = repo.join(format!("locales/{lang}.ftl"));
            if src.exists() {
                fs::create_dir_all(t.root().join("locales")).unwrap();
                fs::copy(&src, t.root().join(format!("locales/{lang}.ftl"))).unwrap();
            }
        }
        t
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) -> &Self {
        let p = self.path(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
        self
    }

    pub fn remove(&self, rel: &str) -> &Self {
        fs::remove_file(self.path(rel)).unwrap();
        self
    }

    /// Loads and validates only (no theme needed).
    pub fn check(&self) -> Diagnostics {
        let mut d = Diagnostics::new();
        let loaded = whatson::load::load(self.root(), &mut d);
        let _ = whatson::validate::validate(&loaded, &mut d);
        d
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).into_iter().flatten() {
        let rel = entry.path().strip_prefix(from).unwrap();
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The `whatson` command built for these tests.
pub fn whatson() -> std::process::Command {
    std::process::Command::new(env!("CARGO_BIN_EXE_whatson"))
}

/// The errors in `d`, in file and line order.
pub fn errors(d: &Diagnostics) -> Vec<Diagnostic> {
    d.sorted().into_iter().filter(|x| x.is_error()).collect()
}

/// The line of each error in `d`, in order.
pub fn error_lines(d: &Diagnostics) -> Vec<usize> {
    errors(d).iter().map(|x| x.line).collect()
}

/// The only error in `d` (fails the test showing all findings otherwise).
pub fn only_error(d: &Diagnostics) -> Diagnostic {
    let errors = errors(d);
    assert_eq!(
        errors.len(),
        1,
        "expected exactly one error, got:\n{}",
        show(d)
    );
    errors.into_iter().next().unwrap()
}

pub fn show(d: &Diagnostics) -> String {
    d.sorted()
        .iter()
        .map(|x| x.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}
