/**
 * Runs after `next build` (npm run build does both). Marks every script a prerendered page loads at start-up
 * with V8's compile hint (lib/performance/compile-hint.ts), so Chrome compiles it off the main thread. Next and
 * Turbopack have no setting for it; the chunks keep their names, and each gets the one-line comment only once.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startupScriptUrls, withCompileHint } from "../lib/performance/compile-hint";
import { DIST_DIR, htmlFiles } from "./support/build-output";

const STATIC_PREFIX = "/_next/static/";

const urls = new Set(htmlFiles().flatMap((file) => startupScriptUrls(readFileSync(file, "utf8"))));
const chunkFiles = [...urls].filter((url) => url.startsWith(STATIC_PREFIX)).map((url) => path.join(DIST_DIR, "static", url.slice(STATIC_PREFIX.length)));

for (const file of chunkFiles) {
  if (!existsSync(file)) throw new Error(`A prerendered page loads ${file}, which the build did not write: run \`npm run build\` again from a clean .next folder.`);
  const source = readFileSync(file, "utf8");
  const hinted = withCompileHint(source);
  if (hinted !== source) writeFileSync(file, hinted);
}
console.log(`Compile hints: ${chunkFiles.length} start-up scripts marked for eager compilation.`);
