import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildContent, buildProblemsIn, contentFolder } from "../../support/content-scratch";

const scratch = path.join("tests", ".tmp", `candidacy-build-${process.pid}`);
const asCandidacy = (fixture: string) => ({ "candidacy.yaml": `candidacy/${fixture}.yaml` });
const problemsWith = (fixture: string) => buildProblemsIn(path.join(scratch, fixture), asCandidacy(fixture));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The real content build (`content-collections build`, as `npm run build` runs it) on a self-check file with one mistake. */
describe("the content build on a broken content/candidacy.yaml", () => {
  it("builds the valid fixture without a problem", async () => {
    expect(await problemsWith("valid-candidacy")).toEqual([]);
  });

  // Each broken fixture's message is the schema's (candidacy-schema.test.ts); building one proves the build reports
  // it against the file.
  it("fails on a broken fixture, naming the file and the question", async () => {
    const fixture = "duplicate-question-id";
    expect(await problemsWith(fixture)).toEqual([
      {
        file: "content/candidacy.yaml",
        problem: 'question "age", id: "age" is already the id of question 3: give each question its own id',
      },
    ]);
  });

  it("fails when the file is missing, saying which file", async () => {
    const root = path.join(scratch, "missing");
    rmSync(path.join(contentFolder(root, {}), "candidacy.yaml"));
    const result = await buildContent(root);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("content/candidacy.yaml");
  });

  it("makes the command exit with code 1 and print the file and question", async () => {
    const root = path.join(scratch, "cli");
    contentFolder(root, asCandidacy("unknown-outcome"));
    const result = await buildContent(root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("  content/candidacy.yaml\n");
    expect(result.stderr).toContain(
      '- question "heart", option "uncontrolled", outcome: must be one of explore, talk-first, not-now',
    );
  });
});
