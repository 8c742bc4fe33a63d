import type { Article } from "../content";
import type { PracticeData } from "../content-schema/practice";
import { articlePath } from "./routes";
import { absoluteUrl } from "./site-url";

const escapeXml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

const rfc822 = (isoDay: string) => new Date(`${isoDay}T12:00:00Z`).toUTCString();

/** RSS 2.0 of the published articles, newest first. */
export function rssFeed(articles: Article[], practice: PracticeData): string {
  const items = articles.map((article) => {
    const url = absoluteUrl(articlePath(article.slug));
    return [
      "    <item>",
      `      <title>${escapeXml(article.title)}</title>`,
      `      <link>${escapeXml(url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
      `      <description>${escapeXml(article.summary)}</description>`,
      `      <pubDate>${rfc822(article.publishedAt)}</pubDate>`,
      ...article.tags.map((tag) => `      <category>${escapeXml(tag)}</category>`),
      "    </item>",
    ].join("\n");
  });
  const newest = articles
    .map((article) => article.updatedAt)
    .toSorted()
    .at(-1);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    <title>${escapeXml(`${practice.name}: ${practice.serviceName} articles`)}</title>`,
    `    <link>${escapeXml(absoluteUrl("/articles"))}</link>`,
    `    <description>${escapeXml(practice.description)}</description>`,
    "    <language>en-US</language>",
    `    <atom:link href="${escapeXml(absoluteUrl("/feed.xml"))}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`    <lastBuildDate>${rfc822(newest)}</lastBuildDate>`] : []),
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}
