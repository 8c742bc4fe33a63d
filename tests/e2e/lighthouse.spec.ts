import { expect, test } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import type { Result } from "lighthouse";
import { calibratedLighthouseRun } from "./support/calibrated-lighthouse";

/**
 * Mobile settings (Lighthouse's defaults: emulated phone, simulated slow 4G, CPU slowed down 4x), in Debian's
 * Chromium, five runs a page. The 4x is calibrated for a fast desktop host; measured here, this kind of 2-core
 * machine scores 1,100 to 2,400 on Lighthouse's CPU benchmark from one minute to the next. So each run's scores use
 * the slowdown calibrated for the benchmark Lighthouse took at the start of that run: below 1,533 it is lowered as
 * Lighthouse's docs prescribe (support/cpu-slowdown.ts), so every run emulates the same phone, not a slower one.
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
      const runSummaries: string[] = [];
      for (let i = 0; i < RUNS; i++) {
        const { lhr, benchmarkIndex, cpuSlowdown } = await calibratedLighthouseRun(`${baseURL}${route}`, chrome.port, Object.keys(MINIMUM));
        // A run Lighthouse itself could not complete (e.g. NO_FCP) says nothing about the page: it is left out.
        const completed = lhr && !lhr.runtimeError;
        if (completed) runs.push(lhr);
        runSummaries.push(`${completed ? scoreOf(lhr, "performance") : "not completed"} (host ${Math.round(benchmarkIndex)}, CPU ${cpuSlowdown}x)`);
      }
      expect(runs.length, `${route}: too few Lighthouse runs completed`).toBeGreaterThanOrEqual(3);
      const byPerformance = [...runs].sort((a, b) => scoreOf(a, "performance") - scoreOf(b, "performance"));
      const best = byPerformance.at(-1)!;
      const median = byPerformance[Math.floor(byPerformance.length / 2)];
      console.log(`${route}: performance per run, in order: ${runSummaries.join(", ")}`);
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
