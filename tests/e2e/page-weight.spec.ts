import { gzipSync } from "node:zlib";
import { expect, test, type APIRequestContext } from "@playwright/test";
import budgets from "./budgets.json" with { type: "json" };
import { crawledPage, NOT_FOUND_ROUTE, publicPages, type PageRecord } from "./support/crawl-record";

type Weight = { route: string; html: number; css: number; js: number; scripts: string[] };
type Budget = { html: number; css: number; extraJs?: number };

const gz = (body: Buffer) => gzipSync(body).length;

// Every route loads the same framework chunks: each file is fetched and gzipped once, not once per route.
const gzippedSizes = new Map<string, Promise<number>>();
function gzippedSize(request: APIRequestContext, url: string): Promise<number> {
  if (!gzippedSizes.has(url))
    gzippedSizes.set(
      url,
      request.get(url).then(async (response) => gz(await response.body())),
    );
  return gzippedSizes.get(url)!;
}

/** Everything the crawl's visit loaded before the network went quiet, gzipped file by file. */
async function weigh(request: APIRequestContext, page: PageRecord): Promise<Weight> {
  const sizeOf = async (urls: string[]) =>
    (await Promise.all(urls.map((url) => gzippedSize(request, url)))).reduce((a, b) => a + b, 0);
  return {
    route: page.route,
    html: page.htmlGzipBytes,
    css: await sizeOf(page.stylesheets),
    js: await sizeOf(page.scripts),
    scripts: page.scripts,
  };
}

function budgetFor(route: string): Budget {
  const routes = budgets.routes as Record<string, Budget>;
  const key = routes[route] ? route : `${route.slice(0, route.lastIndexOf("/"))}/*`;
  const budget = routes[key];
  if (!budget) throw new Error(`tests/e2e/budgets.json has no budget for ${route}: add one`);
  return budget;
}

// Weighed on the 1280px crawl, the width today's budgets were measured at.
test("every route stays within its page-weight budget", async ({ request }) => {
  const floor = await weigh(request, crawledPage(1280, NOT_FOUND_ROUTE));
  expect(floor.js, "the framework floor itself grew past floorBytesMax").toBeLessThanOrEqual(budgets.floorBytesMax);
  const weights: Weight[] = [];
  for (const page of publicPages(1280)) weights.push(await weigh(request, page));

  const rows = weights.map((w) => ({
    route: w.route,
    "html gz": w.html,
    "css gz": w.css,
    "js gz": w.js,
    "js over floor": w.js - floor.js,
  }));
  console.log(`Framework floor (404 page: Next runtime + server-only layout): ${floor.js} bytes of JavaScript, gzip`);
  console.table(rows);

  const over: string[] = [];
  for (const weight of weights) {
    const budget = budgetFor(weight.route);
    if (weight.html > budget.html) over.push(`${weight.route}: HTML ${weight.html} > ${budget.html}`);
    if (weight.css > budget.css) over.push(`${weight.route}: CSS ${weight.css} > ${budget.css}`);
    const allowed = floor.js + budgets.frameworkMarginBytes + (budget.extraJs ?? 0);
    if (weight.js > allowed) {
      const extra = weight.scripts.filter((src) => !floor.scripts.includes(src));
      over.push(
        `${weight.route}: JavaScript ${weight.js} > ${allowed} (floor ${floor.js} + margin); scripts beyond the floor: ${extra.join(", ")}`,
      );
    }
  }
  expect(over).toEqual([]);
});
