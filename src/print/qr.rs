//! QR codes as vector graphics (SVG), sized for print.
//!
//! Every code carries a 4-module quiet zone inside its SVG, so a layout cannot
//! crowd it. Error correction is Q (25% of the code may be damaged) when the
//! modules stay large enough at the printed size, else M (15%).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;
use std::sync::{LazyLock, Mutex};

use qrcode::{Color, EcLevel, QrCode};

/// Modules of white around the code, as the QR standard requires.
pub const QUIET_ZONE: usize = 4;
/// The smallest printed module phone cameras read reliably at arm's length.
pub const MIN_MODULE_MM: f64 = 0.35;
/// No printed code is smaller than this (whole width, quiet zone included).
pub const MIN_SIZE_MM: f64 = 20.0;

/// A QR code ready to print.
#[derive(Debug, Clone)]
pub struct Qr {
    pub text: String,
    /// Modules per side, without the quiet zone.
    pub modules: usize,
    pub level: &'static str,
    pub svg: String,
}

/// Why a text cannot be printed as a QR code at a size.
#[derive(Debug, Clone, PartialEq)]
pub struct TooLong {
    pub chars: usize,
    pub size_mm: f64,
    /// The module size it would need, in mm (0 when it does not fit a QR code at all).
    pub module_mm: f64,
    /// The longest text that fits, roughly.
    pub max_chars: usize,
}

impl std::fmt::Display for TooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "a link of {} characters is too long for a QR code {} mm wide: its dots would be {:.2} mm, and phones need at least {MIN_MODULE_MM} mm (up to about {} characters fit)",
            self.chars, self.size_mm, self.module_mm, self.max_chars
        )
    }
}

/// Codes made so far in this process, by text and room, each marked when
/// this process asked for it. The same link is on a festival's leaflet, its
/// QR sheet, its posters and its area's leaflet, in each language, and every
/// build asks for it again (even when the document comes from the print
/// cache), so choosing its mask is done once, and a build starts from the
/// codes the last one [`save`]d. Codes are kept as their dark modules, a
/// tenth of their SVG: drawing is quick, choosing the mask is not.
static MADE: LazyLock<Mutex<Made>> = LazyLock::new(Default::default);

/// (text, largest module count) → (code, asked for by this process).
type Made = HashMap<(String, usize), (Code, bool)>;

/// More codes than any site prints: past this, a long-running preview starts
/// the memory afresh.
const MADE_MAX: usize = 100_000;

/// A chosen code: its size, level and dark modules (row by row, one bit each).
#[derive(Debug, Clone, PartialEq)]
struct Code {
    modules: usize,
    level: &'static str,
    dark: Vec<u8>,
}

impl Code {
    fn is_dark(&self, x: usize, y: usize) -> bool {
        let i = y * self.modules + x;
        self.dark
            .get(i / 8)
            .is_some_and(|b| b & (1 << (i % 8)) != 0)
    }

    fn qr(&self, text: &str) -> Qr {
        Qr {
            text: text.to_owned(),
            modules: self.modules,
            level: self.level,
            svg: self.svg(),
        }
    }

    /// The code as SVG: white square with the quiet zone, one black path, 1
    /// unit per module, so it scales to any size and prints as vectors.
    fn svg(&self) -> String {
        let w = self.modules;
        let full = w + 2 * QUIET_ZONE;
        let mut path = String::new();
        for y in 0..w {
            let mut x = 0;
            while x < w {
                if self.is_dark(x, y) {
                    let start = x;
                    while x < w && self.is_dark(x, y) {
                        x += 1;
                    }
                    let _ = write!(
                        path,
                        "M{} {}h{}v1h-{}z",
                        start + QUIET_ZONE,
                        y + QUIET_ZONE,
                        x - start,
                        x - start
                    );
                } else {
                    x += 1;
                }
            }
        }
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {full} {full}\" shape-rendering=\"crispEdges\"><rect width=\"{full}\" height=\"{full}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
        )
    }
}

