// Browser checks for tests/browser.rs, in Debian's Chromium through
// playwright-core (no browser download) with axe-core injected into each page.
//
//   node tests/browser/run.mjs '<json config>'
//
// The config (written by tests/browser.rs) holds the address of the built site
// served on 127.0.0.1, the site's languages, one id of each page kind, an
// event with a booking link, and where to save screenshots. Prints one line
// per check and ends with "N passed, M failed"; exits 1 if anything failed.

import { createRequire } from "node:module";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const cfg = JSON.parse(process.argv[2]);
const base = cfg.base.replace(/\/$/, "");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
// The build's "now" (a Monday, 09:00 in London), so "today" is the build's today.
const NOW = new Date(cfg.now_utc);

let passed = 0;
let failed = 0;
function ok(name) {
  passed++;
  console.log(`ok   ${name}`);
}
function fail(name, why) {
  failed++;
  console.log(`FAIL ${name}\n     ${String(why).split("\n").join("\n     ")}`);
}
async function check(name, fn) {
  try {
    await fn();
    ok(name);
  } catch (e) {
    fail(name, e && e.stack ? e.stack : e);
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

const browser = await chromium.launch({
  executablePath: cfg.chromium,
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

async function newPage(opts = {}) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    ...opts,
  });
  // Nothing leaves the machine: other sites' links get a stand-in page.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/html",
      body: "<!doctype html><title>elsewhere</title><p>another website</p>",
    }),
  );
  const page = await context.newPage();
  if (opts.javaScriptEnabled !== false) {
    await page.clock.setFixedTime(NOW);
  }
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.jsErrors = errors;
  return page;
}

async function go(page, path) {
  const res = await page.goto(base + path, { waitUntil: "load" });
  return res;
}

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(
    async (tags) => {
      const r = await window.axe.run(document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary}`),
      }));
    },
    TAGS,
  );
}

function describe(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.join("\n  ")}`)
    .join("\n");
}

// ------------------------------------------------------------------ axe

const kinds = (lang) => [
  ["listing", `/${lang}/`],
  ["listing by area", `/${lang}/area/${cfg.area}/`],
  ["listing by age", `/${lang}/age/${cfg.age}/`],
  ["event", `/${lang}/events/${cfg.event}/`],
  ["festival", `/${lang}/festivals/${cfg.festival}/`],
  ["venue", `/${lang}/venues/${cfg.venue}/`],
  ["page", `/${lang}/pages/${cfg.page}/`],
  ["family finder", `/${lang}/finder/`],
  ["finder: area", `/${lang}/finder/area/${cfg.finder.in_area.slug}/`],
  ["finder: answer", `/${lang}/finder/area/${cfg.finder.in_area.slug}/0-1/`],
  ["links", `/${lang}/links/`],
  ["404", `/${lang}/404.html`],
];
const rootPages = [
  ["language chooser", "/"],
  ["404 (root)", "/404.html"],
];
if (cfg.print_index) rootPages.push(["print index", "/print/index.html"]);

// The harness itself: axe must catch known failures (too faint, too small,
// no name), or a clean result would mean nothing.
{
  const page = await newPage();
  await check("axe catches a planted violation", async () => {
    await go(page, "/404.html");
    await page.evaluate(() => {
      const m = document.querySelector("main");
      m.insertAdjacentHTML("beforeend",
        '<p style="color:#bbb;background:#fff">faint</p>' +
        '<p><a href="#a" style="display:inline-block;width:8px;height:8px;overflow:hidden;font-size:4px">a</a>' +
        '<a href="#b" style="display:inline-block;width:8px;height:8px;overflow:hidden;font-size:4px">b</a></p>' +
        '<button></button>');
    });
    const ids = (await axe(page)).map((v) => v.id);
    for (const want of ["color-contrast", "target-size", "button-name"]) {
      assert(ids.includes(want), `axe did not report ${want}: ${ids.join(", ")}`);
    }
  });
  await page.context().close();
}

