//! Stage 6: write the site. Files are streamed, one at a time and from any
//! thread, into a second copy of the site beside the output folder (the
//! *slot*, `.<name>.slot`), which is then exchanged with the output folder in
//! one step. The published folder always holds one complete build: a build
//! that fails, or is killed at any moment, leaves it untouched.
//!
//! - **Slot exchange.** On Linux the slot and the output folder trade places
//!   with `renameat2(RENAME_EXCHANGE)`, so there is no moment without an
//!   output folder. The old site then sits in the slot and becomes the next
//!   build's slot; nothing is deleted on the way. Where the exchange is not
//!   supported (other systems, some file systems) the fallback renames the
//!   output folder aside, the slot in and the old site into the slot: this
//!   leaves a gap of two renames with no output folder, and a build killed in
//!   that gap is put right by the next one.
//! - **Manifest.** Each published tree holds `.whatson-manifest`: path, length,
//!   a 128-bit XXH3 hash and the modification time of every file, sorted by
//!   path. A file whose length, hash and time still match is not written
//!   again, so a rebuild that changes one page writes one file. Without a
//!   valid manifest (first build, or a build killed while updating the slot)
//!   files are compared with the bytes on disk instead, which is always right.
//!   The slot's manifest is removed before the slot is touched and written
//!   only once the slot is complete, so it never describes a half-updated
//!   tree. File times are coarse, so a file whose time falls in the tick the
//!   manifest was written is compared byte for byte. Changed files are unlinked and created anew, never overwritten in
//!   place, so a file hard-linked from the published site is never changed
//!   through the slot; the first slot is such a hard-link copy of the site.
//! - **No flush to disk.** A killed build can never harm the site (the page
//!   cache outlives the process), so, like other site generators, whatson
//!   does not fsync: a whole-file-system flush on every build cost more than
//!   the build itself on a busy machine. After a power cut, the file system's
//!   journal decides; build again.
//! - **Lock and tidying.** `.<name>.lock` beside the output folder keeps two
//!   builds of the same folder from writing at once (the second waits).
//!   Folders left by a killed build (`.<name>.new-*` and `.<name>.old-*` from
//!   the earlier writer) are deleted in a background thread while the build
//!   writes; `commit` waits for that thread only after publishing, so a build
//!   leaves nothing behind but the slot and the lock.
//!
//! `write_atomically` keeps the whole-site interface on top of [`Staging`].

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::thread::JoinHandle;
use std::time::{SystemTime, UNIX_EPOCH};

use rayon::prelude::*;
use xxhash_rust::xxh3::xxh3_128;

/// Where rendered files go, one at a time, from any thread: a staging folder
/// for `build`, memory for `serve`, `check` and tests.
pub trait Sink: Sync {
    /// Adds one file at a `/`-separated path relative to the output root.
    /// Paths are built from checked ids; anything that could climb out of the
    /// output folder is refused all the same.
    fn put(&self, path: &str, bytes: Vec<u8>);

    /// Keeps the file at `path` as the last build left it, without its bytes
    /// being read or written, when that build recorded it with this length
    /// and XXH3-128 `hash` (and it has not been touched since). `false` when
    /// that is not known: then the caller puts the bytes.
    fn keep_if_same(&self, _path: &str, _len: u64, _hash: u128) -> bool {
        false
    }

    /// Puts at `path` the file `from`, whose bytes (`len` of them, hashing
    /// to `hash`) the caller has checked, as a hard link: `from` must only
    /// ever be replaced, never rewritten in place (as the print cache's
    /// files are). `false` when the sink cannot: then the caller puts the
    /// bytes.
    fn put_link(&self, _path: &str, _from: &Path, _len: u64, _hash: u128) -> bool {
        false
    }
}

impl IntoIterator for SiteFiles {
    type Item = (String, Vec<u8>);
    type IntoIter = std::collections::btree_map::IntoIter<String, Vec<u8>>;

    /// Every file, in path order.
    fn into_iter(self) -> Self::IntoIter {
        self.files.into_iter()
    }
}

/// A [`Sink`] that keeps every file in memory.
#[derive(Debug, Default)]
pub struct Memory {
    files: Mutex<SiteFiles>,
}

impl Memory {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn into_files(self) -> SiteFiles {
        self.files.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

impl Sink for Memory {
    fn put(&self, path: &str, bytes: Vec<u8>) {
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        files.add(path, bytes);
    }
}

/// The built site in memory: path relative to the output root → bytes.
/// A `BTreeMap` so files are written (and listed) in a stable order.
#[derive(Debug, Default)]
pub struct SiteFiles {
    files: BTreeMap<String, Vec<u8>>,
}

impl SiteFiles {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file. Paths are built by the renderer from checked ids, but refuse
    /// anything that could climb out of the output folder all the same.
    pub fn add(&mut self, path: impl Into<String>, bytes: impl Into<Vec<u8>>) {
        let path = path.into();
        debug_assert!(is_safe_relative(&path), "unsafe output path {path}");
        if is_safe_relative(&path) {
            self.files.insert(path, bytes.into());
        }
    }

