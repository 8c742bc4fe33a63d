/**
 * npm run bench: a benchmark, not a test. Times the full production build, starts the production server
 * (server.mjs, with a throwaway DATA_DIR), and loads an article page and the contact action with 20 concurrent
 * connections on this machine, then the contact action on SQLite and on PostgreSQL with one and two instances
 * (bench/contact-stores.ts). Prints a table and writes bench/results.json.
 * The rate limit is raised for the run: every request comes from one address, and the limit is not what is measured.
 * Before the server starts, times the staff inbox's queries with 10,000 inquiries stored (bench/inbox.ts).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { startProductionServer } from "../tests/support/production-server";
import type { LoadResult } from "./contact-action";
import { benchContactStores } from "./contact-stores";
import { benchInbox } from "./inbox";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const CONNECTIONS = 20;
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const INQUIRIES = Number(process.env.BENCH_INQUIRIES ?? 2000);

function timeBuild(): number {
  const started = performance.now();
  const result = spawnSync("npm", ["run", "build"], { stdio: "ignore" });
  if (result.status !== 0) throw new Error("npm run build failed: run it on its own to see why");
  return (performance.now() - started) / 1000;
}

async function loadPage(url: string): Promise<LoadResult> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS });
  return {
    scenario: "article page GET",
    requestsPerSecond: Math.round(result.requests.average),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    errors: result.errors + result.non2xx,
    requests: result.requests.total,
  };
}

const buildSeconds = process.env.BENCH_SKIP_BUILD ? 0 : timeBuild();
const inbox = await benchInbox();
const dataDir = mkdtempSync(path.join(tmpdir(), "kap-bench-"));
const server = await startProductionServer(PORT, {
  DATA_DIR: dataDir,
  RATE_LIMIT_MAX: "1000000",
  INQUIRIES_PER_HOUR_MAX: "1000000",
});
try {
  const rows = [await loadPage(`${server.url}/articles/what-is-ketamine-assisted-psychotherapy`)];
  await server.stop();
  rows.push(...(await benchContactStores(CONNECTIONS, INQUIRIES)));
  if (buildSeconds) console.log(`Full build (npm run build): ${buildSeconds.toFixed(1)} s`);
  console.log("Staff inbox queries, server time, 10,000 inquiries stored:");
  console.table(inbox);
  console.table(rows);
  const results = {
    date: new Date().toISOString(),
    connections: CONNECTIONS,
    durationSeconds: DURATION_SECONDS,
    buildSeconds: Number(buildSeconds.toFixed(1)),
    results: rows,
    inbox,
  };
  writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results));
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
