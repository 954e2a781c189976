//! WCAG 2.2 colour contrast (success criterion 1.4.3, level AA) for the colours
//! a festival's `look` brings to the theme.
//!
//! The default theme paints with a festival's colours in exactly these places
//! (see `themes/default/static/style.css`, `.banner` and `.button`):
//!
//! | where | text colour | on |
//! | --- | --- | --- |
//! | the festival banner (festival page, event page header) | `text_on_primary` | `primary` |
//! | buttons ("Book a place") | `text_on_accent` | `accent` |
//!
//! [`theme_pairs`] lists them; [`check_pairs`] returns every pair under
//! [`MIN_TEXT_CONTRAST`], for validation to report as errors.

/// The least contrast ratio for normal-size text at level AA.
pub const MIN_TEXT_CONTRAST: f64 = 4.5;

/// WCAG 2.x relative luminance of a `#rrggbb` colour (0 = black, 1 = white).
/// Anything that is not `#rrggbb` counts as black.
pub fn luminance(hex: &str) -> f64 {
    let digits = hex.trim_start_matches('#');
    let channel = |i: usize| {
        let v = digits
            .get(i..i + 2)
            .and_then(|s| u8::from_str_radix(s, 16).ok())
            .unwrap_or(0) as f64
            / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

/// WCAG contrast ratio between two `#rrggbb` colours, from 1 to 21.
pub fn ratio(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Black or white, whichever is easier to read on `bg` (always at least 4.58:1).
pub fn best_text_on(bg: &str) -> String {
    if ratio(bg, "#000000") >= ratio(bg, "#ffffff") {
        "#000000".into()
    } else {
        "#ffffff".into()
    }
}

/// One place where the theme puts text of one colour on a background of another.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    /// Which festival colour is the background: `primary` or `accent`.
    pub background_field: &'static str,
    pub background: String,
    pub text: String,
    /// Where a reader meets this pair, in plain words.
    pub used_for: &'static str,
}

impl Pair {
    pub fn ratio(&self) -> f64 {
        ratio(&self.text, &self.background)
    }
}

/// The text/background pairs the theme paints with a festival's colours.
pub fn theme_pairs(
    primary: &str,
    accent: &str,
    text_on_primary: &str,
    text_on_accent: &str,
) -> Vec<Pair> {
    vec![
        Pair {
            background_field: "primary",
            background: primary.to_owned(),
            text: text_on_primary.to_owned(),
            used_for: "the festival's banner and headings",
        },
        Pair {
            background_field: "accent",
            background: accent.to_owned(),
            text: text_on_accent.to_owned(),
            used_for: "its buttons, such as \"Book a place\"",
        },
    ]
}

/// The pairs of `pairs` that are too faint to read (below 4.5:1).
pub fn check_pairs(pairs: &[Pair]) -> Vec<&Pair> {
    pairs
        .iter()
        .filter(|p| p.ratio() < MIN_TEXT_CONTRAST)
        .collect()
}

/// A text colour for `bg` that reaches 4.5:1 and stays closest to `wanted`
/// (so it keeps the festival's hue); black or white when no shade of it does.
pub fn nearest_readable(wanted: &str, bg: &str) -> String {
    readable_on_all(wanted, &[bg]).unwrap_or_else(|| best_text_on(bg))
}

/// A text colour that reaches 4.5:1 on every one of `backgrounds`, as close to
/// `wanted` as possible (darkened or lightened step by step); `None` when no
/// shade of it reads on all of them (a dark and a light background).
pub fn readable_on_all(wanted: &str, backgrounds: &[&str]) -> Option<String> {
    let digits = wanted.trim_start_matches('#');
    let rgb: Vec<f64> = (0..3)
        .filter_map(|i| digits.get(i * 2..i * 2 + 2))
        .filter_map(|s| u8::from_str_radix(s, 16).ok())
        .map(f64::from)
        .collect();
    if rgb.len() != 3 {
        return None;
    }
    (0..=20u32).find_map(|step| {
        let f = f64::from(step) / 20.0;
        [0.0, 255.0].iter().find_map(|target| {
            let mix = |c: f64| (c + (target - c) * f).round().clamp(0.0, 255.0) as u8;
            let candidate = format!("#{:02x}{:02x}{:02x}", mix(rgb[0]), mix(rgb[1]), mix(rgb[2]));
            backgrounds
                .iter()
                .all(|bg| ratio(&candidate, bg) >= MIN_TEXT_CONTRAST)
                .then_some(candidate)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_match_wcag_examples() {
        assert!((ratio("#000000", "#ffffff") - 21.0).abs() < 0.01);
        assert!((ratio("#777777", "#ffffff") - 4.48).abs() < 0.01);
        assert!((ratio("#ffffff", "#ffffff") - 1.0).abs() < 0.001);
    }

    #[test]
    fn black_or_white_always_reads() {
        for bg in [
            "#777777", "#f4a300", "#1d3557", "#ff0000", "#00ff00", "#0000ff",
        ] {
            assert!(ratio(&best_text_on(bg), bg) >= MIN_TEXT_CONTRAST, "{bg}");
        }
    }

    #[test]
    fn failing_pairs_are_found() {
        let pairs = theme_pairs("#f4a300", "#1d3557", "#ffffff", "#ffffff");
        let bad = check_pairs(&pairs);
        assert_eq!(bad.len(), 1);
        assert_eq!(bad[0].background_field, "primary");
    }

    #[test]
    fn one_suggestion_for_both_colours() {
        let s = readable_on_all("#777777", &["#f4a300", "#ffd23f"]).unwrap();
        assert!(ratio(&s, "#f4a300") >= MIN_TEXT_CONTRAST);
        assert!(ratio(&s, "#ffd23f") >= MIN_TEXT_CONTRAST);
        // Orange and navy: nothing reads on both.
        assert_eq!(readable_on_all("#1a1a1a", &["#f4a300", "#1d3557"]), None);
    }

    #[test]
    fn suggestion_keeps_the_hue_and_reads() {
        let s = nearest_readable("#8a6d3b", "#f4a300");
        assert!(ratio(&s, "#f4a300") >= MIN_TEXT_CONTRAST);
        assert_ne!(s, "#000000");
    }
}
