import { describe, expect, it } from "vitest";
import { decideOutcome } from "@/lib/candidacy/outcome";
import { OUTCOMES } from "@/lib/candidacy/outcome-levels";
import { realRules, reassuringAnswers } from "./real-rules";

/**
 * The clinical floor of the self-check: the screening answers a careful clinician would never let read as
 * "worth exploring". Clinicians may reword content/candidacy.yaml freely; making one of these answers less
 * cautious, or dropping one, fails here on purpose and needs a clinical lead to agree to the change.
 */
const FLOOR = [
  { question: "help-with", option: "feeling-stuck", outcome: "talk-first" },
  { question: "age", option: "under-18", outcome: "not-now" },
  { question: "psychosis-mania", option: "psychosis-or-schizophrenia", outcome: "not-now" },
  { question: "psychosis-mania", option: "mania-not-stable", outcome: "not-now" },
  { question: "psychosis-mania", option: "bipolar-stable", outcome: "talk-first" },
  { question: "heart-blood-pressure", option: "aneurysm-avm-brain-bleed", outcome: "not-now" },
  { question: "heart-blood-pressure", option: "yes", outcome: "talk-first" },
  { question: "other-health", option: "ketamine-allergy", outcome: "not-now" },
  { question: "other-health", option: "liver-bladder-head", outcome: "talk-first" },
  { question: "other-health", option: "brain-pressure-or-growth", outcome: "talk-first" },
  { question: "other-health", option: "breathing-eyes-thyroid", outcome: "talk-first" },
  { question: "other-health", option: "dissociation-or-memory", outcome: "talk-first" },
  { question: "pregnancy", option: "pregnant-or-breastfeeding", outcome: "not-now" },
  { question: "substance-use", option: "yes", outcome: "talk-first" },
  { question: "substance-use", option: "ketamine-or-dissociatives", outcome: "not-now" },
  { question: "medications", option: "one-or-more", outcome: "talk-first" },
  { question: "medications", option: "opioids-sedatives-naltrexone", outcome: "talk-first" },
  { question: "ride-home", option: "no", outcome: "talk-first" },
  { question: "safety", option: "thoughts-feel-safe", outcome: "talk-first", crisis: true },
  { question: "safety", option: "not-safe-now", outcome: "not-now", crisis: true },
] as const;

const baseline = reassuringAnswers(realRules);
const atLeastAsCautious = (actual: string, floor: string) =>
  OUTCOMES.indexOf(actual as never) >= OUTCOMES.indexOf(floor as never);

describe("the screening answers in content/candidacy.yaml", () => {
  it("keep the self-check between 8 and 12 questions, covering every screening topic", () => {
    const ids = realRules.questions.map((question) => question.id);
    expect(ids.length).toBeGreaterThanOrEqual(8);
    expect(ids.length).toBeLessThanOrEqual(12);
    for (const topic of new Set(FLOOR.map((rule) => rule.question))) expect(ids).toContain(topic);
  });

  it.each(FLOOR.map((rule) => [`${rule.question} = ${rule.option}`, rule] as const))(
    "%s leads to a cautious result",
    (_name, rule) => {
      // An answer that no longer exists would count as skipped (talk-first) and pass unseen, so it must exist.
      const question = realRules.questions.find((candidate) => candidate.id === rule.question);
      expect(
        question?.options.map((option) => option.id),
        `${rule.question} = ${rule.option}`,
      ).toContain(rule.option);
      const result = decideOutcome({ ...baseline, [rule.question]: rule.option }, realRules);
      expect(
        atLeastAsCautious(result.outcome, rule.outcome),
        `${rule.question} = ${rule.option} gave ${result.outcome}`,
      ).toBe(true);
      if ("crisis" in rule) expect(result.showCrisis).toBe(true);
    },
  );

  it("names aneurysm, AVM and brain bleed in the heart question, and liver, bladder, head injury and allergy in the health question", () => {
    for (const topic of [/aneurysm/i, /arteriovenous malformation|AVM/, /bleed in the brain/i])
      expect(wording("heart-blood-pressure")).toMatch(topic);
    for (const topic of [/liver/i, /bladder/i, /head injury/i, /allerg/i])
      expect(wording("other-health")).toMatch(topic);
  });

  /** The prompt, help and every answer's label: what a reader sees before choosing. */
  const wording = (id: string) => {
    const question = realRules.questions.find((candidate) => candidate.id === id)!;
    return [question.prompt, question.help ?? "", ...question.options.map((option) => option.label)].join(" ");
  };
  /** The labels of the answers that lead to a cautious result: naming a condition only in the help is not enough. */
  const cautiousLabels = (id: string) =>
    realRules.questions
      .find((candidate) => candidate.id === id)!
      .options.filter((option) => option.outcome !== "explore")
      .map((option) => option.label)
      .join(" ");

  it("names opioids (methadone, buprenorphine), sleep and sedating medicines and naltrexone in the medication screen, in a cautious answer", () => {
    for (const topic of [/opioid/i, /methadone/i, /buprenorphine/i, /sleep/i, /sedat/i, /naltrexone/i]) {
      expect(wording("medications")).toMatch(topic);
      expect(cautiousLabels("medications")).toMatch(topic);
    }
  });

  it("names raised pressure in the skull, a growth in the brain and the other extra-care conditions in a cautious health answer", () => {
    for (const topic of [
      /raised pressure in the skull/i,
      /growth in the brain/i,
      /glaucoma/i,
      /sleep apnea/i,
      /lung disease/i,
      /thyroid/i,
      /dissociative disorder/i,
      /memory or thinking/i,
    ]) {
      expect(wording("other-health")).toMatch(topic);
      expect(cautiousLabels("other-health")).toMatch(topic);
    }
  });

  it("gives a same-day route, before contacting the practice, to someone who has had thoughts of ending their life", () => {
    const safety = realRules.questions.find((question) => question.id === "safety")!;
    const feelSafe = safety.options.find((option) => option.id === "thoughts-feel-safe")!;
    expect(feelSafe.guidance).toMatch(/\btoday\b/i);
    expect(feelSafe.guidance).toMatch(/your own clinician/i);
    expect(feelSafe.guidance).toMatch(/call or text 988/i);
    // The result shows an answer's guidance before the outcome's next steps, which begin with "Contact us".
    expect(feelSafe.guidance).not.toMatch(/contact us/i);
  });

  it("says uncontrolled blood pressure usually needs to be under control before ketamine", () => {
    const heart = realRules.questions.find((question) => question.id === "heart-blood-pressure")!;
    expect(heart.options.find((option) => option.id === "yes")!.guidance).toMatch(/under control (first|before)/i);
  });

  it("tells people taking interacting medications never to stop or change them on their own", () => {
    const medications = realRules.questions.find((question) => question.id === "medications")!;
    for (const option of medications.options.filter((o) => o.outcome !== "explore"))
      expect(option.guidance).toMatch(/never stop or change a medication on your own/i);
  });

  it("gives the crisis line (988, and 911 in an emergency) with every answer that suggests risk", () => {
    const crisisAnswers = realRules.questions.flatMap((question) => question.options.filter((option) => option.crisis));
    expect(crisisAnswers.length).toBeGreaterThan(0);
    for (const option of crisisAnswers) expect(option.guidance).toMatch(/988[\s\S]*911/);
  });

  it("says in every result that the self-check is not a diagnosis", () => {
    expect(realRules.disclaimer).toMatch(/not a diagnosis/i);
  });
});
