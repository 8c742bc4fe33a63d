import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import {
  CRAWL_WIDTHS,
  crawledPages,
  FALLBACK_FONT_WIDTH,
  fallbackFontPages,
  NARROWER_WIDTH,
  publicPages,
  WCAG_TAGS,
} from "./support/crawl-record";

for (const width of CRAWL_WIDTHS) {
  test(`axe finds no WCAG A/AA violation on any route at ${width}px`, () => {
    expect(crawledPages(width).flatMap((page) => page.axeViolations)).toEqual([]);
  });

  // 200% zoom of a 1280px window leaves a 640px-wide layout viewport; 320px is WCAG's reflow width.
  test(`no route scrolls sideways at ${NARROWER_WIDTH[width]}px (each page narrowed after loading at ${width}px)`, () => {
    const overflowing = publicPages(width)
      .filter(({ overflow }) => overflow.scrollWidth > overflow.clientWidth)
      .map(({ route, overflow }) => `${route}: ${overflow.scrollWidth}px wide in a ${overflow.clientWidth}px viewport`);
    expect(overflowing).toEqual([]);
  });

  test(`each landmark has a name of its own among those of its role at ${width}px (html-validate unique-landmark)`, () => {
    expect(
      crawledPages(width).flatMap((page) => page.landmarkProblems.map((problem) => `${page.route}: ${problem}`)),
    ).toEqual([]);
  });

  test(`a wide table scrolls in its own named, focusable region at ${NARROWER_WIDTH[width]}px`, () => {
    expect(
      publicPages(width).flatMap((page) => page.tableProblems.map((problem) => `${page.route}: ${problem}`)),
    ).toEqual([]);
  });
}

// A first visit shows the fallback fonts (font-display: optional), whose words can be wider than the web fonts'.
test(`no page scrolls sideways at ${FALLBACK_FONT_WIDTH}px on a first visit, in the fallback fonts (web fonts blocked)`, () => {
  const overflowing = fallbackFontPages()
    .filter(({ overflow }) => overflow.scrollWidth > overflow.clientWidth)
    .map(({ route, overflow }) => `${route}: ${overflow.scrollWidth}px wide in a ${overflow.clientWidth}px viewport`);
  expect(overflowing).toEqual([]);
});

test("the open phone menu has no axe violation", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("dialog", { name: "Menu" })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("motion is switched off when the visitor asks for reduced motion", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/faq");
  const duration = await page
    // The FAQ's chevron, which turns as an answer opens.
    .locator('details summary > [aria-hidden="true"]')
    .first()
    .evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(parseFloat(duration)).toBeLessThanOrEqual(0.001);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
});
