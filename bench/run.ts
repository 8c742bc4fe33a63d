/**
 * npm run bench: a benchmark, not a test. Times the full production build, starts `next start`, and loads an
 * article page (and, once it exists, the contact action) with 20 concurrent connections on this machine.
 * Prints a table and writes bench/results.json.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";
import { extraScenarios } from "./scenarios";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = 20;
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

function timeBuild(): number {
  const started = performance.now();
  const result = spawnSync("npm", ["run", "build"], { stdio: "ignore" });
  if (result.status !== 0) throw new Error("npm run build failed: run it on its own to see why");
  return (performance.now() - started) / 1000;
}

async function startServer() {
  const server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], { stdio: "ignore", detached: true });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${BASE}/`).then((r) => r.ok, () => false)) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer on ${BASE}`);
}

export type Scenario = { name: string; options: Partial<autocannon.Options> };

async function load(scenario: Scenario) {
  const result = await autocannon({ url: BASE, connections: CONNECTIONS, duration: DURATION_SECONDS, ...scenario.options });
  return {
    scenario: scenario.name,
    requestsPerSecond: Math.round(result.requests.average),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const buildSeconds = timeBuild();
const server = await startServer();
try {
  const scenarios: Scenario[] = [{ name: "article page GET", options: { url: `${BASE}/articles/what-is-ketamine-assisted-psychotherapy` } }, ...(await extraScenarios(BASE))];
  const rows = [];
  for (const scenario of scenarios) rows.push(await load(scenario));
  console.log(`Full build (npm run build): ${buildSeconds.toFixed(1)} s`);
  console.table(rows);
  const results = { date: new Date().toISOString(), connections: CONNECTIONS, durationSeconds: DURATION_SECONDS, buildSeconds: Number(buildSeconds.toFixed(1)), results: rows };
  mkdirSync("bench", { recursive: true });
  writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results));
} finally {
  process.kill(-server.pid!);
}
