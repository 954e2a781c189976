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
use crate::output::SiteFiles;

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
    files: &mut SiteFiles,
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
    publish(root, pictures, files, d)
}

/// Resizes and adds every picture in `images` to `files`; returns what was
/// published, keyed by [`ImageRef::output`]. A picture that cannot be decoded
/// is an error naming it.
pub fn publish<'a>(
    root: &Path,
    images: impl IntoIterator<Item = &'a ImageRef>,
    files: &mut SiteFiles,
    d: &mut Diagnostics,
) -> BTreeMap<String, Published> {
    let mut out = BTreeMap::new();
    for img in images {
        if out.contains_key(&img.output) {
            continue;
        }
        match resize(img) {
            Ok(versions) => {
                let mut variants = Vec::new();
                for (path, width, _, bytes) in &versions {
                    files.add(path.clone(), bytes.clone());
                    variants.push((path.clone(), *width));
                }
                if let Some((src, width, height, _)) = versions.last() {
                    out.insert(
                        img.output.clone(),
                        Published {
                            src: src.clone(),
                            width: *width,
                            height: *height,
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
    out
}

/// (path, width, height, bytes) for each width, narrowest first.
type Version = (String, u32, u32, Vec<u8>);

fn resize(img: &ImageRef) -> Result<Vec<Version>, String> {
    let bytes = std::fs::read(&img.path).map_err(|e| e.to_string())?;
    let mut decoder = ImageReader::new(Cursor::new(&bytes))
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
        let mut files = SiteFiles::new();
        let mut d = Diagnostics::new();
        let p = publish(dir.path(), [&big, &small, &logo], &mut files, &mut d);
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

        // The same pictures give the same bytes.
        let mut again = SiteFiles::new();
        publish(dir.path(), [&big, &small, &logo], &mut again, &mut d);
        for path in files.paths() {
            assert_eq!(files.get(path), again.get(path), "{path}");
        }
    }
}
