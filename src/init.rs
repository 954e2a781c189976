//! `whatson init DIR`: a new site folder that builds as it is, from the binary
//! alone: settings, the default theme, the interface strings of every bundled
//! language, a `.gitignore` and a ready GitHub Pages workflow.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::translations::{write_atomically, yaml_str};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The theme and locale files bundled into the binary.
pub use embedded::FILES;

/// Where release archives of whatson are downloaded from, when the binary was
/// built by the release workflow (it sets this at build time).
pub const RELEASES: Option<&str> = option_env!("WHATSON_RELEASES");

/// The GitHub Pages workflow, with `{{VERSION}}` and `{{RELEASES}}` to fill.
pub const GITHUB_WORKFLOW: &str = include_str!("../docs/publish/github-pages.yml");
/// Netlify's settings, with `{{VERSION}}` and `{{RELEASES}}` to fill.
pub const NETLIFY_TOML: &str = include_str!("../docs/publish/netlify.toml");

/// Bundled languages a site can switch on, with their names in themselves.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("pt", "Português"),
    ("es", "Español"),
    ("pl", "Polski"),
    ("fr", "Français"),
    ("it", "Italiano"),
    ("so", "Soomaali"),
    ("ar", "العربية"),
    ("am", "አማርኛ"),
    ("ti", "ትግርኛ"),
];

/// What the new site is called and where it will be published.
#[derive(Debug, Clone, Default)]
pub struct InitOptions {
    pub title: Option<String>,
    pub base_url: Option<String>,
    /// Default `Europe/London`.
    pub timezone: Option<String>,
    /// Where to download whatson from in the publishing workflows; default
    /// [`RELEASES`].
    pub releases: Option<String>,
}

/// The options `init` needs and was not given: `(flag, question, example)`.
pub fn needs(o: &InitOptions) -> Vec<(&'static str, &'static str, &'static str)> {
    let mut out = Vec::new();
    if o.title.is_none() {
        out.push((
            "--title",
            "What is the site called? e.g. What's On in Lambeth",
            "\"What's On in Lambeth\"",
        ));
    }
    if o.base_url.is_none() {
        out.push((
            "--base-url",
            "Where will it be published? Its web address, e.g. https://whatson.example.org/ (GitHub Pages: https://<account>.github.io/<repository>/)",
            "https://whatson.example.org/",
        ));
    }
    out
}

/// Fills `{{VERSION}}` and `{{RELEASES}}` in a publishing file.
pub fn fill(template: &str, releases: &str) -> String {
    template
        .replace("{{VERSION}}", env!("CARGO_PKG_VERSION"))
        .replace("{{RELEASES}}", releases)
}