{
  const page = await newPage();
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    const targets = [...rootPages];
    for (const lang of cfg.languages) targets.push(...kinds(lang).map(([k, p]) => [`${k} (${lang})`, p]));
    for (const [name, path] of targets) {
      await check(`axe, ${scheme}: ${name} ${path}`, async () => {
        const res = await go(page, path);
        assert(res && (res.ok() || path.endsWith("404.html")), `HTTP ${res && res.status()}`);
        let v = await axe(page);
        assert(v.length === 0, describe(v));
        // Listings again with the filters unfolded: the form and the links.
        if (await page.isVisible("#filter-box summary")) {
          await page.click("#filter-box summary");
          v = await axe(page);
          assert(v.length === 0, "with the filters open:\n" + describe(v));
        }
      });
    }
  }
  await check("no script errors on any page", async () => {
    assert(page.jsErrors.length === 0, page.jsErrors.join("\n"));
  });
  await page.context().close();
}

// ------------------------------------------------------------------ filters with JavaScript

async function visibleCards(page) {
  return page.$$eval("article[data-date]", (cards) =>
    cards
      .filter((c) => c.offsetParent !== null)
      .map((c) => ({ ...c.dataset })),
  );
}

async function emptyDaysShown(page) {
  return page.$$eval(
    "section.day",
    (days) =>
      days.filter((d) => d.offsetParent !== null && !d.querySelector("li:not([hidden]) > article")).length,
  );
}

