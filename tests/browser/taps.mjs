// Three taps to book, for tests/integration/browser.rs: on a phone (390×844
// and 320×568), in several languages, with JavaScript and without, a parent
// starts on the language's what's-on listing and taps only links they can
// see: their child's age, their area, then the Book link of an event for that
// age, in that area, open to families there and on this week. The booking
// site is answered by a stand-in page (nothing leaves the machine).
//
//   node tests/browser/taps.mjs '<json config>'
//
// The config holds the served site's address, Chromium, where to save the
// screenshots of each step, the languages, the age and area to choose, the
// events that fit (id → booking address) and this week's first and last day.
// Prints one line per journey with its measurements; exits 1 if one failed.

import { createRequire } from "node:module";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const cfg = JSON.parse(process.argv[2]);
const base = cfg.base.replace(/\/$/, "");
const SCREENS = [
  [390, 844],
  [320, 568],
];
mkdirSync(cfg.out, { recursive: true });

const browser = await chromium.launch({
  executablePath: cfg.chromium,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});

let failed = 0;
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
      resultTypes: ["violations"],
    });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  });
}

/* Where an element is before it is tapped: on the first screen or not, and
   how far the page (y) or its chip row (x) must scroll to bring it in. */
async function place(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const w = window.innerWidth;
    const h = window.innerHeight;
    const onScreen = r.top >= 0 && r.bottom <= h && r.left >= 0 && r.right <= w;
    return {
      y: Math.round(r.top + window.scrollY),
      x: Math.round(r.left),
      onScreen,
      scrollY: Math.max(0, Math.round(r.bottom - h)),
      scrollX: Math.round(r.right > w ? r.right - w : r.left < 0 ? -r.left : 0),
    };
  });
}

/* Every age and area chip shown, with how far it sticks out of the screen
   sideways (0 when a parent sees it without swiping the row). */
async function chipsOut(page) {
  return page.$$eval("#choose ul[data-facet] a", (chips) =>
    chips
      .filter((a) => a.offsetParent !== null)
      .map((a) => {
        const r = a.getBoundingClientRect();
        return { chip: a.textContent.trim(), out: Math.round(Math.max(0, r.right - window.innerWidth, -r.left)) };
      }),
  );
}

/* The first visible card that fits: one of the expected events, with a
   session this week, and its own Book link. */
async function bookable(page) {
  const found = await page.$$eval(
    "article.card",
    (cards, [events, from, to]) => {
      for (const [i, c] of cards.entries()) {
        if (c.offsetParent === null) continue;
        const link = c.querySelector(".card-title a");
        const id = link && (link.getAttribute("href").match(/\/events\/([^/]+)\/$/) || [])[1];
        if (!id || !(id in events) || !c.querySelector(".card-book a")) continue;
        const days = (c.dataset.days || c.dataset.date || "").split(" ");
        if (days.some((d) => d >= from && d <= to)) return { i, id };
      }
      return null;
    },
    [cfg.events, cfg.week[0], cfg.week[1]],
  );
  return found;
}

