import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectExampleValues } from "@/lib/content-build/example-value-gate";
import { loadGeneratedContent } from "@/lib/content-build/generated-content";
import { articleJsonLd } from "@/lib/seo/structured-data/article";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { FaqItem } from "@/components/faq/faq-item";
import { officeClinicJsonLd, practiceJsonLd } from "@/lib/seo/structured-data/organization";
import { buildProblemsIn, generatedIn } from "../../support/content-scratch";
import { present } from "../../support/present";

const scratch = path.join("tests", ".tmp", `structured-data-examples-${process.pid}`);
let generated: Awaited<ReturnType<typeof loadGeneratedContent>>;

/** The site's own practice and office files, plus an FAQ answer that quotes an example price. */
beforeAll(async () => {
  const root = path.join(scratch, "site");
  const problems = await buildProblemsIn(root, {
    "offices/west-los-angeles.yaml": "../../../content/offices/west-los-angeles.yaml",
    "offices/encino.yaml": "../../../content/offices/encino.yaml",
    "articles/safety.mdx": "../../../content/articles/is-kap-safe.mdx",
    "faqs/price.yaml": "faqs/token-known-names.yaml",
  });
  expect(problems).toEqual([]);
  generated = await loadGeneratedContent(generatedIn(root));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every string and number anywhere in a JSON value, the way a crawler reads the page's JSON-LD. */
function leaves(value: unknown): (string | number)[] {
  if (typeof value === "string" || typeof value === "number") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(leaves);
  return [];
}

describe("JSON-LD never states an example value", () => {
  it("leaves out each example value of the practice, the offices, the FAQ and the article reviews", () => {
    const { practice, allOffices, allArticles, allFaqs } = generated;
    const clinicalTeam = { slug: "clinical-team", name: "Beck Therapy Group clinical team", role: "Clinical team" };
    const jsonLd = [
      practiceJsonLd(practice, allOffices),
      ...allOffices.map((office) => officeClinicJsonLd(office, practice)),
      ...allArticles.map((article) =>
        articleJsonLd(article, { author: clinicalTeam, reviewer: clinicalTeam }, practice),
      ),
    ];
    const crawled = leaves(jsonLd);
    const crawledText = crawled.filter((leaf) => typeof leaf === "string").join("\n");

    const examples = collectExampleValues(generated);
    expect(examples.length).toBeGreaterThan(20);
    const fileOf = (file: string) => [practice, ...allOffices].find((document) => document.sourceFile === file);
    for (const example of examples.filter((value) => value.field !== "reviewedBy" && value.field !== "author")) {
      const raw = example.field
        .split(".")
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], fileOf(example.file));
      for (const leaf of leaves(raw).filter((leaf) => typeof leaf === "number" || leaf.length > 3)) {
        expect(
          crawled.includes(leaf) || (typeof leaf === "string" && crawledText.includes(leaf)),
          `${example.file}: ${example.field} (${leaf})`,
        ).toBe(false);
      }
    }
    expect(crawledText).not.toMatch(/555[\s.-]?01\d\d|example\.com/);
    for (const node of jsonLd) expect(node).not.toHaveProperty("reviewedBy");
    // A placeholder author is not named to search engines: the practice is credited instead (clinical review D11).
    expect(crawledText).not.toContain(clinicalTeam.name);
    // The FAQ's structured data is microdata on the page: an answer quoting an example value carries none.
    const questions = allFaqs.flatMap((topic) => topic.questions);
    expect(questions.some((question) => question.quotesExampleValue)).toBe(true);
    for (const question of questions) {
      const html = renderToStaticMarkup(createElement(FaqItem, question));
      expect(html.includes("itemprop"), question.question).toBe(!question.quotesExampleValue);
    }
  });

  it("keeps the fields staff have confirmed", () => {
    const office = present(generated.allOffices[0], "a built office");
    const confirmed = {
      ...office,
      exampleFields: [],
      phone: "(310) 477-2210",
      address: { ...office.address, street: "11500 W Olympic Blvd" },
    };
    expect(officeClinicJsonLd(confirmed, generated.practice)).toMatchObject({
      telephone: "(310) 477-2210",
      address: expect.objectContaining({ streetAddress: expect.stringContaining("11500 W Olympic Blvd") }),
      geo: expect.objectContaining({ latitude: office.geo.latitude }),
    });
  });
});
