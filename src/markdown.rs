//! Markdown bodies to safe HTML. Content may come from partner organisations, so
//! raw HTML in Markdown goes through a real sanitiser (ammonia), not a regex.

use pulldown_cmark::{html, Options, Parser};

/// Renders Markdown to sanitised HTML: scripts, styles, event handlers and
/// `javascript:` links are removed; links get `rel="noopener noreferrer"`.
pub fn to_safe_html(markdown: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_SMART_PUNCTUATION);
    let parser = Parser::new_ext(markdown, options);
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut raw, parser);
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer"))
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        .clean(&raw)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_markdown() {
        let html = to_safe_html("Bring **a snack**.\n\n- nappies\n- water\n");
        assert!(html.contains("<strong>a snack</strong>"));
        assert!(html.contains("<li>nappies</li>"));
    }

    #[test]
    fn strips_dangerous_html() {
        let html = to_safe_html(
            "Hi <script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3)) <iframe src=\"https://evil.example\"></iframe>",
        );
        assert!(!html.contains("<script"));
        assert!(!html.contains("onerror"));
        assert!(!html.contains("javascript:"));
        assert!(!html.contains("<iframe"));
    }
}
