import { getPerson, type Article } from "@/lib/content";
import { isPlaceholderAuthor, isPlaceholderReview } from "@/lib/example-fields";
import { formatDate } from "@/lib/format-date";
import { ExampleMark } from "../ui/example-mark";

function personLabel(slug: string) {
  const person = getPerson(slug);
  return person.credentials ? `${person.name}, ${person.credentials}` : person.name;
}

/** Who wrote it, who reviewed it and when: what a careful reader checks first on a health page. */
export function ArticleMeta({ article }: { article: Article }) {
  const placeholderReview = isPlaceholderReview(article);
  return (
    <dl className="mt-6 grid max-w-3xl gap-x-8 gap-y-2 text-sm text-ink-soft sm:grid-cols-2">
      <div>
        <dt className="inline font-semibold text-ink">Written by: </dt>
        <dd className="inline">
          {personLabel(article.author)}
          <ExampleMark when={isPlaceholderAuthor(article)} />
        </dd>
      </div>
      <div>
        <dt className="inline font-semibold text-ink">Reviewed by: </dt>
        <dd className="inline">
          {article.reviewedBy ? personLabel(article.reviewedBy) : "not yet reviewed"}
          <ExampleMark when={placeholderReview} />
        </dd>
      </div>
      {article.lastReviewed && (
        <div>
          <dt className="inline font-semibold text-ink">Last reviewed: </dt>
          <dd className="inline">
            <time dateTime={article.lastReviewed}>{formatDate(article.lastReviewed)}</time>
            <ExampleMark when={placeholderReview} />
          </dd>
        </div>
      )}
      <div>
        <dt className="inline font-semibold text-ink">Reading time: </dt>
        <dd className="inline">{article.readingMinutes} minutes</dd>
      </div>
    </dl>
  );
}