    pub fn remove(&mut self, path: &str) -> Option<Vec<u8>> {
        self.files.remove(path)
    }

    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    pub fn total_bytes(&self) -> usize {
        self.files.values().map(Vec::len).sum()
    }
}

fn is_safe_relative(path: &str) -> bool {
    !path.is_empty()
        && Path::new(path)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
}

/// Writes `files` to `out`, replacing its previous contents only on success:
/// a [`Staging`] given every file (from several threads), then committed.
pub fn write_atomically(files: &SiteFiles, out: &Path) -> io::Result<()> {
    let staging = Staging::begin(out)?;
    files
        .files
        .par_iter()
        .for_each(|(path, bytes)| staging.put(path, bytes.clone()));
    staging.commit().map(|_| ())
}

/// The file inside each published tree that lists its files.
const MANIFEST: &str = ".whatson-manifest";
/// The manifest while it is being written.
const MANIFEST_NEW: &str = ".whatson-manifest.new";
const MANIFEST_HEAD: &str = "whatson-manifest 1";

/// Seconds and nanoseconds since 1970 of a file's modification.
type Stamp = (u64, u32);

fn stamp(time: io::Result<SystemTime>) -> Option<Stamp> {
    let since = time.ok()?.duration_since(UNIX_EPOCH).ok()?;
    Some((since.as_secs(), since.subsec_nanos()))
}

/// What the manifest records of one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    len: u64,
    hash: u128,
    mtime: Option<Stamp>,
}

/// A file in the slot against the bytes a build means to put there, by the
/// last build's manifest.
enum Recorded {
    /// Recorded with their hash, and not touched since.
    Same,
    /// Recorded with another hash.
    Differs,
    /// Not recorded as it now is, or touched in the tick the manifest was
    /// written: only its bytes can tell.
    Unsure,
}

/// A tree's manifest as read at the start of a build.
#[derive(Debug)]
struct Manifest {
    entries: HashMap<String, Entry>,
    /// When the manifest itself was written. A file modified in that same
    /// clock tick may have been changed after it was recorded (file times
    /// are coarse), so such files are compared byte for byte.
    written: Option<Stamp>,
}

/// The manifest's bytes: a header, one line per file sorted by path
/// (`hash length seconds.nanoseconds path`), and a closing line with the count
/// so that a cut-off file is never taken for a valid one.
fn manifest_bytes(entries: &HashMap<String, Entry>) -> Vec<u8> {
    let mut paths: Vec<&String> = entries.keys().collect();
    paths.sort();
    let mut text = String::with_capacity(64 + paths.len() * 96);
    text.push_str(MANIFEST_HEAD);
    text.push('\n');
    for path in &paths {
        let e = &entries[*path];
        let mtime = match e.mtime {
            Some((s, n)) => format!("{s}.{n:09}"),
            None => "-".into(),
        };
        text.push_str(&format!("{:032x} {} {mtime} {path}\n", e.hash, e.len));
    }
    text.push_str(&format!("end {}\n", paths.len()));
    text.into_bytes()
}

fn parse_manifest(text: &str) -> Option<HashMap<String, Entry>> {
    let mut lines = text.strip_suffix('\n')?.split('\n');
    if lines.next()? != MANIFEST_HEAD {
        return None;
    }
    let mut entries = HashMap::new();
    for line in lines {
        if let Some(count) = line.strip_prefix("end ") {
            return (count.parse::<usize>().ok()? == entries.len()).then_some(entries);
        }
        let mut parts = line.splitn(4, ' ');
        let hash = parts.next()?;
        if hash.len() != 32 {
            return None;
        }
        let hash = u128::from_str_radix(hash, 16).ok()?;
        let len = parts.next()?.parse().ok()?;
        let mtime = match parts.next()? {
            "-" => None,
            t => {
                let (s, n) = t.split_once('.')?;
                Some((s.parse().ok()?, n.parse().ok()?))
            }
        };
        let path = parts.next()?;
        if !is_safe_relative(path) || entries.contains_key(path) {
            return None;
        }
        entries.insert(path.to_owned(), Entry { len, hash, mtime });
    }
    None
}

fn read_manifest(tree: &Path) -> Option<Manifest> {
    let path = tree.join(MANIFEST);
    let written = stamp(fs::symlink_metadata(&path).ok()?.modified());
    let text = String::from_utf8(fs::read(&path).ok()?).ok()?;
    let entries = parse_manifest(&text)?;
    Some(Manifest { entries, written })
}

/// Paths `put` refuses besides unsafe ones: the manifest's own names, and
/// line breaks, which the manifest cannot hold.
fn is_writable(path: &str) -> bool {
    is_safe_relative(path)
        && !path.contains(['\n', '\r'])
        && path != MANIFEST
        && path != MANIFEST_NEW
}

/// `.<name>.<what>` beside the output folder.
fn beside(parent: &Path, name: &OsString, what: &str) -> PathBuf {
    let mut file = OsString::from(".");
    file.push(name);
    file.push(".");
    file.push(what);
    parent.join(file)
}

fn with_context(e: io::Error, what: impl std::fmt::Display) -> io::Error {
    io::Error::new(e.kind(), format!("{what}: {e}"))
}

fn exists(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok()
}

/// How much a [`Staging`] wrote. `written` and `unchanged` count calls to
/// `put`; `files` and `bytes` describe the published tree (manifest aside).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteStats {
    pub files: usize,
    pub bytes: u64,
    pub written: usize,
    pub unchanged: usize,
    pub removed: usize,
}

/// A [`Sink`] that writes each file straight into the slot beside the output
/// folder; [`Staging::commit`] then publishes the slot in one step. See the
/// module documentation for the design.
pub struct Staging {
    out: PathBuf,
    slot: PathBuf,
    aside: PathBuf,
    /// What the slot held at the start, if its manifest was valid.
    previous: Option<Manifest>,
    entries: Mutex<HashMap<String, Entry>>,
    written: AtomicUsize,
    unchanged: AtomicUsize,
    /// The first error of any `put`; `commit` returns it and publishes nothing.
    error: OnceLock<io::Error>,
    /// Folders of the slot known to exist. Held while touching the file
    /// system: threads creating files in the same folders at once spend far
    /// longer in the kernel's directory locks than one writer does.
    dirs: Mutex<HashSet<PathBuf>>,
    tidy: Option<JoinHandle<()>>,
    /// Held until the build ends; the lock goes with the file.
    _lock: File,
}

