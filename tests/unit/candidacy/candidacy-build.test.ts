import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { runContentBuild } from "@/lib/content-build/run-content-build";
import { buildProblemsIn, contentFolder } from "../../support/content-scratch";

const run = promisify(execFile);
const scratch = path.join("tests", ".tmp", `candidacy-build-${process.pid}`);
const asCandidacy = (fixture: string) => ({ "candidacy.yaml": `candidacy/${fixture}.yaml` });
const problemsWith = (fixture: string) => buildProblemsIn(path.join(scratch, fixture), asCandidacy(fixture));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The real content build, as `next build` runs it, on a self-check file with one mistake. */
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
        file: `${path.join(scratch, fixture, "content")}/candidacy.yaml`,
        problem: 'question "age", id: "age" is already the id of question 3: give each question its own id',
      },
    ]);
  });

  it("fails when the file is missing, saying which file", async () => {
    const dir = contentFolder(path.join(scratch, "missing"), {});
    rmSync(path.join(dir, "candidacy.yaml"));
    process.env.CONTENT_DIR = dir;
    try {
      const problems = await runContentBuild({ outputDir: path.join(scratch, "missing", "out") });
      expect(problems.map((p) => p.problem).join("\n")).toContain(`${dir}/candidacy.yaml`);
    } finally {
      delete process.env.CONTENT_DIR;
    }
  });

  it("makes the command-line check exit with code 1 and print the file and question", async () => {
    const dir = contentFolder(path.join(scratch, "cli"), asCandidacy("unknown-outcome"));
    const failure = await run("npx", ["tsx", "scripts/check-content.ts"], {
      env: { ...process.env, CONTENT_DIR: dir, CONTENT_OUT: path.join(scratch, "cli", "out") },
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(`${dir}/candidacy.yaml`);
    expect(failure?.stderr).toContain(
      '- question "heart", option "uncontrolled", outcome: must be one of explore, talk-first, not-now',
    );
  });
});
