import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** The README and the staff guide, where the components staff may use in MDX are listed with examples. */
const docs = ["README.md", "docs/editing-content.md"].map((file) => readFileSync(file, "utf8")).join("\n");
/** Files of this site the docs tell staff to use, e.g. <Figure src="/illustrations/phases.svg" …/>. */
const namedFiles = [...docs.matchAll(/src="(\/[^"]+)"/g)].flatMap((match) => (match[1] ? [match[1]] : []));

describe("the documentation's examples", () => {
  it("name at least one file in public/", () => {
    expect(namedFiles.length).toBeGreaterThan(0);
  });

  it.each(namedFiles)("%s exists in public/", (file) => {
    expect(existsSync(path.join("public", file))).toBe(true);
  });

  it.each(namedFiles.filter((file) => file.endsWith(".svg")))(
    "%s names itself for assistive technology (role=img, a title and a description)",
    (file) => {
      const svg = readFileSync(path.join("public", file), "utf8");
      expect(svg).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="([\w-]+) ([\w-]+)"/);
      const [, titleId, descId] = svg.match(/aria-labelledby="([\w-]+) ([\w-]+)"/)!;
      expect(svg).toMatch(new RegExp(`<title id="${titleId}">[^<]{10,}</title>`));
      expect(svg).toMatch(new RegExp(`<desc id="${descId}">[^<]{10,}</desc>`));
    },
  );
});