impl Staging {
    /// Prepares the slot beside `out` (`<parent>/.<name>.slot`) and takes the
    /// lock `<parent>/.<name>.lock`, waiting while another build of the same
    /// folder holds it. Whatever a killed build left is put right (a fallback
    /// swap cut short) or deleted in a background thread.
    pub fn begin(out: &Path) -> io::Result<Staging> {
        let mut out = out.to_path_buf();
        if fs::symlink_metadata(&out).is_ok_and(|m| m.file_type().is_symlink()) {
            // Publish into the folder the link points to, keeping the link.
            out = fs::canonicalize(&out)
                .map_err(|e| with_context(e, format_args!("cannot follow {}", out.display())))?;
        }
        let Some(name) = out.file_name().map(|n| n.to_owned()) else {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!(
                    "cannot write the site to {}: give a folder by its name, such as public",
                    out.display()
                ),
            ));
        };
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent)
            .map_err(|e| with_context(e, format_args!("cannot make {}", parent.display())))?;
        let lock_path = beside(&parent, &name, "lock");
        let lock = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&lock_path)
            .map_err(|e| with_context(e, format_args!("cannot open {}", lock_path.display())))?;
        match lock.lock() {
            Ok(()) => {}
            // Some network file systems have no locks: build without one.
            Err(e) if e.kind() == io::ErrorKind::Unsupported => {}
            Err(e) => {
                return Err(with_context(
                    e,
                    format_args!("cannot lock {}", lock_path.display()),
                ))
            }
        }
        let slot = beside(&parent, &name, "slot");
        let aside = beside(&parent, &name, "aside");
        // A fallback swap cut short: the old site was moved aside.
        if fs::symlink_metadata(&aside).is_ok_and(|m| m.is_dir()) {
            if !exists(&out) {
                fs::rename(&aside, &out)?;
            } else if !exists(&slot) {
                fs::rename(&aside, &slot)?;
            }
        }
        let junk = leftovers(&parent, &name, &out, &aside)?;
        match fs::symlink_metadata(&out) {
            Ok(m) if !m.is_dir() => {
                return Err(io::Error::new(
                    io::ErrorKind::AlreadyExists,
                    format!(
                        "{} is a file, not a folder: move it away or choose another output folder",
                        out.display()
                    ),
                ))
            }
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        let tidy = if junk.is_empty() {
            None
        } else {
            std::thread::Builder::new()
                .name("whatson-tidy".into())
                .spawn(move || {
                    for path in junk {
                        let _ = remove_any(&path);
                    }
                })
                .ok()
        };
        let previous = prepare_slot(&slot, &out)
            .map_err(|e| with_context(e, format_args!("cannot prepare {}", slot.display())))?;
        Ok(Staging {
            out,
            slot,
            aside,
            previous,
            entries: Mutex::new(HashMap::new()),
            written: AtomicUsize::new(0),
            unchanged: AtomicUsize::new(0),
            error: OnceLock::new(),
            dirs: Mutex::new(HashSet::new()),
            tidy,
            _lock: lock,
        })
    }

    /// Removes from the slot every file this build did not put (and folders
    /// left empty), writes the manifest and exchanges
    /// the slot with the output folder. After an error in any `put` nothing
    /// is published and that error is returned.
    pub fn commit(self) -> io::Result<WriteStats> {
        self.commit_then(|| {})
    }

    /// [`commit`](Self::commit), running `after` once the new site is
    /// published, while this build still holds the lock (the short-link
    /// register is written there, so two builds never interleave it).
    pub fn commit_then(mut self, after: impl FnOnce()) -> io::Result<WriteStats> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        let entries = std::mem::take(self.entries.get_mut().unwrap_or_else(|e| e.into_inner()));
        let removed = prune(&self.slot, &entries)
            .map_err(|e| with_context(e, format_args!("cannot tidy {}", self.slot.display())))?;
        let new = self.slot.join(MANIFEST_NEW);
        write_fresh(&self.slot, &new, &manifest_bytes(&entries))?;
        fs::rename(&new, self.slot.join(MANIFEST))?;
        publish(&self.slot, &self.out, &self.aside, true)
            .map_err(|e| with_context(e, format_args!("cannot publish {}", self.out.display())))?;
        after();
        if let Some(tidy) = self.tidy.take() {
            let _ = tidy.join();
        }
        Ok(WriteStats {
            files: entries.len(),
            bytes: entries.values().map(|e| e.len).sum(),
            written: self.written.load(Ordering::Relaxed),
            unchanged: self.unchanged.load(Ordering::Relaxed),
            removed,
        })
    }

    /// What the last build's manifest says of the file at `target` (`path`
    /// in the slot) against `len` bytes hashing to `hash`, with the file's
    /// time; `None` when there is no file of that length.
    fn recorded(
        &self,
        path: &str,
        target: &Path,
        len: u64,
        hash: u128,
    ) -> Option<(Recorded, Option<Stamp>)> {
        let meta = fs::symlink_metadata(target).ok()?;
        if !meta.is_file() || meta.len() != len {
            return None;
        }
        let mtime = stamp(meta.modified());
        let record = self.previous.as_ref().and_then(|m| {
            let e = m.entries.get(path)?;
            // The file is as recorded (and was not touched in the tick
            // the manifest was written): trust the recorded hash.
            let as_recorded = e.len == len && mtime.is_some() && e.mtime == mtime;
            let settled = matches!((mtime, m.written), (Some(t), Some(w)) if t < w);
            as_recorded.then_some(match (e.hash == hash, settled) {
                (false, _) => Recorded::Differs,
                (true, true) => Recorded::Same,
                (true, false) => Recorded::Unsure,
            })
        });
        Some((record.unwrap_or(Recorded::Unsure), mtime))
    }

    fn put_file(&self, path: &str, bytes: &[u8]) -> io::Result<()> {
        if !is_writable(path) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("refusing to write {path:?}: not a plain path inside the output folder"),
            ));
        }
        let target = self.slot.join(path);
        let len = bytes.len() as u64;
        let hash = xxh3_128(bytes);
        let mut dirs = self.dirs.lock().unwrap_or_else(|e| e.into_inner());
        let unchanged = self
            .recorded(path, &target, len, hash)
            .and_then(|(record, mtime)| {
                let same = match record {
                    Recorded::Differs => false,
                    Recorded::Same => true,
                    Recorded::Unsure => fs::read(&target).is_ok_and(|old| old == bytes),
                };
                same.then_some(mtime)
            });
        let mtime = match unchanged {
            Some(mtime) => {
                self.unchanged.fetch_add(1, Ordering::Relaxed);
                mtime
            }
            None => {
                if let Some(dir) = target.parent() {
                    if !dirs.contains(dir) {
                        make_dir(&self.slot, dir)
                            .map_err(|e| with_context(e, format_args!("cannot write {path}")))?;
                        dirs.insert(dir.to_path_buf());
                    }
                }
                let mtime = write_fresh(&self.slot, &target, bytes)
                    .map_err(|e| with_context(e, format_args!("cannot write {path}")))?;
                self.written.fetch_add(1, Ordering::Relaxed);
                mtime
            }
        };
        drop(dirs);
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.insert(path.to_owned(), Entry { len, hash, mtime });
        Ok(())
    }
}

impl Sink for Staging {
    fn put(&self, path: &str, bytes: Vec<u8>) {
        if self.error.get().is_some() {
            return;
        }
        if let Err(e) = self.put_file(path, &bytes) {
            let _ = self.error.set(e);
        }
    }

    fn keep_if_same(&self, path: &str, len: u64, hash: u128) -> bool {
        if self.error.get().is_some() || !is_writable(path) {
            return false;
        }
        let target = self.slot.join(path);
        let dirs = self.dirs.lock().unwrap_or_else(|e| e.into_inner());
        let Some((Recorded::Same, mtime)) = self.recorded(path, &target, len, hash) else {
            return false;
        };
        drop(dirs);
        self.unchanged.fetch_add(1, Ordering::Relaxed);
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.insert(path.to_owned(), Entry { len, hash, mtime });
        true
    }

    fn put_link(&self, path: &str, from: &Path, len: u64, hash: u128) -> bool {
        if self.error.get().is_some() || !is_writable(path) {
            return false;
        }
        let target = self.slot.join(path);
        let mut dirs = self.dirs.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(dir) = target.parent() {
            if !dirs.contains(dir) {
                if make_dir(&self.slot, dir).is_err() {
                    return false;
                }
                dirs.insert(dir.to_path_buf());
            }
        }
        // Another file system, or one without links: the bytes are written.
        let linked = clear_target(&self.slot, &target)
            .and_then(|()| fs::hard_link(from, &target))
            .and_then(|()| fs::symlink_metadata(&target));
        let Ok(meta) = linked else {
            return false;
        };
        drop(dirs);
        self.written.fetch_add(1, Ordering::Relaxed);
        let mtime = stamp(meta.modified());
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.insert(path.to_owned(), Entry { len, hash, mtime });
        true
    }
}

/// Folders of ours beside `out` that a killed build left: the earlier
/// writer's `.<name>.new-*` and `.<name>.old-*`, and a stray aside folder.
/// If the earlier writer was killed after moving the site away, it is moved
/// back first.
fn leftovers(parent: &Path, name: &OsString, out: &Path, aside: &Path) -> io::Result<Vec<PathBuf>> {
    let name = name.to_string_lossy();
    let (new, old) = (format!(".{name}.new-"), format!(".{name}.old-"));
    let mut junk = Vec::new();
    for entry in fs::read_dir(parent)?.flatten() {
        let file = entry.file_name();
        let file = file.to_string_lossy();
        if file.starts_with(&new) || file.starts_with(&old) {
            junk.push(entry.path());
        }
    }
    junk.sort();
    if !exists(out) {
        let restorable = junk.iter().position(|p| {
            p.file_name()
                .is_some_and(|f| f.to_string_lossy().starts_with(&old))
                && fs::read_dir(p).is_ok_and(|mut d| d.next().is_some())
        });
        if let Some(i) = restorable {
            fs::rename(junk.remove(i), out)?;
        }
    }
    if exists(aside) {
        junk.push(aside.to_path_buf());
    }
    Ok(junk)
}

fn remove_any(path: &Path) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => fs::remove_dir_all(path),
        Ok(_) => fs::remove_file(path),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// Makes the slot ready and returns its manifest if that is valid. The
