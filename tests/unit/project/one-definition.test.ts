import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buttonClass } from "@/components/ui/button-styles";
import { BACKUPS_KEPT } from "@/lib/store/backup";

/** Facts that have one definition: the code that would write a second one is refused here, naming the file. */

const codeIn = (dir: string) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(tsx?|mjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
const sources = [
  ...["app", "pages", "components", "lib", "scripts"].flatMap(codeIn),
  ...["next.config.ts", "proxy.ts", "server.mjs", "instrumentation.ts"].filter(existsSync),
];
const read = (file: string) => readFileSync(file, "utf8");

describe("one definition of each fact", () => {
  it("reads SITE_URL in lib/seo/site-url.ts only", () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(read("lib/seo/site-url.ts")).toMatch(/process\.env\.SITE_URL/);
    expect(
      sources.filter(
        (file) => file !== "lib/seo/site-url.ts" && /process\.env(\.SITE_URL|\[["']SITE_URL)/.test(read(file)),
      ),
    ).toEqual([]);
  });

  it("writes a button's look in components/ui/button-styles.ts only", () => {
    const literal = /"[^"\n]*"|`[^`\n]*`/g;
    const looksLikeButton = (text: string) =>
      /\brounded-full\b/.test(text) && /\bfont-semibold\b/.test(text) && /\b(bg|border)-sage-700\b/.test(text);
    // The detector recognises every look the module defines, as a component that re-typed it would write it.
    for (const variant of ["primary", "secondary"] as const)
      expect(looksLikeButton(buttonClass(variant, "compact"))).toBe(true);
    const retyped = sources
      .filter((file) => file !== "components/ui/button-styles.ts")
      .flatMap((file) => (read(file).match(literal) ?? []).filter(looksLikeButton).map((text) => `${file}: ${text}`));
    expect(retyped).toEqual([]);
  });

  it("tells visitors on the privacy page as many backups as lib/store/backup.ts keeps", () => {
    expect(read("content/pages/privacy.mdx")).toMatch(new RegExp(`\\b${BACKUPS_KEPT} most recent\\s+backups\\b`));
  });
});
