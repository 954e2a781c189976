// Newsletter e-mails in Debian's Chromium, for tests/integration/newsletter.rs:
// at 600 px (an e-mail program's reading pane) and 320 px (a small phone)
// the page never scrolls sideways; a full-page screenshot of each is saved.
//
//   node tests/browser/newsletter.mjs '<json config>'
//
// The config holds the Chromium binary, the e-mail files (name and path) and
// where to save screenshots. Nothing is fetched from the network: the
// e-mails' pictures are on the live site, so they show as their alt text.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const cfg = JSON.parse(process.argv[2]);
mkdirSync(cfg.out, { recursive: true });

let failed = 0;
const browser = await chromium.launch({
  executablePath: cfg.chromium,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  for (const width of [600, 320]) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
    await context.route(/^https?:/, (route) => route.abort());
    const page = await context.newPage();
    for (const file of cfg.files) {
      const name = `${file.name} at ${width}px`;
      await page.goto(pathToFileURL(file.path).href);
      const m = await page.evaluate(() => {
        const doc = document.documentElement;
        let widest = 0;
        for (const el of document.body.querySelectorAll("*")) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && getComputedStyle(el).display !== "none") widest = Math.max(widest, r.right, -r.left + window.innerWidth);
        }
        return { scroll: doc.scrollWidth, client: doc.clientWidth, widest: Math.ceil(widest) };
      });
      const shot = join(cfg.out, `newsletter-${file.name}-${width}.png`);
      await page.screenshot({ path: shot, fullPage: true });
      if (m.scroll > m.client || m.widest > m.client) {
        failed++;
        console.log(`FAIL ${name}: scrolls sideways (page ${m.scroll}px, widest element ends at ${m.widest}px, window ${m.client}px); see ${shot}`);
      } else {
        console.log(`ok   ${name}: ${m.scroll}px wide, ${shot}`);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
