import type { Metadata } from "next";
import { getPage, getPractice } from "../content";
import { isExamplePreview } from "../example-preview";
import { siteUrl } from "./site-url";

type PageMetadataInput = {
  title: string;
  description: string;
  path: string;
  /** Set for the home page, whose title stands without the "| practice" suffix. */
  absoluteTitle?: boolean;
  article?: { publishedTime: string; modifiedTime: string; tags: string[] };
};

/** Linked from every page's head. Next replaces, not merges, a parent's `alternates`, so every page says it. */
export const FEED_ALTERNATE = { "application/rss+xml": [{ url: "/feed.xml", title: "Articles (RSS)" }] };

/** A preview that shows example values asks search engines to index none of its pages. */
export const previewRobots = (): Pick<Metadata, "robots"> =>
  isExamplePreview() ? { robots: { index: false, follow: false } } : {};

/** What every page's head starts from, in both routers: the App Router's root layout and the content pages. */
export function siteMetadata(): Metadata {
  const practice = getPractice();
  return {
    metadataBase: siteUrl(),
    title: { default: `${practice.serviceName} in Los Angeles | ${practice.name}`, template: `%s | ${practice.name}` },
    description: practice.description,
    applicationName: practice.name,
    alternates: { types: FEED_ALTERNATE },
    ...previewRobots(),
  };
}

/**
 * Title, description, canonical address and share-card fields for one page. Articles have their own share
 * image (app/articles/[slug]/opengraph-image.tsx); every other page names the site's (app/opengraph-image.tsx).
 */
export function pageMetadata({ title, description, path, absoluteTitle, article }: PageMetadataInput): Metadata {
  const practice = getPractice();
  const image = {
    url: article ? `${path}/opengraph-image` : "/opengraph-image",
    width: 1200,
    height: 630,
    alt: `${title} | ${practice.name}`,
  };
  return {
    ...previewRobots(),
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: path, types: FEED_ALTERNATE },
    openGraph: {
      title,
      description,
      url: path,
      siteName: practice.name,
      locale: "en_US",
      ...(article
        ? {
            type: "article",
            publishedTime: article.publishedTime,
            modifiedTime: article.modifiedTime,
            tags: article.tags,
          }
        : { type: "website" }),
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

/** The metadata of a page whose text lives in content/pages/<slug>.mdx. */
export function contentPageMetadata(slug: string): Metadata {
  const page = getPage(slug);
  return pageMetadata({ title: page.title, description: page.description, path: `/${slug}` });
}

/** The 404 page: never indexed. */
export const NOT_FOUND_METADATA: Metadata = {
  title: "Page not found",
  description:
    "The page you asked for is not here. It may have moved; the links on this page lead to everything on the site.",
  robots: { index: false },
};
