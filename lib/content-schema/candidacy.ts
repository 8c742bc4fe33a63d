import { z } from "zod";
import { OUTCOMES } from "../candidacy/outcome-levels";
import { requiredText, slugText } from "./fields";

/** The self-check must stay short enough to finish on a phone, and long enough to cover every screening topic. */
export const QUESTIONS_MIN = 8;
export const QUESTIONS_MAX = 12;

const outcomeName = z.enum(OUTCOMES, { error: `must be one of ${OUTCOMES.join(", ")} (check the spelling)` });

const trueOrFalse = z.boolean({ error: "must be true or false" });

/** Links in the result lead to a page of this site: "/contact", never another website. */
const sitePath = z
  .string({
    error: (issue) =>
      issue.input === undefined ? "is missing: add a page of this site, like /contact" : "must be text",
  })
  .regex(/^\/(?!\/)[a-z0-9/#-]*$/, { error: "must be a page of this site starting with /, like /contact" });

/**
 * Reports every id that appears more than once, at the later items, so each message names the twin. It runs
 * even when other fields in the list are wrong (zod would skip it), so staff see every problem in one build.
 */
function refuseRepeatedIds(items: readonly unknown[], ctx: z.RefinementCtx, what: string) {
  const ids = items.map((item) =>
    item !== null && typeof item === "object" && typeof (item as { id?: unknown }).id === "string"
      ? (item as { id: string }).id
      : undefined,
  );
  ids.forEach((id, index) => {
    const first = id === undefined ? index : ids.indexOf(id);
    if (first !== index)
      ctx.addIssue({
        code: "custom",
        path: [index, "id"],
        message: `"${id}" is already the id of ${what} ${first + 1}: give each ${what} its own id`,
      });
  });
}
const evenWithOtherProblems = { when: (payload: { value: unknown }) => Array.isArray(payload.value) };

const option = z.strictObject({
  id: slugText,
  label: requiredText(1, 100),
  guidance: requiredText(10, 500),
  outcome: outcomeName.default("explore"),
  crisis: trueOrFalse.default(false),
});

const question = z.strictObject({
  id: slugText,
  prompt: requiredText(5, 160),
  help: requiredText(5, 400).optional(),
  required: trueOrFalse.default(true),
  options: z
    .array(option)
    .min(2, {
      error: (issue) => `must offer at least 2 options to choose from; it has ${(issue.input as unknown[]).length}`,
    })
    .superRefine((options, ctx) => refuseRepeatedIds(options, ctx, "option"), evenWithOtherProblems),
});

const outcomeText = z.strictObject({
  label: requiredText(3, 40),
  title: requiredText(5, 100),
  summary: requiredText(10, 600),
  nextSteps: z.array(requiredText(5, 300)).min(1, { error: "must list at least one next step" }),
  otherOptions: z.array(requiredText(5, 300)).default([]),
  action: z.strictObject({ label: requiredText(2, 60), href: sitePath }),
});

const questionCount = (issue: { input?: unknown }) =>
  `must hold ${QUESTIONS_MIN} to ${QUESTIONS_MAX} questions; it holds ${(issue.input as unknown[]).length}`;

export const candidacySchema = z.strictObject({
  intro: requiredText(10, 600),
  disclaimer: requiredText(10, 300),
  skippedReason: requiredText(10, 300).refine((text) => text.includes("{question}"), {
    error: "must contain {question} where the skipped question should appear",
  }),
  questions: z
    .array(question)
    .min(QUESTIONS_MIN, { error: questionCount })
    .max(QUESTIONS_MAX, { error: questionCount })
    .superRefine((questions, ctx) => refuseRepeatedIds(questions, ctx, "question"), evenWithOtherProblems),
  outcomes: z.strictObject(
    Object.fromEntries(OUTCOMES.map((name) => [name, outcomeText])) as Record<
      (typeof OUTCOMES)[number],
      typeof outcomeText
    >,
  ),
});

export type CandidacyRules = z.output<typeof candidacySchema>;
/** What the browser needs: everything but the intro, which the server renders. */
export type StepperRules = Omit<CandidacyRules, "intro">;
export type CandidacyQuestion = CandidacyRules["questions"][number];
export type CandidacyOption = CandidacyQuestion["options"][number];
export type OutcomeText = CandidacyRules["outcomes"][(typeof OUTCOMES)[number]];
