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
  { question: "age", option: "under-18", outcome: "not-now" },
  { question: "psychosis-mania", option: "psychosis-or-schizophrenia", outcome: "not-now" },
  { question: "psychosis-mania", option: "mania-not-stable", outcome: "not-now" },
  { question: "psychosis-mania", option: "bipolar-stable", outcome: "talk-first" },
  { question: "heart-blood-pressure", option: "aneurysm-avm-brain-bleed", outcome: "not-now" },
  { question: "heart-blood-pressure", option: "yes", outcome: "talk-first" },
  { question: "other-health", option: "ketamine-allergy", outcome: "not-now" },
  { question: "other-health", option: "liver-bladder-head", outcome: "talk-first" },
  { question: "pregnancy", option: "pregnant-or-breastfeeding", outcome: "not-now" },
  { question: "substance-use", option: "yes", outcome: "talk-first" },
  { question: "substance-use", option: "ketamine-or-dissociatives", outcome: "not-now" },
  { question: "medications", option: "one-or-more", outcome: "talk-first" },
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
      const result = decideOutcome({ ...baseline, [rule.question]: rule.option }, realRules);
      expect(
        atLeastAsCautious(result.outcome, rule.outcome),
        `${rule.question} = ${rule.option} gave ${result.outcome}`,
      ).toBe(true);
      if ("crisis" in rule) expect(result.showCrisis).toBe(true);
    },
  );

  it("names aneurysm, AVM and brain bleed in the heart question, and liver, bladder, head injury and allergy in the health question", () => {
    const wording = (id: string) => {
      const question = realRules.questions.find((candidate) => candidate.id === id)!;
      return [question.prompt, question.help ?? "", ...question.options.map((option) => option.label)].join(" ");
    };
    for (const topic of [/aneurysm/i, /arteriovenous malformation|AVM/, /bleed in the brain/i])
      expect(wording("heart-blood-pressure")).toMatch(topic);
    for (const topic of [/liver/i, /bladder/i, /head injury/i, /allerg/i])
      expect(wording("other-health")).toMatch(topic);
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
