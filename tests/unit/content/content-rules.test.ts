import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentWarnings } from "@/lib/content-build/content-warnings";
import { readingLevel } from "@/lib/content-build/reading-level";
import { nextReviewDate } from "@/lib/content-build/review-schedule";
import { buildContent, buildProblemsIn, contentFolder, generatedIn, runCommand } from "../../support/content-scratch";

const scratch = path.join("tests", ".tmp", `content-rules-${process.pid}`);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("file names are web addresses", () => {
  it("refuses a capitalised article file name, giving the name to use", async () => {
    const problems = await buildProblemsIn(path.join(scratch, "capitals"), { "articles/Capitalised-File-Name.mdx": "articles/Capitalised-File-Name.mdx" });
    expect(problems).toEqual([
      {
        file: expect.stringMatching(/articles\/Capitalised-File-Name\.mdx$/),
        problem: 'the file name "Capitalised-File-Name.mdx" is not a web address: rename the file capitalised-file-name.mdx (lowercase words joined by hyphens; the name becomes the page\'s address)',
      },
    ]);
  });

  it("compares addresses ignoring case, so KAP-Basics.mdx and kap-basics.mdx collide", async () => {
    const problems = await buildProblemsIn(path.join(scratch, "case"), {
      "articles/kap-basics.mdx": "articles/valid-article.mdx",
      "articles/KAP-Basics.mdx": "articles/valid-article.mdx",
    });
    expect(problems.map((p) => `${path.basename(p.file)}: ${p.problem}`).toSorted()).toEqual([
      expect.stringMatching(/^KAP-Basics\.mdx: the file name "KAP-Basics\.mdx" is not a web address: rename the file kap-basics\.mdx/),
      expect.stringMatching(/^kap-basics\.mdx: slug "kap-basics" is also used by .*KAP-Basics\.mdx/),
    ]);
  });

  it("refuses a page file name with a space or capitals too", async () => {
    const problems = await buildProblemsIn(path.join(scratch, "page"), { "pages/Privacy Policy.mdx": "pages/valid-page-with-references.mdx" });
    expect(problems).toEqual([{ file: expect.stringMatching(/pages\/Privacy Policy\.mdx$/), problem: expect.stringContaining("rename the file privacy-policy.mdx") }]);
  });
});

describe("reading level (Flesch-Kincaid grade)", () => {
  it("applies 0.39 × words per sentence + 11.8 × syllables per word − 15.59", () => {
    // 6 words, 2 sentences, 6 syllables: 0.39 × 3 + 11.8 × 1 − 15.59 = −2.62
    expect(readingLevel("The cat sat. The dog ran.")).toEqual({ grade: -2.6, words: 6, sentences: 2, syllables: 6 });
    // 4 words, 1 sentence, 8 syllables (ke-ta-mine is a me-di-cine): 0.39 × 4 + 11.8 × 8/4 − 15.59 = 9.57
    expect(readingLevel("Ketamine is a medicine.")).toEqual({ grade: 9.6, words: 4, sentences: 1, syllables: 8 });
  });

  it("counts paragraphs, list items and table cells, and leaves out headings and parenthesised citations", () => {
    const cited = readingLevel("## A long heading with many more words\n\nThe cat sat (Smith et al., 2020). The dog ran (FDA, 2023).");
    expect(cited).toEqual(readingLevel("The cat sat. The dog ran."));
    const listAndTable = readingLevel("- The cat sat\n- The dog ran\n\n| a | b |\n| --- | --- |\n| The cat | sat here |");
    // Each list item and each table cell is a unit of its own: 6 + 4 words, 2 + 4 units (header cells included).
    expect(listAndTable).toMatchObject({ words: 12, sentences: 6 });
  });

  it("reads the text inside components such as a Callout", () => {
    expect(readingLevel('<Callout kind="note" title="Note">\nThe cat sat. The dog ran.\n</Callout>')).toEqual(readingLevel("The cat sat. The dog ran."));
  });
});

describe("next clinical review", () => {
  it("is a year after lastReviewed unless nextReview is set", () => {
    expect(nextReviewDate({ lastReviewed: "2026-11-16" })).toBe("2027-11-16");
    expect(nextReviewDate({ lastReviewed: "2026-11-16", nextReview: "2027-05-01" })).toBe("2027-05-01");
    expect(nextReviewDate({})).toBeUndefined();
  });

  it("warns when the review has fallen due, and when an article reads above grade 9", () => {
    const article = (sourceFile: string, readingGrade: number, nextReviewDue?: string) => ({ sourceFile, readingGrade, nextReviewDue });
    const generated = { allArticles: [article("a.mdx", 8.2, "2027-11-16"), article("b.mdx", 9.4, "2027-11-16"), article("c.mdx", 7, "2026-11-30")] } as never;
    expect(contentWarnings(generated, "2026-12-01")).toEqual([
      "b.mdx: reads at grade 9.4, above 9: use shorter sentences and plainer words (npm run content:report)",
      "c.mdx: its clinical review was due on 2026-11-30: have a clinician review it, then update lastReviewed (or set nextReview)",
    ]);
  });
});

describe("npm run content:report", () => {
  it("prints each article with its grade and next review date", async () => {
    const root = path.join(scratch, "report");
    contentFolder(root, {}, { all: true });
    expect((await buildContent(root)).code).toBe(0);
    const { stdout } = await runCommand("npx", ["tsx", "scripts/content-report.ts", generatedIn(root)]);
    for (const file of ["is-kap-safe.mdx", "what-a-kap-session-is-like.mdx", "kap-for-anxiety.mdx"]) {
      expect(stdout).toMatch(new RegExp(`content/articles/${file.replace(".", "\\.")}\\s+-?\\d+\\.\\d[! ]\\s+(\\d{4}-\\d{2}-\\d{2}|not reviewed yet)`));
    }
  });
});
