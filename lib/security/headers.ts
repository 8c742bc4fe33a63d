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
