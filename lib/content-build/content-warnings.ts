import type { loadGeneratedContent } from "./generated-content";
import { READING_GRADE_LIMIT } from "./reading-level";

type Generated = Awaited<ReturnType<typeof loadGeneratedContent>>;

/** What the build points out without failing: articles that read too hard, and reviews that have fallen due. */
export function contentWarnings(generated: Generated, today = new Date().toISOString().slice(0, 10)): string[] {
  return generated.allArticles.flatMap((article) => [
    ...(article.readingGrade > READING_GRADE_LIMIT
      ? [
          `${article.sourceFile}: reads at grade ${article.readingGrade.toFixed(1)}, above ${READING_GRADE_LIMIT}: use shorter sentences and plainer words (npm run content:report)`,
        ]
      : []),
    ...(article.nextReviewDue && article.nextReviewDue < today
      ? [
          `${article.sourceFile}: its clinical review was due on ${article.nextReviewDue}: have a clinician review it, then update lastReviewed (or set nextReview)`,
        ]
      : []),
  ]);
}

export function formatContentWarnings(warnings: string[]): string {
  return `${warnings.length} content warning${warnings.length === 1 ? "" : "s"}:\n${warnings.map((warning) => `  - ${warning}`).join("\n")}`;
}
