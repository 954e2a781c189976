//! A cache of typeset PDFs, so a build re-typesets only documents whose inputs
//! changed. The key is a hash of everything a document depends on: Typst's
//! version, every layout file, every font, the document's data and QR codes, and
//! the bleed. Entries live in `.whatson-cache/print/` beside `content/`; entries a
//! build did not use are deleted at its end. A cache that cannot be read or
//! written is simply not used: the PDFs are the same either way.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use super::shortlink::fnv1a64;

/// 64-bit hash of bytes (stable across Rust versions and machines).
pub fn hash64(bytes: &[u8]) -> u64 {
    fnv1a64(bytes, 0)
}

/// Builds a 128-bit key from labelled parts.
#[derive(Default)]
pub struct KeyBuilder {
    a: u64,
    b: u64,
}

impl KeyBuilder {
    pub fn new() -> Self {
        KeyBuilder {
            a: 0x9e37_79b9_7f4a_7c15,
            b: 0xc2b2_ae3d_27d4_eb4f,
        }
    }

    pub fn part(&mut self, label: &str, bytes: &[u8]) -> &mut Self {
        for chunk in [label.as_bytes(), &(bytes.len() as u64).to_le_bytes(), bytes] {
            self.a = fnv1a64(chunk, self.a);
            self.b = fnv1a64(chunk, self.b.rotate_left(17));
        }
        self
    }

    pub fn finish(&self) -> String {
        format!("{:016x}{:016x}", self.a, self.b)
    }
}

/// The cache folder for one build, and which keys the build used. Shared by
/// the threads that typeset: each entry is written under a name of its own and
/// renamed into place, so two threads never write the same file.
pub struct Cache {
    dir: Option<PathBuf>,
    used: Mutex<BTreeSet<String>>,
    hits: AtomicUsize,
    misses: AtomicUsize,
}

impl Cache {
    /// `None` turns caching off.
    pub fn new(dir: Option<PathBuf>) -> Cache {
        Cache {
            dir,
            used: Mutex::new(BTreeSet::new()),
            hits: AtomicUsize::new(0),
            misses: AtomicUsize::new(0),
        }
    }

    /// How many entries were found.
    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::Relaxed)
    }

    /// How many entries were typeset and stored.
    pub fn misses(&self) -> usize {
        self.misses.load(Ordering::Relaxed)
    }

    fn use_key(&self, key: &str) {
        self.used
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key.to_owned());
    }

    /// A cached PDF, its page count and the layout's notes (see
    /// `pdf::Output::notes`).
    pub fn get(&self, key: &str) -> Option<(Vec<u8>, usize, Vec<serde_json::Value>)> {
        let dir = self.dir.as_ref()?;
        self.use_key(key);
        let pages = std::fs::read_to_string(dir.join(format!("{key}.pages")))
            .ok()?
            .trim()
            .parse()
            .ok()?;
        let pdf = std::fs::read(dir.join(format!("{key}.pdf"))).ok()?;
        if !pdf.starts_with(b"%PDF-") {
            return None;
        }
        // Written with every entry; one without notes is from an older build.
        let notes = std::fs::read(dir.join(format!("{key}.notes"))).ok()?;
        let notes = serde_json::from_slice(&notes).ok()?;
        self.hits.fetch_add(1, Ordering::Relaxed);
        Some((pdf, pages, notes))
    }

    pub fn put(&self, key: &str, pdf: &[u8], pages: usize, notes: &[serde_json::Value]) {
        self.misses.fetch_add(1, Ordering::Relaxed);
        let Some(dir) = &self.dir else { return };
        self.use_key(key);
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        // The PDF and notes first, the page count last: an entry without it
        // is ignored.
        let notes = serde_json::to_vec(notes).unwrap_or_default();
        let ok = write_via_temp(dir, &format!("{key}.pdf"), pdf)
            && write_via_temp(dir, &format!("{key}.notes"), &notes);
        if ok {
            write_via_temp(dir, &format!("{key}.pages"), pages.to_string().as_bytes());
        }
    }

    /// Deletes entries this build did not use.
    pub fn prune(&self) {
        let Some(dir) = &self.dir else { return };
        let used = self.used.lock().unwrap_or_else(|e| e.into_inner());
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let path = e.path();
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            if !used.contains(&stem) {
                let _ = std::fs::remove_file(&path);
            }
        }
    }
}

/// Writes `name` in `dir` through a temporary file of a name no other thread
/// or build uses, renamed into place: no reader sees half a file.
fn write_via_temp(dir: &Path, name: &str, bytes: &[u8]) -> bool {
    let Ok(mut tmp) = tempfile::Builder::new().prefix(".tmp-").tempfile_in(dir) else {
        return false;
    };
    tmp.write_all(bytes).is_ok() && tmp.persist(dir.join(name)).is_ok()
}
