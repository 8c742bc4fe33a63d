import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { problemsIn } from "@/lib/content-build/plain-words";
import { parseStrictYaml } from "@/lib/content-build/strict-parsers";
import { candidacySchema } from "@/lib/content-schema/candidacy";
import { present } from "../../support/present";

const fixture = (name: string) =>
  parseStrictYaml(readFileSync(path.join("tests/fixtures/content/candidacy", `${name}.yaml`), "utf8"));
/** What the build lists for the file, one "<where>: <what to fix>" per problem. */
const problems = (data: unknown): string[] => problemsIn(candidacySchema, data, { nameItemsById: true });

describe("the self-check file (content/candidacy.yaml)", () => {
  it("accepts the valid fixture and the site's own file", () => {
    expect(problems(fixture("valid-candidacy"))).toEqual([]);
    expect(problems(parseStrictYaml(readFileSync("content/candidacy.yaml", "utf8")))).toEqual([]);
  });

  it("fills in the defaults: an answer explores without a crisis, a question is required", () => {
    const rules = candidacySchema.parse(fixture("valid-candidacy"));
    const age = rules.questions.find((question) => question.id === "age")!;
    expect(age.required).toBe(true);
    expect(age.options[0]).toMatchObject({ id: "adult", outcome: "explore", crisis: false });
  });

  it.each([
    [
      "duplicate-question-id",
      'question "age", id: "age" is already the id of question 3: give each question its own id',
    ],
    [
      "duplicate-option-id",
      'question "age", option "adult", id: "adult" is already the id of option 1: give each option its own id',
    ],
    [
      "unknown-outcome",
      'question "heart", option "uncontrolled", outcome: must be one of explore, talk-first, not-now (check the spelling)',
    ],
    ["too-few-questions", "questions: must hold 8 to 12 questions; it holds 7"],
    ["too-many-questions", "questions: must hold 8 to 12 questions; it holds 13"],
    [
      "question-with-one-option",
      'question "pregnancy", options: must offer at least 2 options to choose from; it has 1',
    ],
    ["missing-outcome-text", "outcomes, not-now: is missing: add it"],
    [
      "skipped-reason-without-placeholder",
      "skippedReason: must contain {question} where the skipped question should appear",
    ],
    [
      "misspelt-option-field",
      'question "medications", option "some": has a field this file cannot have: "guidence". Check the spelling against the field list in docs/editing-content.md',
    ],
  ])("refuses %s, naming the question and field in plain words", (name, message) => {
    expect(problems(fixture(name))).toContain(message);
  });

  it("reports a repeated id together with other problems, so one build lists them all", () => {
    const data = fixture("unknown-outcome") as { questions: { id?: unknown }[] };
    present(data.questions[7], "question 8").id = "age";
    present(data.questions[6], "question 7").id = undefined;
    expect(problems(data).toSorted()).toEqual([
      'question "age", id: "age" is already the id of question 3: give each question its own id',
      'question "heart", option "uncontrolled", outcome: must be one of explore, talk-first, not-now (check the spelling)',
      "questions, item 7, id: is missing: add it",
    ]);
  });

  it("refuses a link in a result that leads off the site", () => {
    const data = fixture("valid-candidacy") as { outcomes: { explore: { action: { href: string } } } };
    data.outcomes.explore.action.href = "https://example.com/book";
    expect(problems(data)).toEqual([
      "outcomes, explore, action, href: must be a page of this site starting with /, like /contact",
    ]);
  });

  it("refuses crisis written as anything but true or false", () => {
    const data = fixture("valid-candidacy") as { questions: { options: Record<string, unknown>[] }[] };
    present(present(data.questions[2], "question 3").options[1], "its second option").crisis = "yes";
    expect(problems(data)).toEqual(['question "age", option "under-18", crisis: must be true or false']);
  });

  it("names a question by its position when it has no id to be named by", () => {
    const data = fixture("valid-candidacy") as { questions: Record<string, unknown>[] };
    delete present(data.questions[1], "question 2").id;
    expect(problems(data)).toEqual(["questions, item 2, id: is missing: add it"]);
  });
});
