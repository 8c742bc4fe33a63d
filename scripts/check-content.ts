/**
 * The step after `content-collections build` (which fails on any content problem, naming each file and field): it
 * reads what that build generated and applies the example-value rule (SITE_URL=https://… fails while an example
 * value remains, unless ALLOW_EXAMPLE_VALUES=true builds a preview), then lists the content's warnings.
 * Usage: npm run content:check (both steps; `npm run build` runs it first). The argument, for tests: another
 * generated folder.
 */
import { contentWarnings, formatContentWarnings } from "../lib/content-build/content-warnings";
import { collectExampleValues, judgeExampleValues } from "../lib/content-build/example-value-gate";
import { loadGeneratedContent } from "../lib/content-build/generated-content";

const generated = await loadGeneratedContent(process.argv[2]);
const verdict = judgeExampleValues(collectExampleValues(generated));
if (verdict.outcome === "fail") {
  console.error(`\n✖ ${verdict.message}\n`);
  process.exit(1);
}
if (verdict.message) console.warn(`\n⚠ ${verdict.message}\n`);
const warnings = contentWarnings(generated);
if (warnings.length > 0) console.warn(`⚠ ${formatContentWarnings(warnings)}\n`);
console.log("Content is valid.");
