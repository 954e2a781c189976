//! The print stage's web pages: short-link redirects (fixed, tiny), and from the
//! theme's Tera templates the printable leaflet page and the staff index.

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;

use crate::i18n::{args, Messages};
use crate::model::Site;

use super::leaflet::{Doc, DocKind};
use super::share;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Makes the pages that forward a short link (or a registered code whose
/// target has gone) to its target, in the link's language. A page redirects
/// at once without JavaScript (meta refresh), says where it goes, links there
/// for browsers that do not follow, and asks search engines not to index it.
/// The words depend only on the language and the target's host, so each pair
/// is worded once: a big site has tens of thousands of links and a handful
/// of hosts.
pub struct Forwarder<'a> {
    site: &'a Site,
    messages: &'a Messages,
    words: HashMap<(String, String), (String, String)>,
}

impl<'a> Forwarder<'a> {
    pub fn new(site: &'a Site, messages: &'a Messages) -> Self {
        Forwarder {
            site,
            messages,
            words: HashMap::new(),
        }
    }

    /// The page in `lang` that forwards to `target`.
    pub fn page(&mut self, target: &url::Url, lang: &str) -> String {
        let host = target.host_str().unwrap_or(target.as_str()).to_owned();
        let messages = self.messages;
        let (title, text) = self
            .words
            .entry((lang.to_owned(), host))
            .or_insert_with_key(|(lang, host)| {
                let a = args(&[("host", host.clone().into())]);
                (
                    escape(&messages.get(lang, "print-redirect-title", Some(&a))),
                    escape(&messages.get(lang, "print-redirect-text", Some(&a))),
                )
            });
        let dir = self.site.language(lang).map_or("ltr", |l| l.dir.as_str());
        format!(
            "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"robots\" content=\"noindex, nofollow\">\n<meta name=\"referrer\" content=\"no-referrer-when-downgrade\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"refresh\" content=\"0; url={t}\">\n<title>{title}</title>\n</head>\n<body>\n<p>{text}</p>\n<p><a href=\"{t}\">{t}</a></p>\n</body>\n</html>\n",
            lang = escape(lang),
            t = escape(target.as_str()),
        )
    }
}

/// One row of the staff index.
#[derive(Debug, Clone, Serialize)]
pub struct IndexRow {
    pub path: String,
    pub title: String,
    #[serde(skip)]
    pub kind: DocKind,
    pub lang: String,
    pub bytes: usize,
    pub pages: usize,
    pub web_page: Option<String>,
    /// Its first page, small (`print/<lang>/thumbs/<name>.png`).
    pub thumb: Option<String>,
    /// A leaflet's share of text in its own language, in percent.
    pub translated: Option<u8>,
}

/// The theme's print page templates.
pub struct HtmlTheme {
    tera: tera::Tera,
}

impl HtmlTheme {
    /// Reads `leaflet.html` and `index.html` from the print folder.
    pub fn load(dir: &Path, shown: &str) -> Result<HtmlTheme, (String, String)> {
        let mut tera = tera::Tera::default();
        tera.autoescape_on(vec![".html"]);
        for name in ["leaflet.html", "index.html"] {
            let file = format!("{shown}/{name}");
            let text = std::fs::read_to_string(dir.join(name)).map_err(|e| {
                (
                    file.clone(),
                    format!("cannot read the print template {name}: {e}"),
                )
            })?;
            tera.add_raw_template(name, &text).map_err(|e| {
                (
                    file,
                    format!("the print template {name} has a syntax error: {e}"),
                )
            })?;
        }
        Ok(HtmlTheme { tera })
    }

    /// The printable web page of a leaflet: same content and QR codes (as SVG).
    pub fn leaflet_page(
        &self,
        doc: &Doc,
        site: &Site,
        messages: &Messages,
    ) -> Result<String, String> {
        let mut data = with_marked_labels(doc, site);
        with_logo_sources(&mut data, doc);
        let mut ctx = tera::Context::new();
        ctx.insert("doc", &data);
        ctx.insert("pdf", &format!("{}.pdf", doc.name));
        ctx.insert(
            "pdf_label",
            &messages.get(&doc.lang, "print-download-pdf", None),
        );
        ctx.insert("base_path", &site.base_path());
        self.tera
            .render("leaflet.html", &ctx)
            .map_err(|e| error_chain(&e))
    }

