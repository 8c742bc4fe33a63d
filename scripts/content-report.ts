/**
 * Prints each article's reading level (Flesch-Kincaid grade, as issue 12 defines it) and next clinical review.
 * Usage: npm run content:report
 */
import { loadGeneratedContent } from "../lib/content-build/generated-content";
import { formatProblems } from "../lib/content-build/problem-tracker";
import { READING_GRADE_LIMIT } from "../lib/content-build/reading-level";
import { runContentBuild } from "../lib/content-build/run-content-build";

const outputDir = process.env.CONTENT_OUT ?? ".content-collections/check";
const problems = await runContentBuild({ outputDir });
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
const articles = (await loadGeneratedContent(outputDir)).allArticles.toSorted((a, b) =>
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
