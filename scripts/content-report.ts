/**
 * Prints each article's reading level (Flesch-Kincaid grade, as issue 12 defines it) and next clinical review.
 * Usage: npm run content:report (builds the content first, with `content-collections build`). The argument, for
 * tests: another generated folder.
 */
import { loadGeneratedContent } from "../lib/content-build/generated-content";
import { READING_GRADE_LIMIT } from "../lib/content-build/reading-level";

const today = new Date().toISOString().slice(0, 10);
const articles = (await loadGeneratedContent(process.argv[2])).allArticles.toSorted((a, b) =>
  a.sourceFile.localeCompare(b.sourceFile),
);
const width = Math.max(...articles.map((article) => article.sourceFile.length));
console.log(`${"article".padEnd(width)}  grade  next review`);
for (const article of articles) {
  const grade = `${article.readingGrade.toFixed(1)}${article.readingGrade > READING_GRADE_LIMIT ? "!" : " "}`;
  const review = article.nextReviewDue
    ? `${article.nextReviewDue}${article.nextReviewDue < today ? " (due)" : ""}`
    : "not reviewed yet (draft)";
  console.log(
    `${article.sourceFile.padEnd(width)}  ${grade.padStart(5)}  ${review}${article.draft ? "  [draft]" : ""}`,
  );
}
console.log(
  `\nGrade: Flesch-Kincaid over paragraphs, list items and table cells, citations in parentheses left out; ! marks above ${READING_GRADE_LIMIT}.`,
);
