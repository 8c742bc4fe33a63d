import path from "node:path";
import type { Builder } from "@content-collections/core";
import { nativeImport } from "./native-import.js";
import { createProblemTracker, type ContentProblem } from "./problem-tracker";

export type ContentBuilder = { builder: Builder; problems: () => ContentProblem[] };

/** Creates Content Collections' builder with our problem tracker listening from the very first file read. */
export async function createContentBuilder(
  options: { configPath?: string; outputDir?: string } = {},
): Promise<ContentBuilder> {
  const tracker = createProblemTracker();
  const { createBuilder } = await nativeImport<typeof import("@content-collections/core")>("@content-collections/core");
  const builderOptions = {
    configName: "content-collection-config.mjs",
    ...(options.outputDir ? { outputDir: options.outputDir, cacheDir: path.join(options.outputDir, "cache") } : {}),
  };
  // The third argument is the library's emitter parameter; its type is not exported, ours has the same shape.
  const builder = await createBuilder(
    options.configPath ?? "content-collections.ts",
    builderOptions,
    tracker.emitter as never,
  );
  return { builder, problems: tracker.problems };
}

/** Runs the real Content Collections build once, as `next build` does, and returns what went wrong. */
export async function runContentBuild(
  options: { configPath?: string; outputDir?: string } = {},
): Promise<ContentProblem[]> {
  let contentBuilder: ContentBuilder;
  try {
    contentBuilder = await createContentBuilder(options);
    await contentBuilder.builder.build();
  } catch (error) {
    // A missing practice.yaml (a singleton) is thrown rather than reported as an event.
    return [{ file: "content", problem: error instanceof Error ? error.message : String(error) }];
  }
  return contentBuilder.problems();
}
