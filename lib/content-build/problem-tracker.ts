import { EventEmitter } from "node:events";
import path from "node:path";

export type ContentProblem = { file: string; problem: string };

type CollectionLike = { directory?: string; filePath?: string };

function locate(collection: CollectionLike, file?: { path: string }): string {
  if (collection.filePath) return collection.filePath;
  return path.join(collection.directory ?? "", file?.path ?? "");
}

/** Our transforms start their errors with the file's path; others get the collection's folder. */
function splitFileFromMessage(message: string, fallback: string): ContentProblem {
  const text = message.replace(/^(Error|TransformError|CollectError):\s*/, "");
  // A file name may hold spaces ("Privacy Policy.mdx"): the path runs to the first ".mdx:" or ".yaml:".
  const [, file, problem] = /^(\S.*?\.(?:mdx|yaml)):\s+([\s\S]*)$/.exec(text) ?? [];
  return file !== undefined && problem !== undefined ? { file, problem } : { file: fallback, problem: text };
}

/**
 * An emitter to hand to Content Collections' createBuilder, with our listeners already attached.
 * Content Collections reads and parses every file while the builder is being created, before anyone can
 * subscribe to the builder, so a parse error (broken YAML) there used to vanish and the file was silently
 * left out. Subscribing first closes that gap. It mirrors the library's own emitter (_error/_all events).
 */
export function createProblemTracker() {
  const events = new EventEmitter();
  const parseErrors = new Map<string, string>();
  let parsedInThisChange: string | undefined;
  let buildProblems: ContentProblem[] = [];

  // Each listener states the shape of its own event, as the library documents it.
  const on = <Event extends object>(key: string, listener: (event: Event) => void) => events.on(key, listener);
  const emit = (key: string, event: object) => {
    events.emit(key, event);
    if ("error" in event) events.emit("_error", { ...event, _event: key });
    events.emit("_all", { ...event, _event: key });
  };

  on("collector:parse-error", ({ filePath, error }: { filePath: string; error: Error }) => {
    parseErrors.set(filePath, error.message.replace(/^Error:\s*/, ""));
    parsedInThisChange = filePath;
  });
  // In `next dev`, a file that was broken and has been saved again parses cleanly: forget its old error.
  on("watcher:file-changed", ({ filePath }: { filePath: string }) => {
    const relative = path.relative(process.cwd(), filePath);
    if (relative !== parsedInThisChange) parseErrors.delete(relative);
    parsedInThisChange = undefined;
  });
  on("builder:start", () => {
    buildProblems = [];
  });
  on(
    "transformer:validation-error",
    ({ collection, file, error }: { collection: CollectionLike; file: { path: string }; error: Error }) => {
      for (const line of error.message.split("\n"))
        buildProblems.push({ file: locate(collection, file), problem: line.replace(/^- /, "") });
    },
  );
  on("transformer:error", ({ collection, error }: { collection: CollectionLike; error: Error }) => {
    buildProblems.push(splitFileFromMessage(error.message, locate(collection)));
  });
  on(
    "transformer:result-error",
    ({
      collection,
      document,
      error,
    }: {
      collection: CollectionLike;
      document?: { sourceFile?: string };
      error: Error;
    }) => {
      buildProblems.push({ file: document?.sourceFile ?? locate(collection), problem: error.message });
    },
  );

  const problems = (): ContentProblem[] => [
    ...[...parseErrors].map(([file, problem]) => ({ file, problem })),
    ...buildProblems,
  ];
  return { emitter: { on, emit }, problems };
}

export function formatProblems(problems: ContentProblem[]): string {
  const files = [...new Set(problems.map((p) => p.file))];
  const lines = files.flatMap((file) => [
    `  ${file}`,
    ...problems.filter((p) => p.file === file).map((p) => `    - ${p.problem}`),
  ]);
  return `The content has ${problems.length} problem${problems.length === 1 ? "" : "s"}. Fix ${files.length === 1 ? "this file" : "these files"} and build again:\n${lines.join("\n")}`;
}