{
  const page = await newPage();
  await check("filters with JavaScript: the age and area chips filter in place, back undoes", async () => {
    await go(page, "/en/");
    assert((await page.$$("select[name=age], select[name=area]")).length === 0, "one set of controls: no age or area menus");
    const all = (await visibleCards(page)).length;
    const before = await page.textContent("#filter-count");
    assert(before.includes(String(all)), `count "${before}" vs ${all} cards`);
    const start = page.url();

    await page.click(`ul[data-facet=area] a[data-value="${cfg.area}"]`);
    assert(page.url().startsWith(start), `stays on the page: ${page.url()}`);
    let cards = await visibleCards(page);
    assert(cards.length > 0 && cards.length < all, `area: ${cards.length} of ${all}`);
    assert(cards.every((c) => c.area === cfg.area), "only the chosen area");
    assert(new URL(page.url()).searchParams.get("area") === cfg.area, `address ${page.url()}`);
    assert((await page.getAttribute(`ul[data-facet=area] a[data-value="${cfg.area}"]`, "aria-current")) === "true", "the chip is marked");
    let text = await page.textContent("#filter-count");
    assert(text.includes(String(cards.length)) || cards.length === 1, `count says "${text}" for ${cards.length}`);
    assert((await page.getAttribute("#filter-count", "aria-live")) === "polite", "count is a live region");
    assert((await emptyDaysShown(page)) === 0, "empty days are hidden");

    await page.click(`ul[data-facet=age] a[data-value="${cfg.age}"]`);
    const both = await visibleCards(page);
    assert(both.every((c) => c.area === cfg.area && c.ages.split(" ").includes(cfg.age)), "area and age");
    const url = page.url();
    assert(/age=/.test(url) && /area=/.test(url), url);
    // Each chip points at the pre-rendered page of the choice it makes.
    const href = await page.getAttribute(`ul[data-facet=age] a[data-value="${cfg.age}"]`, "href");
    assert(href.endsWith(`/en/age/${cfg.age}/area/${cfg.area}/`), href);

    // Back undoes one tap at a time.
    await page.goBack();
    await page.waitForFunction(() => !new URLSearchParams(location.search).get("age"));
    assert((await visibleCards(page)).length === cards.length, "back: the area only");
    await page.goForward();
    await page.waitForFunction(() => !!new URLSearchParams(location.search).get("age"));
    assert((await visibleCards(page)).length === both.length, "forward: both again");

    // Both chosen: the chips fold away behind one line saying what was chosen.
    assert(!(await page.isVisible("#choose")), "the chips fold away once both are chosen");
    assert(await page.isVisible("#choose-box summary"), "one line says what was chosen");

    // The address restores the same choice (a shared link).
    await page.goto(url);
    assert((await page.getAttribute(`ul[data-facet=area] a[data-value="${cfg.area}"]`, "aria-current")) === "true", "area restored");
    assert((await visibleCards(page)).length === both.length, "same events after reload");
    await page.click("#choose-box summary");

    // "Any area" undoes the area choice.
    await page.click(`ul[data-facet=area] a[data-value=""]`);
    await page.waitForFunction(() => !new URLSearchParams(location.search).get("area"));
    cards = await visibleCards(page);
    assert(cards.every((c) => c.ages.split(" ").includes(cfg.age)) && cards.length >= both.length, "the age only");

    // On an age's page the area chips filter in place; the age chips lead to other pages.
    await go(page, `/en/age/${cfg.age}/`);
    await page.click(`ul[data-facet=area] a[data-value="${cfg.area}"]`);
    assert(new URL(page.url()).pathname === `/en/age/${cfg.age}/`, page.url());
    assert((await visibleCards(page)).every((c) => c.area === cfg.area), "area in place on an age page");
    const other = await page.getAttribute(`ul[data-facet=age] a[data-value="bump"]`, "href");
    assert(other.endsWith(`/en/age/bump/area/${cfg.area}/`), `an age chip keeps the area: ${other}`);
    await go(page, "/en/");
    await page.click("#filter-box summary");
    await page.click("button[type=reset]");
    assert((await visibleCards(page)).length === all, "clearing shows everything again");
  });

  await check("filters with JavaScript: free, language, day, nothing found", async () => {
    await go(page, "/en/");
    await page.click("#filter-box summary");
    await page.check("#f-free");
    assert((await visibleCards(page)).every((c) => c.free === "1"), "free only");
    await page.uncheck("#f-free");

    const langs = await page.$$eval("#f-spoken option", (o) => o.map((x) => x.value).filter(Boolean));
    const lang = langs.includes("ar") ? "ar" : langs[0];
    await page.selectOption("#f-spoken", lang);
    let cards = await visibleCards(page);
    assert(cards.length > 0 && cards.every((c) => c.langs.split(" ").includes(lang)), `spoken ${lang}`);
    await page.selectOption("#f-spoken", "");

    // The listing is paginated by month: a festival is linked from the
    // month pages it runs in, under "More choices".
    const months = await page.$$eval(".pager .chips a", (a) => a.map((x) => x.getAttribute("href")));
    let found = false;
    for (const m of months) {
      await go(page, m);
      const link = `.filter-box a[href$="/festivals/${cfg.festival}/"]`;
      if ((await page.$(link)) === null) continue;
      found = true;
      await page.click("#filter-box summary");
      assert(await page.isVisible(link), "the festival's link shows");
      break;
    }
    assert(found, `a month page links ${cfg.festival}`);
    await go(page, "/en/");
    await page.click("#filter-box summary");
    await page.selectOption("#f-day", "today");
    const today = cfg.today;
    cards = await visibleCards(page);
    assert(cards.length > 0, "something is on today");
    assert(cards.every((c) => c.date <= today && c.end >= today), "today only");

    await page.selectOption("#f-day", "weekend");
    cards = await visibleCards(page);
    assert(cards.every((c) => c.end >= cfg.weekend[0] && c.date <= cfg.weekend[1]), "this weekend");

    await page.selectOption("#f-day", "date");
    assert(await page.isVisible("#f-date"), "date field shown");
    await page.fill("#f-date", "2001-01-01");
    await page.dispatchEvent("#f-date", "change");
    assert((await visibleCards(page)).length === 0, "nothing in 2001");
    assert(await page.isVisible("#filter-none"), "a message says nothing matches");
    assert((await page.$$eval("section.day", (d) => d.filter((x) => x.offsetParent).length)) === 0, "no day headings left");
    const count = await page.textContent("#filter-count");
    assert(count.trim().length > 0, "count announced");
  });
  await check("filter script raised no errors", async () => {
    assert(page.jsErrors.length === 0, page.jsErrors.join("\n"));
  });
  await page.context().close();
}

// ------------------------------------------------------------------ filters without JavaScript

