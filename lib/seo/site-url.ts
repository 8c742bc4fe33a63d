/**
 * The one configured address of the site (SITE_URL, read at build time), for canonical URLs, share images,
 * the sitemap, the feed and structured data. Without it, links point to the local server.
 */
export const LOCAL_SITE_URL = "http://localhost:3000";
const EXAMPLE = "SITE_URL=https://www.example.com";

/** SITE_URL as given, or undefined when it is not set: the only place that reads the setting. */
export function configuredSiteUrl(): string | undefined {
  return process.env.SITE_URL?.trim() || undefined;
}

export function siteUrl(): URL {
  const configured = configuredSiteUrl();
  return configured ? siteUrlFrom(configured) : new URL(LOCAL_SITE_URL);
}

function siteUrlFrom(configured: string): URL {
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    throw new Error(`SITE_URL "${configured}" is not a web address: set it like ${EXAMPLE}`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== "/" || url.search || url.hash) {
    throw new Error(`SITE_URL "${configured}" must be just the site's origin, like https://www.example.com (no path)`);
  }
  return url;
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Why a production server must not start with this SITE_URL, or undefined when it may. Without it the staff
 * cookie loses Secure and its __Secure- prefix, passkeys are bound to localhost and invite links point there;
 * plain http is accepted only on this machine, where the tests run the production server.
 */
export function productionSiteUrlProblem(configured: string | undefined): string | undefined {
  if (!configured)
    return `SITE_URL is not set. Set it to the site's public address, like ${EXAMPLE} (http:// only for localhost); \`npm run setup\` writes SITE_URL=${LOCAL_SITE_URL} to .env.local for trying the site on this machine.`;
  let url: URL;
  try {
    url = siteUrlFrom(configured);
  } catch (error) {
    return (error as Error).message;
  }
  if (url.protocol !== "https:" && !LOCAL_HOSTS.has(url.hostname))
    return `SITE_URL "${configured}" must start with https:// in production, like ${EXAMPLE} (http:// only for localhost, 127.0.0.1 or ::1).`;
  return undefined;
}

/** An absolute address on this site. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).href;
}
