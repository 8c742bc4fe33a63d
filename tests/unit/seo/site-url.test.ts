import { describe, expect, it } from "vitest";
import { productionSiteUrlProblem } from "@/lib/seo/site-url";

describe("SITE_URL when the production server starts", () => {
  it("refuses an unset SITE_URL, naming it and giving an example", () => {
    expect(productionSiteUrlProblem(undefined)).toMatch(/SITE_URL is not set.*SITE_URL=https:\/\/www\.example\.com/);
  });

  it("refuses plain http for a public host", () => {
    expect(productionSiteUrlProblem("http://kap.example.com")).toMatch(
      /SITE_URL "http:\/\/kap\.example\.com" must start with https:\/\/ in production, like SITE_URL=https:\/\/www\.example\.com/,
    );
    expect(productionSiteUrlProblem("https://kap.example.com/contact")).toMatch(/must be just the site's origin/);
  });

  it("accepts https, and http on this machine only, where the tests run the production server", () => {
    for (const accepted of [
      "https://kap.example.com",
      "http://localhost:3000",
      "http://127.0.0.1:3400",
      "http://[::1]:3000",
    ])
      expect(productionSiteUrlProblem(accepted)).toBeUndefined();
    expect(productionSiteUrlProblem("http://localhost.example.com")).toBeDefined();
  });
});
