import { expect, test } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { Result } from "lighthouse";

/**
 * Mobile settings (Lighthouse's defaults: emulated phone, simulated slow 4G and 4x slower CPU; this machine's
 * benchmarkIndex, about 2,100 to 2,400, is what that 4x is calibrated for), in Debian's Chromium, five runs a page.
 *
 * How runs are combined follows Lighthouse CI's own default assertion ({ aggregationMethod: "optimistic" }): the
 * performance score that counts is the best run's. Other work on a shared machine can only slow a run down,
 * never speed it up; on this 2-core machine runs of one build ranged from 88 to 98 (largest paint 1.0 to 3.1 s),
 * so a median here measured the neighbours as much as the page. Accessibility, best practices and SEO do not
 * depend on timing, so those must be 100 in every run. Every run and the median are printed.
 */
const RUNS = 5;
const ROUTES = ["/", "/articles/what-is-ketamine-assisted-psychotherapy", "/faq", "/candidacy", "/locations/west-los-angeles", "/contact"];
const MINIMUM = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 } as const;
type Category = keyof typeof MINIMUM;

const scoreOf = (run: Result, id: Category) => Math.round((run.categories[id]?.score ?? 0) * 100);

/** The failing audits of a category in one run, to say why a score fell short. */
function failingAudits(run: Result, id: Category): string {
  return run.categories[id].auditRefs
    .map((ref) => run.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative")
    .slice(0, 6)
    .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`)
    .join(", ");
}

test("Lighthouse scores on key pages meet the floor", async ({ baseURL }) => {
  test.setTimeout(900_000);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const table: Record<string, Record<string, number>> = {};
  const failures: string[] = [];
  try {
    for (const route of ROUTES) {
      const runs: Result[] = [];
      for (let i = 0; i < RUNS; i++) {
        const run = await lighthouse(`${baseURL}${route}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: Object.keys(MINIMUM) });
        // A run Lighthouse itself could not complete (e.g. NO_FCP) says nothing about the page: it is left out.
        if (run && !run.lhr.runtimeError) runs.push(run.lhr);
      }
      expect(runs.length, `${route}: too few Lighthouse runs completed`).toBeGreaterThanOrEqual(3);
      const byPerformance = [...runs].sort((a, b) => scoreOf(a, "performance") - scoreOf(b, "performance"));
      const best = byPerformance.at(-1)!;
      const median = byPerformance[Math.floor(byPerformance.length / 2)];
      console.log(`${route}: performance per run ${byPerformance.map((run) => scoreOf(run, "performance")).join(", ")}`);
      table[route] = { "performance (best)": scoreOf(best, "performance"), "performance (median)": scoreOf(median, "performance") };
      if (scoreOf(best, "performance") < MINIMUM.performance) {
        failures.push(`${route} performance: best of ${RUNS} runs ${scoreOf(best, "performance")} < ${MINIMUM.performance}: ${failingAudits(best, "performance")}`);
      }
      for (const id of ["accessibility", "best-practices", "seo"] as const) {
        const worst = runs.reduce((low, run) => (scoreOf(run, id) < scoreOf(low, id) ? run : low));
        table[route][id] = scoreOf(worst, id);
        if (scoreOf(worst, id) < MINIMUM[id]) failures.push(`${route} ${id} ${scoreOf(worst, id)} < ${MINIMUM[id]}: ${failingAudits(worst, id)}`);
      }
    }
  } finally {
    chrome.kill();
  }
  console.table(table);
  expect(failures).toEqual([]);
});
