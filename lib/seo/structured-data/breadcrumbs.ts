import type { BreadcrumbList, WithContext } from "schema-dts";
import { absoluteUrl } from "../site-url";

export type Crumb = { name: string; path: string };

/** The same trail the page shows, for search results. */
export function breadcrumbJsonLd(crumbs: Crumb[]): WithContext<BreadcrumbList> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}
