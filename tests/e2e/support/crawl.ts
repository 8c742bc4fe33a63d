import type { Page } from "@playwright/test";

/** What a page did beyond its own origin, and any Content-Security-Policy it broke, while loaded. */
export type PageWatch = { foreignRequests: string[]; websockets: string[]; cspViolations: string[] };

export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  const watch: PageWatch = { foreignRequests: [], websockets: [], cspViolations: [] };
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"))
      watch.foreignRequests.push(`${page.url()} → ${url}`);
  });
  page.on("websocket", (socket) => watch.websockets.push(`${page.url()} → ${socket.url()}`));
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) watch.cspViolations.push(`${page.url()}: ${message.text()}`);
  });
  await page.exposeFunction("__reportCspViolation", (text: string) => watch.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(
        `${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"} (${event.sample})`,
      );
    });
  });
  return watch;
}

/** React marks the DOM nodes it has hydrated; none means the page's scripts never ran. */
export async function isHydrated(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    Object.keys(document.querySelector("main") ?? {}).some((key) => key.startsWith("__react")),
  );
}
