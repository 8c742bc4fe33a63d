import path from "node:path";
import { pathToFileURL } from "node:url";
import { nativeImport } from "./native-import.js";

type Generated = typeof import("content-collections");

/** The generated content, read fresh from disk, for build-time code outside the app (next.config.ts). */
export function loadGeneratedContent(outputDir = ".content-collections/generated"): Promise<Generated> {
  return nativeImport<Generated>(`${pathToFileURL(path.resolve(outputDir, "index.js")).href}?t=${Date.now()}`);
}
