//! Stage 6: write the site atomically. Everything is written into a fresh
//! folder beside the output folder, which is swapped in only when the whole
//! build has succeeded; a failed build leaves the published site untouched.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

/// Where rendered files go, one at a time, from any thread: a staging folder
/// for `build`, memory for `serve`, `check` and tests.
pub trait Sink: Sync {
    /// Adds one file at a `/`-separated path relative to the output root.
    /// Paths are built from checked ids; anything that could climb out of the
    /// output folder is refused all the same.
    fn put(&self, path: &str, bytes: Vec<u8>);
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

/// Writes `files` to `out`, replacing its previous contents only on success.
pub fn write_atomically(files: &SiteFiles, out: &Path) -> io::Result<()> {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent)?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    let staging = tempfile::Builder::new()
        .prefix(&format!(".{name}.new-"))
        .tempdir_in(&parent)?;
    for (rel, bytes) in &files.files {
        let path = staging.path().join(rel);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir)?;
        }
        fs::write(&path, bytes)?;
    }
    // Swap: move the old site aside, move the new one in, then delete the old.
    let staged = staging.keep();
    let old = if out.exists() {
        let aside = tempfile::Builder::new()
            .prefix(&format!(".{name}.old-"))
            .tempdir_in(&parent)?
            .keep();
        fs::remove_dir(&aside)?;
        fs::rename(out, &aside)?;
        Some(aside)
    } else {
        None
    };
    if let Err(e) = fs::rename(&staged, out) {
        // Put the old site back so nothing is lost.
        if let Some(aside) = &old {
            let _ = fs::rename(aside, out);
        }
        let _ = fs::remove_dir_all(&staged);
        return Err(e);
    }
    if let Some(aside) = old {
        fs::remove_dir_all(aside)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "new");
        assert!(!out.join("stale").exists());
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().flatten().collect();
        assert_eq!(leftovers.len(), 1, "no staging folders left behind");
    }
}
