import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadGeneratedContent } from "@/lib/content-build/generated-content";
import { officeSchema } from "@/lib/content-schema/office";
import { neighborhoodList, neighborhoodsWithAreas, officeCount, oneInEachArea } from "@/lib/offices-in-words";
import { practiceJsonLd } from "@/lib/seo/structured-data/organization";
import { buildProblemsIn, generatedIn } from "../../support/content-scratch";

/**
 * Adding an office is a content change only (docs/editing-content.md, "Add an office"): the real content build runs on the site's two
 * offices plus a third, and every sentence that lists the offices (home page, locations list and its metadata, office
 * page, share image) is built by the functions below from what the build produced. The second part proves that no
 * code in app/, pages/ or components/ names an office or counts them itself. Rendering the pages would need a full
 * `next build` per office fixture; these two checks together cover the same ground.
 */

const scratch = path.join("tests", ".tmp", `offices-from-content-${process.pid}`);
let offices: Awaited<ReturnType<typeof loadGeneratedContent>>["allOffices"];
let practice: Awaited<ReturnType<typeof loadGeneratedContent>>["practice"];

beforeAll(async () => {
  const root = path.join(scratch, "three");
  const problems = await buildProblemsIn(root, {
    "offices/west-los-angeles.yaml": "../../../content/offices/west-los-angeles.yaml",
    "offices/encino.yaml": "../../../content/offices/encino.yaml",
    "offices/pasadena.yaml": "offices/third-office.yaml",
  });
  expect(problems).toEqual([]);
  const generated = await loadGeneratedContent(generatedIn(root));
  // The order getOffices() lists them in.
  offices = generated.allOffices.toSorted((a, b) => a.order - b.order);
  practice = generated.practice;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("a third office in content/offices/ reaches every list of offices", () => {
  it("is counted and named in the sentences the pages and the share image show", () => {
    expect(offices.map((office) => office.slug)).toEqual(["west-los-angeles", "encino", "pasadena"]);
    expect(officeCount(offices)).toBe("three offices");
    expect(neighborhoodList(offices)).toBe("West Los Angeles, Encino, and Pasadena");
    expect(neighborhoodList(offices, "&")).toBe("West Los Angeles, Encino & Pasadena");
    expect(neighborhoodsWithAreas(offices)).toBe(
      "in West Los Angeles, on the Westside, in Encino, in the San Fernando Valley, and in Pasadena, in the San Gabriel Valley",
    );
    expect(oneInEachArea(offices)).toBe("one on the Westside, one in the San Fernando Valley, and one in the San Gabriel Valley");
  });

  it("keeps today's wording for the two offices the site has", () => {
    const two = offices.slice(0, 2);
    expect(`at ${officeCount(two)}, in ${neighborhoodList(two)}`).toBe("at two offices, in West Los Angeles and Encino");
    expect(neighborhoodsWithAreas(two)).toBe("in West Los Angeles, on the Westside, and in Encino, in the San Fernando Valley");
    expect(oneInEachArea(two)).toBe("one on the Westside and one in the San Fernando Valley");
    expect(neighborhoodList(two, "&")).toBe("West Los Angeles & Encino");
    expect(officeCount(offices.slice(2))).toBe("one office");
  });

  it("is a location of the practice in the home page's structured data", () => {
    expect(JSON.stringify(practiceJsonLd(practice, offices))).toContain("Pasadena office");
  });

  it("says where an office is only with in, on or near", () => {
    const third = parse(readFileSync("tests/fixtures/content/offices/third-office.yaml", "utf8"));
    expect(officeSchema.safeParse(third).success).toBe(true);
    expect(officeSchema.safeParse({ ...third, area: "the San Gabriel Valley" }).success).toBe(false);
  });
});

describe("no code names the offices or counts them", () => {
  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.(tsx?|css|svg)$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name));
  const code = [...sourceFiles("app"), ...sourceFiles("pages"), ...sourceFiles("components")].map((file) => ({ file, text: readFileSync(file, "utf8") }));
  const officeFiles = [...readdirSync("content/offices").map((name) => path.join("content/offices", name)), "tests/fixtures/content/offices/third-office.yaml"];
  const officeWords = officeFiles.flatMap((file) => {
    const office = parse(readFileSync(file, "utf8")) as { name: string; neighborhood: string; area?: string };
    return [office.name, office.neighborhood, ...(office.area ? [office.area.replace(/^(in|on|near) (the )?/, "")] : [])];
  });

  it("reads at least the offices' own words", () => {
    expect(code.length).toBeGreaterThan(50);
    expect(officeWords).toEqual(expect.arrayContaining(["Encino", "West Los Angeles", "Westside", "San Fernando Valley", "Pasadena"]));
  });

  it.each(officeWords)("no file in app/, pages/ or components/ says %s", (word) => {
    expect(code.filter(({ text }) => text.includes(word)).map(({ file }) => file)).toEqual([]);
  });

  it("no file in app/, pages/ or components/ counts the offices in words", () => {
    const counted = /\b(one|two|three|four|five|both)\s+(Los Angeles\s+)?offices?\b/i;
    expect(code.filter(({ text }) => counted.test(text)).map(({ file }) => file)).toEqual([]);
  });
});
