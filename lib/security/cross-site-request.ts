/**
 * Whether a request was started by another website: a link, a script's navigation or a form elsewhere. Staff
 * cookies are SameSite=Lax, so a top-level GET from another site still carries them; a download or any other
 * GET that does something must refuse such a request itself. Browsers say where a request came from in
 * Sec-Fetch-Site ("none" is a typed address or a bookmark); without it, the Referer's origin decides, and a
 * request with neither is treated as the browser's own.
 */
export function isCrossSiteRequest(requestHeaders: Headers, siteOrigin: string): boolean {
  const fetchSite = requestHeaders.get("sec-fetch-site");
  if (fetchSite) return fetchSite !== "same-origin" && fetchSite !== "none";
  const referer = requestHeaders.get("referer");
  if (!referer) return false;
  try {
    return new URL(referer).origin !== new URL(siteOrigin).origin;
  } catch {
    return true;
  }
}
