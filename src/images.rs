//! Pictures for phones on small data plans: every `image:` from content is
//! published at a few widths (no wider than the original), so a browser can
//! pick the smallest that fills the screen (`srcset`). Re-encoding also turns
//! the picture upright (camera orientation) and drops its metadata, such as
//! where a photo was taken. The original file is not published.
//!
//! Output is deterministic: the same picture gives the same bytes every build.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::Path;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageReader};

use crate::diagnostics::{display_path, Diagnostics};
use crate::model::ImageRef;
use crate::output::Sink;
use rayon::prelude::*;

/// The widths made, in pixels: a phone (480) and a sharp phone or a
/// computer (960; the theme's column is at most about 44rem).
pub const WIDTHS: [u32; 2] = [480, 960];

/// JPEG quality: small files, no visible blocks in photos.
const JPEG_QUALITY: u8 = 75;

/// One published picture.
#[derive(Debug, Clone, PartialEq)]
pub struct Published {
    /// Site-relative path of the widest version (the `src`).
    pub src: String,
    /// Size of that version, upright.
    pub width: u32,
    pub height: u32,
    /// Every version, narrowest first: (site-relative path, width).
    pub variants: Vec<(String, u32)>,
}

impl Published {
    /// The `srcset` attribute, with each path after `base_path` (`/`).
    pub fn srcset(&self, base_path: &str) -> String {
        self.variants
            .iter()
            .map(|(p, w)| format!("{base_path}{p} {w}w"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Published pictures by [`ImageRef::output`].
pub type Pictures = BTreeMap<String, Published>;

/// Publishes every picture the content refers to (events' `image` and
/// festivals' `look.image`), for the web pages and the printable leaflets.
pub fn publish_content(
    root: &Path,
    content: &crate::model::Content,
    sink: &dyn Sink,
    d: &mut Diagnostics,
) -> Pictures {
    let pictures = content
        .events
        .values()
        .filter_map(|e| e.image.as_ref())
        .chain(
            content
                .festivals
                .values()
                .filter_map(|f| f.look.image.as_ref()),
        );
    publish(root, pictures, Some(&root.join(CACHE_DIR)), sink, d)
}

/// Where resized copies are kept between builds, beside `content/`, so an
/// unchanged picture is not decoded and re-encoded every build (and on every
/// save during `whatson serve`). Entries a build did not use are deleted.
pub const CACHE_DIR: &str = ".whatson-cache/images";

/// What a cache entry depends on besides the picture: change it whenever
/// resizing or encoding changes.
const CACHE_VERSION: &str = "whatson images 1; widths 480 960; jpeg 75; lanczos3";

/// Reads a cached entry: the versions of one picture, as `resize` made them.
fn cache_get(dir: &Path, key: &str) -> Option<Vec<Version>> {
    let bytes = std::fs::read(dir.join(format!("{key}.img"))).ok()?;
    let mut rest = bytes.strip_prefix(b"whatson-image-cache 1\n")?;
    let mut versions = Vec::new();
    while !rest.is_empty() {
        let nl = rest.iter().position(|b| *b == b'\n')?;
        let header = std::str::from_utf8(&rest[..nl]).ok()?;
        let mut f = header.split('\t');
        let (path, w, h, len) = (f.next()?, f.next()?, f.next()?, f.next()?);
        let (w, h, len): (u32, u32, usize) = (w.parse().ok()?, h.parse().ok()?, len.parse().ok()?);
        let body = rest.get(nl + 1..nl + 1 + len)?;
        versions.push((path.to_owned(), w, h, body.to_vec()));
        rest = &rest[nl + 1 + len..];
    }
    (!versions.is_empty()).then_some(versions)
}

fn cache_put(dir: &Path, key: &str, versions: &[Version]) {
    let mut out = b"whatson-image-cache 1\n".to_vec();
    for (path, w, h, bytes) in versions {
        out.extend_from_slice(format!("{path}\t{w}\t{h}\t{}\n", bytes.len()).as_bytes());
        out.extend_from_slice(bytes);
    }
    // Written aside and renamed: a build stopped half-way leaves no torn entry.
    let tmp = dir.join(format!("{key}.tmp"));
    if std::fs::create_dir_all(dir).is_ok() && std::fs::write(&tmp, &out).is_ok() {
        let _ = std::fs::rename(&tmp, dir.join(format!("{key}.img")));
    }
}

/// Deletes entries this build did not use.
fn cache_prune(dir: &Path, used: &std::collections::BTreeSet<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
        if stem.is_some_and(|s| !used.contains(&s)) {
            let _ = std::fs::remove_file(&path);
        }
    }
}

/// Resizes and puts every picture in `images` into `sink`; returns what was
/// published, keyed by [`ImageRef::output`]. A picture that cannot be decoded
/// is an error naming it.
/// With `cache`, resized copies are reused from (and kept in) that folder.
/// Pictures are resized side by side on every core; files and diagnostics
/// come out in the order of `images` all the same.
pub fn publish<'a>(
    root: &Path,
    images: impl IntoIterator<Item = &'a ImageRef>,
    cache: Option<&Path>,
    sink: &dyn Sink,
    d: &mut Diagnostics,
) -> BTreeMap<String, Published> {
    // The first picture of each output name, in order.
    let mut seen = std::collections::BTreeSet::new();
    let images: Vec<&ImageRef> = images
        .into_iter()
        .filter(|img| seen.insert(img.output.as_str()))
        .collect();
    // (cache key, versions) of each picture; keys are unique, as each includes
    // the output name, so no two threads write the same cache entry.
    type Made = (Option<String>, Result<Vec<Version>, String>);
    let made: Vec<Made> = images
        .par_iter()
        .map(|img| {
            let bytes = match std::fs::read(&img.path) {
                Ok(bytes) => bytes,
                Err(e) => return (None, Err(e.to_string())),
            };
            let Some(dir) = cache else {
                return (None, resize(img, &bytes));
            };
            let mut key = crate::print::cache::KeyBuilder::new();
            key.part("version", CACHE_VERSION.as_bytes())
                .part("output", img.output.as_bytes())
                .part("picture", &bytes);
            let key = key.finish();
            if let Some(versions) = cache_get(dir, &key) {
                return (Some(key), Ok(versions));
            }
            let versions = resize(img, &bytes);
            if let Ok(versions) = &versions {
                cache_put(dir, &key, versions);
            }
            (Some(key), versions)
        })
        .collect();
    let mut out = BTreeMap::new();
    let mut used = std::collections::BTreeSet::new();
    for (img, (key, made)) in images.into_iter().zip(made) {
        if let Some(key) = key {
            used.insert(key);
        }
        match made {
            Ok(versions) => {
                let mut variants = Vec::new();
                let mut last = None;
                for (path, width, height, bytes) in versions {
                    variants.push((path.clone(), width));
                    sink.put(&path, bytes);
                    last = Some((path, width, height));
                }
                if let Some((src, width, height)) = last {
                    out.insert(
                        img.output.clone(),
                        Published {
                            src,
                            width,
                            height,
                            variants,
                        },
                    );
                }
            }
            Err(e) => d.file_error(
                &display_path(root, &img.path),
                format!("cannot make smaller copies of this picture: {e}"),
                Some("open it in an image editor and save it again as .jpg or .png".into()),
            ),
        }
    }
    if let Some(dir) = cache {
        cache_prune(dir, &used);
    }
    out
}

/// (path, width, height, bytes) for each width, narrowest first.
type Version = (String, u32, u32, Vec<u8>);

fn resize(img: &ImageRef, bytes: &[u8]) -> Result<Vec<Version>, String> {
    let mut decoder = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| e.to_string())?
        .into_decoder()
        .map_err(|e| e.to_string())?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut picture = DynamicImage::from_decoder(decoder).map_err(|e| e.to_string())?;
    picture.apply_orientation(orientation);
    let (w, h) = (picture.width(), picture.height());
    if w == 0 || h == 0 {
        return Err("it has no pixels".into());
    }
    // Transparent pictures (logos, cut-outs) stay PNG; everything else is JPEG.
    let transparent =
        picture.color().has_alpha() && picture.to_rgba8().pixels().any(|p| p.0[3] < 255);
    let ext = if transparent { "png" } else { "jpg" };
    let stem = img
        .output
        .rsplit_once('.')
        .map(|(s, _)| s)
        .unwrap_or(&img.output);
    let largest = WIDTHS.iter().copied().max().unwrap_or(960);
    let mut widths: Vec<u32> = WIDTHS.iter().copied().filter(|x| *x < w).collect();
    widths.push(w.min(largest));
    widths.sort_unstable();
    widths.dedup();
    let mut versions = Vec::new();
    for width in widths {
        let height = ((h as u64 * width as u64 + w as u64 / 2) / w as u64).max(1) as u32;
        let scaled = if width == w {
            picture.clone()
        } else {
            picture.resize_exact(width, height, FilterType::Lanczos3)
        };
        let mut buf = Vec::new();
        if transparent {
            scaled
                .to_rgba8()
                .write_with_encoder(PngEncoder::new(&mut buf))
                .map_err(|e| e.to_string())?;
        } else {
            scaled
                .to_rgb8()
                .write_with_encoder(JpegEncoder::new_with_quality(&mut buf, JPEG_QUALITY))
                .map_err(|e| e.to_string())?;
        }
        versions.push((format!("{stem}-{width}.{ext}"), width, height, buf));
    }
    Ok(versions)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Memory;

    fn picture(dir: &Path, name: &str, w: u32, h: u32, alpha: bool) -> ImageRef {
        let path = dir.join(name);
        if alpha {
            image::RgbaImage::from_fn(w, h, |x, y| {
                image::Rgba([(x % 256) as u8, (y % 256) as u8, 90, (x % 200) as u8])
            })
            .save(&path)
            .unwrap();
        } else {
            image::RgbImage::from_fn(w, h, |x, y| {
                image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
            })
            .save(&path)
            .unwrap();
        }
        ImageRef {
            path,
            output: format!("media/events/{}", name),
            width: w,
            height: h,
        }
    }

    #[test]
    fn makes_each_width_no_wider_than_the_original() {
        let dir = tempfile::tempdir().unwrap();
        let big = picture(dir.path(), "big.jpg", 1600, 1200, false);
        let small = picture(dir.path(), "small.png", 300, 200, false);
        let logo = picture(dir.path(), "logo.png", 600, 600, true);
        let memory = Memory::new();
        let mut d = Diagnostics::new();
        let p = publish(dir.path(), [&big, &small, &logo], None, &memory, &mut d);
        let files = memory.into_files();
        assert!(d.is_empty());
        let b = &p["media/events/big.jpg"];
        assert_eq!(
            b.variants,
            vec![
                ("media/events/big-480.jpg".to_string(), 480),
                ("media/events/big-960.jpg".to_string(), 960)
            ]
        );
        assert_eq!((b.width, b.height), (960, 720));
        assert_eq!(
            b.srcset("/"),
            "/media/events/big-480.jpg 480w, /media/events/big-960.jpg 960w"
        );
        let s = &p["media/events/small.png"];
        assert_eq!(
            s.variants,
            vec![("media/events/small-300.jpg".to_string(), 300)]
        );
        let l = &p["media/events/logo.png"];
        assert_eq!(l.src, "media/events/logo-600.png");

        // The same pictures give the same bytes, made again or from the cache.
        let cache = dir.path().join("cache");
        for cached in [None, Some(cache.as_path()), Some(cache.as_path())] {
            let again = Memory::new();
            publish(dir.path(), [&big, &small, &logo], cached, &again, &mut d);
            let again = again.into_files();
            for path in files.paths() {
                assert_eq!(files.get(path), again.get(path), "{path}");
            }
        }
        assert!(d.is_empty());
        let entries = || -> Vec<std::path::PathBuf> {
            let mut v: Vec<_> = std::fs::read_dir(&cache)
                .unwrap()
                .flatten()
                .map(|e| e.path())
                .collect();
            v.sort();
            v
        };
        assert_eq!(entries().len(), 3);

        // The cache is really read: an entry's bytes come back as stored.
        let mut used = None;
        for entry in entries() {
            let versions =
                cache_get(&cache, &entry.file_stem().unwrap().to_string_lossy()).unwrap();
            if versions[0].0 == "media/events/small-300.jpg" {
                let fake = vec![(
                    "media/events/small-300.jpg".to_string(),
                    300,
                    200,
                    b"cached".to_vec(),
                )];
                cache_put(&cache, &entry.file_stem().unwrap().to_string_lossy(), &fake);
                used = Some(entry);
            }
        }
        assert!(used.is_some());
        let from_cache = Memory::new();
        publish(dir.path(), [&small], Some(&cache), &from_cache, &mut d);
        let from_cache = from_cache.into_files();
        assert_eq!(
            from_cache.get("media/events/small-300.jpg"),
            Some(&b"cached"[..])
        );
        // Entries of pictures no longer used are gone.
        assert_eq!(entries().len(), 1);
    }
}
