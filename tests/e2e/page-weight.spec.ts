import { gzipSync } from "node:zlib";
import { expect, test, type APIRequestContext } from "@playwright/test";
import budgets from "./budgets.json" with { type: "json" };
import { PUBLIC_ROUTES } from "./support/routes";

type Weight = { route: string; html: number; css: number; js: number; scripts: string[] };
type Budget = { html: number; css: number; extraJs?: number };

const gz = (body: Buffer) => gzipSync(body).length;

/** Everything the HTML loads: every <script src> without nomodule, every stylesheet, gzipped one by one. */
async function weigh(request: APIRequestContext, route: string): Promise<Weight> {
  const response = await request.get(route);
  const html = await response.body();
  const text = html.toString("utf8");
  const scripts = [...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter(([tag]) => !/\bnomodule\b/i.test(tag)).map(([, src]) => src);
  const styles = [...text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g)].map(([, href]) => href);
  const sizeOf = async (urls: string[]) => (await Promise.all(urls.map(async (url) => gz(await (await request.get(url)).body())))).reduce((a, b) => a + b, 0);
  return { route, html: gz(html), css: await sizeOf(styles), js: await sizeOf([...new Set(scripts)]), scripts };
}

function budgetFor(route: string): Budget {
  const routes = budgets.routes as Record<string, Budget>;
  const key = routes[route] ? route : `${route.slice(0, route.lastIndexOf("/"))}/*`;
  const budget = routes[key];
  if (!budget) throw new Error(`tests/e2e/budgets.json has no budget for ${route}: add one`);
  return budget;
}

test("every route stays within its page-weight budget", async ({ request }) => {
  const floor = await weigh(request, "/no-such-page");
  expect(floor.js, "the framework floor itself grew past floorBytesMax").toBeLessThanOrEqual(budgets.floorBytesMax);
  const weights = await Promise.all(PUBLIC_ROUTES.map((route) => weigh(request, route)));

  const rows = weights.map((w) => ({ route: w.route, "html gz": w.html, "css gz": w.css, "js gz": w.js, "js over floor": w.js - floor.js }));
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
      over.push(`${weight.route}: JavaScript ${weight.js} > ${allowed} (floor ${floor.js} + margin); scripts beyond the floor: ${extra.join(", ")}`);
    }
  }
  expect(over).toEqual([]);
});
