import type { NextConfig } from "next";
import { contentWarnings, formatContentWarnings } from "./content-warnings";
import { collectExampleValues, judgeExampleValues } from "./example-value-gate";
import { loadGeneratedContent } from "./generated-content";
import { formatProblems } from "./problem-tracker";
import { createContentBuilder } from "./run-content-build";

/** Which Next command loaded the config: the same test @content-collections/next makes. */
function nextCommand() {
  const [command] = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
  if (command === "build" || command === "typegen") return command;
  // `next dev` loads the config in a forked child that has no command argument.
  if (command === undefined && process.env.NODE_ENV === "development" && process.ppid !== 1) return "dev";
  return undefined;
}

/** Fails a build for a public address that still holds example values; otherwise lists them as a warning. */
async function checkExampleValues(command: "build" | "typegen" | "dev") {
  const generated = await loadGeneratedContent();
  const verdict = judgeExampleValues(collectExampleValues(generated));
  if (verdict.outcome === "fail" && command !== "dev") throw new Error(verdict.message);
  if (verdict.message) console.warn(`\n⚠ ${verdict.message}\n`);
  const warnings = contentWarnings(generated);
  if (warnings.length > 0) console.warn(`⚠ ${formatContentWarnings(warnings)}\n`);
}

/**
 * Replaces withContentCollections: it builds the same content, but a content problem fails `next build`
 * with every file and field named, and prints the same list in `next dev` on each change.
 */
export function withContent(nextConfig: NextConfig) {
  return async (): Promise<NextConfig> => {
    const command = nextCommand();
    // Next loads the config more than once per build (and in workers that inherit the environment): build once.
    if (!command || process.env.CONTENT_BUILT_BY_PID) return nextConfig;
    process.env.CONTENT_BUILT_BY_PID = String(process.pid);
    const { builder, problems } = await createContentBuilder();

    await builder.build();
    if (problems().length > 0) {
      if (command !== "dev") throw new Error(formatProblems(problems()));
      console.error(`\n✖ ${formatProblems(problems())}\n`);
    }
    await checkExampleValues(command);

    if (command === "dev") {
      builder.on("builder:end", () => {
        if (problems().length > 0) console.error(`\n✖ ${formatProblems(problems())}\n`);
        else console.log("✓ content rebuilt");
      });
      await builder.watch();
    }
    return nextConfig;
  };
}
