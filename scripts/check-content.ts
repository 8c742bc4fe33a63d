/**
 * Validates everything in content/ with the same build `next build` runs, without building the site, and applies
 * the same example-value rule (SITE_URL=https://… fails while an example value remains).
 * Usage: npm run content:check   (exit code 1 and a list of problems when something is wrong)
 */
import { contentWarnings, formatContentWarnings } from "../lib/content-build/content-warnings";
import { collectExampleValues, judgeExampleValues } from "../lib/content-build/example-value-gate";
import { loadGeneratedContent } from "../lib/content-build/generated-content";
import { formatProblems } from "../lib/content-build/problem-tracker";
import { runContentBuild } from "../lib/content-build/run-content-build";

// Writes beside, not over, the generated content the site reads, so checking a broken copy never breaks `next dev`.
const outputDir = process.env.CONTENT_OUT ?? ".content-collections/check";
const problems = await runContentBuild({ outputDir });
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const generated = await loadGeneratedContent(outputDir);
const verdict = judgeExampleValues(collectExampleValues(generated));
if (verdict.outcome === "fail") {
  console.error(verdict.message);
  process.exit(1);
}
if (verdict.message) console.warn(`⚠ ${verdict.message}`);
const warnings = contentWarnings(generated);
if (warnings.length > 0) console.warn(`⚠ ${formatContentWarnings(warnings)}`);
console.log("Content is valid.");
