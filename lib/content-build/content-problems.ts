export type ContentProblem = { file: string; problem: string };

/** What a check of one file throws: every problem it found, each worded for staff as "field: what to fix". */
export class ContentProblems extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

/** A problem that spans lines keeps its later lines under its first, so the list still reads as one item each. */
const indentLaterLines = (problem: string) => problem.replace(/\n/g, "\n      ");

export function formatProblems(problems: ContentProblem[]): string {
  const files = [...new Set(problems.map((p) => p.file))];
  const lines = files.flatMap((file) => [
    `  ${file}`,
    ...problems.filter((p) => p.file === file).map((p) => `    - ${indentLaterLines(p.problem)}`),
  ]);
  return `The content has ${problems.length} problem${problems.length === 1 ? "" : "s"}. Fix ${files.length === 1 ? "this file" : "these files"} and build again:\n${lines.join("\n")}`;
}