const results = [];
for (const [width, height] of SCREENS) {
  for (const js of [true, false]) {
    const context = await browser.newContext({
      viewport: { width, height },
      hasTouch: true,
      javaScriptEnabled: js,
    });
    let reached = null;
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
      reached = route.request().url();
      return route.fulfill({
        status: 200,
        contentType: "text/html",
        body: "<!doctype html><title>Booking</title><p>The booking website</p>",
      });
    });
    const page = await context.newPage();
    if (js) await page.clock.setFixedTime(new Date(cfg.now_utc));
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    for (const lang of cfg.languages) {
      const name = `${lang} ${width}×${height} ${js ? "with" : "without"} JavaScript`;
      const shot = (step) => join(cfg.out, `taps-${lang}-${width}-${js ? "js" : "nojs"}-${step}.png`);
      const r = { name, taps: 0, steps: [] };
      try {
        reached = null;
        await page.goto(`${base}/${lang}/`, { waitUntil: "load" });
        r.header = await page.evaluate(() => Math.round(document.querySelector("header").getBoundingClientRect().height));
        r.firstEvent = await page.evaluate(() => Math.round(document.querySelector("article.card").getBoundingClientRect().top));
        assert(r.header <= 0.2 * 844, `the header is ${r.header}px tall`);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        assert(wide <= width, `the listing is ${wide}px wide`);
        // axe runs as a script: checked on the JavaScript journeys.
        if (js) {
          const v = await axe(page);
          assert(v.length === 0, `accessibility on the listing:\n${v.join("\n")}`);
        }

        const steps = [
          ["age", `ul[data-facet=age] a[data-value="${cfg.age}"]`],
          ["area", `ul[data-facet=area] a[data-value="${cfg.area}"]`],
        ];
        for (const [step, selector] of steps) {
          // Every chip on the screen's width: none needs a sideways swipe.
          const chips = await chipsOut(page);
          const out = chips.filter((c) => c.out > 0);
          r.chipsOut = Math.max(r.chipsOut || 0, ...chips.map((c) => c.out));
          assert(chips.length >= 2, `the ${step} step shows the age and area chips`);
          assert(out.length === 0, `before the ${step} tap, chips stick out sideways: ${out.map((c) => `${c.chip} ${c.out}px`).join(", ")}`);
          const chip = page.locator(selector);
          assert((await chip.count()) === 1 && (await chip.isVisible()), `the ${step} chip is shown`);
          const p = await place(chip);
          r.steps.push({ step, ...p });
          await page.screenshot({ path: shot(`${r.taps + 1}-${step}`) });
          const before = page.url();
          await chip.tap();
          await page.waitForURL((u) => u.href !== before);
          await page.waitForLoadState("load");
          r.taps++;
        }
        r.address = page.url().replace(base, "");
        if (js) {
          const v = await axe(page);
          assert(v.length === 0, `accessibility after choosing:\n${v.join("\n")}`);
        }
        const card = await bookable(page);
        assert(card, `no card for ${cfg.age} in ${cfg.area} this week with a Book link at ${r.address}`);
        const book = page.locator("article.card").nth(card.i).locator(".card-book a");
        const p = await place(book);
        r.steps.push({ step: "book", event: card.id, ...p });
        // The answer's first fitting Book link is on the first screen.
        r.bookBottom = await book.evaluate((el) => Math.round(el.getBoundingClientRect().bottom));
        assert(r.bookBottom <= height, `after two taps the Book link ends at ${r.bookBottom}px, below the ${height}px screen`);
        await book.scrollIntoViewIfNeeded();
        await page.screenshot({ path: shot("3-book") });
        await book.tap();
        await page.waitForURL((u) => !u.href.startsWith(base));
        r.taps++;
        assert(reached === cfg.events[card.id], `booked at ${reached}, not ${cfg.events[card.id]}`);
        assert(r.taps <= 3, `${r.taps} taps`);
        r.ok = true;
      } catch (e) {
        r.ok = false;
        r.error = String(e && e.message ? e.message : e);
        failed++;
      }
      results.push(r);
      console.log(`${r.ok ? "ok  " : "FAIL"} ${JSON.stringify(r)}`);
    }
    if (errors.length) {
      failed++;
      console.log(`FAIL script errors: ${errors.join("; ")}`);
    }
    await context.close();
  }
}

// With JavaScript a chip filters in place only the cards this page holds; the
// listing's first page holds the coming weeks, and an age and area with
// nothing then has later events on its pre-rendered page. The chip must lead
// there, not say "no events match".
{
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(cfg.now_utc));
  for (const lang of cfg.languages) {
    await page.goto(`${base}/${lang}/`, { waitUntil: "load" });
    const areas = await page.$$eval("ul[data-facet=area] a[data-value]", (a) => a.map((x) => x.dataset.value).filter(Boolean));
    for (const area of areas) {
      await page.goto(`${base}/${lang}/?age=${cfg.age}`, { waitUntil: "load" });
      const before = page.url();
      await page.locator(`ul[data-facet=area] a[data-value="${area}"]`).tap();
      await page.waitForFunction((u) => location.href !== u, before);
      await page.waitForLoadState("load");
      const shown = await page.$$eval("article.card", (c) => c.filter((x) => x.offsetParent !== null).length);
      const none = await page.isVisible("#filter-none");
      const ok = !none || shown > 0;
      if (!ok) failed++;
      console.log(`${ok ? "ok  " : "FAIL"} chips with JavaScript, ${lang}, ${cfg.age} then ${area}: ${shown} events at ${page.url().replace(base, "")}`);
    }
  }
  await context.close();
}

// The event page: where the Book button is on the first screen.
for (const [width, height] of SCREENS) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  for (const lang of cfg.languages) {
    const id = Object.keys(cfg.events)[0];
    await page.goto(`${base}/${lang}/events/${id}/`, { waitUntil: "load" });
    const y = await page.evaluate(() => {
      const b = document.querySelector(".book a.button");
      return b ? Math.round(b.getBoundingClientRect().bottom) : null;
    });
    const ok = y !== null && y <= height;
    if (!ok) failed++;
    console.log(`${ok ? "ok  " : "FAIL"} event page ${lang} ${width}×${height}: Book button bottom at ${y}px`);
    await page.screenshot({ path: join(cfg.out, `taps-${lang}-${width}-event.png`) });
  }
  await context.close();
}

await browser.close();
console.log(`\n${results.filter((r) => r.ok).length} journeys passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
