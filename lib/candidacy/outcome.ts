import type { CandidacyRules } from "../content-schema/candidacy";
import { cautionOf, type OutcomeName } from "./outcome-levels";

/** Question id → chosen answer id. A question left out (or answered with an id it does not offer) is unanswered. */
export type Answers = Readonly<Record<string, string | undefined>>;

export type SelfCheckRules = Pick<CandidacyRules, "questions" | "skippedReason">;

export type SelfCheckResult = {
  outcome: OutcomeName;
  /** Sentences drawn from the answers, most cautious first: why this result. */
  reasons: string[];
  /** An answer suggested risk: show crisis resources with the result. */
  showCrisis: boolean;
  /** Ids of required questions with no answer, in question order. */
  unanswered: string[];
};

/**
 * The self-check's whole decision, with no I/O so it runs in the browser and nothing leaves it.
 * The result is the most cautious outcome among the answers; a skipped required question counts as
 * talk-first, because a clinician would have to ask it. The reasons are the guidance of every answer that
 * made the result more cautious than explore; when nothing did, the guidance of every answer given.
 */
export function decideOutcome(answers: Answers, rules: SelfCheckRules): SelfCheckResult {
  const chosen = rules.questions.flatMap((question) => {
    const option = question.options.find((candidate) => candidate.id === answers[question.id]);
    return option ? [option] : [];
  });
  const skipped = rules.questions.filter(
    (question) => question.required && !question.options.some((option) => option.id === answers[question.id]),
  );
  const levels: OutcomeName[] = [
    ...chosen.map((option) => option.outcome),
    ...(skipped.length > 0 ? (["talk-first"] as const) : []),
  ];
  const outcome = levels.reduce<OutcomeName>(
    (worst, level) => (cautionOf(level) > cautionOf(worst) ? level : worst),
    "explore",
  );

  // filter() copies, so sort() reorders the copy; toSorted() would leave out browsers Next still supports.
  const cautious = chosen
    .filter((option) => option.outcome !== "explore")
    .sort((a, b) => cautionOf(b.outcome) - cautionOf(a.outcome));
  const skippedReasons = skipped.map((question) => rules.skippedReason.replaceAll("{question}", question.prompt));
  const reasons =
    outcome === "explore"
      ? chosen.map((option) => option.guidance)
      : [...cautious.map((option) => option.guidance), ...skippedReasons];

  // Two answers may share a sentence ("Nothing in this answer stands in the way."): say it once.
  return {
    outcome,
    reasons: [...new Set(reasons)],
    showCrisis: chosen.some((option) => option.crisis),
    unanswered: skipped.map((question) => question.id),
  };
}
