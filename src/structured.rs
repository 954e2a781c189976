//! schema.org structured data (JSON-LD) for event pages: what search engines
//! and chat apps read to show an event's date, place and price. The value is
//! built in `render` with serde_json; this module holds the pieces that do
//! not depend on a page: safe embedding in HTML and reading a price.

use serde_json::Value;

/// JSON for inside `<script type="application/ld+json">`: `<`, `>` and `&`
/// are written as `\u003c` … so no text from content can close the script
/// (`</script>`) or open a comment (`<!--`); U+2028/U+2029 are escaped too.
/// The result is still the same JSON value.
pub fn script_json(v: &Value) -> String {
    let s = serde_json::to_string(v).unwrap_or_else(|_| "{}".to_owned());
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// The currency of a country (site.yaml `region`); pounds when not known,
/// as in the content format.
pub fn currency(region: Option<&str>) -> &'static str {
    match region {
        Some(
            "AT" | "BE" | "CY" | "DE" | "EE" | "ES" | "FI" | "FR" | "GR" | "HR" | "IE" | "IT"
            | "LT" | "LU" | "LV" | "MT" | "NL" | "PT" | "SI" | "SK",
        ) => "EUR",
        Some("US") => "USD",
        _ => "GBP",
    }
}

/// A price as written (`£3.50`, `3`, `€2`) → (amount, ISO 4217 currency);
/// without a sign, `default` (the site's currency). `None` when the amount
/// is not a plain number.
pub fn price(written: &str, default: &'static str) -> Option<(String, &'static str)> {
    let s = written.trim();
    let (currency, rest) = if let Some(r) = s.strip_prefix('£') {
        ("GBP", r)
    } else if let Some(r) = s.strip_prefix('€') {
        ("EUR", r)
    } else if let Some(r) = s.strip_prefix('$') {
        ("USD", r)
    } else {
        (default, s)
    };
    let amount = rest.trim();
    let valid = !amount.is_empty()
        && amount.chars().all(|c| c.is_ascii_digit() || c == '.')
        && amount.chars().filter(|c| *c == '.').count() <= 1
        && amount.chars().next().is_some_and(|c| c.is_ascii_digit());
    valid.then(|| (amount.to_owned(), currency))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_json_cannot_break_out() {
        let v = serde_json::json!({"name": "</script><!-- & \u{2028}"});
        let s = script_json(&v);
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'));
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn reads_prices() {
        assert_eq!(price("£3.50", "GBP"), Some(("3.50".into(), "GBP")));
        assert_eq!(price("2", "GBP"), Some(("2".into(), "GBP")));
        assert_eq!(price("€2", "GBP"), Some(("2".into(), "EUR")));
        assert_eq!(price("£2 per family", "GBP"), None);
        assert_eq!(currency(Some("IE")), "EUR");
        assert_eq!(currency(None), "GBP");
    }
}
