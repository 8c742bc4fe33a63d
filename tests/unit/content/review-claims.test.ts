import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listPlaceholderReviews } from "@/lib/content-build/example-values";
import { buildProblemsIn } from "../../support/content-scratch";

const scratch = path.join("tests", ".tmp", `review-claims-${process.pid}`);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("review claims", () => {
  it("refuses a draft that claims a review, naming the file and both fields", async () => {
    const root = path.join(scratch, "draft");
    const problems = await buildProblemsIn(root, { "articles/draft.mdx": "articles/draft-claims-review.mdx" });
    const file = "content/articles/draft.mdx";
    const message = "a draft cannot claim a review: delete this line, and add it back with draft: false once a clinician has reviewed the article";
    expect(problems).toEqual([
      { file, problem: `reviewedBy: ${message}` },
      { file, problem: `lastReviewed: ${message}` },
    ]);
  });

  it("lists a review by the placeholder clinical team as an example value, and a named clinician's not", () => {
    const values = listPlaceholderReviews([
      { sourceFile: "content/articles/a.mdx", reviewedBy: "clinical-team", lastReviewed: "2026-11-16" },
      { sourceFile: "content/articles/b.mdx", reviewedBy: "jane-doe", lastReviewed: "2026-11-16" },
      { sourceFile: "content/articles/draft.mdx" },
    ]);
    expect(values).toEqual([{ file: "content/articles/a.mdx", field: "reviewedBy", value: "clinical-team, lastReviewed 2026-11-16 (no named clinician has reviewed it)" }]);
  });
});

describe("authorship claims", () => {
  it("lists authorship by the placeholder clinical team as an example value, before its review (review D11)", () => {
    const values = listPlaceholderReviews([
      { sourceFile: "content/articles/a.mdx", author: "clinical-team", reviewedBy: "clinical-team", lastReviewed: "2026-11-16" },
      { sourceFile: "content/articles/b.mdx", author: "jane-doe", reviewedBy: "jane-doe", lastReviewed: "2026-11-16" },
    ]);
    expect(values).toEqual([
      { file: "content/articles/a.mdx", field: "author", value: "clinical-team (no named clinician has confirmed writing it)" },
      { file: "content/articles/a.mdx", field: "reviewedBy", value: "clinical-team, lastReviewed 2026-11-16 (no named clinician has reviewed it)" },
    ]);
  });

  it("marks a placeholder author in a preview, and a named one not", async () => {
    const { isPlaceholderAuthor } = await import("@/lib/example-fields");
    expect(isPlaceholderAuthor({ author: "clinical-team" })).toBe(true);
    expect(isPlaceholderAuthor({ author: "jane-doe" })).toBe(false);
  });
});