/// Encodes `text` for printing `size_mm` wide (quiet zone included).
pub fn encode(text: &str, size_mm: f64) -> Result<Qr, TooLong> {
    let size_mm = size_mm.max(MIN_SIZE_MM);
    let max_modules = (size_mm / MIN_MODULE_MM).floor() as usize;
    let key = (text.to_owned(), max_modules);
    if let Ok(mut m) = MADE.lock() {
        if let Some((code, used)) = m.get_mut(&key) {
            *used = true;
            return Ok(code.qr(text));
        }
    }
    let code = make(text, size_mm, max_modules)?;
    if let Ok(mut m) = MADE.lock() {
        if m.len() >= MADE_MAX {
            m.clear();
        }
        m.insert(key, (code.clone(), true));
    }
    Ok(code.qr(text))
}

/// The file in the print cache that keeps the codes between builds.
pub const SAVED_FILE: &str = "qr-codes.tsv";

/// The first line of a saved file: another encoder makes the file be ignored.
const SAVED_HEADER: &str = "whatson qr codes 2 (qrcode 0.14)";

/// Takes the codes a build saved in `file` as made, unless this process
/// already has them. A missing, older or damaged file is ignored, line by
/// line: codes are only ever a speed-up.
pub fn load(file: &Path) {
    let Ok(text) = std::fs::read_to_string(file) else {
        return;
    };
    let mut lines = text.lines();
    if lines.next() != Some(SAVED_HEADER) {
        return;
    }
    let Ok(mut m) = MADE.lock() else { return };
    for line in lines {
        if m.len() >= MADE_MAX {
            break;
        }
        let mut f = line.splitn(5, '\t');
        let (Some(max), Some(level), Some(modules), Some(dark), Some(text)) =
            (f.next(), f.next(), f.next(), f.next(), f.next())
        else {
            continue;
        };
        let level = match level {
            "Q" => "Q",
            "M" => "M",
            _ => continue,
        };
        let (Ok(max), Ok(modules)) = (max.parse::<usize>(), modules.parse::<usize>()) else {
            continue;
        };
        // Versions 1 to 40 only, with every module there.
        let Some(dark) = from_hex(dark) else { continue };
        if !(21..=177).contains(&modules) || dark.len() != (modules * modules).div_ceil(8) {
            continue;
        }
        m.entry((text.to_owned(), max)).or_insert((
            Code {
                modules,
                level,
                dark,
            },
            false,
        ));
    }
}

/// Writes the codes this process asked for to `file` (through a temporary
/// file), sorted, for the next build to [`load`].
pub fn save(file: &Path) {
    let Ok(m) = MADE.lock() else { return };
    let mut rows: Vec<String> = m
        .iter()
        .filter(|(_, (_, used))| *used)
        // A text with a line break would not read back.
        .filter(|((text, _), _)| !text.contains(['\n', '\r']))
        .map(|((text, max), (c, _))| {
            format!(
                "{max}\t{}\t{}\t{}\t{text}",
                c.level,
                c.modules,
                to_hex(&c.dark)
            )
        })
        .collect();
    drop(m);
    rows.sort();
    let body = format!("{SAVED_HEADER}\n{}\n", rows.join("\n"));
    let Some(dir) = file.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    if let Ok(mut tmp) = tempfile::Builder::new().prefix(".tmp-").tempfile_in(dir) {
        use std::io::Write;
        if tmp.write_all(body.as_bytes()).is_ok() {
            let _ = tmp.persist(file);
        }
    }
}

fn to_hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

fn from_hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

fn make(text: &str, size_mm: f64, max_modules: usize) -> Result<Code, TooLong> {
    let mut smallest: Option<usize> = None;
    for (level, name) in [(EcLevel::Q, "Q"), (EcLevel::M, "M")] {
        let Ok(code) = QrCode::with_error_correction_level(text.as_bytes(), level) else {
            continue;
        };
        let modules = code.width();
        smallest = Some(smallest.map_or(modules, |s: usize| s.min(modules)));
        if modules + 2 * QUIET_ZONE <= max_modules {
            let mut dark = vec![0u8; (modules * modules).div_ceil(8)];
            for (i, c) in code.to_colors().iter().enumerate() {
                if *c == Color::Dark {
                    dark[i / 8] |= 1 << (i % 8);
                }
            }
            return Ok(Code {
                modules,
                level: name,
                dark,
            });
        }
    }
    // The largest version that fits, and how much byte-mode text it holds at M.
    let max_version = max_modules.saturating_sub(2 * QUIET_ZONE + 17) / 4;
    Err(TooLong {
        chars: text.chars().count(),
        size_mm,
        module_mm: smallest.map_or(0.0, |m| size_mm / (m + 2 * QUIET_ZONE) as f64),
        max_chars: byte_capacity_m(max_version),
    })
}

