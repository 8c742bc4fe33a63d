import type { ComponentProps } from "react";
import Markdown from "react-markdown";
import { faqItemMicrodata } from "@/lib/seo/structured-data/faq";
import { SmartLink } from "../mdx/external-link";

/** react-markdown hands its syntax-tree node to each component; an anchor must not write it out as an attribute. */
function MarkdownLink({ node: _node, ...props }: ComponentProps<typeof SmartLink> & { node?: unknown }) {
  return <SmartLink {...props} />;
}

/**
 * <details> opens without JavaScript; the id makes each question linkable (/faq#id), and the
 * browser opens a closed <details> when its anchor is the target (find-in-page too). There is no "link to this
 * answer" under each one: with the site's headers, the page must stay within one round trip of a slow connection.
 */
export function FaqItem({
  id,
  question,
  answer,
  quotesExampleValue = false,
}: {
  id: string;
  question: string;
  answer: string;
  quotesExampleValue?: boolean;
}) {
  const microdata = faqItemMicrodata(quotesExampleValue);
  return (
    <details
      id={id}
      className="group scroll-mt-6 rounded-lg border border-sand-200 bg-white open:shadow-sm"
      {...microdata.question}
    >
      <summary className="flex cursor-pointer list-none items-start justify-between gap-4 rounded-lg px-5 py-4 font-semibold text-sage-900 [&::-webkit-details-marker]:hidden">
        <span {...microdata.name}>{question}</span>
        {/* A chevron drawn by two borders: an inline SVG repeated for every question cost the page its first round trip. */}
        <span
          aria-hidden="true"
          className="mt-1.5 size-2.5 shrink-0 rotate-45 border-r-2 border-b-2 border-current transition-transform group-open:-rotate-[135deg]"
        />
      </summary>
      <div className="prose max-w-measure px-5 pb-5" {...microdata.answer}>
        {/* The answer's text; flush at the top, as prose sets a block's first child. */}
        <div className="[&>:first-child]:mt-0" {...microdata.text}>
          <Markdown components={{ a: MarkdownLink }} skipHtml>
            {answer}
          </Markdown>
        </div>
      </div>
    </details>
  );
}
