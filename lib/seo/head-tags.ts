import type { Metadata } from "next";
import { siteUrl } from "./site-url";

/**
 * The head of a zero-JavaScript Pages Router page, from the same `Metadata` objects the App Router pages use
 * (lib/seo/page-metadata.ts): the root layout's defaults (siteMetadata) with the page's own on top, written as
 * the tags Next's metadata API writes for them. Plain data, so it can travel as a page prop.
 */
export type HeadTag =
  | { tag: "title"; text: string }
  | { tag: "meta"; name?: string; property?: string; content: string }
  | { tag: "link"; rel: string; href: string; type?: string; title?: string; sizes?: string };

type OpenGraph = {
  title?: string;
  description?: string;
  url?: string;
  siteName?: string;
  locale?: string;
  type?: string;
  publishedTime?: string;
  modifiedTime?: string;
  tags?: string[];
  images?: { url: string; width?: number; height?: number; alt?: string; type?: string }[];
};
type Twitter = { card?: string; title?: string; description?: string; images?: OpenGraph["images"] };
type Robots = { index?: boolean; follow?: boolean };
type FeedLinks = Record<string, { url: string; title?: string }[]>;

const absolute = (base: URL, path: string | URL) => new URL(path, base).toString();

function titleOf(site: Metadata, page: Metadata): string {
  const template = typeof site.title === "object" && site.title && "template" in site.title ? site.title.template : "";
  if (typeof page.title === "string") return template ? template.replace("%s", page.title) : page.title;
  if (page.title && typeof page.title === "object" && "absolute" in page.title) return page.title.absolute;
  return typeof site.title === "object" && site.title && "default" in site.title ? site.title.default : "";
}

function robotsContent(robots: Robots): string {
  return [robots.index === false ? "noindex" : "index", robots.follow === false ? "nofollow" : "follow"].join(", ");
}

function imageTags(prefix: "og:image" | "twitter:image", base: URL, images: OpenGraph["images"] = []): HeadTag[] {
  const key = prefix === "og:image" ? "property" : "name";
  return images.flatMap((image) => [
    { tag: "meta", [key]: prefix, content: absolute(base, image.url) } as HeadTag,
    ...(image.type ? [{ tag: "meta", [key]: `${prefix}:type`, content: image.type } as HeadTag] : []),
    ...(image.width ? [{ tag: "meta", [key]: `${prefix}:width`, content: String(image.width) } as HeadTag] : []),
    ...(image.height ? [{ tag: "meta", [key]: `${prefix}:height`, content: String(image.height) } as HeadTag] : []),
    ...(image.alt ? [{ tag: "meta", [key]: `${prefix}:alt`, content: image.alt } as HeadTag] : []),
  ]);
}

export function headTags(
  site: Metadata,
  page: Metadata,
  extra: { themeColor: string; icon: { href: string; type: string } },
): HeadTag[] {
  const base = new URL(site.metadataBase ?? siteUrl());
  const og = (page.openGraph ?? {}) as OpenGraph;
  const twitter = (page.twitter ?? {}) as Twitter;
  const robots = (page.robots ?? site.robots) as Robots | undefined;
  const feeds = (page.alternates?.types ?? site.alternates?.types ?? {}) as FeedLinks;
  const meta = (name: string, content: string | undefined): HeadTag[] =>
    content ? [{ tag: "meta", name, content }] : [];
  const property = (name: string, content: string | undefined): HeadTag[] =>
    content ? [{ tag: "meta", property: name, content }] : [];
  const canonical = page.alternates?.canonical;
  return [
    { tag: "meta", name: "theme-color", content: extra.themeColor },
    { tag: "title", text: titleOf(site, page) },
    ...meta("description", (page.description ?? site.description) || undefined),
    ...meta("application-name", site.applicationName || undefined),
    ...(robots ? meta("robots", robotsContent(robots)) : []),
    ...(typeof canonical === "string"
      ? [{ tag: "link", rel: "canonical", href: absolute(base, canonical) } as const]
      : []),
    ...Object.entries(feeds).flatMap(([type, links]) =>
      links.map(
        (link) => ({ tag: "link", rel: "alternate", type, href: absolute(base, link.url), title: link.title }) as const,
      ),
    ),
    ...property("og:title", og.title),
    ...property("og:description", og.description),
    ...property("og:url", og.url && absolute(base, og.url)),
    ...property("og:site_name", og.siteName),
    ...property("og:locale", og.locale),
    ...imageTags("og:image", base, og.images),
    ...property("og:type", og.type),
    ...property("article:published_time", og.publishedTime),
    ...property("article:modified_time", og.modifiedTime),
    ...(og.tags ?? []).flatMap((tag) => property("article:tag", tag)),
    ...meta("twitter:card", twitter.card),
    ...meta("twitter:title", twitter.title),
    ...meta("twitter:description", twitter.description),
    ...imageTags("twitter:image", base, twitter.images),
    { tag: "link", rel: "icon", href: extra.icon.href, type: extra.icon.type, sizes: "any" },
  ];
}
