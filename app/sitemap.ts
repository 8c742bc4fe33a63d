import type { MetadataRoute } from "next";
import { sitePages } from "@/lib/seo/site-pages";
import { absoluteUrl } from "@/lib/seo/site-url";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitePages().map((page) => ({
    url: absoluteUrl(page.path),
    ...(page.lastModified ? { lastModified: page.lastModified } : {}),
  }));
}
