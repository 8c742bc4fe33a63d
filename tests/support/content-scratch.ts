import { execFile } from "node:child_process";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { ContentProblem } from "@/lib/content-build/content-problems";

const run = promisify(execFile);
const cli = path.resolve("node_modules/@content-collections/cli/dist/index.js");

/**
 * A minimal content folder under `root`: the site's real practice file, clinicians and self-check, plus fixture
 * files from tests/fixtures/content, each copied to the place given (`{ "candidacy.yaml": "candidacy/x.yaml" }`),
 * which may replace one of the real files; `{ all: true }` copies the site's whole content/ first. Beside it, a
 * content-collections.ts re-exporting the site's configuration, so Content Collections builds this folder (and
 * writes to root/.content-collections) exactly as it builds the site. Keep `root` inside the project, so the
 * build still finds node_modules.
 */
export function contentFolder(root: string, files: Record<string, string>, options: { all?: boolean } = {}): string {
  const dir = path.join(root, "content");
  mkdirSync(path.join(dir, "articles"), { recursive: true });
  if (options.all) cpSync("content", dir, { recursive: true });
  cpSync("content/practice.yaml", path.join(dir, "practice.yaml"));
  cpSync("content/candidacy.yaml", path.join(dir, "candidacy.yaml"));
  cpSync("content/clinicians", path.join(dir, "clinicians"), { recursive: true });
  for (const [target, fixture] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, target)), { recursive: true });
    cpSync(path.join("tests/fixtures/content", fixture), path.join(dir, target));
  }
  const siteConfig = path.relative(root, path.resolve("content-collections.ts")).replace(/\.ts$/, "");
  writeFileSync(path.join(root, "content-collections.ts"), `export { default } from "${siteConfig}";\n`);
  return dir;
}

/** Where the build of such a folder writes the generated content. */
export const generatedIn = (root: string) => path.join(root, ".content-collections", "generated");

export type CommandResult = { code: number; stdout: string; stderr: string };

export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return run(command, args, { env }).then(
    ({ stdout, stderr }): CommandResult => ({ code: 0, stdout, stderr }),
    (error: CommandResult) => error,
  );
}

/** `content-collections build` (npm run build's first step) on the folder under root. */
export const buildContent = (root: string, env?: NodeJS.ProcessEnv) =>
  runCommand(process.execPath, [cli, "build", "--config", path.join(root, "content-collections.ts")], env);

/** Reads back the list the build prints (lib/content-build/content-problems.ts formats it). */
export function problemsPrinted(output: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let file = "";
  for (const line of output.split("\n")) {
    if (/^ {2}\S/.test(line)) file = line.trim();
    else if (line.startsWith("    - ")) problems.push({ file, problem: line.slice(6) });
    else if (line.startsWith("      ") && problems.length > 0)
      problems[problems.length - 1]!.problem += `\n${line.slice(6)}`;
  }
  return problems;
}

/** Runs the real content build on such a folder and returns every problem it reports; its exit code must agree. */
export async function buildProblemsIn(root: string, files: Record<string, string>): Promise<ContentProblem[]> {
  contentFolder(root, files);
  const result = await buildContent(root);
  const problems = problemsPrinted(result.stderr);
  if ((result.code !== 0) !== problems.length > 0) {
    throw new Error(`the build exited with ${result.code} and printed ${problems.length} problems:\n${result.stderr}`);
  }
  return problems;
}
