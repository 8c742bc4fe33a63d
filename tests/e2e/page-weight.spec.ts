import { gzipSync } from "node:zlib";
import { expect, test, type APIRequestContext } from "@playwright/test";
import budgets from "./budgets.json" with { type: "json" };
import { crawledPage, crawledPages, NOT_FOUND_ROUTE, type PageRecord } from "./support/crawl-record";
import { INTERACTIVE_ROUTES, isContentRoute } from "./support/routes";

type Weight = { route: string; html: number; css: number; js: number; scripts: string[] };
type Budget = { html: number; css: number; extraJs?: number };

const gz = (body: Buffer) => gzipSync(body).length;

// The interactive routes load the same framework chunks: each file is fetched and gzipped once, not once per route.
const gzippedSizes = new Map<string, Promise<number>>();
function gzippedSize(request: APIRequestContext, url: string): Promise<number> {
  if (!gzippedSizes.has(url))
    gzippedSizes.set(
      url,
      request.get(url).then(async (response) => gz(await response.body())),
    );
  return gzippedSizes.get(url)!;
}

const sizeOf = async (request: APIRequestContext, urls: string[]) =>
  (await Promise.all(urls.map((url) => gzippedSize(request, url)))).reduce((a, b) => a + b, 0);

/** Everything the crawl's visit loaded before the network went quiet, gzipped file by file. */
async function weigh(request: APIRequestContext, page: PageRecord): Promise<Weight> {
  return {
    route: page.route,
    html: page.htmlGzipBytes,
    css: await sizeOf(request, page.stylesheets),
    js: await sizeOf(request, page.scripts),
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

// Weighed on the 1280px crawl, the width the budgets were measured at.
test("every route stays within its page-weight budget, and content pages load no script", async ({ request }) => {
  const pages = crawledPages(1280);
  // The framework floor: the scripts every interactive page loads (Next's App Router runtime and React).
  const interactive = INTERACTIVE_ROUTES.map((route) => crawledPage(1280, route));
  const floorScripts = interactive
    .map((page) => page.scripts)
    .reduce((shared, scripts) => shared.filter((src) => scripts.includes(src)));
  const floor = await sizeOf(request, floorScripts);
  expect(floor, "the framework floor itself grew past floorBytesMax").toBeLessThanOrEqual(budgets.floorBytesMax);

  const weights: Weight[] = [];
  for (const page of pages) weights.push(await weigh(request, page));
  console.log(
    `Framework floor (scripts every interactive page loads: Next's App Router runtime and React): ${floor} bytes of JavaScript, gzip`,
  );
  console.table(
    weights.map((w) => ({
      route: w.route,
      "html gz": w.html,
      "css gz": w.css,
      "js gz": w.js,
      scripts: w.scripts.length,
    })),
  );

  const over: string[] = [];
  for (const weight of weights) {
    const page = pages.find((record) => record.route === weight.route)!;
    const budget = budgetFor(weight.route === NOT_FOUND_ROUTE ? "/404" : weight.route);
    if (weight.html > budget.html) over.push(`${weight.route}: HTML ${weight.html} > ${budget.html}`);
    if (weight.css > budget.css) over.push(`${weight.route}: CSS ${weight.css} > ${budget.css}`);
    if (isContentRoute(weight.route)) {
      if (weight.scripts.length > 0 || weight.js > budgets.contentPageJsBytes)
        over.push(
          `${weight.route}: a content page loaded JavaScript (${weight.js} bytes): ${weight.scripts.join(", ")}`,
        );
      if (page.scriptElements.length > 0)
        over.push(`${weight.route}: its HTML holds <script> elements: ${page.scriptElements.join(" ")}`);
      continue;
    }
    const allowed = floor + budgets.frameworkMarginBytes + (budget.extraJs ?? 0);
    if (weight.js > allowed) {
      const extra = weight.scripts.filter((src) => !floorScripts.includes(src));
      over.push(
        `${weight.route}: JavaScript ${weight.js} > ${allowed} (floor ${floor} + margin + allowance); beyond the floor: ${extra.join(", ")}`,
      );
    }
  }
  expect(over).toEqual([]);
});
