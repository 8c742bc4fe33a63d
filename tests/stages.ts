/**
 * `npm test`: every stage in order, each an npm script, with how long each took. Stops at the first stage that
 * fails and exits with its code, so CI sees the same failure the stage reported.
 */
import { spawn } from "node:child_process";
import { constants } from "node:os";

const STAGES: { name: string; script: string }[] = [
  // Chromium, PostgreSQL and Caddy from Debian's packages where missing, before any stage needs them.
  { name: "tools", script: "test:tools" },
  { name: "typecheck", script: "typecheck" },
  { name: "lint", script: "lint" },
  { name: "format", script: "format:check" },
  { name: "unit", script: "test:unit" },
  // Real servers and databases: SQLite files and one throwaway PostgreSQL cluster for the run.
  { name: "integration", script: "test:integration" },
  { name: "build", script: "build" },
  // The build's instances behind Caddy over HTTPS: the Observatory and the multi-instance tests.
  { name: "proxy", script: "test:proxy" },
  { name: "e2e", script: "test:browser" },
  // Lighthouse measures speed, so it runs last, on its own.
  { name: "lighthouse", script: "test:lighthouse" },
];

// Rounded to whole seconds first, so 659.6 s reads 11m 00s, not 10m 60s.
const minutes = (ms: number) => {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, "0")}s`;
};

function runScript(script: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", script], { stdio: "inherit" });
    child.on("error", () => resolve(1));
    // A stage killed by a signal exits as a shell reports it: 128 + the signal's number.
    child.on("exit", (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}

const timings: string[] = [];
const started = Date.now();
for (const [index, stage] of STAGES.entries()) {
  console.log(`\n▶ ${stage.name} (npm run ${stage.script})`);
  const stageStarted = Date.now();
  const code = await runScript(stage.script);
  const took = minutes(Date.now() - stageStarted);
  timings.push(`${code === 0 ? "✔" : "✘"} ${stage.name.padEnd(11)} ${took}`);
  if (code !== 0) {
    const skipped = STAGES.slice(index + 1).map((later) => later.name);
    console.error(
      `\n${timings.join("\n")}\n\n✘ ${stage.name} failed with exit code ${code} after ${took}${skipped.length ? `; not run: ${skipped.join(", ")}` : ""}.`,
    );
    process.exit(code);
  }
  console.log(`✔ ${stage.name} passed in ${took}`);
}
console.log(`\n${timings.join("\n")}\n  ${"total".padEnd(11)} ${minutes(Date.now() - started)}`);
