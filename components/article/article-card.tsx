import { SiteLink } from "@/components/ui/site-link";
import type { Article } from "@/lib/content";
import { isPlaceholderReview } from "@/lib/example-fields";
import { formatDate } from "@/lib/format-date";
import { articlePath } from "@/lib/seo/routes";
import { ExampleMark } from "../ui/example-mark";

/** One article in a list; the whole card is one link (its title), so keyboard users tab once per article. */
export function ArticleCard({
  article,
  headingLevel: Heading = "h2",
}: {
  article: Article;
  headingLevel?: "h2" | "h3";
}) {
  return (
    <article className="relative flex h-full flex-col rounded-xl border border-sand-200 bg-white p-6 shadow-sm transition-shadow focus-within:shadow-md hover:shadow-md">
      <Heading className="text-xl font-semibold leading-snug">
        <SiteLink
          href={articlePath(article.slug)}
          className="text-sage-900 no-underline after:absolute after:inset-0 hover:underline"
        >
          {article.title}
        </SiteLink>
      </Heading>
      <p className="mt-3 flex-1 text-ink-soft">{article.summary}</p>
      <p className="mt-4 text-sm text-ink-soft">
        {article.readingMinutes} min read
        {article.lastReviewed && (
          <>
            {" "}
            · Last reviewed <time dateTime={article.lastReviewed}>{formatDate(article.lastReviewed)}</time>
            <ExampleMark when={isPlaceholderReview(article)} />
          </>
        )}
        {article.draft && <strong className="ml-2 rounded bg-clay-100 px-2 py-0.5 text-clay-800">Draft</strong>}
      </p>
    </article>
  );
}
