import { expect, test } from "@playwright/test";
import { draftArticles, PUBLIC_ROUTES } from "./support/routes";

test("every route answers 200 with one h1, a unique title and description, and no console errors", async ({ page }) => {
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => consoleErrors.push(`${page.url()}: ${error.message}`));

  for (const route of PUBLIC_ROUTES) {
    const response = await page.goto(route);
    expect(response?.status(), route).toBe(200);
    await expect(page.locator("h1"), route).toHaveCount(1);
    const title = await page.title();
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(title.length, `${route} title`).toBeGreaterThan(10);
    expect(description?.length ?? 0, `${route} description`).toBeGreaterThanOrEqual(50);
    expect(titles.get(title), `${route} repeats the title of ${titles.get(title)}`).toBeUndefined();
    expect(descriptions.get(description!), `${route} repeats the description of ${descriptions.get(description!)}`).toBeUndefined();
    titles.set(title, route);
    descriptions.set(description!, route);
  }
  expect(consoleErrors).toEqual([]);
});

test("every page shows the crisis line and a skip link", async ({ page }) => {
  for (const route of PUBLIC_ROUTES) {
    await page.goto(route);
    await expect(page.getByRole("complementary", { name: "Crisis support" }).first(), route).toContainText("988");
    await expect(page.getByRole("complementary", { name: "Crisis support" }).first(), route).toContainText("911");
    await expect(page.getByRole("link", { name: "Skip to main content" }), route).toHaveAttribute("href", "#main");
  }
});

test("unknown addresses get the friendly 404 page with status 404", async ({ page }) => {
  for (const route of ["/no-such-page", "/articles/no-such-article", "/locations/no-such-office"]) {
    const response = await page.goto(route);
    expect(response?.status(), route).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
    await expect(page.getByRole("complementary", { name: "Crisis support" }).first()).toBeVisible();
  }
});

test("draft articles are not in the production build", async ({ page }) => {
  expect(draftArticles.length, "the content should hold at least one draft for this test to mean something").toBeGreaterThan(0);
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
