//! A5 leaflets are printed on both sides of one sheet (2 pages) or folded
//! from one (4 pages): the programme is packed into 2 or 4 pages with no page
//! mostly empty, by typesetting again at other scales of text and spacing
//! (the layout reads `fit.scale`) until the pages are full. A programme too
//! long for 4 pages takes 8, 12, … pages: whole folded sheets.
//!
//! Pages are measured by the layout's markers (see `pdf::Output::fills`), so
//! a theme's own layout without them is typeset once, as it is.

use serde_json::Value;

use super::pdf::{self, Job, Output, Problem};

/// The smallest and largest scale of the layout's text and spacing. Text
/// never goes under 8 pt whatever the scale (the layout clamps it, and the
/// build checks it); 1.5 keeps body text at about 14 pt.
pub const SCALE_MIN: f64 = 0.85;
pub const SCALE_MAX: f64 = 1.5;
/// No page of a fitted leaflet is filled less than this (when the content
/// allows it).
pub const MIN_FILL: f64 = 0.4;
/// A leaflet longer than this many pages is let go of (Typst's memo) between
/// runs; a short one keeps it, so its pictures are decoded once.
const LONG_PAGES: usize = 8;
/// Steps of halving the range of scales: the scale found is within about
/// 0.02 of the largest that fits (a coarser one leaves the last page short).
const STEPS: usize = 5;

/// The page count a leaflet of `n` pages is packed into: 2, 4, then whole
/// folded sheets of 4 pages.
pub fn pages_for(n: usize) -> usize {
    match n {
        0..=2 => 2,
        3..=4 => 4,
        _ => n.div_ceil(4) * 4,
    }
}

/// How a leaflet was fitted.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    pub scale: f64,
    /// The closing panel (contact, partners, programme code) starts a page.
    pub back_page: bool,
}

/// Typesets the leaflet in `job` (whose `/data.json` is `data`) at the scale
/// that fills 2, 4, 8, … pages best.
pub fn typeset(job: &mut Job, data: &Value, bleed_mm: f64) -> Result<Output, Vec<Problem>> {
    let mut run = |fit: Fit| {
        let mut d = data.clone();
        if let Some(m) = d.as_object_mut() {
            m.insert(
                "fit".into(),
                serde_json::json!({"scale": fit.scale, "back_page": fit.back_page}),
            );
        }
        job.files.insert(
            "/data.json".into(),
            serde_json::to_vec_pretty(&d).unwrap_or_default(),
        );
        let out = pdf::typeset(job, bleed_mm);
        // Each run at a new scale lays out everything again, and Typst's
        // memo would keep every run's layout until the batch ends: for a
        // 120-page leaflet, nine runs held 1.2 GB more than one.
        if out.as_ref().is_ok_and(|o| o.pages > LONG_PAGES) {
            typst::comemo::evict(0);
        }
        out
    };
    let plain = Fit {
        scale: 1.0,
        back_page: false,
    };
    let first = run(plain)?;
    if first.fills.is_empty() {
        return Ok(first);
    }
    // Content height grows about with the square of the scale (bigger lines,
    // and more of them as fewer words fit a line).
    let content: f64 = first.fills.iter().sum();
    let mut target = pages_for((content * SCALE_MIN * SCALE_MIN / 0.95).ceil() as usize);
    if first.pages > target {
        let smallest = run(Fit {
            scale: SCALE_MIN,
            ..plain
        })?;
        if smallest.pages > target {
            target = pages_for(first.pages);
        }
    }
    let mut best = largest_fitting(&mut run, target, false, Some(first))?;
    if best.1.pages < target || least(&best.1) < MIN_FILL {
        // Too little to fill the last page: the closing panel gets it.
        let (s, out) = largest_fitting(&mut run, target, true, None)?;
        let better = out.pages == target && (best.1.pages < target || least(&out) > least(&best.1));
        if better {
            best = (s, out);
        }
    }
    Ok(best.1)
}

/// The emptiest page's fill.
fn least(o: &Output) -> f64 {
    o.fills.iter().copied().fold(1.0, f64::min)
}

/// The largest scale (and its output) at which the leaflet takes at most
/// `target` pages (else the smallest scale); `at_one` is its output at scale
/// 1, when known.
fn largest_fitting(
    run: &mut impl FnMut(Fit) -> Result<Output, Vec<Problem>>,
    target: usize,
    back_page: bool,
    at_one: Option<Output>,
) -> Result<(f64, Output), Vec<Problem>> {
    let fit = |scale| Fit { scale, back_page };
    let top = run(fit(SCALE_MAX))?;
    if top.pages <= target {
        return Ok((SCALE_MAX, top));
    }
    let mut best = match at_one {
        Some(o) if o.pages <= target => (1.0, o),
        _ => (SCALE_MIN, run(fit(SCALE_MIN))?),
    };
    let (mut lo, mut hi) = (best.0, SCALE_MAX);
    for _ in 0..STEPS {
        let mid = (lo + hi) / 2.0;
        let out = run(fit(mid))?;
        if out.pages <= target {
            lo = mid;
            best = (mid, out);
        } else {
            hi = mid;
        }
    }
    Ok(best)
}

#[cfg(test)]
mod tests {
    use super::pages_for;

    #[test]
    fn leaflets_take_2_or_4_pages_then_whole_folded_sheets() {
        let got: Vec<usize> = (0..=9).map(pages_for).collect();
        assert_eq!(got, [2, 2, 2, 4, 4, 8, 8, 8, 8, 12]);
    }
}
