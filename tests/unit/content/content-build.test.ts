import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { runContentBuild } from "@/lib/content-build/run-content-build";
import { buildProblemsIn, contentFolder } from "../../support/content-scratch";
import { present } from "../../support/present";

const run = promisify(execFile);
// Inside the project so the compiled config still resolves packages from node_modules.
const scratch = path.join("tests", ".tmp", `content-build-${process.pid}`);

/** A minimal content folder (the real practice file, clinicians and self-check) plus the named fixture files. */
const sameName = (fixtures: string[]) => Object.fromEntries(fixtures.map((fixture) => [fixture, fixture]));
const contentWith = (name: string, fixtures: string[]) => contentFolder(path.join(scratch, name), sameName(fixtures));
const buildProblems = (name: string, fixtures: string[]) => buildProblemsIn(path.join(scratch, name), sameName(fixtures));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the real content build", () => {
  it("builds the site's own content without a problem", async () => {
    const problems = await runContentBuild({ outputDir: path.join(scratch, "real", "out") });
    expect(problems).toEqual([]);
  });

  it("refuses a reviewer who is not a clinician, naming file and field", async () => {
    const problems = await buildProblems("reviewer", ["articles/reviewer-names-no-clinician.mdx"]);
    expect(problems).toEqual([
      {
        file: `${process.env.CONTENT_DIR ?? path.join(scratch, "reviewer", "content")}/articles/reviewer-names-no-clinician.mdx`,
        problem: 'reviewedBy "dr-nobody" names no clinician. Use "clinical-team" or add ' + `${path.join(scratch, "reviewer", "content")}/clinicians/dr-nobody.yaml`,
      },
    ]);
  });

  it("refuses two files that share a slug, naming both", async () => {
    const problems = await buildProblems("slug", ["articles/slug-shared-a.mdx", "articles/slug-shared-b.mdx"]);
    expect(problems).toHaveLength(2);
    for (const problem of problems) {
      expect(problem.problem).toMatch(/^slug "shared-slug" is also used by .*slug-shared-[ab]\.mdx\. Give one of them another slug or file name$/);
    }
  });

  it("refuses an old address (redirectFrom) that is another article's live address", async () => {
    const problems = await buildProblems("redirect", ["articles/valid-article.mdx", "articles/redirect-from-live-slug.mdx"]);
    expect(problems).toEqual([
      {
        file: expect.stringMatching(/articles\/redirect-from-live-slug\.mdx$/),
        problem: expect.stringMatching(/^redirectFrom "valid-article" is the address of .*articles\/valid-article\.mdx; an old address cannot also be a live one$/),
      },
    ]);
  });

  it("refuses invalid YAML with the file and line", async () => {
    const problem = present((await buildProblems("yaml", ["articles/invalid-yaml.mdx"]))[0], "a problem with the invalid YAML");
    expect(problem.file).toMatch(/articles\/invalid-yaml\.mdx$/);
    expect(problem.problem).toMatch(/the YAML is not valid: .* at line \d+/);
  });

  it("refuses a missing field with the file named", async () => {
    const problems = await buildProblems("missing", ["articles/missing-last-reviewed.mdx"]);
    expect(problems).toEqual([{ file: expect.stringMatching(/articles\/missing-last-reviewed\.mdx$/), problem: "lastReviewed: is missing: add a date like 2026-11-16" }]);
  });

  it("refuses an unknown MDX component with its line", async () => {
    const problem = present((await buildProblems("component", ["articles/unknown-component.mdx"]))[0], "a problem with the unknown component");
    expect(problem.file).toMatch(/articles\/unknown-component\.mdx$/);
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
    expect(problems.map((p) => `${path.basename(p.file)}: ${p.problem}`).toSorted()).toEqual([
      "opening-time-not-24-hour.yaml: hours, item 1, opens: must be a 24-hour time like 09:00 or 17:30",
      "postal-code-too-short.yaml: address, postalCode: must be a five-digit ZIP code",
    ]);
  });

  it("refuses an FAQ id used in two files", async () => {
    const problems = await buildProblems("faq", ["faqs/question-id-twice-a.yaml", "faqs/question-id-twice-b.yaml"]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.problem).toMatch(/question id "same-id" is used twice \(also in .*question-id-twice-[ab]\.yaml\)/);
  });

  it("fails the command-line check with exit code 1 and names file and field", async () => {
    const dir = contentWith("cli", ["articles/description-too-long.mdx"]);
    const failure = await run("npx", ["tsx", "scripts/check-content.ts"], {
      env: { ...process.env, CONTENT_DIR: dir, CONTENT_OUT: path.join(scratch, "cli", "out") },
    }).then(() => null, (error: { code: number; stderr: string }) => error);
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(`${dir}/articles/description-too-long.mdx`);
    expect(failure?.stderr).toContain("- description: must be 50 to 160 characters long; it is 169");
  });
});
