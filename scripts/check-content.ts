/**
 * Validates everything in content/ with the same build `next build` runs, without building the site.
 * Usage: npm run content:check   (exit code 1 and a list of problems when something is wrong)
 */
import { formatProblems } from "../lib/content-build/problem-tracker";
import { runContentBuild } from "../lib/content-build/run-content-build";

// Writes beside, not over, the generated content the site reads, so checking a broken copy never breaks `next dev`.
const problems = await runContentBuild({ outputDir: process.env.CONTENT_OUT ?? ".content-collections/check" });
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log("Content is valid.");
