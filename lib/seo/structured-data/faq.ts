import type { FAQPage, WithContext } from "schema-dts";
import type { FaqTopic } from "../../content";
import { absoluteUrl } from "../site-url";

/** Markdown answers as plain text: links keep their words, the address is dropped. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
    .replace(/[*_`]+/g, "")
    .replace(/\n{2,}/g, "\n\n")
    .trim();
}

export function faqJsonLd(topics: FaqTopic[]): WithContext<FAQPage> {
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    url: absoluteUrl("/faq"),
    mainEntity: topics.flatMap((topic) =>
      // An answer quoting a practice detail that is still an example is not given to search engines as fact.
      topic.questions.filter((item) => !item.quotesExampleValue).map((item) => ({
        "@type": "Question" as const,
        name: item.question,
        url: absoluteUrl(`/faq#${item.id}`),
        acceptedAnswer: { "@type": "Answer" as const, text: markdownToPlainText(item.answer) },
      })),
    ),
  };
}
