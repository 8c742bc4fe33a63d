/**
 * The two databases the store runs on, for tests that run unchanged on both: `describe.each(DATABASES)`, then
 * `freshStoreSettings(kind)` for an empty store of that kind: a new SQLite folder, or a new schema (an empty
 * namespace, cheaper than a database) in the run's PostgreSQL cluster from tests/support/postgres-global-setup.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import pg from "pg";
import { inject } from "vitest";
import type { StoreSettings } from "@/lib/store/database";
import type { Database, StoreDialect } from "@/lib/store/schema";

export const DATABASES: readonly StoreDialect[] = ["sqlite", "postgres"];

let made = 0;
let admin: pg.Pool | undefined;

/** Runs one statement on the run's test database, on a connection kept for the next (closed when the file is done). */
async function onTestDatabase(statement: string) {
  admin ??= new pg.Pool({ connectionString: inject("postgresUrl"), max: 1, allowExitOnIdle: true });
  await admin.query(statement);
}

/** Settings for an empty store of this kind, and how to remove it once the store is closed. */
export async function freshStoreSettings(
  kind: StoreDialect,
): Promise<{ settings: StoreSettings; remove: () => Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `kap-${kind}-`));
  if (kind === "sqlite")
    return { settings: { dataDir }, remove: async () => rmSync(dataDir, { recursive: true, force: true }) };
  const schema = `test_${process.pid}_${++made}`;
  await onTestDatabase(`CREATE SCHEMA "${schema}"`);
  const url = new URL(inject("postgresUrl"));
  url.searchParams.set("options", `-c search_path=${schema}`);
  return {
    settings: { dataDir, databaseUrl: url.href },
    remove: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      await onTestDatabase(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  };
}

/** How many rows a table holds, on either database. */
export async function countRows(db: Kysely<Database>, table: keyof Database): Promise<number> {
  const { n } = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return n;
}
