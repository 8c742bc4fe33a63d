import { articlePath } from "./routes";

type MovableArticle = { slug: string; draft: boolean; redirectFrom: string[] };

/** An article's old slugs (frontmatter redirectFrom) answer with a permanent 308 to its current address. */
export function articleRedirects(articles: MovableArticle[]) {
  return articles
    .filter((article) => !article.draft)
    .flatMap((article) =>
      article.redirectFrom.map((old) => ({
        source: articlePath(old),
        destination: articlePath(article.slug),
        permanent: true,
      })),
    );
}