    /// `print/index.html`: every printed file with size, pages and language.
    pub fn index_page(
        &self,
        rows: &[IndexRow],
        site: &Site,
        messages: &Messages,
    ) -> Result<String, String> {
        // The links page's short link and QR code, for social-media bios
        // and posters.
        let short = super::shortlink::links_short_url(site);
        let links = super::qr::encode(&short, 30.0).ok().map(|q| {
            serde_json::json!({
                "short_url": short,
                "page_url": super::shortlink::links_page(site, &site.default_language).map(|u| u.to_string()),
                "svg": q.svg,
            })
        });
        let lang = &site.default_language;
        let t = |k: &str| messages.get(lang, k, None);
        let rows: Vec<serde_json::Value> = rows
            .iter()
            .map(|r| {
                let mut v = serde_json::to_value(r).unwrap_or_default();
                if let serde_json::Value::Object(m) = &mut v {
                    m.insert(
                        "kind".into(),
                        match r.kind {
                            DocKind::Leaflet => t("print-index-leaflet"),
                            DocKind::AreaLeaflet => t("print-index-area-leaflet"),
                            DocKind::QrSheet => t("print-index-qr-sheet"),
                            DocKind::Poster => t("print-index-poster"),
                            DocKind::Share(share::Shape::Og) => t("print-index-link-preview"),
                            DocKind::Share(share::Shape::Post) => t("print-index-post"),
                            DocKind::Share(share::Shape::Story) => t("print-index-story"),
                        }
                        .into(),
                    );
                    m.insert(
                        "size".into(),
                        format!("{:.0} KB", (r.bytes as f64 / 1024.0).ceil()).into(),
                    );
                    m.insert(
                        "language".into(),
                        site.language(&r.lang)
                            .map_or(r.lang.clone(), |l| l.name.clone())
                            .into(),
                    );
                    m.insert(
                        "url".into(),
                        format!("{}{}", site.base_path(), r.path).into(),
                    );
                    m.insert(
                        "thumb_url".into(),
                        r.thumb
                            .as_ref()
                            .map(|p| format!("{}{p}", site.base_path()))
                            .into(),
                    );
                    m.insert(
                        "web_url".into(),
                        r.web_page
                            .as_ref()
                            .map(|p| format!("{}{p}", site.base_path()))
                            .into(),
                    );
                }
                v
            })
            .collect();
        let mut ctx = tera::Context::new();
        ctx.insert("rows", &rows);
        ctx.insert("links", &links);
        ctx.insert("lang", lang);
        let dir = site
            .languages
            .iter()
            .find(|l| &l.code == lang)
            .map_or("ltr", |l| l.dir.as_str());
        ctx.insert("dir", dir);
        ctx.insert(
            "labels",
            &serde_json::json!({
                "heading": t("print-index-heading"),
                "intro": t("print-index-intro"),
                "file": t("print-index-file"),
                "kind": t("print-index-kind"),
                "language": t("print-index-language"),
                "pages": t("print-index-pages"),
                "size": t("print-index-size"),
                "web_page": t("print-index-web-page"),
                "links_heading": t("print-index-links"),
                "links_intro": t("print-index-links-intro"),
                "translated": t("print-index-translated"),
                "preview": t("print-index-preview"),
            }),
        );
        self.tera
            .render("index.html", &ctx)
            .map_err(|e| error_chain(&e))
    }
}

/// The document's data for a page template: as the layouts get it, except
/// that every label is a `{text, lang, dir, fallback}` like content texts, so
/// the template marks the ones shown in the default language with their own
/// `lang` and `dir`, as the site's pages do.
fn with_marked_labels(doc: &Doc, site: &Site) -> serde_json::Value {
    use serde_json::{json, Value};
    let mut data = doc.data.clone();
    let own_dir = site.language(&doc.lang).map_or("ltr", |l| l.dir.as_str());
    let default_dir = site
        .language(&site.default_language)
        .map_or("ltr", |l| l.dir.as_str());
    if let Some(Value::Object(labels)) = data.get_mut("labels") {
        for (name, v) in labels.iter_mut() {
            let text = v.as_str().unwrap_or_default().to_owned();
            *v = if doc.fallback_labels.contains(name) && doc.lang != site.default_language {
                json!({"text": text, "lang": site.default_language, "dir": default_dir, "fallback": true})
            } else {
                json!({"text": text, "lang": doc.lang, "dir": own_dir, "fallback": false})
            };
        }
    }
    data
}

/// Gives each partner a `src`: its logo as a `data:` address. A logo comes
/// from a partner organisation; inside an `<img>` a `data:` SVG cannot run
/// script, whereas a published `.svg` file opened on its own could, on the
/// site's own address. Logos that cannot be read (already reported when the
/// PDF was made) keep only their name.
fn with_logo_sources(data: &mut serde_json::Value, doc: &Doc) {
    use base64::Engine as _;
    let Some(serde_json::Value::Array(partners)) = data.get_mut("partners") else {
        return;
    };
    for p in partners {
        let Some(file) = p.get("file").and_then(|f| f.as_str()) else {
            continue;
        };
        let Some((_, disk)) = doc.pictures.iter().find(|(f, _)| f == file) else {
            continue;
        };
        let mime = match file.rsplit('.').next() {
            Some("svg") => "image/svg+xml",
            Some("png") => "image/png",
            Some("jpg" | "jpeg") => "image/jpeg",
            _ => continue,
        };
        if let Ok(bytes) = std::fs::read(disk) {
            let b64 = base64::engine::general_purpose::STANDARD.encode(bytes);
            p["src"] = serde_json::Value::String(format!("data:{mime};base64,{b64}"));
        }
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut cur = e.source();
    while let Some(s) = cur {
        parts.push(s.to_string());
        cur = s.source();
    }
    parts.join(": ")
}
