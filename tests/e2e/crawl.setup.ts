import { gzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import { test, type Browser, type BrowserContext, type Page, type Request } from "@playwright/test";
import { isHydrated, watchPage } from "./support/crawl";
import { landmarksWithoutOwnName, tablesWithoutScrollRegion } from "./support/landmarks";
import {
  CRAWL_WIDTHS,
  CRAWLED_ROUTES,
  FALLBACK_FONT_ROUTES,
  FALLBACK_FONT_WIDTH,
  NARROWER_WIDTH,
  WCAG_TAGS,
  writeCrawl,
  writeFallbackFontCrawl,
  type CrawlWidth,
  type FallbackFontRecord,
  type Overflow,
  type PageRecord,
} from "./support/crawl-record";

/**
 * One crawl per width for every check that reads a whole page (axe, CSP, other origins, cookies, scripts,
 * titles, links, JSON-LD, sideways scrolling): each page is loaded once here (and once more at 320 px in the
 * fallback fonts, crawlWithWebFontsBlocked), and the checks in the specs read the record
 * (support/crawl-record.ts), each failing on its own and naming the page. This is the chromium
 * project's dependency, so Playwright runs it once per run whatever the number of workers.
 */
const attribute = (page: Page, selector: string, name: string) =>
  page.locator(selector).evaluateAll((nodes, name) => nodes.map((node) => node.getAttribute(name) ?? ""), name);

/** What the DOM of the loaded page says, read in one pass. */
function readDom(page: Page) {
  return page.evaluate(() => {
    const meta = (selector: string) => document.querySelector(selector)?.getAttribute("content") ?? null;
    const keyboardReachable = (link: HTMLAnchorElement) =>
      link.tabIndex >= 0 && !link.closest("[inert]") && link.checkVisibility({ visibilityProperty: true });
    return {
      title: document.title,
      description: meta('meta[name="description"]'),
      h1Count: document.querySelectorAll("h1").length,
      lang: document.documentElement.getAttribute("lang"),
      ogTitleCount: document.querySelectorAll('meta[property="og:title"]').length,
      twitterCard: meta('meta[name="twitter:card"]'),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (script) => script.textContent ?? "",
      ),
      links: [...document.querySelectorAll<HTMLAnchorElement>("a[href]")].map((link) => ({
        href: link.href,
        keyboard: keyboardReachable(link),
      })),
      ids: [...document.querySelectorAll("[id]")].map((element) => element.id),
    };
  });
}

async function axeViolations(page: Page, route: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${route}: ${violation.id} (${violation.nodes.length}×) ${violation.help} — ${violation.nodes[0]?.target.join(" ")}`,
  );
}

/** Widens or narrows the window on the loaded page: the layout is recomputed for the new width without a reload. */
async function overflowAt(page: Page, width: number): Promise<Overflow> {
  await page.setViewportSize({ width, height: 720 });
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  return { width, scrollWidth, clientWidth };
}

/** What the page's listeners hear while it is loaded; the crawl adds it to the page's record. */
type Heard = "consoleErrors" | "cspViolations" | "foreignRequests" | "websockets";

async function recordPage(
  page: Page,
  context: BrowserContext,
  route: string,
  width: CrawlWidth,
): Promise<Omit<PageRecord, Heard>> {
  await page.setViewportSize({ width, height: 900 });
  const scripts = new Set<string>();
  const stylesheets = new Set<string>();
  const recordRequest = (request: Request) => {
    if (request.resourceType() === "script") scripts.add(new URL(request.url()).pathname);
    if (request.resourceType() === "stylesheet") stylesheets.add(new URL(request.url()).pathname);
  };
  page.on("request", recordRequest);
  const response = await page.goto(route, { waitUntil: "networkidle" });
  page.off("request", recordRequest);
  if (!response) throw new Error("no response");

  const html = (await response.body()).toString("utf8");
  const dom = await readDom(page);
  const crisis = page.getByRole("complementary", { name: "Crisis support" }).first();
  return {
    route,
    status: response.status(),
    htmlGzipBytes: gzipSync(html).length,
    ...dom,
    canonicals: await attribute(page, 'link[rel="canonical"]', "href"),
    ogImages: await attribute(page, 'meta[property="og:image"]', "content"),
    feedLinks: await attribute(page, 'link[rel="alternate"][type="application/rss+xml"]', "href"),
    crisisText: (await crisis.count()) > 0 ? await crisis.textContent() : null,
    skipLinkHrefs: await Promise.all(
      (await page.getByRole("link", { name: "Skip to main content" }).all()).map((link) =>
        link.getAttribute("href").then((href) => href ?? ""),
      ),
    ),
    scripts: [...scripts],
    scriptElements: [...html.matchAll(/<script\b[^>]*>/gi)]
      .map(([tag]) => tag)
      .filter((tag) => !/type=["']?application\/ld\+json/i.test(tag)),
    stylesheets: [...stylesheets],
    hydrated: await isHydrated(page),
    serviceWorkers: await page.evaluate(async () =>
      navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
    ),
    cookies: (await context.cookies()).map((cookie) => `${cookie.name} (${cookie.domain})`),
    axeViolations: await axeViolations(page, route),
    landmarkProblems: await landmarksWithoutOwnName(page),
    overflow: await overflowAt(page, NARROWER_WIDTH[width]),
    tableProblems: await tablesWithoutScrollRegion(page),
  };
}

/**
 * A first visit at 320 px: each page, and the staff sign-in page, loaded at that width in a context of its own whose
 * font files fail, so it is laid out in the fallback fonts that `font-display: optional` paints when the fonts are
 * not there in time. It runs beside the 390 px crawl (whose narrower width is 320 px), adding a few seconds of work
 * and no waiting: only the document, its stylesheet and its scripts load.
 */
async function crawlWithWebFontsBlocked(browser: Browser, baseURL: string): Promise<FallbackFontRecord[]> {
  const context = await browser.newContext({ baseURL, viewport: { width: FALLBACK_FONT_WIDTH, height: 720 } });
  let blockedFonts = 0;
  await context.route("**/*.woff2", (route) => {
    blockedFonts += 1;
    return route.abort("failed");
  });
  const page = await context.newPage();
  const pages: FallbackFontRecord[] = [];
  for (const route of FALLBACK_FONT_ROUTES) {
    const record = await (async (): Promise<FallbackFontRecord> => {
      blockedFonts = 0;
      await page.goto(route, { waitUntil: "load" });
      const { loadedFonts, scrollWidth, clientWidth } = await page.evaluate(async () => {
        await document.fonts.ready;
        return {
          loadedFonts: [...document.fonts].filter((font) => font.status === "loaded").length,
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        };
      });
      // The pass proves nothing unless the page asked for its fonts and got none of them.
      if (blockedFonts === 0 || loadedFonts > 0)
        throw new Error(`${blockedFonts} font requests blocked, ${loadedFonts} web fonts loaded anyway`);
      return { route, overflow: { width: FALLBACK_FONT_WIDTH, scrollWidth, clientWidth } };
    })().catch((error: unknown) => ({ route, loadError: errorLine(error) }));
    pages.push(record);
  }
  await context.close();
  return pages;
}

const errorLine = (error: unknown) => (error instanceof Error ? error.message.split("\n")[0] : String(error));

for (const width of CRAWL_WIDTHS) {
  test(`crawl every page at ${width}px`, async ({ page, context, browser, baseURL }) => {
    test.setTimeout(300_000);
    const fallbackFontPass =
      NARROWER_WIDTH[width] === FALLBACK_FONT_WIDTH
        ? crawlWithWebFontsBlocked(browser, baseURL!).catch((error: unknown) =>
            FALLBACK_FONT_ROUTES.map((route) => ({ route, loadError: errorLine(error) })),
          )
        : undefined;
    const watch = await watchPage(page, baseURL!);
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => consoleErrors.push(`${page.url()}: ${error.message}`));

    const pages: PageRecord[] = [];
    for (const route of CRAWLED_ROUTES) {
      const record = await recordPage(page, context, route, width).catch(
        (error: unknown) => ({ route, loadError: errorLine(error) }) as PageRecord,
      );
      pages.push({
        ...record,
        consoleErrors: consoleErrors.splice(0),
        cspViolations: watch.cspViolations.splice(0),
        foreignRequests: watch.foreignRequests.splice(0),
        websockets: watch.websockets.splice(0),
      });
    }
    writeCrawl(width, pages);
    if (fallbackFontPass) writeFallbackFontCrawl(await fallbackFontPass);
  });
}
