import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Clinical statements the December 2026 clinical review asked for, checked in the text patients read: the
 * articles, pages and FAQ answers in content/, and the home page copy in pages/index.tsx.
 */
const files = [
  ...["content/articles", "content/pages"].flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith(".mdx"))
      .map((name) => path.join(dir, name)),
  ),
  ...readdirSync("content/faqs").map((name) => path.join("content/faqs", name)),
  "pages/index.tsx",
];
const text = Object.fromEntries(files.map((file) => [file, readFileSync(file, "utf8")]));

/** Paragraphs, list items and FAQ answers, one string each, with their file. */
const passages = files.flatMap((file) =>
  text[file]!.split(/\n\s*\n|\n(?=\s*- )/).map((passage) => ({ file, passage: passage.replace(/\s+/g, " ") })),
);

const spravatoSuicideIndication = /(thoughts of suicide or suicidal acts|suicidal thoughts or behavior)/i;

describe("clinical statements in the text patients read", () => {
  it("states Spravato's limitation of use wherever its 2020 indication appears (review D1)", () => {
    const mentions = passages.filter(({ passage }) => spravatoSuicideIndication.test(passage));
    expect(mentions.length).toBeGreaterThanOrEqual(5);
    for (const { file, passage } of mentions) {
      expect(passage, file).toMatch(/not been shown to prevent suicide or reduce suicidal thoughts/i);
      expect(passage, file).toMatch(/does not replace emergency or hospital care/i);
    }
  });

  it("puts 988 and 911 before Spravato where the candidacy page offers other options (review D1)", () => {
    const page = text["content/pages/candidacy.mdx"]!;
    const section = page.slice(page.indexOf("### If KAP is not the right fit"));
    const spravato = section.indexOf("Spravato");
    expect(spravato).toBeGreaterThan(0);
    expect(section.slice(0, spravato)).toMatch(/988[\s\S]*911/);
  });

  it("makes no unsourced, testimonial-style benefit claim on the home page (review D7)", () => {
    expect(text["pages/index.tsx"]).not.toMatch(/many people describe/i);
    expect(text["pages/index.tsx"]).toMatch(/unpleasant or not\s+helpful/i);
  });

  it("credits no extra-care condition the US labels do not list to the labels (review D8)", () => {
    for (const file of ["content/articles/is-kap-safe.mdx", "content/pages/candidacy.mdx"]) {
      const page = text[file]!;
      const labels = page.indexOf("warn about these (Par Pharmaceutical, 2024; Janssen Pharmaceuticals, 2026)");
      const guidance = page.indexOf("These are not in the US labels");
      expect(labels, file).toBeGreaterThan(0);
      expect(guidance, file).toBeGreaterThan(labels);
      const labelList = page.slice(labels, guidance);
      for (const notOnLabel of [/thyroid/i, /memory or thinking/i, /not stable/i, /lamotrigine/i, /naltrexone/i])
        expect(labelList, `${file}: ${notOnLabel}`).not.toMatch(notOnLabel);
    }
  });
});

describe("practice details only the practice can confirm", () => {
  const practice = readFileSync("content/practice.yaml", "utf8");
  const exampleFieldsOf = (yaml: string) => yaml.slice(yaml.indexOf("\nexampleFields:")).split("\n").map((line) => line.replace(/^\s*-\s*/, "").trim());

  it("marks the reply time, every fee and the policies once written into prose as example values (review D6, D10, D15, D27)", () => {
    for (const field of [
      "replyWithin",
      "policies.priceRange",
      "policies.medicineSessionIncludes",
      "policies.evaluationFee",
      "policies.therapySessionFee",
      "policies.typicalCourseTotal",
      "policies.rideHome",
      "policies.pregnancyPolicy",
      "policies.eyeshadesAndMusic",
    ])
      expect(exampleFieldsOf(practice), field).toContain(field);
  });

  it("proposes monitoring before, during and after the medicine, with pulse oximetry and emergency equipment (review D3)", () => {
    const vitalSigns = practice.slice(practice.indexOf("vitalSigns:"), practice.indexOf("arriveEarlyMinutes:"));
    for (const part of [/before the medicine/i, /while its effects are\s+strongest/i, /before you leave/i, /pulse oximeter/i, /emergency equipment/i])
      expect(vitalSigns).toMatch(part);
  });

  it("marks each office's location-specific details as example values (review D28)", () => {
    for (const office of readdirSync("content/offices")) {
      const fields = exampleFieldsOf(readFileSync(path.join("content/offices", office), "utf8"));
      for (const field of ["transit", "arrival", "hoursNote", "telehealth", "address.postalCode"]) expect(fields, `${office}: ${field}`).toContain(field);
    }
  });

  it("gives the fee course total that the example fees add up to (review D10)", () => {
    const policy = (name: string) => new RegExp(`^  ${name}: (.*)$`, "m").exec(practice)?.[1] ?? "";
    const dollars = (value: string) => [...value.matchAll(/\$([\d,]+)/g)].map((match) => Number(match[1]!.replaceAll(",", "")));
    const [evaluation] = dollars(policy("evaluationFee"));
    const [therapy] = dollars(policy("therapySessionFee"));
    const [low, high] = dollars(policy("priceRange"));
    // typicalCourse: one evaluation, two preparation, three medicine and three integration sessions.
    expect(policy("typicalCourse")).toMatch(/one evaluation, two preparation sessions, three medicine sessions and three integration sessions/);
    expect(dollars(policy("typicalCourseTotal"))).toEqual([evaluation! + 5 * therapy! + 3 * low!, evaluation! + 5 * therapy! + 3 * high!]);
  });
});
