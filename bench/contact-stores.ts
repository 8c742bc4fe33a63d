/**
 * The contact action on each store, side by side from one run: SQLite with one instance (the default), then
 * PostgreSQL (a throwaway cluster, tests/support/postgres-cluster.ts) with one instance and with two instances of
 * the same build sharing one database and one action key. Each PostgreSQL run is checked against the database
 * itself: every acknowledged inquiry must be a row there, or the figure would not be PostgreSQL's.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, startPostgresCluster } from "../tests/support/postgres-cluster";
import { startProductionServer, type ProductionServer } from "../tests/support/production-server";
import { sharedPostgresDatabase } from "../tests/support/shared-store";
import { loadContactAction, type LoadResult } from "./contact-action";

// Every post comes from this machine's one address; the limit is not what is measured.
const UNLIMITED = { RATE_LIMIT_MAX: "1000000", INQUIRIES_PER_HOUR_MAX: "1000000" };

async function withInstances<T>(count: number, env: Record<string, string>, run: (urls: string[]) => Promise<T>) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "kap-bench-"));
  const instances: ProductionServer[] = [];
  try {
    for (let n = 0; n < count; n++)
      instances.push(await startProductionServer(await freePort(), { DATA_DIR: dataDir, ...UNLIMITED, ...env }));
    return await run(instances.map((instance) => instance.url));
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const withoutReferences = ({ acknowledged: _acknowledged, ...row }: LoadResult & { acknowledged: string[] }) => row;

export async function benchContactStores(connections: number, inquiries: number): Promise<LoadResult[]> {
  const rows: LoadResult[] = [];
  rows.push(
    withoutReferences(
      await withInstances(1, {}, (urls) =>
        loadContactAction(urls, connections, inquiries, "contact POST, SQLite, 1 instance"),
      ),
    ),
  );
  const cluster = await startPostgresCluster();
  try {
    for (const count of [1, 2]) {
      const store = sharedPostgresDatabase(cluster);
      const env = { ...store.env, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64") };
      const result = await withInstances(count, env, (urls) =>
        loadContactAction(
          urls,
          connections,
          inquiries,
          `contact POST, PostgreSQL, ${count} instance${count > 1 ? "s" : ""}`,
        ),
      );
      const stored = new Set(await store.storedReferences());
      const missing = result.acknowledged.filter((reference) => !stored.has(reference));
      if (missing.length > 0 || stored.size === 0)
        throw new Error(`${missing.length} acknowledged inquiries are not in PostgreSQL: is DATABASE_URL being used?`);
      rows.push(withoutReferences(result));
    }
  } finally {
    cluster.remove();
  }
  return rows;
}
