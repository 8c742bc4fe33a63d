import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildContent, buildProblemsIn, contentFolder, problemsPrinted } from "../../support/content-scratch";
import { present } from "../../support/present";

// Inside the project so the compiled config still resolves packages from node_modules.
const scratch = path.join("tests", ".tmp", `content-build-${process.pid}`);

/** A minimal content folder (the real practice file, clinicians and self-check) plus the named fixture files. */
const sameName = (fixtures: string[]) => Object.fromEntries(fixtures.map((fixture) => [fixture, fixture]));
const buildProblems = (name: string, fixtures: string[]) => buildProblemsIn(path.join(scratch, name), sameName(fixtures));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `content-collections build`, the first step of `npm run build`, on a copy of content/ with broken files in it. */
describe("the real content build", () => {
  it("builds the site's own content without a problem", async () => {
    const root = path.join(scratch, "real");
    contentFolder(root, {}, { all: true });
    const result = await buildContent(root);
    expect(result.stderr).not.toContain("problem");
    expect(result.code).toBe(0);
  });

  it("refuses a reviewer who is not a clinician, naming file and field", async () => {
    const problems = await buildProblems("reviewer", ["articles/reviewer-names-no-clinician.mdx"]);
    expect(problems).toEqual([
      {
        file: "content/articles/reviewer-names-no-clinician.mdx",
        problem: 'reviewedBy "dr-nobody" names no clinician. Use "clinical-team" or add content/clinicians/dr-nobody.yaml',
      },
    ]);
  });

  it("accepts a reviewer who has a file in content/clinicians", async () => {
    const problems = await buildProblems("named-reviewer", ["clinicians/jane-doe.yaml", "articles/reviewed-by-named-clinician.mdx"]);
    expect(problems).toEqual([]);
  });

  it("refuses two files that share a slug, naming both", async () => {
    const problems = await buildProblems("slug", ["articles/slug-shared-a.mdx", "articles/slug-shared-b.mdx"]);
    expect(problems).toEqual([
      {
        file: "content/articles/slug-shared-a.mdx",
        problem: 'slug "shared-slug" is also used by content/articles/slug-shared-b.mdx. Give one of them another slug or file name',
      },
      {
        file: "content/articles/slug-shared-b.mdx",
        problem: 'slug "shared-slug" is also used by content/articles/slug-shared-a.mdx. Give one of them another slug or file name',
      },
    ]);
  });

  it("refuses an old address (redirectFrom) that is another article's live address", async () => {
    const problems = await buildProblems("redirect", ["articles/valid-article.mdx", "articles/redirect-from-live-slug.mdx"]);
    expect(problems).toEqual([
      {
        file: "content/articles/redirect-from-live-slug.mdx",
        problem: 'redirectFrom "valid-article" is the address of content/articles/valid-article.mdx; an old address cannot also be a live one',
      },
    ]);
  });

  it("refuses invalid YAML with the file and line", async () => {
    const problems = await buildProblems("yaml", ["articles/invalid-yaml.mdx"]);
    expect(problems).toEqual([{ file: "content/articles/invalid-yaml.mdx", problem: expect.stringMatching(/^the YAML is not valid: .* at line \d+/) }]);
  });

  it("refuses a duplicate field and an unclosed frontmatter block, listing both files in one run", async () => {
    const problems = await buildProblems("frontmatter", ["articles/duplicate-yaml-key.mdx", "articles/unclosed-frontmatter.mdx"]);
    expect(problems).toEqual([
      { file: "content/articles/duplicate-yaml-key.mdx", problem: expect.stringMatching(/^the YAML is not valid: Map keys must be unique at line \d+/) },
      { file: "content/articles/unclosed-frontmatter.mdx", problem: "the frontmatter block is not closed: add a line with --- after the last field" },
    ]);
  });

  it("refuses a missing field with the file named", async () => {
    const problems = await buildProblems("missing", ["articles/missing-last-reviewed.mdx"]);
    expect(problems).toEqual([{ file: "content/articles/missing-last-reviewed.mdx", problem: "lastReviewed: is missing: add a date like 2026-11-16" }]);
  });

  it("refuses an unknown MDX component with its line", async () => {
    const problem = present((await buildProblems("component", ["articles/unknown-component.mdx"]))[0], "a problem with the unknown component");
    expect(problem.file).toBe("content/articles/unknown-component.mdx");
    expect(problem.problem).toMatch(/line \d+: <Calout> is not a component you can use here; the components are Callout, TalkToUs, Figure/);
  });

  it("refuses a component attribute that is misspelt or missing, with its line", async () => {
    const problems = await buildProblems("component-props", ["articles/callout-kind-misspelt.mdx", "articles/figure-without-alt.mdx"]);
    const byFile = (name: string) => present(problems.find((p) => p.file.endsWith(name)), `a problem in ${name}`).problem;
    expect(byFile("callout-kind-misspelt.mdx")).toMatch(/line \d+: <Callout> kind: must be one of note, caution, crisis/);
    expect(byFile("figure-without-alt.mdx")).toMatch(/line \d+: <Figure> .*colour: is not an attribute of <Figure>/);
    expect(byFile("figure-without-alt.mdx")).toMatch(/alt: must be text/);
  });

  it("refuses bad office details, naming each field", async () => {
    const problems = await buildProblems("office", ["offices/postal-code-too-short.yaml", "offices/opening-time-not-24-hour.yaml"]);
    expect(problems.map((p) => `${p.file}: ${p.problem}`)).toEqual([
      "content/offices/opening-time-not-24-hour.yaml: hours, item 1, opens: must be a 24-hour time like 09:00 or 17:30",
      "content/offices/postal-code-too-short.yaml: address, postalCode: must be a five-digit ZIP code",
    ]);
  });

  it("refuses an FAQ id used in two files", async () => {
    const problems = await buildProblems("faq", ["faqs/question-id-twice-a.yaml", "faqs/question-id-twice-b.yaml"]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.problem).toMatch(/question id "same-id" is used twice \(also in content\/faqs\/question-id-twice-[ab]\.yaml\)/);
  });

  it("fails the command with exit code 1 and prints every problem in one list, each under its file", async () => {
    const root = path.join(scratch, "cli");
    contentFolder(root, sameName(["articles/description-too-long.mdx", "articles/missing-last-reviewed.mdx"]));
    const result = await buildContent(root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("The content has 2 problems. Fix these files and build again:");
    expect(result.stderr).toContain("  content/articles/description-too-long.mdx\n    - description: must be 50 to 160 characters long; it is 169");
    expect(problemsPrinted(result.stderr)).toHaveLength(2);
  });
});
