import Markdown from "react-markdown";
import { faqItemMicrodata } from "@/lib/seo/structured-data/faq";
import { SmartLink } from "../mdx/external-link";

/**
 * <details> opens without JavaScript; the id makes each question linkable (/faq#id), and the
 * browser opens a closed <details> when its anchor is the target (find-in-page too).
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
        <svg
          aria-hidden="true"
          width="20"
          height="20"
          viewBox="0 0 20 20"
          className="mt-1 shrink-0 transition-transform group-open:rotate-180"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="m5 7.5 5 5 5-5" />
        </svg>
      </summary>
      <div className="prose max-w-measure px-5 pb-5" {...microdata.answer}>
        {/* The answer's text alone, without the link below it; flush at the top, as prose sets a block's first child. */}
        <div className="[&>:first-child]:mt-0" {...microdata.text}>
          <Markdown components={{ a: SmartLink }} skipHtml>
            {answer}
          </Markdown>
        </div>
        <p className="mt-2 text-sm">
          <a href={`#${id}`} className="text-ink-soft">
            Link to this answer
          </a>
        </p>
      </div>
    </details>
  );
}