{
  const page = await newPage({ javaScriptEnabled: false });
  await check("filters without JavaScript: the chips lead to pre-rendered pages by area and age", async () => {
    await go(page, "/en/");
    assert(!(await page.isVisible("form#filters")), "the form stays hidden without JavaScript");
    const all = (await visibleCards(page)).length;
    await page.click(`nav.filter-links a[href$="/area/${cfg.area}/"]`);
    assert(page.url().endsWith(`/en/area/${cfg.area}/`), page.url());
    let cards = await visibleCards(page);
    assert(cards.length > 0 && cards.length < all && cards.every((c) => c.area === cfg.area), "area page");
    // On an area's page an age keeps the area: both choices, no JavaScript.
    await page.click(`nav.filter-links a[href$="/age/${cfg.age}/area/${cfg.area}/"]`);
    assert(page.url().endsWith(`/en/age/${cfg.age}/area/${cfg.area}/`), page.url());
    cards = await visibleCards(page);
    assert(cards.every((c) => c.area === cfg.area && c.ages.split(" ").includes(cfg.age)), "age and area page");
    // Both chosen: the chips are folded away; the <details> opens them.
    assert(!(await page.isVisible("#choose")), "the chips are folded away");
    await page.click("#choose-box summary");
    // "Any area" keeps the age.
    await page.click(`ul[data-facet=area] a[data-value=""]`);
    assert(page.url().endsWith(`/en/age/${cfg.age}/`), page.url());
    cards = await visibleCards(page);
    assert(cards.length > 0 && cards.every((c) => c.ages.split(" ").includes(cfg.age)), "age page");
    // and back to everything
    await page.click(`ul[data-facet=age] a[data-value=""]`);
    assert(page.url().endsWith("/en/"), page.url());
  });
  await check("without JavaScript: language switch keeps the filtered page", async () => {
    await go(page, `/en/area/${cfg.area}/`);
    const other = cfg.languages.find((l) => l !== "en");
    await page.click("nav.langs summary");
    await page.click(`nav.langs a[hreflang="${other}"]`);
    assert(page.url().endsWith(`/${other}/area/${cfg.area}/`), page.url());
  });
  await page.context().close();
}

// ------------------------------------------------------------------ navigation

