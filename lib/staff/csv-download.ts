import "server-only";
import { isCrossSiteRequest } from "../security/cross-site-request";
import { siteUrl } from "../seo/site-url";

/** A CSV answer the browser saves as a file and no cache keeps. */
export function csvDownload(csv: string, name: string): Response {
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}

/**
 * The answer to a download started from another website, before the session is even read: nothing is exported,
 * audited or counted as staff activity. Undefined when the request came from the site itself.
 */
export function refuseCrossSiteDownload(request: Request): Response | undefined {
  if (!isCrossSiteRequest(request.headers, siteUrl().origin)) return undefined;
  return new Response("This download works only from the staff pages. Open the inbox and use its download link.", {
    status: 403,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" },
  });
}
