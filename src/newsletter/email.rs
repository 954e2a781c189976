//! Writes one newsletter as e-mail HTML and plain text. E-mail programs
//! ignore most of CSS: the layout is tables, one column that narrows with
//! the screen, and every style is moved into `style` attributes by
//! css-inline (a `<style>` block is dropped or mangled by many of them).

use std::fmt::Write as _;

use url::Url;

use super::{Issue, Item, Letter, Mark, Selection, Words};
// Text and attribute values are escaped as for the feeds, which also drops
// control characters no e-mail program should see.
use crate::feed::escape as esc;
use crate::i18n::Say;
use crate::model::{Dir, Event, Localized};
use crate::print::shortlink;
use crate::route::{Place, Route};
use crate::Model;

/// The styles, by class; inlined into each element before sending.
const CSS: &str = "
body{margin:0;padding:0;background:#eeeeee;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5}
.preheader{display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;font-size:1px;line-height:1px;color:#eeeeee}
.outer{width:100%;background:#eeeeee;border-collapse:collapse}
.main{width:100%;max-width:600px;background:#ffffff;border-collapse:collapse}
.pad{padding:12px 16px;overflow-wrap:anywhere;word-break:break-word}
.head{padding-bottom:0}
.site{margin:0;font-size:15px;font-weight:bold;color:#1d3557}
.site a{color:#1d3557;text-decoration:none}
h1{margin:4px 0 4px;font-size:24px;line-height:1.25;color:#1a1a1a}
h2{margin:8px 0 8px;padding:0 0 4px;font-size:19px;line-height:1.3;color:#1d3557;border-bottom:2px solid #1d3557}
h3{margin:0 0 4px;font-size:17px;line-height:1.3}
h3 a{color:#1a1a1a;text-decoration:underline}
p{margin:0 0 4px}
.small{font-size:14px;color:#3d3d3d}
.online a{color:#1d3557}
.card{width:100%;border-collapse:collapse;margin:0 0 12px}
.cell{padding:10px 12px;background:#f7f7f7;overflow-wrap:anywhere;word-break:break-word}
.mark{margin:0 0 4px;font-size:13px;font-weight:bold;text-transform:uppercase;color:#8a1c00}
.cancelled{font-weight:bold;color:#8a1c00}
.btn{border-collapse:separate;margin:6px 0 0}
.btn td{border-radius:4px}
.btn a{display:inline-block;padding:8px 16px;font-weight:bold;text-decoration:none}
.fest{width:100%;border-collapse:collapse;margin:0 0 12px}
.fest td{padding:10px 12px}
.fest a{font-weight:bold;font-size:17px}
img{display:block;border:0;max-width:100%;height:auto}
.fest img{margin:0 0 8px}
.footer{padding:16px;font-size:14px;color:#3d3d3d;overflow-wrap:anywhere}
.footer a{color:#1d3557}
";

/// Builds the letter: the same words, dates and links in both forms.
struct Writer<'a> {
    m: &'a Model,
    w: &'a Words<'a>,
    base: String,
    campaign: String,
    html: String,
    text: String,
}

impl Writer<'_> {
    fn site_url(&self, place: Place) -> String {
        Route::Lang(&self.w.lang.code, place).url(&self.base)
    }

    /// Text in this language, or the default language's marked with its own
    /// `lang` and direction (a screen reader then reads it right).
    fn localized(&self, l: &Localized) -> (String, String) {
        let (text, fallback) = l.get(&self.w.lang.code);
        let site = &self.m.content.site;
        if fallback && self.w.lang.code != site.default_language {
            let dir = site
                .language(&site.default_language)
                .map_or(Dir::Ltr, |l| l.dir);
            (
                format!(
                    "<span lang=\"{}\" dir=\"{}\">{}</span>",
                    esc(&site.default_language),
                    dir.as_str(),
                    esc(text)
                ),
                text.to_owned(),
            )
        } else {
            (esc(text), text.to_owned())
        }
    }

    /// The booking link with the newsletter's tracking.
    fn booking(&self, e: &Event) -> Option<Url> {
        if e.cancelled || e.drop_in {
            return None;
        }
        let params = [
            ("utm_source".to_owned(), "newsletter".to_owned()),
            ("utm_medium".to_owned(), "email".to_owned()),
            ("utm_campaign".to_owned(), self.campaign.clone()),
        ];
        e.booking
            .as_ref()
            .map(|u| shortlink::with_params(u, &params))
    }

    fn heading(&mut self, text: &str) {
        let _ = write!(
            self.html,
            "<tr><td class=\"pad head\"><h2>{}</h2></td></tr>",
            esc(text)
        );
        let _ = write!(self.text, "\n\n== {text} ==\n");
    }

    fn card(&mut self, item: &Item) {
        let e = item.event;
        let c = &self.m.content;
        let o = item.session;
        let look = e
            .festival
            .as_deref()
            .and_then(|f| c.festivals.get(f))
            .map(|f| &f.look);
        let url = self.site_url(Place::Event(&e.id));
        let (title_html, title) = self.localized(&e.title);
        let side = if self.w.lang.dir == Dir::Rtl {
            "right"
        } else {
            "left"
        };
        let border = look.map_or("#1d3557", |l| l.primary.as_str());
        let _ = write!(
            self.html,
            "<table role=\"presentation\" class=\"card\" width=\"100%\"><tr><td class=\"cell\" style=\"border-{side}:6px solid {}\">",
            esc(border)
        );
        self.text.push_str("\n* ");
        if let Some(mark) = item.mark {
            let label = self.w.t(match mark {
                Mark::New => "newsletter-new",
                Mark::Changed => "newsletter-changed",
            });
            let _ = write!(self.html, "<p class=\"mark\">{}</p>", esc(&label));
            let _ = write!(self.text, "[{label}] ");
        }
        let _ = write!(
            self.html,
            "<h3><a href=\"{}\">{title_html}</a></h3>",
            esc(&url)
        );
        let _ = writeln!(self.text, "{title}");
        let when = if item.regular {
            let r = e.repeat.as_ref();
            let days = r
                .map(|r| self.w.repeat_label(r, e.schedule.start_date()))
                .unwrap_or_default();
            let time = self.w.time_label(o);
            match r.and_then(|r| self.w.until_label(r)) {
                Some(until) => self.w.t_args(
                    "listing-regular-when-until",
                    &[
                        ("days", days.into()),
                        ("time", time.into()),
                        ("until", until.into()),
                    ],
                ),
                None => self.w.t_args(
                    "listing-regular-when",
                    &[("days", days.into()), ("time", time.into())],
                ),
            }
        } else {
            format!(
                "{}, {}",
                self.w.formats.weekday_date(o.date()),
                self.w.time_label(o)
            )
        };
        let venue = c.venues.get(&e.venue);
        let place = venue.map(|v| {
            let (name_html, name) = self.localized(&v.name);
            (
                format!("{name_html}, {}", esc(&v.area)),
                format!("{name}, {}", v.area),
            )
        });
        let mut facts = Vec::new();
        if let Some(a) = e.ages {
            facts.push(self.w.ages_label(a));
        }
        facts.push(self.w.cost_label(&e.cost));
        let facts = facts.join(" · ");
        let _ = write!(self.html, "<p class=\"small\">{}</p>", esc(&when));
        let _ = writeln!(self.text, "  {when}");
        if let Some((h, t)) = place {
            let _ = write!(self.html, "<p class=\"small\">{h}</p>");
            let _ = writeln!(self.text, "  {t}");
        }
        let _ = write!(self.html, "<p class=\"small\">{}</p>", esc(&facts));
        let _ = writeln!(self.text, "  {facts}");
        if let Some(s) = &e.summary {
            let (h, t) = self.localized(s);
            let _ = write!(self.html, "<p>{h}</p>");
            let _ = writeln!(self.text, "  {t}");
        }
        if e.cancelled {
            let label = self.w.t("event-cancelled");
            let _ = write!(self.html, "<p class=\"cancelled\">{}</p>", esc(&label));
            let _ = writeln!(self.text, "  {label}");
        } else if let Some(book) = self.booking(e) {
            let (bg, fg) = look.map_or(("#1d3557", "#ffffff"), |l| {
                (l.accent.as_str(), l.text_on_accent.as_str())
            });
            let label = self.w.t("event-book");
            let _ = write!(
                self.html,
                "<table role=\"presentation\" class=\"btn\"><tr><td style=\"background:{}\"><a href=\"{}\" style=\"color:{}\">{}</a></td></tr></table>",
                esc(bg),
                esc(book.as_str()),
                esc(fg),
                esc(&label)
            );
            let _ = writeln!(self.text, "  {label}: {book}");
        } else if e.drop_in {
            let label = self.w.t("event-drop-in");
            let _ = write!(self.html, "<p>{}</p>", esc(&label));
            let _ = writeln!(self.text, "  {label}");
        }
        let _ = writeln!(self.text, "  {url}");
        self.html.push_str("</td></tr></table>");
    }

    fn cards(&mut self, items: &[Item]) {
        self.html.push_str("<tr><td class=\"pad\">");
        for i in items {
            self.card(i);
        }
        self.html.push_str("</td></tr>");
    }
}

/// The letter for `sel` in the language of `w`.
pub(super) fn write(m: &Model, issue: &Issue, sel: &Selection, w: &Words) -> Letter {
    let site = &m.content.site;
    let lang = w.lang;
    let mut wr = Writer {
        m,
        w,
        base: site.base_abs(),
        campaign: issue.date.to_string(),
        html: String::new(),
        text: String::new(),
    };
    let dates = w.t_args(
        "newsletter-dates",
        &[
            ("from", w.formats.date(sel.from).into()),
            ("to", w.formats.date(sel.to).into()),
        ],
    );
    let site_title = w.t("site-title");
    let title = w.t_args("newsletter-title", &[("dates", dates.clone().into())]);
    let count = sel.regular.len() + sel.days.iter().map(|(_, v)| v.len()).sum::<usize>();
    let listed = count + sel.left_out;
    let preheader = w.t_args(
        "newsletter-preheader",
        &[
            ("count", (listed as i64).into()),
            ("dates", dates.clone().into()),
        ],
    );
    let online = wr.site_url(Place::Newsletter(issue.date));
    let home = wr.site_url(Place::HOME);
    let dir = lang.dir.as_str();
    let _ = write!(
        wr.html,
        "<!DOCTYPE html><html lang=\"{code}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"color-scheme\" content=\"light\"><title>{t}</title><style>{CSS}</style></head><body dir=\"{dir}\"><div class=\"preheader\">{pre}</div>\
<table role=\"presentation\" class=\"outer\" width=\"100%\"><tr><td align=\"center\">\
<!--[if mso]><table role=\"presentation\" width=\"600\"><tr><td><![endif]-->\
<table role=\"presentation\" class=\"main\" width=\"100%\" dir=\"{dir}\">\
<tr><td class=\"pad\"><p class=\"site\"><a href=\"{home}\">{site}</a></p><h1>{t}</h1><p class=\"small\">{intro}</p><p class=\"small online\"><a href=\"{online}\">{view}</a></p></td></tr>",
        code = esc(&lang.code),
        t = esc(&title),
        pre = esc(&preheader),
        home = esc(&home),
        site = esc(&site_title),
        intro = esc(&w.t("listing-intro")),
        online = esc(&online),
        view = esc(&w.t("newsletter-view-online")),
    );
    let _ = write!(
        wr.text,
        "{site_title}\n{title}\n\n{}\n{}: {online}\n",
        w.t("listing-intro"),
        w.t("newsletter-view-online")
    );

    if !sel.festivals.is_empty() {
        wr.heading(&w.t("newsletter-festivals-heading"));
        wr.html.push_str("<tr><td class=\"pad\">");
        for f in &sel.festivals {
            let url = wr.site_url(Place::Festival(&f.id));
            let (title_html, title) = wr.localized(&f.title);
            let l = &f.look;
            let _ = write!(
                wr.html,
                "<table role=\"presentation\" class=\"fest\" width=\"100%\" style=\"background:{bg}\"><tr><td>",
                bg = esc(&l.primary)
            );
            if let Some(p) = l.image.as_ref().and_then(|i| m.pictures.get(&i.output)) {
                let width = p.width.min(536);
                let height =
                    (u64::from(p.height) * u64::from(width) / u64::from(p.width.max(1))) as u32;
                let _ = write!(
                    wr.html,
                    "<a href=\"{u}\"><img src=\"{src}\" width=\"{width}\" height=\"{height}\" alt=\"{alt}\" style=\"width:100%;max-width:{width}px;height:auto\"></a>",
                    u = esc(&url),
                    src = esc(&format!("{}{}", wr.base, p.src)),
                    alt = esc(&title)
                );
            }
            let _ = write!(
                wr.html,
                "<p><a href=\"{u}\" style=\"color:{fg}\">{title_html}</a></p><p style=\"color:{fg}\">{d}</p></td></tr></table>",
                u = esc(&url),
                fg = esc(&l.text_on_primary),
                d = esc(&w.dates_label(f.starts, f.ends))
            );
            let _ = write!(
                wr.text,
                "\n* {title}\n  {}\n  {url}\n",
                w.dates_label(f.starts, f.ends)
            );
        }
        wr.html.push_str("</td></tr>");
    }

    if !sel.changed.is_empty() {
        wr.heading(&w.t("newsletter-changed-heading"));
        wr.cards(&sel.changed);
        if sel.changed_left_out > 0 {
            let more = w.t_args(
                "newsletter-more",
                &[("count", (sel.changed_left_out as i64).into())],
            );
            let _ = write!(
                wr.html,
                "<tr><td class=\"pad\"><p class=\"online\"><a href=\"{}\">{}</a></p></td></tr>",
                esc(&home),
                esc(&more)
            );
            let _ = writeln!(wr.text, "\n{more} {home}");
        }
    }

    if count == 0 {
        let empty = w.t("newsletter-empty");
        let _ = write!(
            wr.html,
            "<tr><td class=\"pad\"><p>{}</p></td></tr>",
            esc(&empty)
        );
        let _ = writeln!(wr.text, "\n{empty}");
    }
    if !sel.regular.is_empty() {
        wr.heading(&w.t("listing-regular-heading"));
        wr.cards(&sel.regular);
    }
    for (day, items) in &sel.days {
        wr.heading(&w.formats.weekday_date(*day));
        wr.cards(items);
    }
    let more = if sel.left_out > 0 {
        w.t_args(
            "newsletter-more",
            &[("count", (sel.left_out as i64).into())],
        )
    } else {
        w.t("newsletter-see-all")
    };
    let _ = writeln!(
        wr.html,
        "<tr><td class=\"footer\"><p><a href=\"{h}\">{more}</a></p><p>{foot}</p><p>{why}</p></td></tr></table><!--[if mso]></td></tr></table><![endif]--></td></tr></table></body></html>",
        h = esc(&home),
        more = esc(&more),
        foot = esc(&w.t("footer-text")),
        why = esc(&w.t("newsletter-why")),
    );
    let _ = write!(
        wr.text,
        "\n\n{more}: {home}\n\n{}\n{}\n",
        w.t("footer-text"),
        w.t("newsletter-why")
    );
    let html = inline(&wr.html);
    Letter {
        html,
        text: wr.text,
        listed: count,
        left_out: sel.left_out,
    }
}

/// Moves the `<style>` rules into `style` attributes and drops the block.
/// Nothing is fetched: remote and file stylesheets are off.
fn inline(html: &str) -> String {
    let inliner = css_inline::CSSInliner::options()
        .load_remote_stylesheets(false)
        .keep_style_tags(false)
        .keep_link_tags(false)
        .build();
    // The HTML is ours and the CSS a constant: a failure is a bug, and the
    // un-inlined letter is still readable.
    inliner.inline(html).unwrap_or_else(|_| html.to_owned())
}
