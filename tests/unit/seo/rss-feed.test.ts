import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { rssFeed } from "@/lib/seo/rss-feed";

const practice = {
  name: "Beck & Co <Therapy>",
  shortName: "Beck",
  serviceName: "KAP",
  description: 'A description with "quotes" & ampersands.',
  phone: "(310) 555-0100",
  email: "a@example.com",
  serviceArea: ["LA"],
  replyWithin: "a day",
  policies: {},
  exampleFields: [],
};
const article = {
  slug: "a-b",
  title: "Fish & <Chips>",
  summary: 'It\'s "fine"',
  publishedAt: "2026-01-02",
  updatedAt: "2026-01-03",
  tags: ["x&y"],
};

describe("RSS feed", () => {
  it("escapes every value and stays valid XML", () => {
    const xml = rssFeed([article as never], practice);
    expect(XMLValidator.validate(xml)).toBe(true);
    const item = new XMLParser().parse(xml).rss.channel.item;
    expect(xml).toContain("<title>Fish &amp; &lt;Chips&gt;</title>");
    expect(item.link).toBe("http://localhost:3000/articles/a-b");
    expect(item.pubDate).toBe("Fri, 02 Jan 2026 12:00:00 GMT");
  });
});
