import { isExamplePreview } from "../example-preview";
import { configuredSiteUrl } from "../seo/site-url";
import { type ExampleValue, formatExampleValues, listExampleValues, listPlaceholderReviews } from "./example-values";
import type { loadGeneratedContent } from "./generated-content";

type Generated = Awaited<ReturnType<typeof loadGeneratedContent>>;

/** Every example value the built content still holds: practice and office details, and placeholder reviews. */
export function collectExampleValues(generated: Generated): ExampleValue[] {
  const published = <T extends { draft?: boolean }>(documents: T[]) => documents.filter((document) => !document.draft);
  return [
    ...listExampleValues([...(generated.practice ? [generated.practice] : []), ...generated.allOffices]),
    ...listPlaceholderReviews([...published(generated.allArticles), ...generated.allPages]),
  ];
}

export type ExampleValueVerdict = { outcome: "pass" | "warn" | "fail"; message?: string };

/**
 * A build for a public address (SITE_URL starting with https://) must not publish an example as fact: it fails,
 * unless ALLOW_EXAMPLE_VALUES=true makes it a marked, noindex preview. Local builds only warn.
 */
export function judgeExampleValues(values: ExampleValue[], siteUrl = configuredSiteUrl()): ExampleValueVerdict {
  if (values.length === 0) return { outcome: "pass" };
  const list = formatExampleValues(values);
  if (!siteUrl?.trim().startsWith("https://")) return { outcome: "warn", message: list };
  if (isExamplePreview()) {
    return {
      outcome: "warn",
      message: `${list}\nALLOW_EXAMPLE_VALUES=true: building a preview that marks each of them "(example)" on the page and asks search engines not to index any page.`,
    };
  }
  return {
    outcome: "fail",
    message: `This build is for a public address (SITE_URL=${siteUrl}), and the site would publish example values as fact.\n${list}\nConfirm each value with the practice, or build a preview with ALLOW_EXAMPLE_VALUES=true.`,
  };
}
