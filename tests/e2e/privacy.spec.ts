import { expect, test } from "@playwright/test";
import { watchPage } from "./support/crawl";
import { PUBLIC_ROUTES } from "./support/routes";

for (const width of [390, 1280]) {
  test(`at ${width}px no page contacts another origin, opens a websocket, registers a service worker or sets a cookie`, async ({ page, context, baseURL }) => {
    await page.setViewportSize({ width, height: 900 });
    const watch = await watchPage(page, baseURL!);
    for (const route of [...PUBLIC_ROUTES, "/no-such-page"]) {
      await page.goto(route);
      await page.waitForLoadState("networkidle");
      const workers = await page.evaluate(async () => (navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0));
      expect(workers, `${route} registered a service worker`).toBe(0);
    }
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.websockets).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
}
