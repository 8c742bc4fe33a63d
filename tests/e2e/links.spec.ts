import { expect, test } from "@playwright/test";
import { PUBLIC_ROUTES } from "./support/routes";

test("every internal link resolves, and following links from home reaches every page", async ({ page, request }) => {
  const seen = new Set<string>(["/"]);
  const queue = ["/"];
  const broken: string[] = [];
  while (queue.length > 0) {
    const route = queue.shift()!;
    await page.goto(route);
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      if (url.hash && url.pathname === new URL(page.url()).pathname) {
        const target = decodeURIComponent(url.hash.slice(1));
        if (target && (await page.locator(`[id="${target}"]`).count()) === 0) broken.push(`${route} → #${target} (no such anchor)`);
        continue;
      }
      if (seen.has(url.pathname)) continue;
      seen.add(url.pathname);
      const response = await request.get(url.pathname);
      if (response.status() !== 200) broken.push(`${route} → ${url.pathname} (${response.status()})`);
      else if ((response.headers()["content-type"] ?? "").includes("text/html")) queue.push(url.pathname);
    }
  }
  expect(broken).toEqual([]);
  for (const route of PUBLIC_ROUTES) expect(seen, `nothing links to ${route}`).toContain(route);
});
