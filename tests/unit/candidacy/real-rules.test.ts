import { describe, expect, it } from "vitest";
import { decideOutcome } from "@/lib/candidacy/outcome";
import { realRules, reassuringAnswers } from "./real-rules";

const baseline = reassuringAnswers(realRules);
const everyAnswer = realRules.questions.flatMap((question) => question.options.map((option) => ({ question, option })));
const cautious = everyAnswer.filter(({ option }) => option.outcome !== "explore");

/** Each rule in content/candidacy.yaml, one answer at a time against otherwise reassuring answers. */
describe("every answer in content/candidacy.yaml", () => {
  it("has reassuring answers that explore", () => {
    expect(decideOutcome(baseline, realRules).outcome).toBe("explore");
  });

  it.each(cautious.map(({ question, option }) => [`${question.id} = ${option.id}`, question, option] as const))(
    "%s alone gives its own outcome, with its guidance as the reason",
    (_name, question, option) => {
      const result = decideOutcome({ ...baseline, [question.id]: option.id }, realRules);
      expect(result.outcome).toBe(option.outcome);
      expect(result.reasons).toEqual([option.guidance]);
      expect(result.showCrisis).toBe(option.crisis);
    },
  );

  it("gives the most cautious outcome when a not-now and a talk-first answer are combined", () => {
    const notNow = cautious.find(({ option }) => option.outcome === "not-now")!;
    const talkFirst = cautious.find(
      ({ option, question }) => option.outcome === "talk-first" && question.id !== notNow.question.id,
    )!;
    const result = decideOutcome(
      { ...baseline, [notNow.question.id]: notNow.option.id, [talkFirst.question.id]: talkFirst.option.id },
      realRules,
    );
    expect(result.outcome).toBe("not-now");
    expect(result.reasons).toEqual([notNow.option.guidance, talkFirst.option.guidance]);
  });

  it("turns every skipped required question into a talk-first reason that quotes it", () => {
    for (const question of realRules.questions.filter((q) => q.required)) {
      const { [question.id]: _skipped, ...rest } = baseline;
      const result = decideOutcome(rest, realRules);
      expect(result.outcome, question.id).toBe("talk-first");
      expect(result.unanswered).toEqual([question.id]);
      expect(result.reasons).toEqual([realRules.skippedReason.replaceAll("{question}", question.prompt)]);
    }
  });
});