{
  const page = await newPage();
  await check("language switch keeps you on the same event", async () => {
    for (const lang of ["ar", "pt", "en"].filter((l) => cfg.languages.includes(l))) {
      await go(page, `/en/events/${cfg.booking.event}/`);
      await page.click("nav.langs summary");
      await page.click(`nav.langs a[hreflang="${lang}"]`);
      assert(page.url().endsWith(`/${lang}/events/${cfg.booking.event}/`), page.url());
      assert((await page.getAttribute("html", "lang")) === lang, "page language");
    }
  });

  await check("the booking button goes to the booking link", async () => {
    await go(page, `/en/events/${cfg.booking.event}/`);
    const button = page.locator(".book a.button");
    assert((await button.count()) === 1, "one booking button");
    const box = await button.boundingBox();
    assert(box && box.height >= 44, "a big target");
    await Promise.all([page.waitForURL((u) => !u.href.startsWith(base)), button.click()]);
    assert(page.url() === cfg.booking.url, `${page.url()} != ${cfg.booking.url}`);
  });

  await check("keyboard: Tab reaches the skip link first, then the header", async () => {
    await go(page, "/en/");
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => {
      const a = document.activeElement;
      const s = getComputedStyle(a);
      const r = a.getBoundingClientRect();
      return { cls: a.className, href: a.getAttribute("href"), outline: s.outlineStyle, width: parseFloat(s.outlineWidth), top: r.top, h: r.height };
    });
    assert(first.cls === "skip" && first.href === "#main", JSON.stringify(first));
    assert(first.top >= 0 && first.h >= 24, `the skip link is on screen when focused: ${JSON.stringify(first)}`);
    assert(first.outline !== "none" && first.width >= 2, `visible focus: ${JSON.stringify(first)}`);
    await page.keyboard.press("Tab");
    const second = await page.evaluate(() => !!document.activeElement.closest("header"));
    assert(second, "second stop is in the header");
    // The main menu comes before anything in <main>.
    let reachedMenu = false;
    for (let i = 0; i < 40 && !reachedMenu; i++) {
      const where = await page.evaluate(() => {
        const a = document.activeElement;
        return a.closest("nav.menu") ? "menu" : a.closest("main") ? "main" : "other";
      });
      assert(where !== "main", "reached the content before the main menu");
      if (where === "menu") reachedMenu = true;
      else await page.keyboard.press("Tab");
    }
    assert(reachedMenu, "the main menu is reachable by keyboard");
    // The skip link does its job.
    await go(page, "/en/");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    assert(new URL(page.url()).hash === "#main", page.url());
  });

  await check("keyboard: every link and control shows a focus outline", async () => {
    await go(page, "/en/");
    await page.click("#filter-box summary");
    await page.evaluate(() => document.activeElement.blur());
    const bad = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const f = await page.evaluate(() => {
        const a = document.activeElement;
        if (!a || a === document.body) return null;
        const s = getComputedStyle(a);
        const after = getComputedStyle(a, "::after");
        const shown = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) ||
          (after.outlineStyle !== "none" && parseFloat(after.outlineWidth) >= 2);
        return { shown, what: a.tagName + (a.id ? "#" + a.id : "") + " " + (a.textContent || "").trim().slice(0, 30) };
      });
      if (f && !f.shown) bad.push(f.what);
    }
    assert(bad.length === 0, `no visible focus on: ${bad.join(", ")}`);
  });

  await check("right to left: Arabic pages mirror", async () => {
    await go(page, "/ar/");
    assert((await page.getAttribute("html", "dir")) === "rtl", "dir=rtl");
    // The bar mirrors: the site's name on the right, the menu button on the left.
    const bar = await page.evaluate(() => ({
      title: document.querySelector(".site-title").getBoundingClientRect().right,
      menu: document.querySelector("nav.menu summary").getBoundingClientRect().left,
    }));
    assert(bar.title > 300 && bar.menu < 90, `header mirrored: ${JSON.stringify(bar)}`);
    await page.click("nav.menu summary");
    const pos = await page.$$eval("nav.menu li a", (as) => as.slice(0, 2).map((l) => l.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top })));
    const nav = await page.$eval("nav.menu ul", (n) => n.getBoundingClientRect().right);
    assert(pos.length === 2, "menu has items");
    assert(pos[0].right > pos[1].right || pos[1].top > pos[0].top, `first menu item is on the right: ${JSON.stringify(pos)}`);
    assert(Math.abs(nav - pos[0].right) < 24, `first item starts at the right edge (${pos[0].right} vs ${nav})`);
    const card = await page.$eval("article.card", (c) => {
      const s = getComputedStyle(c);
      return { right: parseFloat(s.borderRightWidth), left: parseFloat(s.borderLeftWidth), align: s.textAlign };
    });
    assert(card.right > card.left, `the card's thick edge is on the right: ${JSON.stringify(card)}`);
    await go(page, "/en/");
    await page.click("nav.menu summary");
    const en = await page.$$eval("nav.menu li a", (as) => as.slice(0, 2).map((l) => l.getBoundingClientRect()).map((r) => ({ left: r.left, top: r.top })));
    assert(en[0].left < en[1].left || en[1].top > en[0].top, "English reads left to right");
    const enBar = await page.evaluate(() => document.querySelector(".site-title").getBoundingClientRect().left);
    assert(enBar < 30, `English: the site's name on the left (${enBar})`);
  });

  await check("mobile width: no sideways scrolling, screenshots saved", async () => {
    mkdirSync(cfg.out, { recursive: true });
    for (const lang of ["en", "ar"]) {
      for (const path of [`/${lang}/`, `/${lang}/events/${cfg.booking.event}/`]) {
        await go(page, path);
        const w = await page.evaluate(() => document.documentElement.scrollWidth);
        assert(w <= 390, `${path} is ${w}px wide at 390px`);
      }
      await go(page, `/${lang}/`);
      await page.screenshot({ path: join(cfg.out, `listing-${lang}-390.png`) });
      await page.screenshot({ path: join(cfg.out, `listing-${lang}-390-full.png`), fullPage: true });
      await page.locator("#choose").screenshot({ path: join(cfg.out, `listing-${lang}-390-filters.png`) });
    }
  });
  await page.context().close();
}

// ------------------------------------------------------------------ the family finder

/* What the finder's answer lists: event ids from the result links. */
async function finderAnswer(page) {
  await page.waitForSelector("#finder-answer:not([hidden])");
  return page.evaluate(() => ({
    heading: document.getElementById("finder-answer-heading").textContent,
    note: document.getElementById("finder-note").hidden ? "" : document.getElementById("finder-note").textContent,
    ids: Array.from(document.querySelectorAll("#finder-results a")).map((a) => a.getAttribute("href").split("/").filter(Boolean).pop()),
    more: document.getElementById("finder-more").getAttribute("href"),
  }));
}

async function ask(page, postcode, age, area = "") {
  await page.fill("#fd-postcode", postcode);
  await page.selectOption("#fd-area", area);
  await page.selectOption("#fd-age", age);
  await page.click("#finder button[type=submit]");
  return finderAnswer(page);
}

