import { expect, test } from "@playwright/test";
import { COMPILE_HINT, startupScriptUrls } from "../../lib/performance/compile-hint";
import { PUBLIC_ROUTES } from "./support/routes";

test("every script a page loads at start-up is served with V8's compile hint on its first line", async ({ request }) => {
  const scripts = new Set<string>();
  for (const route of [...PUBLIC_ROUTES, "/no-such-page"]) {
    const html = await (await request.get(route)).text();
    for (const url of startupScriptUrls(html)) scripts.add(url);
  }
  expect(scripts.size, "the pages load no scripts at all: the check would prove nothing").toBeGreaterThan(3);
  const missing: string[] = [];
  for (const url of scripts) {
    const body = await (await request.get(url)).text();
    if (!body.startsWith(`${COMPILE_HINT}\n`)) missing.push(url);
  }
  expect(missing, "run `npm run build`, whose last step (scripts/add-compile-hints.ts) adds the hint").toEqual([]);
});
