/**
 * Whether `.next/` holds a complete build of the code and content in this folder. next.config.ts makes Next's
 * build ID the fingerprint of the build's inputs (generateBuildId, a supported hook inside `next build`), so the
 * server can compare it with the files it finds at start and refuse a stale build instead of serving it.
 * Plain JavaScript: server.mjs runs without a TypeScript loader.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Everything `next build` turns into the site. Tests, docs and the README do not change what is served. */
const INPUT_FOLDERS = ["app", "pages", "components", "lib", "content", "public"];
const INPUT_FILES = [
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "instrumentation-node.ts",
  "content-collections.ts",
  "tailwind.config.ts",
  "postcss.config.mjs",
  "package-lock.json",
];
/** Written by `next build` as it finishes, after every page is prerendered: without them a build was cut short. */
const COMPLETE_BUILD_FILES = ["BUILD_ID", "prerender-manifest.json", "routes-manifest.json", "export-marker.json"];
export const DIST_DIR = ".next";
const RUN_BUILD = "Run `npm run build`, then start the server again.";

function filesUnder(root, folder) {
  const full = path.join(root, folder);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(root, relative) : entry.isFile() ? [relative] : [];
  });
}

/** A hash of every input's path and bytes, in a fixed order: the same files give the same build ID. */
export function sourceFingerprint(root = process.cwd()) {
  const files = [...INPUT_FOLDERS.flatMap((folder) => filesUnder(root, folder)), ...INPUT_FILES]
    .filter((file) => existsSync(path.join(root, file)) && statSync(path.join(root, file)).isFile())
    .map((file) => file.split(path.sep).join("/"))
    .sort();
  const hash = createHash("sha256");
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(root, file)))
      .update("\0");
  return `src-${hash.digest("hex").slice(0, 24)}`;
}

/** Why the build in `.next/` cannot be served, or undefined when it is complete and built from these files. */
export function buildProblem(root = process.cwd()) {
  const dist = path.join(root, DIST_DIR);
  const missing = COMPLETE_BUILD_FILES.filter((file) => !existsSync(path.join(dist, file)));
  if (missing.length === COMPLETE_BUILD_FILES.length) return `There is no build in ${DIST_DIR}/. ${RUN_BUILD}`;
  if (missing.length > 0)
    return `The build in ${DIST_DIR}/ is incomplete (${missing.join(", ")} missing): it was stopped or failed. ${RUN_BUILD}`;
  const built = readFileSync(path.join(dist, "BUILD_ID"), "utf8").trim();
  if (built !== sourceFingerprint(root))
    return `The build in ${DIST_DIR}/ is stale: code or content changed since it was made (build ${built}). ${RUN_BUILD}`;
  return undefined;
}
