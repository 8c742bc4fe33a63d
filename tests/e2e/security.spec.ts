import { expect, test } from "@playwright/test";
import { fillContactForm, inquiriesFor, likeAPerson } from "./support/contact";
import { watchPage } from "./support/crawl";
import { CRAWL_WIDTHS, crawledPages, problemsOn } from "./support/crawl-record";
import { PUBLIC_ROUTES } from "./support/routes";

const REQUIRED = {
  "x-content-type-options": /^nosniff$/,
  "referrer-policy": /^strict-origin-when-cross-origin$/,
  "permissions-policy": /camera=\(\).*microphone=\(\).*geolocation=\(\).*payment=\(\)/,
  "cross-origin-opener-policy": /^same-origin$/,
  "cross-origin-resource-policy": /^same-origin$/,
};

function checkCsp(csp: string | undefined, where: string) {
  expect(csp, `${where} has no Content-Security-Policy`).toBeTruthy();
  const directives = new Map(
    csp!
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
  expect(directives.get("default-src"), where).toEqual(["'none'"]);
  expect(directives.get("frame-ancestors"), where).toEqual(["'none'"]);
  expect(directives.get("form-action"), where).toEqual(["'self'"]);
  expect(directives.get("base-uri"), where).toEqual(["'none'"]);
  expect(directives.get("object-src"), where).toEqual(["'none'"]);
  const scriptSrc = directives.get("script-src") ?? [];
  expect(scriptSrc, where).toContain("'self'");
  expect(scriptSrc, where).not.toContain("'unsafe-inline'");
  expect(scriptSrc, where).not.toContain("'unsafe-eval'");
}

const HSTS = /^max-age=\d{7,}; includeSubDomains$/;
// What Caddy (deploy/Caddyfile) tells the site about a request it received over HTTPS.
const VIA_HTTPS_PROXY = { "x-forwarded-proto": "https" };

test("every response carries the security headers, and no X-Powered-By; HSTS only over HTTPS", async ({ request }) => {
  const assets = [
    "/no-such-page",
    "/articles/no-such-article",
    "/sitemap.xml",
    "/robots.txt",
    "/feed.xml",
    "/opengraph-image",
    "/icon.svg",
  ];
  for (const route of [...PUBLIC_ROUTES, ...assets]) {
    const response = await request.get(route);
    const headers = response.headers();
    for (const [name, pattern] of Object.entries(REQUIRED)) expect(headers[name], `${route} ${name}`).toMatch(pattern);
    expect(headers["x-powered-by"], route).toBeUndefined();
    checkCsp(headers["content-security-policy"], route);
    expect(headers["strict-transport-security"], `${route} over plain http`).toBeUndefined();
    const viaHttps = (await request.get(route, { headers: VIA_HTTPS_PROXY })).headers();
    expect(viaHttps["strict-transport-security"], `${route} over HTTPS`).toMatch(HSTS);
  }
});

for (const width of CRAWL_WIDTHS) {
  test(`at ${width}px no page breaks a CSP rule, and every page hydrates`, () => {
    const pages = crawledPages(width);
    expect(pages.flatMap((page) => page.cspViolations)).toEqual([]);
    expect(problemsOn(pages, (page) => !page.hydrated && "did not hydrate: its inline scripts were blocked")).toEqual(
      [],
    );
  });
}

test("client-side navigation works under the CSP", async ({ page, baseURL }) => {
  const watch = await watchPage(page, baseURL!);
  await page.goto("/");
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "FAQ" }).click();
  await expect(page).toHaveURL(/\/faq$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Frequently asked questions");
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  expect(watch.cspViolations).toEqual([]);
});

test("an oversized contact post is refused with 413 and a short readable page, never a 500", async ({
  request,
  baseURL,
}) => {
  const response = await request.post("/contact", {
    headers: { origin: baseURL!, "content-type": "application/x-www-form-urlencoded" },
    data: `name=${"x".repeat(70 * 1024)}`,
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("Your message was too long to send");
  for (const [name, pattern] of Object.entries(REQUIRED))
    expect(response.headers()[name], `413 ${name}`).toMatch(pattern);
  checkCsp(response.headers()["content-security-policy"], "the 413 page");
});

test("a contact form sent from another website is refused with 403, and nothing is stored", async ({ browser }) => {
  // With JavaScript off the browser posts the real form itself; only its Origin is rewritten, so everything else
  // about the submission is one the site would store (as contact.spec.ts's JavaScript-off test shows).
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const email = `foreign-origin-${Date.now()}@example.org`;
  // Chromium keeps its own Origin on a continued request, so the post is sent from here with the header rewritten.
  await page.route("**/contact", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    await route.fulfill({
      response: await route.fetch({
        headers: { ...(await route.request().allHeaders()), origin: "https://evil.example" },
      }),
    });
  });
  await page.goto("/contact");
  await fillContactForm(page, {
    name: "Ana Foreign",
    email,
    contactMethod: "Email",
    office: "Encino",
    message: "sent from elsewhere",
  });
  await likeAPerson(page);
  const answer = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("button", { name: "Send message" }).click();
  const response = await answer;
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("This form can only be sent from our website");
  checkCsp((await response.allHeaders())["content-security-policy"], "the 403 page");
  expect(inquiriesFor(email)).toEqual([]);
  await context.close();
});
