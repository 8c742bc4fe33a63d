import { afterEach, describe, expect, it, vi } from "vitest";
import { clientAddress, SOCKET_ADDRESS_HEADER } from "@/lib/contact/client-address";
import { LOOPBACK_PROXIES } from "@/lib/contact/config";
import { canonicalAddress, rateLimitKey } from "@/lib/security/ip-address";

const headers = (values: Record<string, string>) => new Headers(values);
const warnings = () => vi.spyOn(console, "warn").mockImplementation(() => {});
afterEach(() => vi.restoreAllMocks());

describe("which visitor address the rate limit counts", () => {
  it("ignores X-Forwarded-For unless a proxy of ours is declared: anyone can send that header", () => {
    const request = headers({ "x-forwarded-for": "198.51.100.9", [SOCKET_ADDRESS_HEADER]: "203.0.113.5" });
    warnings();
    expect(clientAddress(request, false)).toBe("203.0.113.5");
  });

  it("behind our proxy, takes the address that proxy appended (the last), not one the visitor wrote first", () => {
    const request = headers({ "x-forwarded-for": "10.0.0.1, 198.51.100.9", [SOCKET_ADDRESS_HEADER]: "127.0.0.1" });
    expect(clientAddress(request, LOOPBACK_PROXIES)).toBe("198.51.100.9");
  });

  it("believes our proxy however the server spells its address (IPv4-mapped, IPv6 in full)", () => {
    for (const socket of ["::ffff:127.0.0.1", "0:0:0:0:0:0:0:1"]) {
      const request = headers({ "x-forwarded-for": "198.51.100.9", [SOCKET_ADDRESS_HEADER]: socket });
      expect(clientAddress(request, LOOPBACK_PROXIES)).toBe("198.51.100.9");
    }
  });

  it("with TRUST_PROXY on, ignores a forged X-Forwarded-For from a connection that is not one of our proxies", () => {
    const warn = warnings();
    const forged = headers({ "x-forwarded-for": "198.51.100.9", [SOCKET_ADDRESS_HEADER]: "203.0.113.5" });
    expect(clientAddress(forged, LOOPBACK_PROXIES)).toBe("203.0.113.5");
    expect(clientAddress(forged, ["10.0.0.5"])).toBe("203.0.113.5");
    const fromProxy = headers({ "x-forwarded-for": "198.51.100.9", [SOCKET_ADDRESS_HEADER]: "10.0.0.5" });
    expect(clientAddress(fromProxy, ["10.0.0.5"])).toBe("198.51.100.9");
    expect(warn.mock.calls.flat().join("\n")).not.toMatch(/198\.51|203\.0/);
  });

  it("falls back to the connection's address when the proxy sent none", () => {
    expect(clientAddress(headers({ [SOCKET_ADDRESS_HEADER]: "203.0.113.5" }), LOOPBACK_PROXIES)).toBe("203.0.113.5");
  });

  it("says once, not per request, what to set when requests carry X-Forwarded-For and TRUST_PROXY is off", () => {
    // As in a fresh server process: an earlier test here has already had its warning.
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("beck-kap.forwarded-for-warned")];
    const warn = warnings();
    const request = headers({ "x-forwarded-for": "198.51.100.9", [SOCKET_ADDRESS_HEADER]: "127.0.0.1" });
    for (let i = 0; i < 3; i++) clientAddress(request, false);
    const said = warn.mock.calls.map((call) => String(call[0])).filter((line) => /TRUST_PROXY is off/.test(line));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/set TRUST_PROXY=true/);
    expect(said[0]).not.toContain("198.51.100.9");
  });
});

describe("addresses", () => {
  it("spells one address one way: IPv4-mapped IPv6 is IPv4, IPv6 short forms expand", () => {
    expect(canonicalAddress("::ffff:203.0.113.5")).toBe("203.0.113.5");
    expect(canonicalAddress("[::1]")).toBe(canonicalAddress("0:0:0:0:0:0:0:1"));
    expect(canonicalAddress("2001:DB8::1")).toBe("2001:db8:0:0:0:0:0:1");
    expect(canonicalAddress("unknown")).toBeNull();
  });

  it("counts an IPv6 visitor by the /64 they are given, an IPv4 visitor by the address", () => {
    expect(rateLimitKey("2001:db8:1:2::1")).toBe(rateLimitKey("2001:db8:1:2:ffff:ffff:ffff:ffff"));
    expect(rateLimitKey("2001:db8:1:2::1")).not.toBe(rateLimitKey("2001:db8:1:3::1"));
    expect(rateLimitKey("203.0.113.5")).toBe("203.0.113.5");
    expect(rateLimitKey("::ffff:203.0.113.5")).toBe("203.0.113.5");
    expect(rateLimitKey("203.0.113.6")).not.toBe(rateLimitKey("203.0.113.5"));
    expect(rateLimitKey("unknown")).toBe("unknown");
  });
});
