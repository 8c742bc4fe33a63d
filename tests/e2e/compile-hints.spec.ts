import { expect, test } from "@playwright/test";
import { COMPILE_HINT } from "../../lib/performance/compile-hint";
import { PUBLIC_ROUTES } from "./support/routes";
import { visit } from "./support/visit";

/**
 * Every script a visit runs before the network goes quiet (those the HTML names and chunks the page's own
 * JavaScript fetches as it hydrates, like the contact form) must reach the browser with V8's compile hint.
 */
test("every script a page runs as it loads is served with V8's compile hint on its first line", async ({ page, request }) => {
  test.setTimeout(120_000);
  const scripts = new Set<string>();
  for (const route of [...PUBLIC_ROUTES, "/no-such-page"]) for (const url of (await visit(page, route)).scripts) scripts.add(url);

  expect(scripts.size, "the pages loaded almost no scripts: this check would prove nothing").toBeGreaterThan(3);
  const missing: string[] = [];
  for (const url of scripts) {
    const body = await (await request.get(url)).text();
    if (!body.startsWith(`${COMPILE_HINT}\n`)) missing.push(url);
  }
  expect(missing, "run `npm run build`, whose last step (scripts/add-compile-hints.ts) adds the hint").toEqual([]);
});
