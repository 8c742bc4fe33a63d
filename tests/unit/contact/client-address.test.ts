import { describe, expect, it } from "vitest";
import { clientAddress, SOCKET_ADDRESS_HEADER } from "@/lib/contact/client-address";

const headers = (values: Record<string, string>) => new Headers(values);

describe("which visitor address the rate limit counts", () => {
  it("ignores X-Forwarded-For unless a proxy of ours is declared: anyone can send that header", () => {
    const request = headers({ "x-forwarded-for": "198.51.100.9", [SOCKET_ADDRESS_HEADER]: "203.0.113.5" });
    expect(clientAddress(request, false)).toBe("203.0.113.5");
  });

  it("behind our proxy, takes the address that proxy appended (the last), not one the visitor wrote first", () => {
    const request = headers({ "x-forwarded-for": "10.0.0.1, 198.51.100.9", [SOCKET_ADDRESS_HEADER]: "127.0.0.1" });
    expect(clientAddress(request, true)).toBe("198.51.100.9");
  });

  it("falls back to the connection's address when the proxy sent none", () => {
    expect(clientAddress(headers({ [SOCKET_ADDRESS_HEADER]: "203.0.113.5" }), true)).toBe("203.0.113.5");
  });
});