/// Makes the site folder `dir`, which must not exist or be empty. Returns the
/// files written, relative to `dir`.
pub fn init(dir: &Path, o: &InitOptions) -> Result<Vec<String>, String> {
    let missing = needs(o);
    if !missing.is_empty() {
        let flags: Vec<&str> = missing.iter().map(|m| m.0).collect();
        let example: Vec<String> = missing.iter().map(|m| format!("{} {}", m.0, m.2)).collect();
        return Err(format!(
            "`whatson init` needs {} (nothing made up is published); e.g. `whatson init {} {}`, or run it in a terminal to be asked",
            flags.join(", "),
            dir.display(),
            example.join(" ")
        ));
    }
    let title = o.title.clone().unwrap_or_default();
    let title = title.trim();
    if title.is_empty() {
        return Err(
            "the title is empty: give the site's name, e.g. --title \"What's On in Lambeth\""
                .into(),
        );
    }
    let base = o.base_url.clone().unwrap_or_default();
    let url = url::Url::parse(base.trim())
        .ok()
        .filter(|u| matches!(u.scheme(), "https" | "http") && u.host_str().is_some())
        .ok_or_else(|| {
            format!("`{base}` is not a web address: give the whole address the site will have, starting https://, e.g. https://whatson.example.org/")
        })?;
    let timezone = o.timezone.clone().unwrap_or_else(|| "Europe/London".into());
    if jiff::tz::TimeZone::get(&timezone).is_err() {
        return Err(format!(
            "`{timezone}` is not a time zone: use a name like Europe/London or Europe/Lisbon"
        ));
    }
    if dir.exists() {
        let empty = std::fs::read_dir(dir)
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
            .next()
            .is_none();
        if !empty {
            return Err(format!(
                "{} already exists and is not empty: give a new folder's name (init never overwrites a site)",
                dir.display()
            ));
        }
    }
    let releases = o
        .releases
        .clone()
        .or_else(|| RELEASES.map(str::to_owned))
        .unwrap_or_default();

    let mut site = String::new();
    site.push_str(
        "# The site's settings. See the content format and the guide for every setting.\n",
    );
    let _ = writeln!(site, "title: {}", yaml_str(title));
    let _ = writeln!(site, "base_url: {}", url.as_str());
    let _ = writeln!(
        site,
        "timezone: {timezone}   # every time in content is local time here"
    );
    site.push_str("default_language: en\n");
    site.push_str("# The languages of the site, in the order of the language menu. The\n# interface words of each are in locales/<code>.ftl; to add one, remove\n# the # in front of its line.\nlanguages:\n  - { code: en, name: English }\n");
    for (code, name) in LANGUAGES {
        let _ = writeln!(site, "  # - {{ code: {code}, name: {name} }}");
    }
    site.push_str("# The neighbourhoods venues are in (listings can be filtered by them),\n# e.g. areas: [Coldharbour, Stockwell]. `whatson new venue` needs them.\n# areas: []\n");
    site.push_str("theme: default\n");
    site.push_str("# Added to booking links reached from printed QR codes:\nbooking_tracking:\n  utm_source: leaflet\n  utm_medium: qr\n");

    let mut files: Vec<(String, Vec<u8>)> = vec![("content/site.yaml".into(), site.into_bytes())];
    // The site's name is `site-title` in each language's strings: the new
    // site's own name in all of them until someone translates it.
    let title_line = format!("site-title = {}", title.replace(['\n', '\r'], " "));
    for (path, bytes) in FILES {
        let bytes = match (path.starts_with("locales/"), std::str::from_utf8(bytes)) {
            (true, Ok(text)) => {
                let mut out: Vec<String> = text
                    .lines()
                    .map(|l| {
                        if l.starts_with("site-title =") || l.starts_with("site-title=") {
                            title_line.clone()
                        } else {
                            l.to_owned()
                        }
                    })
                    .collect();
                out.push(String::new());
                out.join("\n").into_bytes()
            }
            _ => bytes.to_vec(),
        };
        files.push(((*path).to_owned(), bytes));
    }
    files.push((
        ".gitignore".into(),
        b"/public\n/.public.slot\n/.public.lock\n/.whatson-cache\n".to_vec(),
    ));
    files.push((
        ".github/workflows/publish.yml".into(),
        fill(GITHUB_WORKFLOW, &releases).into_bytes(),
    ));
    files.push((
        "netlify.toml".into(),
        fill(NETLIFY_TOML, &releases).into_bytes(),
    ));
    let mut readme = String::new();
    let _ = writeln!(readme, "# {title}\n");
    readme.push_str("A what's-on site made with whatson. Events, festivals, venues and pages are in\n`content/`; the interface words in `locales/`. After an edit, run `whatson check`,\nthen `whatson build` (the site is written to `public/`). Commit\n`content/short-links.yaml` with the content: it keeps printed QR codes working.\n\nOn GitHub, every push builds the site and publishes it with GitHub Pages\n(`.github/workflows/publish.yml`): in the repository's Settings → Pages, set\nthe source to \"GitHub Actions\" once.\n");
    files.push(("README.md".into(), readme.into_bytes()));

    std::fs::create_dir_all(dir).map_err(|e| format!("cannot make {}: {e}", dir.display()))?;
    let mut written = Vec::new();
    for (rel, bytes) in files {
        let path: PathBuf = dir.join(&rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot make {}: {e}", parent.display()))?;
        }
        match std::str::from_utf8(&bytes) {
            Ok(text) => write_atomically(&path, text),
            Err(_) => std::fs::write(&path, &bytes),
        }
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written.push(rel);
    }
    Ok(written)
}
