import { rmSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { OfficeAddress, OfficePhone } from "@/components/locations/office-address";
import { ExampleMark } from "@/components/ui/example-mark";
import { loadGeneratedContent } from "@/lib/content-build/generated-content";
import { buildProblemsIn, generatedIn } from "../../support/content-scratch";
import { present } from "../../support/present";

const scratch = path.join("tests", ".tmp", `example-marks-${process.pid}`);
const office = {
  address: { street: "5678 Example Avenue", suite: "Suite 200", city: "Encino", region: "CA", postalCode: "91436", country: "US" },
  phone: "(818) 555-0102",
  exampleFields: ["address.street"],
} as never;

afterEach(() => {
  delete process.env.ALLOW_EXAMPLE_VALUES;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("a preview marks each example value where it is shown", () => {
  it("follows an example address and phone with a visible, readable (example)", () => {
    process.env.ALLOW_EXAMPLE_VALUES = "true";
    expect(renderToStaticMarkup(createElement(OfficeAddress, { office }))).toMatch(/Encino, CA 91436<\/span> <span class="example-mark[^"]*">\(example\)<\/span><\/address>$/);
    expect(renderToStaticMarkup(createElement(OfficePhone, { office }))).toMatch(/\(818\) 555-0102<\/a> <span class="example-mark[^"]*">\(example\)<\/span>$/);
  });

  it("marks nothing outside a preview, and nothing that is confirmed", () => {
    expect(renderToStaticMarkup(createElement(OfficeAddress, { office }))).not.toContain("(example)");
    process.env.ALLOW_EXAMPLE_VALUES = "true";
    expect(renderToStaticMarkup(createElement(ExampleMark, { when: false }))).toBe("");
  });

  it("marks a practice detail quoted in an FAQ answer", async () => {
    process.env.ALLOW_EXAMPLE_VALUES = "true";
    const root = path.join(scratch, "faq");
    expect(await buildProblemsIn(root, { "faqs/price.yaml": "faqs/token-known-names.yaml" })).toEqual([]);
    const topic = present((await loadGeneratedContent(generatedIn(root))).allFaqs[0], "the built FAQ topic");
    // replyWithin is an example too until staff confirm it (clinical review D6): both are marked.
    expect(topic.questions[0]?.answer.trim()).toBe("Usually $450 to $750 for a medicine session, depending on its length (example). We reply within one business day (example).");
  });
});
