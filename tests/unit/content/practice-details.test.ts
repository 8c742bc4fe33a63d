import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadGeneratedContent } from "@/lib/content-build/generated-content";
import { buildProblemsIn, generatedIn } from "../../support/content-scratch";
import { present } from "../../support/present";

const scratch = path.join("tests", ".tmp", `practice-details-${process.pid}`);
const build = (name: string, files: Record<string, string>) => buildProblemsIn(path.join(scratch, name), files);
const generated = (name: string) => loadGeneratedContent(generatedIn(path.join(scratch, name)));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("practice details quoted by content", () => {
  it("builds an article whose <PracticeDetail> names are in practice.yaml", async () => {
    expect(await build("mdx-known", { "articles/known.mdx": "articles/practice-detail-known-names.mdx" })).toEqual([]);
  });

  it("refuses an unknown <PracticeDetail> name in an article, naming file, line and name", async () => {
    const problems = await build("mdx-unknown", { "articles/unknown.mdx": "articles/practice-detail-unknown-name.mdx" });
    expect(problems).toEqual([
      {
        file: "content/articles/unknown.mdx",
        problem: expect.stringMatching(/^body line 5 \(below the frontmatter\): <PracticeDetail name="minimumAgee" \/> names no practice detail\. Use one of minimumAge, .*replyWithin, phone, email, or add "minimumAgee" under policies in content\/practice\.yaml$/),
      },
    ]);
  });

  it("refuses an unknown <PracticeDetail> name in a page too", async () => {
    const problems = await build("page-unknown", { "pages/unknown.mdx": "pages/practice-detail-unknown-name.mdx" });
    expect(problems).toEqual([{ file: "content/pages/unknown.mdx", problem: expect.stringContaining('<PracticeDetail name="telehealthState" /> names no practice detail') }]);
  });

  it("replaces {{tokens}} in FAQ answers with the values in practice.yaml", async () => {
    expect(await build("faq-known", { "faqs/known.yaml": "faqs/token-known-names.yaml" })).toEqual([]);
    const topic = present((await generated("faq-known")).allFaqs[0], "the built FAQ topic");
    expect(topic.questions[0]?.answer.trim()).toBe("Usually $450 to $750 for a medicine session, depending on its length. We reply within one business day.");
    expect(topic.questions[0]?.quotesExampleValue).toBe(true);
  });

  it("refuses an unknown {{token}} in an FAQ answer, naming file and token", async () => {
    const problems = await build("faq-unknown", { "faqs/unknown.yaml": "faqs/token-unknown-name.yaml" });
    expect(problems).toEqual([{ file: "content/faqs/unknown.yaml", problem: expect.stringMatching(/^\{\{pricerange\}\} names no practice detail\. Use one of minimumAge, /) }]);
  });

  it("replaces {{tokens}} in the self-check's texts", async () => {
    expect(await build("candidacy-known", { "candidacy.yaml": "candidacy/token-known-name.yaml" })).toEqual([]);
    const { candidacy } = await generated("candidacy-known");
    expect(candidacy?.intro).toBe("A few short questions for adults aged 18 and older, about what you are looking for and your health.");
  });

  it("refuses an unknown {{token}} in the self-check, naming file and token", async () => {
    const problems = await build("candidacy-unknown", { "candidacy.yaml": "candidacy/token-unknown-name.yaml" });
    expect(problems).toEqual([{ file: "content/candidacy.yaml", problem: expect.stringMatching(/^\{\{minAge\}\} names no practice detail/) }]);
  });
});
