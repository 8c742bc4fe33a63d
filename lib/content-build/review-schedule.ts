/** Unless an article sets nextReview, it is due for clinical review a year after it was last reviewed. */
export function nextReviewDate(article: { lastReviewed?: string; nextReview?: string }): string | undefined {
  if (article.nextReview) return article.nextReview;
  if (!article.lastReviewed) return undefined;
  const date = new Date(`${article.lastReviewed}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}
