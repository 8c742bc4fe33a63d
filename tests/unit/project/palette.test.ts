import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { palette } from "@/lib/palette";

/** Colours are written once, in lib/palette.ts; everything else reads them from there or from Tailwind's theme. */

const HEX = /#[0-9a-fA-F]{3,8}\b|\brgba?\(/g;
const FAVICON = "app/icon.svg";

const filesIn = (dir: string) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(tsx?|css|svg|mjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));

const paletteColours = (value: unknown): string[] =>
  typeof value === "string" ? [value.toLowerCase()] : Object.values(value as object).flatMap(paletteColours);

describe("one definition of each colour", () => {
  it("no file but lib/palette.ts types a colour value", () => {
    const sources = [...filesIn("app"), ...filesIn("components"), ...filesIn("lib"), "tailwind.config.ts"].filter(
      (file) => file !== "lib/palette.ts" && file !== FAVICON,
    );
    expect(sources.length).toBeGreaterThan(100);
    const typed = sources.flatMap((file) =>
      (readFileSync(file, "utf8").match(HEX) ?? []).map((colour) => `${file}: ${colour}`),
    );
    expect(typed).toEqual([]);
  });

  // The favicon is served as a file by Next, so it cannot import the palette: it may only use the palette's colours.
  it("the favicon uses only palette colours", () => {
    const used = readFileSync(FAVICON, "utf8").match(HEX) ?? [];
    expect(used.length).toBeGreaterThan(0);
    expect(
      used.map((colour) => colour.toLowerCase()).filter((colour) => !paletteColours(palette).includes(colour)),
    ).toEqual([]);
  });
});
