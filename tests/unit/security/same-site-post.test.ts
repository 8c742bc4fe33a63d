import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { isPostFromAnotherSite } from "@/lib/security/same-site-post";
import { proxy } from "@/proxy";

const HOST = "localhost:3000";
const MALFORMED = [
  "null",
  "",
  "not a url",
  "http://",
  "://localhost:3000",
  "http://[::1",
  "localhost:3000",
  "javascript:alert(1)",
  "http://exa mple.org",
  "\u0000",
];

describe("isPostFromAnotherSite", () => {
  it.each(["http://localhost:3000", "HTTP://LOCALHOST:3000", "http://localhost:3000/contact"])(
    "lets %s post to %s",
    (origin) => {
      expect(isPostFromAnotherSite(origin, HOST)).toBe(false);
    },
  );

  it.each(["https://evil.example", "http://localhost:3001", "http://localhost.evil.example:3000"])(
    "refuses %s",
    (origin) => {
      expect(isPostFromAnotherSite(origin, HOST)).toBe(true);
    },
  );

  it.each(MALFORMED)("refuses the malformed Origin %j without throwing", (origin) => {
    expect(isPostFromAnotherSite(origin, HOST)).toBe(true);
  });

  it("allows a post without an Origin header, or to an unnamed host, as before", () => {
    expect(isPostFromAnotherSite(null, HOST)).toBe(false);
    expect(isPostFromAnotherSite("https://evil.example", null)).toBe(false);
  });
});

describe("proxy.ts, on a contact post", () => {
  const post = (origin: string) =>
    proxy(
      new NextRequest(`http://${HOST}/contact`, {
        method: "POST",
        headers: { host: HOST, origin, "content-type": "application/x-www-form-urlencoded" },
        body: "name=x",
      }),
    );

  // "" is not sent by a browser and Headers keeps it as "", which counts as malformed too; a header value cannot hold \u0000.
  it.each(MALFORMED.filter((origin) => origin !== "\u0000"))(
    "answers the malformed Origin %j with the readable 403 page",
    async (origin) => {
      const response = post(origin);
      expect(response.status).toBe(403);
      expect(await response.text()).toContain("This form can only be sent from our website");
    },
  );

  it("passes a post from its own origin on to Next", () => {
    const response = post(`http://${HOST}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });
});
