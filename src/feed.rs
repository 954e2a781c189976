//! Atom feeds (RFC 4287): one per language, listing the upcoming events, for
//! feed readers and for other sites that show "what's on". Hand-written XML:
//! the format is small, and every value goes through [`escape`].

use jiff::Timestamp;

/// A whole feed.
#[derive(Debug, Clone)]
pub struct Feed {
    /// Permanent id: the listing's address.
    pub id: String,
    pub lang: String,
    pub title: String,
    pub subtitle: String,
    /// Where the feed itself is published.
    pub self_url: String,
    /// The web page it mirrors (the listing).
    pub alternate_url: String,
    pub updated: Timestamp,
    pub author_name: String,
    pub author_url: String,
    pub entries: Vec<Entry>,
}

/// One event.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Permanent id: the event page's address.
    pub id: String,
    pub url: String,
    pub title: String,
    /// Language of `title` and `summary` when it is not the feed's (a text
    /// not yet translated).
    pub lang: Option<String>,
    pub summary: String,
    pub updated: Timestamp,
    pub categories: Vec<String>,
}

/// Writes the feed as UTF-8 XML.
pub fn write(feed: &Feed) -> String {
    let entries: Vec<String> = feed.entries.iter().map(write_entry).collect();
    assemble(
        feed,
        &entries.iter().map(String::as_str).collect::<Vec<_>>(),
    )
}

/// The whole feed: `feed`'s head around `entries` already written with
/// [`write_entry`] (`feed.entries` is not read).
pub fn assemble(feed: &Feed, entries: &[&str]) -> String {
    let mut o = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    o.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        escape(&feed.lang)
    ));
    o.push_str(&format!("  <id>{}</id>\n", escape(&feed.id)));
    o.push_str(&format!("  <title>{}</title>\n", escape(&feed.title)));
    if !feed.subtitle.is_empty() {
        o.push_str(&format!(
            "  <subtitle>{}</subtitle>\n",
            escape(&feed.subtitle)
        ));
    }
    o.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        escape(&feed.self_url)
    ));
    o.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        escape(&feed.alternate_url)
    ));
    o.push_str(&format!("  <updated>{}</updated>\n", rfc3339(feed.updated)));
    o.push_str(&format!(
        "  <author>\n    <name>{}</name>\n    <uri>{}</uri>\n  </author>\n",
        escape(&feed.author_name),
        escape(&feed.author_url)
    ));
    o.push_str("  <generator>whatson</generator>\n");
    o.reserve(entries.iter().map(|e| e.len()).sum::<usize>() + 8);
    for e in entries {
        o.push_str(e);
    }
    o.push_str("</feed>\n");
    o
}

/// One `<entry>`, written once for the feed that lists it.
pub fn write_entry(e: &Entry) -> String {
    let mut o = String::new();
    let lang = e
        .lang
        .as_ref()
        .map(|l| format!(" xml:lang=\"{}\"", escape(l)))
        .unwrap_or_default();
    o.push_str(&format!("  <entry{lang}>\n"));
    o.push_str(&format!("    <id>{}</id>\n", escape(&e.id)));
    o.push_str(&format!("    <title>{}</title>\n", escape(&e.title)));
    o.push_str(&format!(
        "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        escape(&e.url)
    ));
    o.push_str(&format!("    <updated>{}</updated>\n", rfc3339(e.updated)));
    for c in &e.categories {
        o.push_str(&format!("    <category term=\"{}\"/>\n", escape(c)));
    }
    o.push_str(&format!(
        "    <summary type=\"text\">{}</summary>\n",
        escape(&e.summary)
    ));
    o.push_str("  </entry>\n");
    o
}

/// `2026-11-23T09:00:00Z`.
pub fn rfc3339(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Escapes text for XML content and attribute values; characters XML 1.0
/// does not allow (most control characters) are dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A time made from an entry's content, not from the build (an Atom
/// `updated`, an iCalendar `DTSTAMP`):
/// the same text gives the same time in every build, so readers do not show
/// every entry as new each time the site is rebuilt, and a change to the text
/// gives another time. It falls in the month that ends 30 days before the
/// event's first session, when such a notice is usually written.
pub fn content_time(first_session: Timestamp, parts: &[&str]) -> Timestamp {
    const MONTH: i64 = 30 * 24 * 3600;
    let named: Vec<(&str, &str)> = parts.iter().map(|p| ("entry", *p)).collect();
    let hash = crate::translations::source_hash(&named);
    let offset = i64::from_str_radix(&hash, 16).unwrap_or(0) % MONTH;
    let at = first_session.as_second() - 2 * MONTH + offset;
    Timestamp::from_second(at).unwrap_or(first_session)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(
            escape("<b>\"Tom\" & 'Jerry'</b>\u{0}"),
            "&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;"
        );
    }
}
