/**
 * The one configured address of the site (SITE_URL, read at build time), for canonical URLs, share images,
 * the sitemap, the feed and structured data. Without it, links point to the local server.
 */
export const LOCAL_SITE_URL = "http://localhost:3000";

/** SITE_URL as given, or undefined when it is not set: the only place that reads the setting. */
export function configuredSiteUrl(): string | undefined {
  return process.env.SITE_URL?.trim() || undefined;
}

export function siteUrl(): URL {
  const configured = configuredSiteUrl();
  if (!configured) return new URL(LOCAL_SITE_URL);
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    throw new Error(`SITE_URL "${configured}" is not a web address: set it like SITE_URL=https://www.example.com`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== "/" || url.search || url.hash) {
    throw new Error(`SITE_URL "${configured}" must be just the site's origin, like https://www.example.com (no path)`);
  }
  return url;
}

/** An absolute address on this site. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).href;
}
