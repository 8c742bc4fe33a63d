import { expect, test } from "@playwright/test";
import { CRAWL_WIDTHS, crawledPages, problemsOn, publicPages, type PageRecord } from "./support/crawl-record";
import { draftArticles } from "./support/routes";

// The description's length is seo.spec.ts's check.
test("every route answers 200 with one h1 and a title", () => {
  const pages = publicPages(1280);
  expect(problemsOn(pages, (page) => page.status !== 200 && `status ${page.status}`)).toEqual([]);
  expect(problemsOn(pages, (page) => page.h1Count !== 1 && `${page.h1Count} h1 elements`)).toEqual([]);
  expect(problemsOn(pages, (page) => page.title.length <= 10 && `title "${page.title}" is too short`)).toEqual([]);
});

test("no two routes share a title or a description", () => {
  const repeats = (read: (page: PageRecord) => string | null) => {
    const first = new Map<string, string>();
    return problemsOn(publicPages(1280), (page) => {
      const value = read(page) ?? "";
      const earlier = first.get(value);
      if (earlier === undefined) first.set(value, page.route);
      return earlier !== undefined && `repeats "${value}" of ${earlier}`;
    });
  };
  expect(repeats((page) => page.title)).toEqual([]);
  expect(repeats((page) => page.description)).toEqual([]);
});

for (const width of CRAWL_WIDTHS) {
  test(`no route logs a console error at ${width}px`, () => {
    expect(publicPages(width).flatMap((page) => page.consoleErrors)).toEqual([]);
  });

  test(`every page shows the crisis line and a skip link at ${width}px`, () => {
    const pages = crawledPages(width);
    expect(
      problemsOn(pages, (page) => !/988/.test(page.crisisText ?? "") && `crisis line "${page.crisisText}" lacks 988`),
    ).toEqual([]);
    expect(
      problemsOn(pages, (page) => !/911/.test(page.crisisText ?? "") && `crisis line "${page.crisisText}" lacks 911`),
    ).toEqual([]);
    expect(
      problemsOn(
        pages,
        (page) =>
          page.skipLinkHrefs.join() !== "#main" && `skip links ${JSON.stringify(page.skipLinkHrefs)}, not one to #main`,
      ),
    ).toEqual([]);
  });
}

test("unknown addresses get the friendly 404 page with status 404", async ({ page }) => {
  for (const route of ["/no-such-page", "/articles/no-such-article", "/locations/no-such-office"]) {
    const response = await page.goto(route);
    expect(response?.status(), route).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
    await expect(page.getByRole("complementary", { name: "Crisis support" }).first()).toBeVisible();
  }
});

test("draft articles are not in the production build", async ({ page }) => {
  expect(
    draftArticles.length,
    "the content should hold at least one draft for this test to mean something",
  ).toBeGreaterThan(0);
  for (const draft of draftArticles) {
    const response = await page.goto(`/articles/${draft.slug}`);
    expect(response?.status()).toBe(404);
  }
  await page.goto("/articles");
  for (const draft of draftArticles) {
    await expect(page.getByRole("link", { name: draft.title })).toHaveCount(0);
  }
});

test("FAQ answers open without JavaScript and are linkable by anchor", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/faq");
  const questions = page.locator("details");
  expect(await questions.count()).toBeGreaterThanOrEqual(15);
  const first = questions.first();
  const id = await first.getAttribute("id");
  await first.locator("summary").click();
  await expect(first).toHaveAttribute("open", "");
  await page.goto(`/faq#${id}`);
  await expect(page.locator(`details#${id} summary`)).toBeVisible();
  await context.close();
});