/// manifest is removed before anything in the slot changes. Without a slot,
/// one is made as a hard-link copy of the published site if that has a
/// valid manifest (so the next build is incremental too), or empty.
fn prepare_slot(slot: &Path, out: &Path) -> io::Result<Option<Manifest>> {
    match fs::symlink_metadata(slot) {
        Ok(m) if m.is_dir() => {
            let previous = read_manifest(slot);
            let mut removed = false;
            for file in [MANIFEST, MANIFEST_NEW] {
                match fs::remove_file(slot.join(file)) {
                    Ok(()) => removed = true,
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                    Err(e) => return Err(e),
                }
            }
            if removed {
                File::open(slot)?.sync_all()?;
            }
            return Ok(previous);
        }
        Ok(_) => fs::remove_file(slot)?,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    let published = if fs::symlink_metadata(out).is_ok_and(|m| m.is_dir()) {
        read_manifest(out)
    } else {
        None
    };
    fs::create_dir(slot)?;
    if let Some(m) = &published {
        for path in m.entries.keys() {
            let to = slot.join(path);
            if let Some(dir) = to.parent() {
                fs::create_dir_all(dir)?;
            }
            // A file that cannot be linked is simply written by the build.
            let _ = fs::hard_link(out.join(path), &to);
        }
    }
    Ok(published)
}

/// Writes a file anew: whatever is at `target` is unlinked first (never
/// truncated in place, so other names of a hard-linked file keep their
/// bytes), and missing folders are made, replacing files in their way.
/// Returns the new file's modification time.
fn write_fresh(root: &Path, target: &Path, bytes: &[u8]) -> io::Result<Option<Stamp>> {
    clear_target(root, target)?;
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(target)?;
    file.write_all(bytes)?;
    Ok(stamp(file.metadata()?.modified()))
}

/// Unlinks whatever stands at `target` (a file, or an older tree's folder),
/// so that what is made there next is a new file.
fn clear_target(root: &Path, target: &Path) -> io::Result<()> {
    match fs::symlink_metadata(target) {
        Ok(m) if m.is_dir() => fs::remove_dir_all(target)?,
        Ok(_) => match fs::remove_file(target) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        },
        // The caller made the folder (the slot's root, or a folder it knows).
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) if e.kind() == io::ErrorKind::NotADirectory => {
            if let Some(dir) = target.parent() {
                make_dir(root, dir)?;
            }
        }
        Err(e) => return Err(e),
    }
    Ok(())
}

/// `fs::create_dir_all`, removing files of an older tree that stand where a
/// folder must go.
fn make_dir(root: &Path, dir: &Path) -> io::Result<()> {
    let Err(first) = fs::create_dir_all(dir) else {
        return Ok(());
    };
    let mut cleared = false;
    for ancestor in dir.ancestors() {
        if ancestor == root || !ancestor.starts_with(root) {
            break;
        }
        if fs::symlink_metadata(ancestor).is_ok_and(|m| !m.is_dir()) {
            fs::remove_file(ancestor)?;
            cleared = true;
        }
    }
    if cleared {
        fs::create_dir_all(dir)
    } else {
        Err(first)
    }
}

/// The `/`-separated path of `path` below `root`, if it is one `put` could
/// have written.
fn relative_key(root: &Path, path: &Path) -> Option<String> {
    let rel = path.strip_prefix(root).ok()?;
    let parts: Option<Vec<&str>> = rel.components().map(|c| c.as_os_str().to_str()).collect();
    Some(parts?.join("/"))
}

/// Removes every file below `slot` that is not in `keep`, then every folder
/// left empty. Returns how many files went. Every file in `keep` must be
/// found: one that is missing was replaced by a folder of the same build.
fn prune(slot: &Path, keep: &HashMap<String, Entry>) -> io::Result<usize> {
    let (mut removed, mut kept) = (0, 0);
    // Folders that hold a kept file are not empty: no need to try them.
    let mut full: HashSet<PathBuf> = HashSet::new();
    for key in keep.keys() {
        let mut dir = Path::new(key).parent();
        while let Some(d) = dir.filter(|d| !d.as_os_str().is_empty()) {
            if !full.insert(slot.join(d)) {
                break;
            }
            dir = d.parent();
        }
    }
    for entry in walkdir::WalkDir::new(slot)
        .min_depth(1)
        .contents_first(true)
    {
        let entry = entry?;
        if entry.file_type().is_dir() {
            if !full.contains(entry.path()) {
                // Fails, as it should, on folders that still hold files.
                let _ = fs::remove_dir(entry.path());
            }
            continue;
        }
        let is_kept = relative_key(slot, entry.path()).is_some_and(|k| keep.contains_key(&k));
        if is_kept {
            kept += 1;
        } else {
            fs::remove_file(entry.path())?;
            removed += 1;
        }
    }
    if kept != keep.len() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "the build made a file and a folder of the same name",
        ));
    }
    Ok(removed)
}

/// Puts the slot in place of `out`. The first build renames the slot to
/// `out`. Later builds exchange the two atomically where the system can
/// (`exchange`); otherwise `out` is renamed aside, the slot in, and the
/// old site into the slot — a brief gap with no `out`, which the next
/// build's `begin` repairs should the build be killed in it.
fn publish(slot: &Path, out: &Path, aside: &Path, exchange: bool) -> io::Result<()> {
    if !exists(out) {
        return fs::rename(slot, out);
    }
    if exchange && exchange_paths(slot, out)? {
        return Ok(());
    }
    fs::rename(out, aside)?;
    if let Err(e) = fs::rename(slot, out) {
        let _ = fs::rename(aside, out);
        return Err(e);
    }
    // The new site is published; an old site left aside is moved into the
    // slot by the next build.
    let _ = fs::rename(aside, slot);
    Ok(())
}

