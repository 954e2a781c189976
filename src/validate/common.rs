//! What every record's checks share: the file being checked, required and
//! boolean fields, references, web links and pictures.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_saphyr::Spanned;
use url::Url;

use crate::diagnostics::{did_you_mean, Diagnostics, Pos, Source};
use crate::load::{yaml_pos, S};
use crate::model::*;

use super::{MAX_IMAGE_BYTES, MAX_IMAGE_SIDE};

/// A file being checked: its source and where its YAML starts.
pub(super) struct Ctx<'a> {
    pub(super) src: &'a Source,
    pub(super) offset: usize,
}

impl Ctx<'_> {
    pub(super) fn pos(&self, s: &S) -> Pos {
        yaml_pos(&s.referenced, self.offset)
    }

    pub(super) fn pos_of<T>(&self, s: &Spanned<T>) -> Pos {
        yaml_pos(&s.referenced, self.offset)
    }

    pub(super) fn required<'s>(
        &self,
        v: &'s Option<S>,
        field: &str,
        example: &str,
        d: &mut Diagnostics,
    ) -> Option<&'s S> {
        match v {
            Some(s) if !s.value.trim().is_empty() => Some(s),
            Some(s) => {
                d.error(
                    self.src,
                    self.pos(s),
                    format!("`{field}` is empty"),
                    Some(format!(
                        "write it after the colon, e.g. `{field}: {example}`"
                    )),
                );
                None
            }
            None => {
                match self.written_empty(field) {
                    // `primary: #f4a300`: YAML reads `#…` as a comment, so the
                    // field is there but empty. Say that, on its line.
                    Some((pos, rest)) if rest.starts_with('#') => d.error(
                        self.src,
                        pos,
                        format!("`{field}` is empty: YAML reads everything from `#` as a note, not a value"),
                        Some(format!("put the value in double quotes: `{field}: \"{rest}\"`")),
                    ),
                    Some((pos, _)) => d.error(
                        self.src,
                        pos,
                        format!("`{field}` is empty"),
                        Some(format!("write it after the colon, e.g. `{field}: {example}`")),
                    ),
                    None => d.error(
                        self.src,
                        Pos::FILE,
                        format!("the required field `{field}` is missing"),
                        Some(format!("add a line `{field}: {example}`")),
                    ),
                }
                None
            }
        }
    }

    /// Where `field:` is written with no value (or only a `#` comment) in this
    /// file's YAML: its position and whatever follows the colon.
    pub(super) fn written_empty(&self, field: &str) -> Option<(Pos, String)> {
        let key = format!("{field}:");
        for (i, line) in self.src.text.lines().enumerate().skip(self.offset) {
            if i > self.offset && line.trim_end() == "---" {
                break;
            }
            let indent = line.len() - line.trim_start().len();
            if let Some(rest) = line.trim_start().strip_prefix(&key) {
                let rest = rest.trim();
                if rest.is_empty() || rest.starts_with('#') {
                    return Some((Pos::new(i + 1, indent + 1), rest.to_owned()));
                }
            }
        }
        None
    }

    pub(super) fn boolean(&self, v: &Option<S>, field: &str, d: &mut Diagnostics) -> bool {
        let Some(s) = v else { return false };
        match s.value.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" => true,
            "false" | "no" | "" => false,
            other => {
                d.error(
                    self.src,
                    self.pos(s),
                    format!("`{field}` must be `true` or `false`, not `{other}`"),
                    Some(format!("write `{field}: true` or `{field}: false`")),
                );
                false
            }
        }
    }

    /// The origin of a record from this file, given where its top-level
    /// fields are.
    pub(super) fn origin(&self, fields: BTreeMap<String, Pos>) -> Origin {
        Origin {
            file: self.src.display.clone(),
            fields,
            translations: BTreeMap::new(),
        }
    }

    pub(super) fn text(&self, v: &Option<S>) -> Option<String> {
        v.as_ref()
            .map(|s| s.value.trim().to_owned())
            .filter(|s| !s.is_empty())
    }

    /// An id reference (venue, festival) that must exist among `known`.
    pub(super) fn reference(
        &self,
        s: &S,
        field: &str,
        noun: &str,
        folder: &str,
        known: &BTreeSet<String>,
        d: &mut Diagnostics,
    ) -> Option<String> {
        let id = s.value.trim();
        if known.contains(id) {
            return Some(id.to_owned());
        }
        let fix = match did_you_mean(id, known.iter().map(String::as_str)) {
            Some(m) => format!("did you mean `{field}: {m}`?"),
            None if known.is_empty() => {
                format!("add a file content/{folder}/{id}.* for it, or correct the id")
            }
            None => format!(
                "use the file name (without extension) of a file in content/{folder}/, e.g. `{field}: {}`",
                known.iter().next().map(String::as_str).unwrap_or("")
            ),
        };
        d.error(
            self.src,
            self.pos(s),
            format!("there is no {noun} `{id}`"),
            Some(fix),
        );
        None
    }
}