/// Byte-mode capacity at level M of QR versions 1–20 (ISO/IEC 18004 table 7).
fn byte_capacity_m(version: usize) -> usize {
    const M: [usize; 20] = [
        14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624,
        666,
    ];
    match version {
        0 => 0,
        v => M[(v - 1).min(M.len() - 1)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_links_get_q_and_long_links_are_refused() {
        let q = encode("https://whatson.example.org/b/k3m9xq/", 20.0).unwrap();
        assert_eq!(q.level, "Q");
        assert!(q.svg.starts_with("<svg"));
        let long = format!("https://example.org/{}", "x".repeat(400));
        let e = encode(&long, 20.0).unwrap_err();
        assert!(e.max_chars < 400, "{e}");
        assert!(e.to_string().contains("too long"));
    }

    #[test]
    fn saved_codes_are_taken_back_as_they_were_and_damage_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(SAVED_FILE);
        let text = "https://whatson.example.org/b/saved1/";
        let made = encode(text, 25.0).unwrap();
        save(&file);
        let saved = std::fs::read_to_string(&file).unwrap();
        assert!(saved.starts_with(SAVED_HEADER));
        let row = saved.lines().find(|l| l.ends_with(text)).unwrap();
        // What is loaded is used as it is: another text's row, taken for a
        // text not yet made, comes back with the saved modules.
        let other = "https://whatson.example.org/b/saved2/";
        let moved = row.replace(text, other);
        let damaged = |t: &str| row.replace(text, t).replacen("\tQ\t", "\tZ\t", 1);
        let short = |t: &str| {
            let mut f: Vec<&str> = row.split('\t').collect();
            f[3] = "00ff";
            f[4] = t;
            f.join("\t")
        };
        let third = "https://whatson.example.org/b/saved3/";
        let fourth = "https://whatson.example.org/b/saved4/";
        std::fs::write(
            &file,
            format!(
                "{SAVED_HEADER}\n{row}\n{moved}\n{}\n{}\nnot a row\n",
                damaged(third),
                short(fourth)
            ),
        )
        .unwrap();
        load(&file);
        assert_eq!(encode(text, 25.0).unwrap().svg, made.svg);
        assert_eq!(encode(other, 25.0).unwrap().svg, made.svg);
        for t in [third, fourth] {
            let fresh = encode(t, 25.0).unwrap();
            assert_ne!(fresh.svg, made.svg, "the damaged row for {t} is not used");
        }
        // Another encoder's file is not read at all.
        let fifth = "https://whatson.example.org/b/saved5/";
        std::fs::write(
            &file,
            format!("whatson qr codes 1\n{}\n", row.replace(text, fifth)),
        )
        .unwrap();
        load(&file);
        assert_ne!(encode(fifth, 25.0).unwrap().svg, made.svg);
    }

    #[test]
    fn the_drawing_of_a_code_is_what_saved_files_were_written_with() {
        // Saved codes are drawn from their modules. If this changes (a new
        // qrcode release, a new drawing), change SAVED_HEADER with it.
        let q = make("https://whatson.example.org/b/k3m9xq/", 20.0, 57).unwrap();
        assert_eq!((q.modules, q.level), (33, "Q"));
        const PINNED_SVG_HASH: u64 = 9_017_943_243_195_479_946;
        assert_eq!(
            crate::print::cache::hash64(q.svg().as_bytes()),
            PINNED_SVG_HASH
        );
        assert_eq!(from_hex(&to_hex(&q.dark)), Some(q.dark.clone()));
    }
}
