import { readFileSync } from "node:fs";
import type { Answers } from "@/lib/candidacy/outcome";
import { parseStrictYaml } from "@/lib/content-build/strict-parsers";
import { candidacySchema, type CandidacyRules } from "@/lib/content-schema/candidacy";

/** The self-check exactly as clinicians wrote it in content/candidacy.yaml, validated by the real schema. */
export const realRules: CandidacyRules = candidacySchema.parse(
  parseStrictYaml(readFileSync("content/candidacy.yaml", "utf8")),
);

/** For every question, its first answer that raises no concern: a baseline to change one answer at a time. */
export function reassuringAnswers(rules: CandidacyRules): Record<string, string> {
  return Object.fromEntries(
    rules.questions.map((question) => {
      const calm = question.options.find((option) => option.outcome === "explore" && !option.crisis);
      if (!calm) throw new Error(`question "${question.id}" has no explore answer, so no baseline can be built`);
      return [question.id, calm.id];
    }),
  ) satisfies Answers;
}