{
  const f = cfg.finder;
  const page = await newPage();
  const sent = [];
  page.on("request", (r) => sent.push(r.url() + " " + (r.postData() || "")));
  await go(page, "/en/finder/");
  await page.waitForSelector("#finder:not([hidden])");
  const index = await page.evaluate(async () => (await fetch("/en/finder/index.json")).json());
  const byId = Object.fromEntries(index.events.map((e) => [e[0], e]));
  const bit = (age) => 1 << index.ages.indexOf(age);
  const areaNo = (slug) => index.areas.findIndex((a) => a[1] === slug);
  const fits = (ids, age, slug) => ids.every((id) => byId[id] && (byId[id][3] & bit(age)) && (byId[id][4].length === 0 || byId[id][4].includes(areaNo(slug))));

  await check("finder, with JavaScript: a postcode in an area shows what families there may go to", async () => {
    const a = await ask(page, f.in_area.postcode, "0-1");
    assert(a.heading.includes(f.in_area.name), `heading: ${a.heading}`);
    assert(a.ids.length > 0, "nothing listed");
    assert(fits(a.ids, "0-1", f.in_area.slug), `listed what does not fit: ${a.ids}`);
    assert(!a.ids.includes(f.only_event), `${f.only_event} is only for ${f.only_area.name}: ${a.ids}`);
    assert(a.more.endsWith(`/en/finder/area/${f.in_area.slug}/0-1/`), a.more);
    const v = await axe(page);
    assert(v.length === 0, describe(v));
  });
  await check("finder, with JavaScript: an event for some areas is shown to families there", async () => {
    const a = await ask(page, f.only_area.postcode, f.only_age);
    assert(a.heading.includes(f.only_area.name), a.heading);
    assert(a.ids.includes(f.only_event), `${f.only_event} missing: ${a.ids}`);
    assert(fits(a.ids, f.only_age, f.only_area.slug), a.ids.join(" "));
  });
  await check("finder, with JavaScript: expecting a baby lists only what is for pregnancy", async () => {
    const a = await ask(page, f.in_area.postcode, "bump");
    assert(a.ids.length > 0, "nothing listed");
    assert(a.ids.every((id) => byId[id][3] & bit("bump")), a.ids.join(" "));
  });
  await check("finder, with JavaScript: a postcode outside every area says so kindly and shows what is open to everyone", async () => {
    const a = await ask(page, f.outside, "0-1");
    assert(a.note.includes("not in one of the areas"), `note: ${a.note}`);
    assert(a.ids.length > 0 && a.ids.every((id) => byId[id][4].length === 0), a.ids.join(" "));
    assert(a.more.endsWith("/en/finder/everyone/0-1/"), a.more);
    const v = await axe(page);
    assert(v.length === 0, describe(v));
  });
  await check("finder, with JavaScript: something that is not a postcode is explained", async () => {
    const a = await ask(page, "hello", "0-1");
    assert(a.heading.includes("does not look like a postcode") && a.ids.length === 0, a.heading);
  });
  await check("finder: no request carries the typed postcode", async () => {
    const squash = (s) => decodeURIComponent(s).toLowerCase().replace(/[^a-z0-9]/g, "");
    const typed = [f.in_area.postcode, f.only_area.postcode, f.outside].map(squash);
    const leaks = sent.filter((u) => typed.some((t) => squash(u).includes(t)));
    assert(sent.length > 0, "no requests seen at all");
    assert(leaks.length === 0, leaks.join("\n"));
  });
  await check("no script errors on the finder", async () => {
    assert(page.jsErrors.length === 0, page.jsErrors.join("\n"));
  });
  await page.context().close();
}

