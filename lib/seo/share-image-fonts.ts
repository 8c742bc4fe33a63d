import { readFile } from "node:fs/promises";
import path from "node:path";

const fontFile = (pkg: string, file: string) =>
  readFile(path.join(process.cwd(), "node_modules", "@fontsource", pkg, "files", file));

/** Share images are drawn by Satori, which reads WOFF (not WOFF2): the static @fontsource packages ship both. */
export async function shareImageFonts() {
  const [serif, sans] = await Promise.all([
    fontFile("source-serif-4", "source-serif-4-latin-600-normal.woff"),
    fontFile("inter", "inter-latin-400-normal.woff"),
  ]);
  return [
    { name: "Source Serif 4", data: serif, weight: 600 as const, style: "normal" as const },
    { name: "Inter", data: sans, weight: 400 as const, style: "normal" as const },
  ];
}

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };
