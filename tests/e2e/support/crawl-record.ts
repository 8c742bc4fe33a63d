import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { E2E_DIR } from "./e2e-paths";
import { PUBLIC_ROUTES } from "./routes";

/**
 * The shared crawl (crawl.setup.ts) loads every page once per width and writes down what each check needs; the
 * checks in the specs read that record instead of loading the pages again. Each width also measures, on the page
 * it has loaded, the narrower width named here: 320 px is WCAG's reflow width, 640 px is 1280 px at 200% zoom.
 */
export const CRAWL_WIDTHS = [390, 1280] as const;
export type CrawlWidth = (typeof CRAWL_WIDTHS)[number];
export const NARROWER_WIDTH: Record<CrawlWidth, number> = { 390: 320, 1280: 640 };

/** Every public page, and the 404 page, which carries the same layout and framework floor. */
export const NOT_FOUND_ROUTE = "/no-such-page";
export const CRAWLED_ROUTES = [...PUBLIC_ROUTES, NOT_FOUND_ROUTE];

/**
 * A first visit: `font-display: optional` (components/site/fonts.ts) paints with the fallback fonts when the font
 * files are not there in time, and keeps them on that page. Beside the 390 px crawl, each page and the staff
 * sign-in page is loaded again at 320 px with its font files failing, and measured in the fallback fonts.
 */
export const FALLBACK_FONT_WIDTH = 320;
export const STAFF_SIGN_IN_ROUTE = "/staff/sign-in";
export const FALLBACK_FONT_ROUTES = [...CRAWLED_ROUTES, STAFF_SIGN_IN_ROUTE];

export type Overflow = { width: number; scrollWidth: number; clientWidth: number };
export type FallbackFontRecord = { route: string; loadError?: string; overflow?: Overflow };

/** axe-core's WCAG 2.0, 2.1 and 2.2 rules, levels A and AA. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export type LinkRecord = { href: string; keyboard: boolean };

export type PageRecord = {
  route: string;
  /** Why the page could not be loaded and read; every check refuses a record that has one. */
  loadError?: string;
  status: number;
  htmlGzipBytes: number;
  title: string;
  description: string | null;
  h1Count: number;
  lang: string | null;
  canonicals: string[];
  ogTitleCount: number;
  ogImages: string[];
  twitterCard: string | null;
  feedLinks: string[];
  jsonLd: string[];
  crisisText: string | null;
  skipLinkHrefs: string[];
  /** Every `<a href>`, absolute, and whether Tab can reach it (visible, not inert, tabindex not negative). */
  links: LinkRecord[];
  ids: string[];
  /**
   * Paths of the scripts and stylesheets requested until the network went quiet: those the HTML names and the
   * chunks the page's own JavaScript fetches as it hydrates (the contact form). Code that waits for the visitor
   * (the form's validation, loaded on first focus) is not requested, so not recorded.
   */
  scripts: string[];
  /** Every <script> element in the HTML as served, except JSON-LD data blocks: its opening tag. */
  scriptElements: string[];
  stylesheets: string[];
  hydrated: boolean;
  consoleErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
  websockets: string[];
  serviceWorkers: number;
  /** Cookies the browser held after this page (the crawl keeps one browser context for all pages). */
  cookies: string[];
  axeViolations: string[];
  /** Landmarks sharing a role without a name of their own (html-validate's unique-landmark). */
  landmarkProblems: string[];
  overflow: Overflow;
  /** Tables not inside a named, focusable region that scrolls, measured at the narrower width. */
  tableProblems: string[];
};

const recordFile = (width: CrawlWidth) => path.join(E2E_DIR, "crawl", `${width}px.json`);

export function writeCrawl(width: CrawlWidth, pages: PageRecord[]) {
  mkdirSync(path.dirname(recordFile(width)), { recursive: true });
  writeFileSync(recordFile(width), JSON.stringify(pages, null, 1));
}

/**
 * The pages the crawl recorded at this width. Throws, naming them, if any page could not be loaded, so that no
 * check passes on a page nobody read.
 */
export function crawledPages(width: CrawlWidth): PageRecord[] {
  const file = recordFile(width);
  if (!existsSync(file)) {
    throw new Error(
      `No crawl record at ${file}: run the chromium project with its dependencies (plain \`npx playwright test\`), not --no-deps`,
    );
  }
  const pages = JSON.parse(readFileSync(file, "utf8")) as PageRecord[];
  const failed = pages.filter((page) => page.loadError).map((page) => `${page.route}: ${page.loadError}`);
  if (failed.length > 0) throw new Error(`The crawl at ${width}px could not read these pages:\n${failed.join("\n")}`);
  return pages;
}

const fallbackFontFile = () => path.join(E2E_DIR, "crawl", `${FALLBACK_FONT_WIDTH}px-fallback-fonts.json`);

export function writeFallbackFontCrawl(pages: FallbackFontRecord[]) {
  mkdirSync(path.dirname(fallbackFontFile()), { recursive: true });
  writeFileSync(fallbackFontFile(), JSON.stringify(pages, null, 1));
}

/** The pages measured with their web fonts blocked (FALLBACK_FONT_ROUTES); throws, naming them, if any failed to load. */
export function fallbackFontPages(): (FallbackFontRecord & { overflow: Overflow })[] {
  const file = fallbackFontFile();
  if (!existsSync(file)) {
    throw new Error(
      `No crawl record at ${file}: run the chromium project with its dependencies (plain \`npx playwright test\`), not --no-deps`,
    );
  }
  const pages = JSON.parse(readFileSync(file, "utf8")) as FallbackFontRecord[];
  const failed = pages
    .filter((page) => page.loadError || !page.overflow)
    .map((page) => `${page.route}: ${page.loadError}`);
  if (failed.length > 0) throw new Error(`The fallback-font crawl could not read these pages:\n${failed.join("\n")}`);
  return pages as (FallbackFontRecord & { overflow: Overflow })[];
}

/** The public pages only, without the 404 page. */
export const publicPages = (width: CrawlWidth) => crawledPages(width).filter((page) => page.route !== NOT_FOUND_ROUTE);

/** The record of one route; throws if the crawl did not visit it. */
export function crawledPage(width: CrawlWidth, route: string): PageRecord {
  const page = crawledPages(width).find((record) => record.route === route);
  if (!page) throw new Error(`The crawl at ${width}px has no record of ${route}: add it to CRAWLED_ROUTES`);
  return page;
}

/** "route: what was found" for each page whose record shows the problem (`problem` returns false when it does not). */
export function problemsOn(pages: PageRecord[], problem: (page: PageRecord) => string | false): string[] {
  return pages.flatMap((page) => {
    const found = problem(page);
    return found === false ? [] : [`${page.route}: ${found}`];
  });
}