{
  const f = cfg.finder;
  const page = await newPage({ javaScriptEnabled: false });
  await check("finder, without JavaScript: area then age leads to a listing of what fits", async () => {
    await go(page, "/en/finder/");
    assert(!(await page.isVisible("#finder")), "the script's form shows without the script");
    await page.click(`.finder-areas a[href$="/finder/area/${f.only_area.slug}/"]`);
    assert(page.url().endsWith(`/en/finder/area/${f.only_area.slug}/`), page.url());
    await page.click(`a[href$="/finder/area/${f.only_area.slug}/${f.only_age}/"]`);
    const ids = await page.$$eval(".card-title a", (as) => as.map((a) => a.getAttribute("href").split("/").filter(Boolean).pop()));
    assert(ids.includes(f.only_event), ids.join(" "));
    await go(page, `/en/finder/area/${f.in_area.slug}/${f.only_age}/`);
    const other = await page.$$eval(".card-title a", (as) => as.map((a) => a.getAttribute("href").split("/").filter(Boolean).pop()));
    assert(other.length > 0 && !other.includes(f.only_event), other.join(" "));
    await go(page, `/en/finder/everyone/${f.only_age}/`);
    const all = await page.$$eval(".card-title a", (as) => as.map((a) => a.getAttribute("href").split("/").filter(Boolean).pop()));
    assert(!all.includes(f.only_event), all.join(" "));
  });
  await page.context().close();
}

// ------------------------------------------------------------------ the language chooser

for (const [locale, want] of [["ar-EG", "ar"], ["pt-BR", "pt"], ["en-GB", "en"]]) {
  if (!cfg.languages.includes(want)) continue;
  const page = await newPage({ locale });
  await check(`language chooser: a phone set to ${locale} sees ${want} first, and stays put`, async () => {
    await go(page, "/");
    await page.waitForFunction(() => document.querySelector("#choices li.suggested"));
    const first = await page.$eval("#choices li:first-child a", (a) => a.getAttribute("hreflang"));
    assert(first === want, `first choice ${first}`);
    assert(new URL(page.url()).pathname === "/", `no redirect: ${page.url()}`);
    const v = await axe(page);
    assert(v.length === 0, describe(v));
    await page.screenshot({ path: join(cfg.out, `chooser-${locale}-390.png`) });
  });
  await page.context().close();
}

// ------------------------------------------------------------------ on a phone: events first

// Measured with real layout: the header's height, where the first event
// starts, and where When, Where and Book (or "just drop in") sit on an event
// page, at a common phone size and a small one, left to right and right to
// left, in a script with tall letters (Ethiopic), with and without JavaScript.
const SCREENS = [
  [390, 844],
  [320, 568],
];
const PHONE_LANGS = ["en", "ar", "am"].filter((l) => cfg.languages.includes(l));
const measured = [];

async function box(page, selector) {
  const b = await page.$eval(selector, (e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: r.height };
  });
  return { top: Math.round(b.top), bottom: Math.round(b.bottom), height: Math.round(b.height) };
}

