import { getOffices, getPage, getPublishedArticles } from "../content";
import { articlePath, officePath, STATIC_ROUTES, type StaticPath } from "./routes";

export type SitePage = { path: string; lastModified?: string };

const newest = (dates: string[]) => dates.toSorted().at(-1);

/** Pages whose text lives in content/pages carry their own review date. */
const PAGE_FILES: Partial<Record<StaticPath, string>> = {
  "/candidacy": "candidacy",
  "/privacy": "privacy",
  "/accessibility": "accessibility",
};

/** Every public page with the date its content last changed, where the content records one. Drafts are never listed. */
export function sitePages(): SitePage[] {
  const articles = getPublishedArticles();
  const articleDates = articles.map((article) => article.updatedAt);
  const dateOf = (path: StaticPath): string | undefined => {
    if (path === "/articles") return newest(articleDates);
    if (path === "/")
      return newest([...articleDates, ...Object.values(PAGE_FILES).map((slug) => getPage(slug!).lastReviewed)]);
    const file = PAGE_FILES[path];
    return file ? getPage(file).lastReviewed : undefined;
  };
  return [
    ...STATIC_ROUTES.map((route) => ({ path: route.path, lastModified: dateOf(route.path) })),
    ...articles.map((article) => ({ path: articlePath(article.slug), lastModified: article.updatedAt })),
    ...getOffices().map((office) => ({ path: officePath(office.slug) })),
  ];
}
