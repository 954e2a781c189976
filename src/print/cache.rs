//! A cache of typeset PDFs and pictures (with their thumbnails), so a build
//! re-typesets only documents whose inputs changed. The key is a hash of
//! everything a document depends on: Typst's version, every layout file,
//! every font, the document's data, QR codes and pictures, and the bleed; the
//! parts every document shares are hashed once per build, and each picture
//! once. Entries live in `.whatson-cache/print/` beside `content/`, with the
//! QR codes of the last build (src/print/qr.rs); entries a build did not use
//! are deleted at its end. An entry records the length and hash of each of
//! its files, so a later build keeps an output file that already holds them
//! without reading the entry, and a copy that no longer matches is typeset
//! again. A cache that cannot be read or written is simply not used: the
//! PDFs are the same either way.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use xxhash_rust::xxh3::{xxh3_128, xxh3_64, Xxh3};

/// 64-bit hash of bytes (stable across Rust versions and machines).
pub fn hash64(bytes: &[u8]) -> u64 {
    xxh3_64(bytes)
}

/// Builds a 128-bit key from labelled parts (XXH3: fonts and pictures are
/// megabytes, and every later build hashes each document's inputs again).
#[derive(Default, Clone)]
pub struct KeyBuilder {
    h: Xxh3,
}

impl KeyBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn part(&mut self, label: &str, bytes: &[u8]) -> &mut Self {
        // Lengths first, so no two lists of parts run together the same way.
        self.h.update(&(label.len() as u64).to_le_bytes());
        self.h.update(label.as_bytes());
        self.h.update(&(bytes.len() as u64).to_le_bytes());
        self.h.update(bytes);
        self
    }

    pub fn finish(&self) -> String {
        format!("{:032x}", self.h.digest128())
    }
}

/// The first bytes of every PNG file.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";

/// One document, to cache.
pub struct Entry {
    /// The PDF or PNG.
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// The layout's notes (see `pdf::Output::notes`).
    pub notes: Vec<serde_json::Value>,
    /// Its first page, small, for the staff index.
    pub thumb: Option<Vec<u8>>,
}

/// One document found in the cache. Its files are known by length and hash
/// and read only when the output does not hold them already: a later build
/// of the sample would otherwise read 114 MB of PDFs and pictures to find
/// them unchanged.
pub struct Found {
    /// The PDF or PNG.
    pub out: Stored,
    pub pages: usize,
    pub notes: Vec<serde_json::Value>,
    pub thumb: Option<Stored>,
}

/// A file of a cache entry.
pub struct Stored {
    path: PathBuf,
    pub len: u64,
    /// XXH3-128 of its bytes, as the output manifest records files.
    pub hash: u128,
}

impl Stored {
    /// Where it is; replaced by a build, never rewritten in place, so the
    /// output may link to it.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Its bytes, when they are still what the entry recorded.
    pub fn read(&self) -> Option<Vec<u8>> {
        let bytes = std::fs::read(&self.path).ok()?;
        let whole = bytes.len() as u64 == self.len && xxh3_128(&bytes) == self.hash;
        (whole && is_document(&bytes)).then_some(bytes)
    }
}

fn is_document(bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF-") || bytes.starts_with(PNG)
}

/// What an entry's `.pages` file holds: the page count, then the length and
/// hash of the document and of its thumbnail (none in an older cache's).
fn pages_line(pages: usize, files: impl IntoIterator<Item = (u64, u128)>) -> String {
    let mut line = format!("{pages}");
    for (len, hash) in files {
        line.push_str(&format!(" {len} {hash:032x}"));
    }
    line
}

/// The cache folder for one build, and which keys the build used. Shared by
/// the threads that typeset: each entry is written under a name of its own and
/// renamed into place, so two threads never write the same file.
pub struct Cache {
    dir: Option<PathBuf>,
    used: Mutex<BTreeSet<String>>,
}

impl Cache {
    /// `None` turns caching off.
    pub fn new(dir: Option<PathBuf>) -> Cache {
        Cache {
            dir,
            used: Mutex::new(BTreeSet::new()),
        }
    }

    /// Keeps the file `name` (without its extension) at the next
    /// [`prune`](Self::prune), as if it were an entry this build used.
    pub fn keep(&self, name: &str) {
        let stem = name.split('.').next().unwrap_or(name);
        self.use_key(stem);
    }

    fn use_key(&self, key: &str) {
        self.used
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key.to_owned());
    }

    /// A cached document, as it was [`put`](Self::put).
    pub fn get(&self, key: &str) -> Option<Found> {
        let dir = self.dir.as_ref()?;
        self.use_key(key);
        let line = std::fs::read_to_string(dir.join(format!("{key}.pages"))).ok()?;
        let mut words = line.split_whitespace();
        let pages = words.next()?.parse().ok()?;
        let mut sizes = std::iter::from_fn(|| {
            let len = words.next()?.parse().ok()?;
            let hash = u128::from_str_radix(words.next()?, 16).ok()?;
            Some((len, hash))
        });
        let stored = |ext: &str, size: Option<(u64, u128)>| {
            let path = dir.join(format!("{key}.{ext}"));
            match size {
                Some((len, hash)) => Some(Stored { path, len, hash }),
                // An older cache's entry: its sizes from the file itself.
                None => {
                    let bytes = std::fs::read(&path).ok()?;
                    let (len, hash) = (bytes.len() as u64, xxh3_128(&bytes));
                    is_document(&bytes).then_some(Stored { path, len, hash })
                }
            }
        };
        let out = stored("out", sizes.next())?;
        // Written with every entry; one without notes is from an older build.
        let notes = std::fs::read(dir.join(format!("{key}.notes"))).ok()?;
        let notes = serde_json::from_slice(&notes).ok()?;
        let thumb = stored("thumb", sizes.next());
        if line.split_whitespace().nth(1).is_none() {
            // Recorded for the next build, which then need not read it.
            let files = std::iter::once(&out).chain(&thumb).map(|s| (s.len, s.hash));
            write_via_temp(
                dir,
                &format!("{key}.pages"),
                pages_line(pages, files).as_bytes(),
            );
        }
        Some(Found {
            out,
            pages,
            notes,
            thumb,
        })
    }

    pub fn put(&self, key: &str, entry: &Entry) {
        let Some(dir) = &self.dir else { return };
        self.use_key(key);
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        // The document, notes and thumbnail first, the page count last: an
        // entry without it is ignored.
        let notes = serde_json::to_vec(&entry.notes).unwrap_or_default();
        let ok = write_via_temp(dir, &format!("{key}.out"), &entry.bytes)
            && write_via_temp(dir, &format!("{key}.notes"), &notes)
            && entry
                .thumb
                .as_ref()
                .is_none_or(|t| write_via_temp(dir, &format!("{key}.thumb"), t));
        if ok {
            let files = std::iter::once(&entry.bytes)
                .chain(&entry.thumb)
                .map(|b| (b.len() as u64, xxh3_128(b)));
            write_via_temp(
                dir,
                &format!("{key}.pages"),
                pages_line(entry.pages, files).as_bytes(),
            );
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
