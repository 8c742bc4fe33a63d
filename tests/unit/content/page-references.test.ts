import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadGeneratedContent } from "@/lib/content-build/generated-content";
import { buildProblemsIn, generatedIn } from "../../support/content-scratch";
import { present } from "../../support/present";

const scratch = path.join("tests", ".tmp", `page-references-${process.pid}`);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("references on pages", () => {
  it("keeps a page's references, checked like an article's", async () => {
    const root = path.join(scratch, "valid");
    expect(await buildProblemsIn(root, { "pages/cited.mdx": "pages/valid-page-with-references.mdx" })).toEqual([]);
    const page = present((await loadGeneratedContent(generatedIn(root))).allPages[0], "the built page");
    expect(page.references).toEqual([expect.objectContaining({ publisher: "American Journal of Psychiatry", year: 2022, doi: "10.1176/appi.ajp.2021.21030277" })]);
  });

  it("refuses a page reference without a doi or url, naming file and field", async () => {
    const root = path.join(scratch, "broken");
    const problems = await buildProblemsIn(root, { "pages/cited.mdx": "pages/reference-without-doi-or-url.mdx" });
    expect(problems).toEqual([{ file: "content/pages/cited.mdx", problem: "references, item 1: needs a doi or a url so readers can find the source" }]);
  });
});
