import { expect, test } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

/**
 * Mobile settings (Lighthouse's defaults: emulated phone, simulated slow 4G and 4x slower CPU; this machine's
 * benchmarkIndex, about 2,100 to 2,400, is what that 4x is calibrated for), in Debian's Chromium. Each page is measured
 * seven times and the median run counts, as Lighthouse CI does: on this 2-core machine runs of one build varied
 * from 89 to 98 (largest paint 1.0 to 3.1 s), so a median of three or five still measured the noise, not the page.
 */
const RUNS = 7;
const ROUTES = ["/", "/articles/what-is-ketamine-assisted-psychotherapy", "/faq", "/candidacy", "/locations/west-los-angeles", "/contact"];
const MINIMUM = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 } as const;

test("Lighthouse scores on key pages meet the floor", async ({ baseURL }) => {
  test.setTimeout(900_000);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const scores: Record<string, Record<string, number>> = {};
  const failures: string[] = [];
  try {
    for (const route of ROUTES) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const run = await lighthouse(`${baseURL}${route}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: Object.keys(MINIMUM) });
        runs.push(run!);
      }
      runs.sort((a, b) => (a.lhr.categories.performance.score ?? 0) - (b.lhr.categories.performance.score ?? 0));
      const result = runs[Math.floor(RUNS / 2)];
      const categories = result.lhr.categories;
      console.log(`${route}: performance per run ${runs.map((run) => Math.round((run.lhr.categories.performance.score ?? 0) * 100)).join(", ")}`);
      scores[route] = Object.fromEntries(Object.keys(MINIMUM).map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
      for (const [id, minimum] of Object.entries(MINIMUM)) {
        if (scores[route][id] < minimum) {
          const failing = categories[id].auditRefs
            .map((ref) => result.lhr.audits[ref.id])
            .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative")
            .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
          failures.push(`${route} ${id} ${scores[route][id]} < ${minimum}: ${failing.slice(0, 6).join(", ")}`);
        }
      }
    }
  } finally {
    chrome.kill();
  }
  console.table(scores);
  expect(failures).toEqual([]);
});
