import { expect, test } from "@playwright/test";
import { fillContactForm, inquiriesFor, likeAPerson } from "./support/contact";
import { watchPage } from "./support/crawl";
import { CRAWL_WIDTHS, crawledPages, problemsOn } from "./support/crawl-record";
import { INTERACTIVE_ROUTES, isContentRoute, PUBLIC_ROUTES } from "./support/routes";

const REQUIRED = {
  "x-content-type-options": /^nosniff$/,
  "referrer-policy": /^strict-origin-when-cross-origin$/,
  "permissions-policy": /camera=\(\).*microphone=\(\).*geolocation=\(\).*payment=\(\)/,
  "cross-origin-opener-policy": /^same-origin$/,
  "cross-origin-resource-policy": /^same-origin$/,
};

/** The policy's directives by name, each with its values. */
const directivesOf = (csp: string) =>
  new Map(
    csp
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

/** Content pages, the 404 page, the feed and images: no script of any kind may run. */
function checkNoScriptCsp(csp: string | undefined, where: string) {
  checkCsp(csp, where);
  expect(directivesOf(csp!).get("script-src"), where).toEqual(["'none'"]);
}

/** The interactive routes: their scripts run by this response's nonce only. */
function checkNonceCsp(csp: string | undefined, where: string) {
  checkCsp(csp, where);
  const scriptSrc = directivesOf(csp!).get("script-src") ?? [];
  expect(scriptSrc, where).toContain("'self'");
  expect(
    scriptSrc.filter((source) => /^'nonce-[A-Za-z0-9+/=]{20,}'$/.test(source)),
    where,
  ).toHaveLength(1);
}

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
  expect(scriptSrc.length, `${where} has no script-src`).toBeGreaterThan(0);
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
    if (isContentRoute(route)) checkNoScriptCsp(headers["content-security-policy"], route);
    else checkNonceCsp(headers["content-security-policy"], route);
    expect(headers["strict-transport-security"], `${route} over plain http`).toBeUndefined();
    const viaHttps = (await request.get(route, { headers: VIA_HTTPS_PROXY })).headers();
    expect(viaHttps["strict-transport-security"], `${route} over HTTPS`).toMatch(HSTS);
  }
});

test("an interactive page gets a fresh nonce on every response, and each of its scripts carries it", async ({
  request,
}) => {
  for (const route of INTERACTIVE_ROUTES) {
    const [first, second] = [await request.get(route), await request.get(route)];
    const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
    const nonce = nonceOf(first.headers()["content-security-policy"]);
    expect(nonce, route).toBeTruthy();
    expect(nonceOf(second.headers()["content-security-policy"]), route).not.toBe(nonce);
    const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/gi)]
      .map(([tag]) => tag)
      .filter((tag) => !/application\/ld\+json/.test(tag));
    expect(scripts.length, route).toBeGreaterThan(0);
    expect(
      scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`)),
      `${route}: scripts without this response's nonce`,
    ).toEqual([]);
  }
});

for (const width of CRAWL_WIDTHS) {
  test(`at ${width}px no page breaks a CSP rule, and every interactive page hydrates`, () => {
    const pages = crawledPages(width);
    expect(pages.flatMap((page) => page.cspViolations)).toEqual([]);
    const interactive = pages.filter((page) => !isContentRoute(page.route));
    expect(interactive.map((page) => page.route).sort()).toEqual([...INTERACTIVE_ROUTES].sort());
    expect(problemsOn(interactive, (page) => !page.hydrated && "did not hydrate: its scripts were blocked")).toEqual(
      [],
    );
  });
}

test("from an interactive page, a link to a content page loads it with no script and no CSP violation", async ({
  page,
  baseURL,
}) => {
  const watch = await watchPage(page, baseURL!);
  const scripts: string[] = [];
  await page.goto("/contact");
  page.on("request", (request) => request.resourceType() === "script" && scripts.push(request.url()));
  await page.getByRole("contentinfo").getByRole("link", { name: "FAQ" }).click();
  await expect(page).toHaveURL(/\/faq$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Frequently asked questions");
  await page.waitForLoadState("networkidle");
  expect(scripts).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
});

test("the page answering a contact form sent without JavaScript carries its nonce on every script", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/contact");
  await fillContactForm(page, {
    name: "Ana Nonce",
    email: `nonce-${Date.now()}@example.org`,
    contactMethod: "Email",
    office: "Encino",
    message: "sent without JavaScript",
  });
  await likeAPerson(page);
  const answer = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("button", { name: "Send message" }).click();
  const response = await answer;
  const csp = (await response.allHeaders())["content-security-policy"];
  checkNonceCsp(csp, "the answer to a form post");
  const nonce = /'nonce-([^']+)'/.exec(csp ?? "")![1];
  const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/gi)].map(([tag]) => tag);
  expect(scripts.filter((tag) => !/application\/ld\+json/.test(tag) && !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  await context.close();
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
  checkNoScriptCsp(response.headers()["content-security-policy"], "the 413 page");
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
  checkNoScriptCsp((await response.allHeaders())["content-security-policy"], "the 403 page");
  expect(inquiriesFor(email)).toEqual([]);
  await context.close();
});
