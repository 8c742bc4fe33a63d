import { expect, test, type Page } from "@playwright/test";
import { crawledPages, type LinkRecord } from "./support/crawl-record";
import { PUBLIC_ROUTES } from "./support/routes";

/** The links and element ids of a page: from the 1280px crawl, or read here if the crawl did not visit it. */
async function linksAndIds(page: Page, route: string): Promise<{ links: LinkRecord[]; ids: string[] }> {
  const crawled = crawledPages(1280).find((record) => record.route === route);
  if (crawled) return crawled;
  await page.goto(route);
  return page.evaluate(() => ({
    links: [...document.querySelectorAll<HTMLAnchorElement>("a[href]")].map((link) => ({
      href: link.href,
      keyboard: true,
    })),
    ids: [...document.querySelectorAll("[id]")].map((element) => element.id),
  }));
}

test("every internal link resolves, and following links from home reaches every page", async ({
  page,
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const seen = new Set<string>(["/"]);
  const queue = ["/"];
  const broken: string[] = [];
  while (queue.length > 0) {
    const route = queue.shift()!;
    const { links, ids } = await linksAndIds(page, route);
    for (const { href } of links) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      if (url.hash && url.pathname === route) {
        const target = decodeURIComponent(url.hash.slice(1));
        if (target && !ids.includes(target)) broken.push(`${route} → #${target} (no such anchor)`);
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

// Tab reaches every link that is shown, not inert and not taken out of the tab order, so a page linked that way
// from home, the article list or the office list is reachable by keyboard.
test("every page can be reached by keyboard from home, articles and locations", () => {
  const starts = crawledPages(1280).filter((page) => ["/", "/articles", "/locations"].includes(page.route));
  expect(starts).toHaveLength(3);
  const reached = new Set(
    starts.flatMap((page) => page.links.filter((link) => link.keyboard).map((link) => new URL(link.href).pathname)),
  );
  for (const route of PUBLIC_ROUTES) expect(reached, `no keyboard path to ${route}`).toContain(route);
});
