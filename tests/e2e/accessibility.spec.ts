import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { landmarksWithoutOwnName, tablesWithoutScrollRegion } from "./support/landmarks";
import { PUBLIC_ROUTES } from "./support/routes";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

for (const width of [390, 1280]) {
  test(`axe finds no WCAG A/AA violation on any route at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const violations: string[] = [];
    const landmarkProblems: string[] = [];
    for (const route of [...PUBLIC_ROUTES, "/no-such-page"]) {
      await page.goto(route);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      for (const violation of results.violations) {
        violations.push(`${route}: ${violation.id} (${violation.nodes.length}×) ${violation.help} — ${violation.nodes[0]?.target.join(" ")}`);
      }
      if (width === 390) landmarkProblems.push(...(await landmarksWithoutOwnName(page)).map((problem) => `${route}: ${problem}`));
    }
    expect(violations).toEqual([]);
    expect(landmarkProblems, "each landmark needs a name of its own among those of its role (html-validate unique-landmark)").toEqual([]);
  });
}

test("the open phone menu has no axe violation", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("dialog", { name: "Menu" })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

// 200% zoom of a 1280px window leaves a 640px-wide layout viewport; 320px is WCAG's reflow width.
for (const width of [320, 640]) {
  test(`no route scrolls sideways at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 720 });
    const overflowing: string[] = [];
    const tables: string[] = [];
    for (const route of PUBLIC_ROUTES) {
      await page.goto(route);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      if (scrollWidth > clientWidth) overflowing.push(`${route}: ${scrollWidth}px wide in a ${clientWidth}px viewport`);
      tables.push(...(await tablesWithoutScrollRegion(page)).map((problem) => `${route}: ${problem}`));
    }
    expect(overflowing).toEqual([]);
    expect(tables, "a wide table scrolls in its own named, focusable region").toEqual([]);
  });
}

test("motion is switched off when the visitor asks for reduced motion", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/faq");
  const duration = await page.locator("details svg").first().evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(parseFloat(duration)).toBeLessThanOrEqual(0.001);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
});
