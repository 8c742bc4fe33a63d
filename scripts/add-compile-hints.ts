/**
 * Runs after `next build` (npm run build does both). Marks every script a page runs as it loads with V8's compile
 * hint (lib/performance/compile-hint.ts), so Chrome compiles it off the main thread: the scripts each prerendered
 * page's HTML names, and those of next/dynamic components, which hydrate with the page. Code fetched later, on a
 * visitor's action (the form's validation), is left as it is. Next and Turbopack have no setting for this; the
 * chunks keep their names, and each gets the one-line comment only once.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startupScriptUrls, withCompileHint } from "../lib/performance/compile-hint";
import { DIST_DIR, dynamicComponentScripts, htmlFiles } from "./support/build-output";

const STATIC_PREFIX = "/_next/static/";

const namedByHtml = new Set(htmlFiles().flatMap((file) => startupScriptUrls(readFileSync(file, "utf8"))));
const chunkFiles = new Set([
  ...[...namedByHtml]
    .filter((url) => url.startsWith(STATIC_PREFIX))
    .map((url) => path.join(DIST_DIR, "static", url.slice(STATIC_PREFIX.length))),
  ...dynamicComponentScripts().map((file) => path.join(DIST_DIR, file)),
]);

for (const file of chunkFiles) {
  if (!existsSync(file))
    throw new Error(
      `A page loads ${file}, which the build did not write: run \`npm run build\` again from a clean .next folder.`,
    );
  const source = readFileSync(file, "utf8");
  const hinted = withCompileHint(source);
  if (hinted !== source) writeFileSync(file, hinted);
}
console.log(`Compile hints: ${chunkFiles.size} scripts that pages run as they load marked for eager compilation.`);
