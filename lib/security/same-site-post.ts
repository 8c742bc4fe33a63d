/**
 * Whether a form post was sent from another website, judged by its Origin header against the host it was sent to.
 * The one origin check of the contact form, used by proxy.ts (a readable 403 page) and by the server action (which
 * Next may reach without the proxy). No Origin at all is allowed: browsers send it on every form post, so its
 * absence means a script or an old client, which the form's other checks handle. An Origin that is not a web
 * address ("null" from a sandboxed frame, or garbage) counts as another website: our own pages always send a real one.
 */
export function isPostFromAnotherSite(origin: string | null, host: string | null): boolean {
  if (origin === null || !host) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  return originHost === "" || originHost !== host.toLowerCase();
}
