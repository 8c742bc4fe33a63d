import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import type { FAQPage, WithContext } from "schema-dts";
import type { FaqTopic } from "../../content";
import { absoluteUrl } from "../site-url";

/**
 * Markdown answers as plain text, read by the same Markdown parser as the page: links keep their words and lose
 * the address, emphasis and code marks go, and paragraphs and list items stay apart.
 */
export function markdownToPlainText(markdown: string): string {
  const tree = fromMarkdown(markdown);
  return tree.children
    .flatMap((block) => (block.type === "list" ? block.children.map((item) => toString(item)) : [toString(block)]))
    .map((text) => text.trim())
    .filter(Boolean)
    .join("\n\n");
}

export function faqJsonLd(topics: FaqTopic[]): WithContext<FAQPage> {
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    url: absoluteUrl("/faq"),
    mainEntity: topics.flatMap((topic) =>
      // An answer quoting a practice detail that is still an example is not given to search engines as fact.
      topic.questions
        .filter((item) => !item.quotesExampleValue)
        .map((item) => ({
          "@type": "Question" as const,
          name: item.question,
          url: absoluteUrl(`/faq#${item.id}`),
          acceptedAnswer: { "@type": "Answer" as const, text: markdownToPlainText(item.answer) },
        })),
    ),
  };
}
