/**
 * The FAQ's structured data is schema.org microdata on the visible questions and answers, not a JSON-LD copy of
 * them: the copy repeated every answer and made /faq's HTML a second network round trip longer
 * (docs/decisions/001-two-routers.md). Search engines read microdata for FAQPage as they read JSON-LD.
 */
export const FAQ_PAGE_MICRODATA = { itemScope: true, itemType: "https://schema.org/FAQPage" } as const;

/**
 * A question's and its answer's attributes. An answer quoting a practice detail that is still an example value is
 * not given to search engines as fact: it carries none.
 */
export function faqItemMicrodata(quotesExampleValue: boolean) {
  if (quotesExampleValue) return { question: {}, name: {}, answer: {}, text: {} };
  return {
    question: { itemScope: true, itemProp: "mainEntity", itemType: "https://schema.org/Question" },
    name: { itemProp: "name" },
    answer: { itemScope: true, itemProp: "acceptedAnswer", itemType: "https://schema.org/Answer" },
    text: { itemProp: "text" },
  } as const;
}
