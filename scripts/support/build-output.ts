import { readdirSync } from "node:fs";
import path from "node:path";

/** Where `next build` writes its output, and the prerendered pages in it, for the steps that run after it. */
export const DIST_DIR = ".next";
export const PRERENDERED_APP_DIR = path.join(DIST_DIR, "server", "app");

/** Every prerendered HTML file under a folder of the build output. */
export function htmlFiles(dir: string = PRERENDERED_APP_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith(".html") ? [full] : [];
  });
}
