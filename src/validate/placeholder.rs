//! Examples `whatson new` writes into a starter file (a summary, the text, a
//! guessed value marked `# EXAMPLE`) are errors until someone has edited them,
//! so an unfinished file is never published.

use crate::diagnostics::{Diagnostics, Pos};
use crate::load::{ContentFile, Kind};

/// The note `new` puts after a value it guessed.
pub const MARKER: &str = "# EXAMPLE";

/// Every message of this check starts so (`new` tells them apart by it).
pub const MESSAGE_START: &str = "this is still the example";

/// Example texts `new` writes for fields, with the field and what to write.
pub const TEXTS: &[(&str, &str, &str)] = &[
    (
        "summary",
        "One line about what happens.",
        "write one line about the event, e.g. `summary: Juggling, hula hoops and a fire engine.`",
    ),
    (
        "summary",
        "One line about the festival.",
        "write one line about the festival, e.g. `summary: Six weeks of free family fun.`",
    ),
];

/// Example texts `new` writes below the `---`, by kind.
pub const BODIES: &[(Kind, &str, &str)] = &[
    (
        Kind::Event,
        "What to expect and what to bring (Markdown: **bold**, - lists, [links](https://…)).",
        "write what to expect and what to bring, in place of this line",
    ),
    (
        Kind::Festival,
        "What the festival is about (Markdown).",
        "write what the festival is about, in place of this line",
    ),
    (
        Kind::Page,
        "The page's text (Markdown).",
        "write the page's text, in place of this line",
    ),
];

/// Reports every example left in `f`.
pub fn check(f: &ContentFile, d: &mut Diagnostics) {
    let first_line = f.yaml_line_offset + 1;
    for (i, line) in f.yaml.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.starts_with('#') {
            continue;
        }
        let at = first_line + i;
        let field = trimmed.split(':').next().unwrap_or("").trim();
        if let Some((_, text, fix)) = TEXTS
            .iter()
            .find(|(name, text, _)| *name == field && line.contains(text))
        {
            let col = line.find(text).map_or(1, |c| line[..c].chars().count() + 1);
            d.error(
                &f.source,
                Pos::new(at, col),
                format!("{MESSAGE_START} text `whatson new` wrote: \"{text}\""),
                Some(format!("{fix}; delete any `{MARKER}` note on the line too")),
            );
            continue;
        }
        if let Some(c) = line.find(MARKER) {
            let value = line[..c].trim_end();
            d.error(
                &f.source,
                Pos::new(at, line[..c].chars().count() + 1),
                format!("{MESSAGE_START} value `whatson new` wrote: `{value}` is marked `{MARKER}`"),
                Some(format!(
                    "check the value and change it if it is not right for this {}, then delete `{}` from the end of the line",
                    f.kind.noun(),
                    line[c..].trim_end()
                )),
            );
        }
    }
    let body = f.body.trim();
    if let Some((_, text, fix)) = BODIES
        .iter()
        .find(|(kind, text, _)| *kind == f.kind && body == *text)
    {
        let start = f.source.text.rfind(text).unwrap_or(0);
        d.error(
            &f.source,
            Pos::at_offset(&f.source.text, start),
            format!("{MESSAGE_START} text `whatson new` wrote below the `---`"),
            Some((*fix).to_owned()),
        );
    }
}
