import { describe, expect, it } from "vitest";
import { listenHost } from "@/lib/listen-host.mjs";

describe("the address npm start listens on", () => {
  it("is every interface by default, and loopback only when a proxy on this machine is trusted", () => {
    expect(listenHost({})).toEqual({ hostname: "0.0.0.0" });
    expect(listenHost({ TRUST_PROXY: "true" })).toEqual({ hostname: "127.0.0.1", warning: undefined });
    expect(listenHost({ TRUST_PROXY: "true", HOST: "10.0.0.11" })).toEqual({ hostname: "10.0.0.11" });
  });

  it("says to set HOST when the trusted proxy is on another machine and HOST is unset", () => {
    expect(listenHost({ TRUST_PROXY: "true", TRUSTED_PROXIES: "10.0.0.5" }).warning).toMatch(
      /listens on 127\.0\.0\.1 only.*Set HOST to this machine's private address/,
    );
  });
});