pub(super) fn ctx_error(ctx: &Ctx, d: &mut Diagnostics, s: &S, message: String, fix: String) {
    d.error(ctx.src, ctx.pos(s), message, Some(fix));
}

pub(super) fn check_url(ctx: &Ctx, s: &S, field: &str, d: &mut Diagnostics) -> Option<Url> {
    let t = s.value.trim();
    let fix = format!("write the whole web address, starting with https://, e.g. `{field}: https://www.eventbrite.co.uk/e/123456789`");
    match Url::parse(t) {
        Ok(u)
            if matches!(u.scheme(), "https" | "http")
                && u.host_str().is_some_and(|h| h.contains('.')) =>
        {
            if u.scheme() == "http" {
                d.warning(
                    ctx.src,
                    ctx.pos(s),
                    format!("`{field}` is not a secure (https) link"),
                    Some("use the https:// address of the page if it has one".into()),
                );
            }
            Some(u)
        }
        Ok(u) if !matches!(u.scheme(), "https" | "http") => {
            d.error(
                ctx.src,
                ctx.pos(s),
                format!("`{field}` must be a web link, not a `{}:` link", u.scheme()),
                Some(fix),
            );
            None
        }
        _ => {
            d.error(
                ctx.src,
                ctx.pos(s),
                format!("`{t}` is not a complete web address"),
                Some(fix),
            );
            None
        }
    }
}

/// Checks an `image:` path: inside content/, an image we can read, not huge.
pub(super) fn check_image(
    ctx: &Ctx,
    s: &S,
    content_dir: &Path,
    output_dir: &str,
    id: &str,
    d: &mut Diagnostics,
) -> Option<ImageRef> {
    let rel = s.value.trim();
    let dir = ctx.src.path.parent()?;
    let candidate = dir.join(rel);
    let inside = |p: &Path| {
        let root = content_dir.canonicalize().ok();
        let p = p.canonicalize().ok();
        matches!((root, p), (Some(r), Some(p)) if p.starts_with(&r))
    };
    if rel.is_empty() || Path::new(rel).is_absolute() {
        d.error(ctx.src, ctx.pos(s), "`image` must be a file name next to this file", Some("write the picture's file name, e.g. `image: circus.jpg`, and put the picture in the same folder".into()));
        return None;
    }
    if !candidate.exists() {
        d.error(
            ctx.src,
            ctx.pos(s),
            format!("the picture `{rel}` does not exist"),
            Some(format!(
                "put the picture in {} or correct the file name (it is case-sensitive)",
                crate::diagnostics::display_path(content_dir.parent().unwrap_or(content_dir), dir)
            )),
        );
        return None;
    }
    if !inside(&candidate) {
        d.error(
            ctx.src,
            ctx.pos(s),
            format!("the picture `{rel}` is outside the content folder"),
            Some("copy the picture into the content folder, next to this file".into()),
        );
        return None;
    }
    let ext = candidate
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if !matches!(ext.as_str(), "jpg" | "jpeg" | "png" | "webp" | "gif") {
        d.error(
            ctx.src,
            ctx.pos(s),
            format!("`{rel}` is not a picture format the site can use"),
            Some("save the picture as .jpg or .png".into()),
        );
        return None;
    }
    let size = std::fs::metadata(&candidate).map(|m| m.len()).unwrap_or(0);
    if size > MAX_IMAGE_BYTES {
        d.error(
            ctx.src,
            ctx.pos(s),
            format!(
                "the picture `{rel}` is {:.1} MB; pictures may be at most {} MB",
                size as f64 / 1_048_576.0,
                MAX_IMAGE_BYTES / 1_048_576
            ),
            Some("save a smaller copy (2000 pixels wide is plenty) and use that".into()),
        );
        return None;
    }
    let dims = image::ImageReader::open(&candidate)
        .ok()
        .and_then(|r| r.with_guessed_format().ok())
        .and_then(|r| r.into_dimensions().ok());
    let Some((width, height)) = dims else {
        d.error(
            ctx.src,
            ctx.pos(s),
            format!("the picture `{rel}` cannot be read: it is damaged or not really a picture"),
            Some("open it in an image editor and save it again as .jpg or .png".into()),
        );
        return None;
    };
    if width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE {
        d.error(
            ctx.src,
            ctx.pos(s),
            format!("the picture `{rel}` is {width}×{height} pixels; the largest allowed is {MAX_IMAGE_SIDE} pixels on a side"),
            Some("save a smaller copy (2000 pixels wide is plenty) and use that".into()),
        );
        return None;
    }
    let ext = if ext == "jpeg" { "jpg".to_owned() } else { ext };
    Some(ImageRef {
        path: candidate,
        output: format!("media/{output_dir}/{id}.{ext}"),
        width,
        height,
    })
}
