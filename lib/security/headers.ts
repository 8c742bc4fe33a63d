/**
 * Security headers for every response, set from next.config.ts (never from middleware, whose bypass bugs
 * would drop them). The site-wide Content-Security-Policy runs no script at all: the content pages are HTML and
 * CSS only (pages/, `unstable_runtimeJS: false`). The routes that hydrate (contact, candidacy, staff) render per
 * request, and proxy.ts gives each response a policy with a fresh nonce, which Next puts on its own scripts.
 */
export type Header = { key: string; value: string };

/** Every response's policy unless proxy.ts replaces it: no script runs, inline or not. */
export function contentSecurityPolicy(): string {
  return policyWithScripts(["'none'"]);
}

/** The interactive routes' policy: scripts only with this response's nonce (and what they load), never inline otherwise. */
export function nonceContentSecurityPolicy(nonce: string): string {
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

/**
 * HSTS, sent only on a request that reached the site over HTTPS, as the TLS-terminating proxy in front reports it
 * (Caddy in deploy/Caddyfile; a hosting platform's edge likewise). The zero-setup run is plain http on
 * localhost and must not announce HTTPS. A client that fakes the header over http gains nothing: browsers ignore
 * Strict-Transport-Security received over http (RFC 6797, section 8.1).
 */
export const STRICT_TRANSPORT_SECURITY: Header = {
  key: "Strict-Transport-Security",
  value: "max-age=63072000; includeSubDomains",
};
export const ARRIVED_OVER_HTTPS = { type: "header", key: "x-forwarded-proto", value: "https" } as const;

export function securityHeaders(csp: string = contentSecurityPolicy()): Header[] {
  return [
    { key: CSP_HEADER, value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), interest-cohort=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
    { key: "X-Frame-Options", value: "DENY" },
  ];
}
