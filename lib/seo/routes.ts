/**
 * The site's fixed pages, defined once: the header, the footer and (later) the sitemap read this list.
 * Articles and offices add their own routes from the content.
 */
export type StaticRoute = { path: string; label: string; inHeader: boolean };

export const STATIC_ROUTES = [
  { path: "/", label: "Home", inHeader: false },
  { path: "/articles", label: "Articles", inHeader: true },
  { path: "/faq", label: "FAQ", inHeader: true },
  { path: "/candidacy", label: "Is KAP right for me?", inHeader: true },
  { path: "/locations", label: "Locations", inHeader: true },
  { path: "/contact", label: "Contact", inHeader: true },
  { path: "/privacy", label: "Privacy", inHeader: false },
  { path: "/accessibility", label: "Accessibility", inHeader: false },
] as const satisfies readonly StaticRoute[];

export type StaticPath = (typeof STATIC_ROUTES)[number]["path"];

export const articlePath = (slug: string) => `/articles/${slug}`;
export const officePath = (slug: string) => `/locations/${slug}`;

export function routeLabel(path: StaticPath): string {
  return STATIC_ROUTES.find((route) => route.path === path)!.label;
}
