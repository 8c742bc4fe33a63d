import { expect, test } from "@playwright/test";

test("/healthz answers 200 while the database answers, with no data and no cookie", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe("ok\n");
  expect(response.headers()["set-cookie"]).toBeUndefined();
  expect(response.headers()["cache-control"]).toContain("no-store");
});
