//! Markdown bodies to safe HTML. Content may come from partner organisations, so
//! raw HTML in Markdown goes through a real sanitiser (ammonia), not a regex.

use pulldown_cmark::{html, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Renders Markdown to sanitised HTML: scripts, styles, event handlers and
/// `javascript:` links are removed; links get `rel="noopener noreferrer"`.
pub fn to_safe_html(markdown: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_SMART_PUNCTUATION);
    // The page's title is its only <h1>: a text that uses `# Heading` has all
    // its headings moved one level down (`##` stays as staff usually write it).
    let events: Vec<Event> = Parser::new_ext(markdown, options).collect();
    let has_h1 = events.iter().any(|e| {
        matches!(
            e,
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            })
        )
    });
    let shift = |level| if has_h1 { below(level) } else { level };
    let parser = events.into_iter().map(|e| match e {
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: shift(level),
            id,
            classes,
            attrs,
        }),
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(shift(level))),
        other => other,
    });
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut raw, parser);
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer"))
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        .clean(&raw)
        .to_string()
}

/// The heading level under `level` (h6 stays h6).
fn below(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
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
    fn headings_sit_under_the_page_title() {
        let html = to_safe_html("# What to bring\n\n## Food\n\n###### Small\n");
        assert!(!html.contains("<h1"), "{html}");
        assert!(html.contains("<h2>What to bring</h2>"), "{html}");
        assert!(html.contains("<h3>Food</h3>"), "{html}");
        assert!(html.contains("<h6>Small</h6>"), "{html}");
        let html = to_safe_html("## Reminders\n\nText.\n");
        assert!(html.contains("<h2>Reminders</h2>"), "{html}");
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
