/** Set by server.mjs from the TCP connection, overwriting anything a client sent under this name. */
export const SOCKET_ADDRESS_HEADER = "x-beck-socket-address";

type HeaderReader = { get(name: string): string | null };

/**
 * The visitor's address, for rate limiting. X-Forwarded-For is believed only when TRUST_PROXY says a proxy of
 * ours sits in front (its last entry is the one that proxy added); otherwise anyone could claim any address.
 */
export function clientAddress(headers: HeaderReader, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = headers
      .get("x-forwarded-for")
      ?.split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    if (forwarded?.length) return forwarded.at(-1)!;
  }
  return headers.get(SOCKET_ADDRESS_HEADER) ?? "unknown";
}
