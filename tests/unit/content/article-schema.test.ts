import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { problemsIn } from "@/lib/content-build/plain-words";
import { parseStrictFrontmatter } from "@/lib/content-build/strict-parsers";
import { articleSchema } from "@/lib/content-schema/article";

const fixture = (name: string) => readFileSync(path.join("tests/fixtures/content/articles", `${name}.mdx`), "utf8");
/** What the build lists for the file, one "<field>: <what to fix>" per problem. */
const problems = (name: string): string[] => problemsIn(articleSchema, parseStrictFrontmatter(fixture(name)));

describe("article frontmatter", () => {
  it("accepts the valid fixture", () => {
    expect(problems("valid-article")).toEqual([]);
  });

  it.each([
    ["missing-last-reviewed", "lastReviewed: is missing: add a date like 2026-11-16"],
    ["description-too-long", "description: must be 50 to 160 characters long; it is 169"],
    ["date-does-not-parse", "updatedAt: must be a date written like 2026-11-16 (year-month-day)"],
    ["date-not-on-calendar", "lastReviewed: is not a real calendar date: check the month and day"],
    ["misspelt-field", 'the file: has a field this file cannot have: "lastReveiwed". Check the spelling against the field list in docs/editing-content.md'],
  ])("refuses %s, naming the field", (name, message) => {
    expect(problems(name)).toContain(message);
  });

  it("names a missing field even when another field is also wrong", () => {
    expect(problems("misspelt-field")).toContain("lastReviewed: is missing: add a date like 2026-11-16");
  });

  it("refuses an update dated before publication", () => {
    const data = { ...parseStrictFrontmatter(fixture("valid-article")), updatedAt: "2026-08-01" };
    expect(problemsIn(articleSchema, data)).toContain("updatedAt: is before publishedAt (2026-09-01): an article cannot be updated before it is published");
  });

  it("refuses a reference with neither DOI nor URL", () => {
    const reference = { authors: "Berman RM, et al.", title: "Antidepressant effects of ketamine", publisher: "Biological Psychiatry", year: 2000 };
    const data = { ...parseStrictFrontmatter(fixture("valid-article")), references: [reference] };
    expect(problemsIn(articleSchema, data)).toEqual(["references, item 1: needs a doi or a url so readers can find the source"]);
  });
});

describe("strict frontmatter parsing", () => {
  it.each([
    ["invalid-yaml", /the YAML is not valid/],
    ["duplicate-yaml-key", /the YAML is not valid: Map keys must be unique/],
    ["unclosed-frontmatter", /the frontmatter block is not closed: add a line with --- after the last field/],
  ])("refuses %s", (name, message) => {
    expect(() => parseStrictFrontmatter(fixture(name))).toThrow(message);
  });

  it("refuses a file without frontmatter", () => {
    expect(() => parseStrictFrontmatter("Just a body.")).toThrow(/must start with a frontmatter block/);
  });

  it("splits fields from the body", () => {
    const parsed = parseStrictFrontmatter("---\ntitle: Hello\n---\n\nBody text.\n");
    expect(parsed).toEqual({ title: "Hello", content: "Body text." });
  });
});