for (const javaScriptEnabled of [true, false]) {
  for (const [width, height] of SCREENS) {
    const page = await newPage({ viewport: { width, height }, javaScriptEnabled });
    const js = javaScriptEnabled ? "with JavaScript" : "without JavaScript";
    for (const lang of PHONE_LANGS) {
      const where = `${width}×${height}, ${lang}, ${js}`;
      await check(`phone ${where}: the header is compact and the first event is on the first screen`, async () => {
        await go(page, `/${lang}/`);
        const header = await box(page, ".site-header");
        assert(header.height <= 0.2 * height, `header ${header.height}px of ${height}px`);
        const title = await box(page, "article.card .card-title");
        assert(title.bottom <= height, `first event's title ends at ${title.bottom}px of ${height}px`);
        const w = await page.evaluate(() => document.documentElement.scrollWidth);
        assert(w <= width, `the listing is ${w}px wide at ${width}px`);
        measured.push(`${where}: header ${header.height}px, first event at ${title.top}px`);
        if (javaScriptEnabled) {
          await page.screenshot({ path: join(cfg.out, `phone-listing-${lang}-${width}.png`) });
        }
      });
      await check(`phone ${where}: one tap opens the language menu, one more changes language`, async () => {
        await go(page, `/${lang}/`);
        const other = lang === "en" ? "ar" : "en";
        assert(!(await page.isVisible(`nav.langs a[hreflang="${other}"]`)), "the menu starts closed");
        const summary = await page.textContent("nav.langs summary");
        const name = await page.$eval(`nav.langs a[hreflang="${lang}"]`, (a) => a.textContent);
        assert(summary.includes(name), `the button names the current language: "${summary}"`);
        await page.click("nav.langs summary");
        await page.click(`nav.langs a[hreflang="${other}"]`);
        assert(page.url().endsWith(`/${other}/`), page.url());
        await go(page, `/${lang}/`);
        await page.click("nav.menu summary");
        assert(await page.isVisible("nav.menu li a"), "one tap opens the site menu");
      });
      for (const [kind, id, action] of [
        ["booking", cfg.booking.event, ".book a.button"],
        ["drop-in", cfg.drop_in, "p.book.drop-in"],
      ]) {
        await check(`phone ${where}: ${kind} event page shows When, Where and then ${kind === "booking" ? "Book" : "\"just drop in\""} on the first screen`, async () => {
          await go(page, `/${lang}/events/${id}/`);
          const header = await box(page, ".site-header");
          assert(header.height <= 0.2 * height, `header ${header.height}px`);
          const when = await box(page, ".facts > div:nth-child(1) > dt");
          const place = await box(page, ".facts > div:nth-child(2) > dt");
          const act = await box(page, action);
          assert(when.bottom <= act.top && place.bottom <= act.top, `When ${when.bottom}px, Where ${place.bottom}px, then ${kind} at ${act.top}px`);
          assert(act.bottom <= height, `${kind} ends at ${act.bottom}px of ${height}px`);
          measured.push(`${where}: ${kind} event: When at ${when.top}px, Where at ${place.top}px, ${kind} ${act.top}–${act.bottom}px`);
          if (kind === "drop-in") {
            const look = await page.$eval(action, (e) => {
              const s = getComputedStyle(e);
              return { border: parseFloat(s.borderTopWidth) + parseFloat(s.borderLeftWidth), radius: parseFloat(s.borderTopLeftRadius), link: !!e.querySelector("a, button") };
            });
            assert(look.radius === 0 && !look.link, `"just drop in" looks like a button: ${JSON.stringify(look)}`);
          }
          if (javaScriptEnabled) {
            await page.screenshot({ path: join(cfg.out, `phone-${kind}-${lang}-${width}.png`) });
          }
        });
      }
    }
    await page.context().close();
  }
}
console.log(measured.map((m) => `     ${m}`).join("\n"));

// ------------------------------------------------------------------ one session changed

// A regular activity with one session cancelled and one moved: on its page and
// on the listing each is in view, marked (the cancelled date struck through,
// with its "Cancelled" badge; the moved one with its new time), its note
// beside it, without sideways scrolling, and with no accessibility faults.
if (cfg.changed) {
  for (const [width, height] of SCREENS) {
    const page = await newPage({ viewport: { width, height } });
    for (const lang of PHONE_LANGS) {
      await check(`changed sessions ${width}×${height}, ${lang}: marked on the event page and the listing`, async () => {
        await go(page, `/${lang}/events/${cfg.changed}/`);
        // Each changed session once: in the list of dates (or under When).
        const lines = await page.$$eval(".facts .change", (ds) =>
          ds.map((d) => ({
            struck: !!d.querySelector("time.struck") && getComputedStyle(d.querySelector("time.struck")).textDecorationLine.includes("line-through"),
            badge: !!d.querySelector(".badge-cancelled"),
            moved: !!d.querySelector(".moved"),
            note: (d.querySelector(".note") || { textContent: "" }).textContent.trim().length > 0,
            width: d.getBoundingClientRect().width,
          })),
        );
        assert(lines.some((l) => l.struck && l.badge && l.note), `a struck, labelled cancelled session: ${JSON.stringify(lines)}`);
        assert(lines.some((l) => l.moved && l.note), `a moved session with its note: ${JSON.stringify(lines)}`);
        assert(lines.every((l) => l.width <= width), `lines fit: ${JSON.stringify(lines)}`);
        const w = await page.evaluate(() => document.documentElement.scrollWidth);
        assert(w <= width, `the event page is ${w}px wide at ${width}px`);
        const v = await axe(page);
        assert(v.length === 0, describe(v));
        await page.locator(".facts .change").first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(cfg.out, `changed-event-${lang}-${width}.png`) });
        await go(page, `/${lang}/`);
        const card = page.locator(`article.card:has(a[href$="/events/${cfg.changed}/"])`).first();
        assert((await card.locator(".change").count()) >= 1, "the listing's card names its changed sessions");
        await card.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(cfg.out, `changed-listing-${lang}-${width}.png`) });
      });
    }
    await page.context().close();
  }
}

await browser.close();
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
