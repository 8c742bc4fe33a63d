import { canonicalAddress } from "../security/ip-address";

/** Set by server.mjs from the TCP connection, overwriting anything a client sent under this name. */
export const SOCKET_ADDRESS_HEADER = "x-beck-socket-address";

type HeaderReader = { get(name: string): string | null };

/** TRUST_PROXY off (false), or on with the addresses our proxies connect from (TRUSTED_PROXIES). */
export type ProxyTrust = false | readonly string[];

const WARNED = Symbol.for("beck-kap.forwarded-for-warned");
const holder = globalThis as typeof globalThis & { [WARNED]?: Set<string> };

/** Once per process and kind, however many requests carry the header: a setting is wrong, not a request. */
function warnOnce(kind: string, line: string) {
  const warned = (holder[WARNED] ??= new Set());
  if (warned.has(kind)) return;
  warned.add(kind);
  console.warn(line);
}

/**
 * The visitor's address, for rate limiting. X-Forwarded-For is believed only when TRUST_PROXY says a proxy of
 * ours sits in front and the connection comes from one of its addresses (its last entry is the one that proxy
 * added); otherwise anyone could claim any address, by sending the header or by reaching the server directly.
 */
export function clientAddress(headers: HeaderReader, trust: ProxyTrust): string {
  const socket = headers.get(SOCKET_ADDRESS_HEADER) ?? "unknown";
  const forwardedFor = headers.get("x-forwarded-for");
  if (!forwardedFor) return socket;
  if (trust === false) {
    warnOnce(
      "untrusted",
      "[server] requests carry X-Forwarded-For but TRUST_PROXY is off, so every visitor is counted under the proxy's address and one busy visitor can pause the contact form and staff sign-in for all. If a proxy of ours (Caddy) sits in front, set TRUST_PROXY=true (and TRUSTED_PROXIES if it connects from another machine); if not, nothing needs doing.",
    );
    return socket;
  }
  const peer = canonicalAddress(socket);
  if (peer === null || !trust.some((proxy) => canonicalAddress(proxy) === peer)) {
    warnOnce(
      "not-our-proxy",
      "[server] a request carried X-Forwarded-For from an address not in TRUSTED_PROXIES, so the header was ignored. If that was our proxy, add the address it connects from to TRUSTED_PROXIES (comma-separated).",
    );
    return socket;
  }
  const forwarded = forwardedFor
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded.at(-1) ?? socket;
}
