import { describe, expect, it } from "vitest";
import { articleRedirects } from "@/lib/seo/article-redirects";
import { absoluteUrl, siteUrl } from "@/lib/seo/site-url";

describe("article redirects", () => {
  it("sends each old slug of a published article to its current address, permanently", () => {
    const redirects = articleRedirects([
      { slug: "new", draft: false, redirectFrom: ["old", "older"] },
      { slug: "draft", draft: true, redirectFrom: ["hidden"] },
    ]);
    expect(redirects).toEqual([
      { source: "/articles/old", destination: "/articles/new", permanent: true },
      { source: "/articles/older", destination: "/articles/new", permanent: true },
    ]);
  });
});

describe("SITE_URL", () => {
  it("defaults to the local server and refuses an address with a path", () => {
    const saved = process.env.SITE_URL;
    try {
      delete process.env.SITE_URL;
      expect(siteUrl().href).toBe("http://localhost:3000/");
      process.env.SITE_URL = "https://kap.example.org";
      expect(absoluteUrl("/faq")).toBe("https://kap.example.org/faq");
      process.env.SITE_URL = "https://kap.example.org/blog";
      expect(() => siteUrl()).toThrow(/must be just the site's origin/);
      process.env.SITE_URL = "not a url";
      expect(() => siteUrl()).toThrow(/is not a web address/);
    } finally {
      if (saved === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = saved;
    }
  });
});
