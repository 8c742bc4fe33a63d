import type { Scenario } from "./run";

/** Load scenarios beyond the article page; the contact action joins here. */
export async function extraScenarios(_base: string): Promise<Scenario[]> {
  return [];
}
