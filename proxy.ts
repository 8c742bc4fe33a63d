import { NextResponse, type NextRequest } from "next/server";
import { CONTACT_BODY_LIMIT_BYTES } from "./lib/contact/limits";
import { CSP_HEADER, nonceContentSecurityPolicy } from "./lib/security/headers";
import { isPostFromAnotherSite } from "./lib/security/same-site-post";

/**
 * Answers two bad contact submissions with a status and a short page a person can read, where Next itself
 * would answer with a bare 500: a body over the limit (413; Next's own limit in next.config.ts catches a
 * body sent without Content-Length) and a post from another website (403). Security headers still come
 * from next.config.ts, not from here.
 */
function refusal(status: number, title: string, text: string) {
  const page = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p><p>If you are in crisis, call or text 988. In an emergency, call 911.</p><p><a href="/contact">Back to the contact page</a></p></main></body></html>`;
  return new NextResponse(page, { status, headers: { "content-type": "text/html; charset=utf-8" } });
}

/**
 * The routes that run scripts (contact, candidacy, staff) render per request, so their policy carries a fresh
 * nonce that Next puts on its own scripts (it reads the nonce from the request's policy header). Every other
 * route keeps next.config.ts's policy, which runs no script.
 */
function withNoncePolicy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = nonceContentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(CSP_HEADER, policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set(CSP_HEADER, policy);
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export function proxy(request: NextRequest) {
  if (request.method !== "POST" || request.nextUrl.pathname !== "/contact") return withNoncePolicy(request);
  if (Number(request.headers.get("content-length") ?? 0) > CONTACT_BODY_LIMIT_BYTES) {
    return refusal(
      413,
      "Your message was too long to send",
      "Nothing was saved. Please go back, shorten your message to 1,000 characters or fewer, and send it again, or call us.",
    );
  }
  if (
    isPostFromAnotherSite(
      request.headers.get("origin"),
      request.headers.get("x-forwarded-host") ?? request.headers.get("host"),
    )
  ) {
    return refusal(
      403,
      "This form can only be sent from our website",
      "Nothing was saved. Please open our contact page and send your message from there.",
    );
  }
  // A form posted without JavaScript is answered with the page itself, scripts and all.
  return withNoncePolicy(request);
}

export const config = { matcher: ["/contact", "/candidacy", "/staff", "/staff/:path*"] };