/// Exchanges two paths in one step. `Ok(false)` when the system or file
/// system cannot.
#[cfg(target_os = "linux")]
fn exchange_paths(a: &Path, b: &Path) -> io::Result<bool> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        Err(e) if e == Errno::INVAL || e == Errno::NOSYS || e == Errno::NOTSUP => Ok(false),
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange_paths(_: &Path, _: &Path) -> io::Result<bool> {
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every file below `dir` except the manifest, path → bytes.
    fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
        walkdir::WalkDir::new(dir)
            .into_iter()
            .map(|e| e.unwrap())
            .filter(|e| !e.file_type().is_dir())
            .filter_map(|e| {
                let key = relative_key(dir, e.path()).unwrap();
                (key != MANIFEST).then(|| (key, fs::read(e.path()).unwrap()))
            })
            .collect()
    }

    fn site(files: &[(&str, &str)]) -> BTreeMap<String, Vec<u8>> {
        files
            .iter()
            .map(|(p, b)| (p.to_string(), b.as_bytes().to_vec()))
            .collect()
    }

    fn build(out: &Path, files: &BTreeMap<String, Vec<u8>>) -> WriteStats {
        let staging = Staging::begin(out).unwrap();
        for (p, b) in files {
            staging.put(p, b.clone());
        }
        staging.commit().unwrap()
    }

    fn names_beside(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    fn many(n: usize, changed: usize) -> BTreeMap<String, Vec<u8>> {
        (0..n)
            .map(|i| {
                let body = if i == changed {
                    "changed".to_string()
                } else {
                    format!("page {i}")
                };
                (format!("en/events/e{i}/index.html"), body.into_bytes())
            })
            .collect()
    }

    #[test]
    fn refuses_paths_that_climb_out() {
        assert!(is_safe_relative("en/events/x/index.html"));
        assert!(!is_safe_relative("../x"));
        assert!(!is_safe_relative("/etc/passwd"));
        assert!(!is_safe_relative("en/../../x"));
    }

    #[test]
    fn replaces_the_old_site_whole() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        fs::create_dir_all(out.join("stale")).unwrap();
        fs::write(out.join("stale/old.html"), "old").unwrap();
        let mut files = SiteFiles::new();
        files.add("index.html", "new");
        write_atomically(&files, &out).unwrap();
        assert_eq!(tree(&out), site(&[("index.html", "new")]));
        // A second build, through the slot, replaces the whole tree too.
        let next = site(&[("en/index.html", "en"), ("pt/index.html", "pt")]);
        build(&out, &next);
        assert_eq!(tree(&out), next);
        build(&out, &site(&[("index.html", "third")]));
        assert_eq!(tree(&out), site(&[("index.html", "third")]));
        assert_eq!(
            names_beside(dir.path()),
            [".public.lock", ".public.slot", "public"],
            "nothing but the slot and the lock beside the site"
        );
    }

    #[test]
    fn a_rebuild_writes_only_what_changed() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let first = build(&out, &many(50, usize::MAX));
        assert_eq!((first.files, first.written, first.unchanged), (50, 50, 0));
        // Second build: the slot is a hard-link copy of the first.
        let second = build(&out, &many(50, 7));
        assert_eq!(
            (second.written, second.unchanged, second.removed),
            (1, 49, 0)
        );
        assert_eq!(tree(&out), many(50, 7));
        // Third build: the slot is the first build's tree, two builds behind.
        let third = build(&out, &many(50, 8));
        assert_eq!((third.written, third.unchanged), (1, 49));
        assert_eq!(tree(&out), many(50, 8));
        // Fourth build: the slot is the second build's tree, so both its
        // change (back to "page 7") and this one are written.
        let fourth = build(&out, &many(50, 9));
        assert_eq!((fourth.written, fourth.unchanged), (2, 48));
        assert_eq!(tree(&out), many(50, 9));
        // The site that was published before is untouched by the writes.
        assert_eq!(tree(&dir.path().join(".public.slot")), many(50, 8));
        let mut fewer = many(50, 9);
        fewer.remove("en/events/e3/index.html");
        let fifth = build(&out, &fewer);
        // The slot is the third build's tree: e8 back, e9 changed, e3 gone.
        assert_eq!((fifth.written, fifth.removed), (2, 1), "{fifth:?}");
        assert_eq!(fifth.files, 49);
        assert_eq!(tree(&out), fewer);
        assert!(!out.join("en/events/e3").exists(), "empty folders go too");
    }

    #[test]
    fn a_file_edited_by_hand_is_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let files = many(5, usize::MAX);
        build(&out, &files);
        build(&out, &files);
        // Same length, so only the time or the bytes can tell.
        let page = "en/events/e1/index.html";
        fs::write(out.join(page), "PAGE 1").unwrap();
        fs::write(dir.path().join(".public.slot").join(page), "PAGE 1").unwrap();
        // An edit with the recorded time kept is caught by the bytes while
        // the manifest's tick is unsettled, otherwise by the time.
        let stats = build(&out, &files);
        assert_eq!(tree(&out), files);
        assert_eq!(stats.written, 1);
        let stats = build(&out, &files);
        assert_eq!(tree(&out), files);
        assert_eq!(stats.written, 1);
        // A file added by hand goes.
        fs::write(out.join("extra.html"), "x").unwrap();
        build(&out, &files);
        build(&out, &files);
        assert_eq!(tree(&out), files);
    }

    #[test]
    fn an_edit_keeping_length_and_time_is_caught_in_the_unsettled_tick() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let files = site(&[("a.html", "aaaa")]);
        build(&out, &files);
        // Pretend the edit happened in the tick the manifest was written:
        // same length, same time as recorded.
        let path = out.join("a.html");
        let time = fs::metadata(&path).unwrap().modified().unwrap();
        fs::write(&path, "bbbb").unwrap();
        File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(time)
            .unwrap();
        File::options()
            .write(true)
            .open(out.join(MANIFEST))
            .unwrap()
            .set_modified(time)
            .unwrap();
        // No slot yet: the slot is linked from `out`, with its manifest.
        let stats = build(&out, &files);
        assert_eq!(stats.written, 1);
        assert_eq!(tree(&out), files);
    }

    #[test]
    fn a_slot_without_manifest_still_gives_the_exact_tree() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let slot = dir.path().join(".public.slot");
        build(&out, &many(10, usize::MAX));
        build(&out, &many(10, 1));
        // A build killed halfway: manifest gone, one file cut short, one
        // written from the newer build, one stray, a file where a folder goes.
        fs::remove_file(slot.join(MANIFEST)).unwrap();
        fs::write(slot.join("en/events/e2/index.html"), "pa").unwrap();
        fs::write(slot.join("en/events/e3/index.html"), "page 3").unwrap();
        fs::write(slot.join("stray.html"), "stray").unwrap();
        fs::write(slot.join(MANIFEST_NEW), "whatson-manifest 1\n").unwrap();
        fs::remove_dir_all(slot.join("en/events/e4")).unwrap();
        fs::write(slot.join("en/events/e4"), "in the way").unwrap();
        let want = many(10, 5);
        let stats = build(&out, &want);
        assert_eq!(tree(&out), want);
        // The slot held the first build: e2 (cut), e4 (in the way) and e5
        // differ; the rest are compared byte for byte and left alone.
        assert_eq!(
            (stats.written, stats.unchanged, stats.removed),
            (3, 7, 1),
            "{stats:?}"
        );
        assert_eq!(
            names_beside(dir.path()),
            [".public.lock", ".public.slot", "public"]
        );
    }

    #[test]
    fn a_lying_manifest_is_never_left_behind() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let slot = dir.path().join(".public.slot");
        build(&out, &many(3, usize::MAX));
        build(&out, &many(3, 0));
        assert!(slot.join(MANIFEST).exists());
        // begin removes the slot's manifest before anything is written, so
        // a build dropped (or killed) halfway leaves none.
        let staging = Staging::begin(&out).unwrap();
        assert!(!slot.join(MANIFEST).exists());
        staging.put("en/events/e0/index.html", b"half".to_vec());
        drop(staging);
        assert!(!slot.join(MANIFEST).exists());
        assert_eq!(tree(&out), many(3, 0), "the published site is untouched");
        build(&out, &many(3, 1));
        assert_eq!(tree(&out), many(3, 1));
    }

    #[test]
    fn unsafe_paths_are_refused_and_nothing_is_published() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        build(&out, &site(&[("index.html", "old")]));
        for bad in [
            "../escape.html",
            "/etc/passwd",
            "en/../../x",
            "",
            MANIFEST,
            "a\nb",
        ] {
            let staging = Staging::begin(&out).unwrap();
            staging.put("index.html", b"new".to_vec());
            staging.put(bad, b"x".to_vec());
            let err = staging.commit().unwrap_err();
            assert_eq!(err.kind(), io::ErrorKind::InvalidInput, "{bad:?}");
            assert!(err.to_string().contains("refusing"), "{err}");
            assert_eq!(tree(&out), site(&[("index.html", "old")]));
        }
        assert!(!dir.path().join("escape.html").exists());
    }

    #[test]
    fn a_put_error_is_returned_and_nothing_is_published() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        build(&out, &site(&[("index.html", "old")]));
        let staging = Staging::begin(&out).unwrap();
        staging.put("a/b.html", b"x".to_vec());
        // A folder that cannot be made: its name is a file the build put.
        staging.put("a/b.html/c.html", b"y".to_vec());
        staging.put("index.html", b"new".to_vec());
        assert!(staging.commit().is_err());
        assert_eq!(tree(&out), site(&[("index.html", "old")]));
    }

    #[test]
    fn a_second_build_of_the_same_folder_waits() {
        use std::sync::atomic::AtomicBool;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let first = Staging::begin(&out).unwrap();
        let second_began = AtomicBool::new(false);
        std::thread::scope(|s| {
            let waiter = s.spawn(|| {
                let second = Staging::begin(&out).unwrap();
                second_began.store(true, Ordering::SeqCst);
                second.put("index.html", b"second".to_vec());
                second.commit().unwrap()
            });
            std::thread::sleep(std::time::Duration::from_millis(150));
            assert!(!second_began.load(Ordering::SeqCst), "the lock is held");
            first.put("index.html", b"first".to_vec());
            first.commit().unwrap();
            waiter.join().unwrap();
        });
        assert_eq!(tree(&out), site(&[("index.html", "second")]));
    }

    #[test]
    fn out_that_is_a_file_is_an_error_in_plain_words() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        fs::write(&out, "not a folder").unwrap();
        let err = Staging::begin(&out).err().unwrap();
        assert!(err.to_string().contains("is a file, not a folder"), "{err}");
        assert_eq!(fs::read_to_string(&out).unwrap(), "not a folder");
    }

    #[test]
    fn concurrent_puts_give_the_right_tree() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        for changed in [usize::MAX, 17, 230] {
            let want = many(400, changed);
            let staging = Staging::begin(&out).unwrap();
            want.par_iter().for_each(|(p, b)| staging.put(p, b.clone()));
            let stats = staging.commit().unwrap();
            assert_eq!(tree(&out), want);
            assert_eq!(stats.files, 400);
            if changed != usize::MAX {
                assert_eq!(stats.written, 1);
            }
        }
        let want = many(300, 3);
        let staging = Staging::begin(&out).unwrap();
        let items: Vec<_> = want.iter().collect();
        std::thread::scope(|s| {
            for chunk in items.chunks(37) {
                let staging = &staging;
                s.spawn(move || {
                    for (p, b) in chunk {
                        staging.put(p, b.to_vec());
                    }
                });
            }
        });
        let stats = staging.commit().unwrap();
        assert_eq!(tree(&out), want);
        assert_eq!(stats.removed, 100);
    }

    #[test]
    fn the_manifest_is_deterministic() {
        let entry = |i: u64| Entry {
            len: i,
            hash: u128::from(i) << 70 | 5,
            mtime: Some((1_700_000_000 + i, 12)),
        };
        let paths = ["b/x.html", "a.html", "b/a b.html", "c/d/e.ics", "a/z.html"];
        let forward: HashMap<_, _> = paths
            .iter()
            .enumerate()
            .map(|(i, p)| (p.to_string(), entry(i as u64)))
            .collect();
        let mut backward = HashMap::new();
        for (i, p) in paths.iter().enumerate().rev() {
            backward.insert(p.to_string(), entry(i as u64));
        }
        let bytes = manifest_bytes(&forward);
        assert_eq!(bytes, manifest_bytes(&backward));
        let text = String::from_utf8(bytes).unwrap();
        let order: Vec<&str> = text
            .lines()
            .skip(1)
            .filter_map(|l| l.splitn(4, ' ').nth(3))
            .collect();
        assert_eq!(
            order,
            ["a.html", "a/z.html", "b/a b.html", "b/x.html", "c/d/e.ics"]
        );
        assert_eq!(parse_manifest(&text), Some(forward));
        // Cut short anywhere, it is not valid.
        for cut in 0..text.len() - 1 {
            assert_eq!(parse_manifest(&text[..cut]), None, "cut at {cut}");
        }
        // And the same site written twice gives the same manifest, but for times.
        let dir = tempfile::tempdir().unwrap();
        let strip = |out: &Path| -> Vec<String> {
            fs::read_to_string(out.join(MANIFEST))
                .unwrap()
                .lines()
                .map(|l| {
                    let mut p: Vec<&str> = l.splitn(4, ' ').collect();
                    if p.len() == 4 {
                        p[2] = "";
                    }
                    p.join(" ")
                })
                .collect()
        };
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        let files = many(20, 3);
        build(&a, &files);
        let staging = Staging::begin(&b).unwrap();
        files
            .iter()
            .rev()
            .for_each(|(p, v)| staging.put(p, v.clone()));
        staging.commit().unwrap();
        assert_eq!(strip(&a), strip(&b));
    }

    #[test]
    fn the_fallback_swap_and_its_repair() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let slot = dir.path().join(".public.slot");
        let aside = dir.path().join(".public.aside");
        build(&out, &site(&[("index.html", "one")]));
        build(&out, &site(&[("index.html", "two")]));
        // Fill the slot as a build would, then publish without the exchange.
        let staging = Staging::begin(&out).unwrap();
        staging.put("index.html", b"three".to_vec());
        let Staging { slot: s, .. } = &staging;
        assert_eq!(s, &slot);
        let entries = staging.entries.lock().unwrap().clone();
        prune(&slot, &entries).unwrap();
        fs::write(slot.join(MANIFEST), manifest_bytes(&entries)).unwrap();
        publish(&slot, &out, &aside, false).unwrap();
        drop(staging);
        assert_eq!(tree(&out), site(&[("index.html", "three")]));
        assert_eq!(tree(&slot), site(&[("index.html", "two")]));
        // Killed in the gap, with the old site aside and no `out`.
        fs::rename(&out, &aside).unwrap();
        let _ = Staging::begin(&out).unwrap();
        assert_eq!(tree(&out), site(&[("index.html", "three")]));
        // Killed after the slot went in: the old site aside, no slot.
        fs::remove_dir_all(&slot).unwrap();
        fs::create_dir(&aside).unwrap();
        fs::write(aside.join("index.html"), "older").unwrap();
        build(&out, &site(&[("index.html", "four")]));
        assert_eq!(tree(&out), site(&[("index.html", "four")]));
        assert_eq!(
            names_beside(dir.path()),
            [".public.lock", ".public.slot", "public"]
        );
    }

    #[test]
    fn the_earlier_writers_leftovers_are_tidied() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        // Killed after moving the old site aside: it is moved back.
        fs::create_dir_all(dir.path().join(".public.old-abc")).unwrap();
        fs::write(dir.path().join(".public.old-abc/index.html"), "old").unwrap();
        fs::create_dir_all(dir.path().join(".public.new-def/en")).unwrap();
        fs::write(dir.path().join(".public.new-def/en/x.html"), "x").unwrap();
        fs::create_dir_all(dir.path().join(".public.new-ghi")).unwrap();
        let staging = Staging::begin(&out).unwrap();
        assert_eq!(tree(&out), site(&[("index.html", "old")]));
        staging.put("index.html", b"new".to_vec());
        staging.commit().unwrap();
        assert_eq!(tree(&out), site(&[("index.html", "new")]));
        assert_eq!(
            names_beside(dir.path()),
            [".public.lock", ".public.slot", "public"]
        );
    }

    #[test]
    fn a_relative_out_in_the_current_folder() {
        // `public` with no parent means the current folder; the helper does
        // the same for any relative path, so test one inside a temp dir.
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site/../public");
        let err = Staging::begin(&dir.path().join("public/..")).err().unwrap();
        assert!(err.to_string().contains("folder by its name"), "{err}");
        build(&out, &site(&[("index.html", "x")]));
        assert_eq!(
            tree(&dir.path().join("public")),
            site(&[("index.html", "x")])
        );
        assert_eq!(
            beside(Path::new("."), &OsString::from("public"), "slot"),
            Path::new("./.public.slot")
        );
    }

    #[test]
    fn a_link_to_the_site_folder_is_followed() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("www");
        build(&real, &site(&[("index.html", "one")]));
        let link = dir.path().join("public");
        #[cfg(unix)]
        std::os::unix::fs::symlink(&real, &link).unwrap();
        #[cfg(unix)]
        {
            build(&link, &site(&[("index.html", "two")]));
            assert!(fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink());
            assert_eq!(tree(&real), site(&[("index.html", "two")]));
        }
    }
}
