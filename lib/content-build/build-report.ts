import { type ContentProblem, ContentProblems, formatProblems } from "./content-problems";

/**
 * The content build's one list of problems. Each collection's transform checks its file through `check`, which
 * lists what the file got wrong and leaves the file out (the library's documented `context.skip`); one `onSuccess`
 * hook, which Content Collections calls after every transform of a build, prints the list and fails the command.
 * So `content-collections build` and every rebuild of `content-collections watch` report the same complete list.
 */
export function createBuildReport() {
  let problems: ContentProblem[] = [];
  let lastBuildFailed = false;

  return {
    async check<Document, Skipped>(
      file: string,
      skip: (reason: string) => Skipped,
      transform: () => Document | Promise<Document>,
    ): Promise<Document | Skipped> {
      try {
        return await transform();
      } catch (error) {
        const found =
          error instanceof ContentProblems ? error.problems : [error instanceof Error ? error.message : String(error)];
        problems.push(...found.map((problem) => ({ file, problem })));
        return skip("its problems, listed below");
      }
    },

    /** For one collection's onSuccess: called once per build, after every file of every collection was checked. */
    finish() {
      // Files are checked side by side; listed by file, the same content always prints the same list.
      const found = problems.toSorted((a, b) => a.file.localeCompare(b.file));
      problems = [];
      if (found.length > 0) console.error(`\n✖ ${formatProblems(found)}\n`);
      // In `content-collections watch`, say so when a save has fixed the last problem.
      else if (lastBuildFailed) console.log("✓ The content has no problems now.");
      lastBuildFailed = found.length > 0;
      // The exit code of `content-collections build`; the watcher keeps running either way.
      process.exitCode = found.length > 0 ? 1 : 0;
    },
  };
}
