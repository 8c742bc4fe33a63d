import type { Page, Request, Response } from "@playwright/test";

export type Visit = { response: Response; scripts: Set<string>; stylesheets: Set<string> };

/**
 * Loads a route until the network goes quiet and records the paths of every script and stylesheet it requested:
 * those the HTML names and the chunks the page's own JavaScript fetches as it hydrates (the contact form). Code
 * that waits for the visitor (the form's validation, loaded on first focus) is not requested, so not recorded.
 */
export async function visit(page: Page, route: string): Promise<Visit> {
  const scripts = new Set<string>();
  const stylesheets = new Set<string>();
  const record = (sent: Request) => {
    const type = sent.resourceType();
    if (type === "script") scripts.add(new URL(sent.url()).pathname);
    if (type === "stylesheet") stylesheets.add(new URL(sent.url()).pathname);
  };
  page.on("request", record);
  const response = await page.goto(route, { waitUntil: "networkidle" });
  page.off("request", record);
  if (!response) throw new Error(`Loading ${route} gave no response`);
  return { response, scripts, stylesheets };
}
