import { describe, expect, it } from "vitest";
import { decideOutcome, type Answers, type SelfCheckRules } from "@/lib/candidacy/outcome";
import type { OutcomeName } from "@/lib/candidacy/outcome-levels";

/** A small rule set built here, so these tests pin the mechanics whatever clinicians write in content/. */
const option = (id: string, outcome: OutcomeName = "explore", crisis = false) => ({
  id,
  label: id,
  guidance: `guidance for ${id}`,
  outcome,
  crisis,
});
const rules: SelfCheckRules = {
  skippedReason: 'Skipped "{question}" (ask about {question})',
  questions: [
    { id: "goal", prompt: "Goal?", required: false, options: [option("depression"), option("other")] },
    { id: "age", prompt: "Adult?", required: true, options: [option("adult"), option("minor", "not-now")] },
    {
      id: "heart",
      prompt: "Heart?",
      required: true,
      options: [option("fine"), option("unsure", "talk-first"), option("disease", "talk-first")],
    },
    {
      id: "mood",
      prompt: "Feeling safe?",
      required: true,
      options: [option("safe"), option("unsafe", "not-now", true), option("thoughts", "talk-first", true)],
    },
  ],
};
const allFine: Answers = { goal: "depression", age: "adult", heart: "fine", mood: "safe" };

describe("decideOutcome", () => {
  it("explores when every answer is explore, giving the guidance of each answer in question order", () => {
    expect(decideOutcome(allFine, rules)).toEqual({
      outcome: "explore",
      reasons: ["guidance for depression", "guidance for adult", "guidance for fine", "guidance for safe"],
      showCrisis: false,
      unanswered: [],
    });
  });

  it.each([
    ["age", "minor", "not-now", false],
    ["heart", "unsure", "talk-first", false],
    ["heart", "disease", "talk-first", false],
    ["mood", "unsafe", "not-now", true],
    ["mood", "thoughts", "talk-first", true],
  ] as const)("%s = %s alone leads to %s with its guidance as the only reason", (question, answer, outcome, crisis) => {
    expect(decideOutcome({ ...allFine, [question]: answer }, rules)).toEqual({
      outcome,
      reasons: [`guidance for ${answer}`],
      showCrisis: crisis,
      unanswered: [],
    });
  });

  it("takes the most cautious outcome and lists the most cautious reasons first", () => {
    const result = decideOutcome({ ...allFine, heart: "disease", age: "minor" }, rules);
    expect(result.outcome).toBe("not-now");
    expect(result.reasons).toEqual(["guidance for minor", "guidance for disease"]);
  });

  it("keeps question order among reasons of the same caution", () => {
    const result = decideOutcome({ ...allFine, heart: "unsure", mood: "thoughts" }, rules);
    expect(result).toMatchObject({
      outcome: "talk-first",
      reasons: ["guidance for unsure", "guidance for thoughts"],
      showCrisis: true,
    });
  });

  it("treats a skipped required question as talk-first, naming it in the reason", () => {
    const { age: _skipped, ...rest } = allFine;
    expect(decideOutcome(rest, rules)).toEqual({
      outcome: "talk-first",
      reasons: ['Skipped "Adult?" (ask about Adult?)'],
      showCrisis: false,
      unanswered: ["age"],
    });
  });

  it("ignores a skipped optional question", () => {
    const { goal: _skipped, ...rest } = allFine;
    expect(decideOutcome(rest, rules)).toMatchObject({ outcome: "explore", unanswered: [] });
  });

  it("lets a not-now answer outweigh a skipped question, and still names the skipped one", () => {
    const result = decideOutcome({ goal: "other", age: "minor", mood: "safe" }, rules);
    expect(result).toEqual({
      outcome: "not-now",
      reasons: ["guidance for minor", 'Skipped "Heart?" (ask about Heart?)'],
      showCrisis: false,
      unanswered: ["heart"],
    });
  });

  it("asks for a conversation when nothing is answered, listing every required question", () => {
    expect(decideOutcome({}, rules)).toMatchObject({ outcome: "talk-first", unanswered: ["age", "heart", "mood"] });
  });

  it("counts an answer the question does not offer as unanswered, and ignores unknown questions", () => {
    const result = decideOutcome({ ...allFine, age: "removed-option", stale: "minor" }, rules);
    expect(result).toMatchObject({ outcome: "talk-first", unanswered: ["age"] });
  });

  it("gives a sentence shared by two answers once", () => {
    const shared = {
      ...rules,
      questions: rules.questions.map((q) => ({
        ...q,
        options: q.options.map((o) => ({ ...o, guidance: o.outcome === "explore" ? "No concern here." : o.guidance })),
      })),
    };
    expect(decideOutcome(allFine, shared).reasons).toEqual(["No concern here."]);
  });

  it("does not change the answers or the rules it is given", () => {
    const answers = { ...allFine, heart: "disease", age: "minor" };
    const before = JSON.stringify([answers, rules]);
    decideOutcome(answers, rules);
    expect(JSON.stringify([answers, rules])).toBe(before);
  });
});
