import { describe, expect, it } from "vitest";
import { articleRedirects } from "@/lib/seo/article-redirects";
import { markdownToPlainText } from "@/lib/seo/structured-data/faq";
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

describe("FAQ answers as plain text", () => {
  it("keeps link words and drops markdown", () => {
    expect(markdownToPlainText("See **our** [safety article](/articles/is-kap-safe).")).toBe("See our safety article.");
  });

  it("reads Markdown as Markdown: underscores inside words stay, autolinks keep their address, list items stay apart", () => {
    expect(markdownToPlainText("Use an HSA_or_FSA card.")).toBe("Use an HSA_or_FSA card.");
    expect(markdownToPlainText("Read more at <https://988lifeline.org>.")).toBe(
      "Read more at https://988lifeline.org.",
    );
    expect(markdownToPlainText("Bring:\n\n- your ID\n- *a* driver\n\nThen `relax`.")).toBe(
      "Bring:\n\nyour ID\n\na driver\n\nThen relax.",
    );
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
