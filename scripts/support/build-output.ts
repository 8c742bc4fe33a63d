import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Where `next build` writes its output, and the prerendered pages in it, for the steps that run after it. */
export const DIST_DIR = ".next";
export const PRERENDERED_APP_DIR = path.join(DIST_DIR, "server", "app");

/** Every file under a folder of the build output whose name ends as given. */
function filesEndingWith(suffix: string, dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesEndingWith(suffix, full);
    return entry.name.endsWith(suffix) ? [full] : [];
  });
}

/** Every prerendered HTML file under a folder of the build output. */
export function htmlFiles(dir: string = PRERENDERED_APP_DIR): string[] {
  return filesEndingWith(".html", dir);
}

type LoadableManifest = Record<string, { files?: string[] }>;

/**
 * The scripts of every next/dynamic component (e.g. the contact form), which a page's own JavaScript fetches as it
 * hydrates, so its HTML does not name them: paths relative to DIST_DIR, from Next's react-loadable manifests.
 */
export function dynamicComponentScripts(): string[] {
  const manifests = filesEndingWith("react-loadable-manifest.json", PRERENDERED_APP_DIR);
  const files = manifests.flatMap((file) =>
    Object.values(JSON.parse(readFileSync(file, "utf8")) as LoadableManifest).flatMap((entry) => entry.files ?? []),
  );
  return [...new Set(files.filter((file) => file.endsWith(".js")))];
}
