/**
 * The three results of the self-check, from least to most cautious. Kept free of zod so the browser code
 * that decides a result (lib/candidacy/outcome.ts) can import it without shipping the schema library.
 */
export const OUTCOMES = ["explore", "talk-first", "not-now"] as const;

export type OutcomeName = (typeof OUTCOMES)[number];

/** Higher is more cautious: not-now (2) > talk-first (1) > explore (0). */
export const cautionOf = (outcome: OutcomeName): number => OUTCOMES.indexOf(outcome);
