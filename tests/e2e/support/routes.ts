import { allArticles, allOffices } from "../../../.content-collections/generated/index.js";
import { articlePath, officePath, STATIC_ROUTES } from "../../../lib/seo/routes";

/** Every public page the production build should serve, from the same route list and content the site uses. */
export const publishedArticles = allArticles.filter((article) => !article.draft);
export const draftArticles = allArticles.filter((article) => article.draft);

export const PUBLIC_ROUTES: string[] = [
  ...STATIC_ROUTES.map((route) => route.path),
  ...publishedArticles.map((article) => articlePath(article.slug)),
  ...allOffices.map((office) => officePath(office.slug)),
];

/** The routes that hydrate a client island (the contact form, the self-check's stepper); every other page runs no script. */
export const INTERACTIVE_ROUTES = ["/contact", "/candidacy"];
export const isContentRoute = (route: string) => !INTERACTIVE_ROUTES.includes(route);
