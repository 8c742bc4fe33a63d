import { expect, test } from "@playwright/test";
import { COMPILE_HINT } from "../../lib/performance/compile-hint";
import { CRAWL_WIDTHS, crawledPages } from "./support/crawl-record";

/**
 * Every script a visit runs before the network goes quiet (those the HTML names and chunks the page's own
 * JavaScript fetches as it hydrates, like the contact form), at either crawl width, must reach the browser with
 * V8's compile hint.
 */
test("every script a page runs as it loads is served with V8's compile hint on its first line", async ({ request }) => {
  const scripts = new Set(CRAWL_WIDTHS.flatMap((width) => crawledPages(width).flatMap((page) => page.scripts)));

  expect(scripts.size, "the pages loaded almost no scripts: this check would prove nothing").toBeGreaterThan(3);
  const missing: string[] = [];
  for (const url of scripts) {
    const body = await (await request.get(url)).text();
    if (!body.startsWith(`${COMPILE_HINT}\n`)) missing.push(url);
  }
  expect(missing, "run `npm run build`, whose last step (scripts/add-compile-hints.ts) adds the hint").toEqual([]);
});
