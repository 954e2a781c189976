//! The end-to-end suites, one module each, linked into a single test binary:
//! every binary links the whole site generator (typesetter included), so one
//! binary instead of thirteen saves gigabytes of disk and minutes of linking.

mod common;
/// The synthetic site writer shared with `examples/synth`.
#[path = "../../examples/synth/generator.rs"]
#[allow(dead_code)]
mod generator;
mod syndication_site;

mod atomic;
mod browser;
mod calendar;
mod check;
mod cli;
mod feeds;
mod filters;
mod finder;
mod init;
mod newsletter;
mod phone;
mod preview;
mod print;
mod print_area;
mod print_posters;
mod print_share;
mod scaffold;
mod serve;
mod short_links;
mod site;
mod translations;
mod validation;
mod weights;
