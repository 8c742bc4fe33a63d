/**
 * Security headers for every response, set from next.config.ts (never from middleware, whose bypass bugs
 * would drop them). The Content-Security-Policy allows no inline script by default; after `next build`,
 * scripts/add-csp-hashes.ts adds, per prerendered page, the sha256 hashes of that page's own inline scripts
 * (Next's hydration data), so no page needs 'unsafe-inline' and every page stays static.
 */
export type Header = { key: string; value: string };

export function contentSecurityPolicy(scriptHashes: readonly string[] = []): string {
  return policyWithScripts(["'self'", ...scriptHashes.map((hash) => `'${hash}'`)]);
}

/** The staff pages' policy: scripts only with this response's nonce (and what they load), never inline otherwise. */
export function staffContentSecurityPolicy(nonce: string): string {
  return policyWithScripts(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
}

function policyWithScripts(scriptSources: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptSources.join(" ")}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

export const CSP_HEADER = "Content-Security-Policy";

export function securityHeaders(csp: string = contentSecurityPolicy()): Header[] {
  return [
    { key: CSP_HEADER, value: csp },
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), interest-cohort=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
    { key: "X-Frame-Options", value: "DENY" },
  ];
}
