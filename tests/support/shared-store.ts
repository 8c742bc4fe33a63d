/**
 * The one store several instances share, seen from the tests: what to start each instance with, and the
 * references actually stored, read from the database itself rather than from what the site answered.
 */
import pg from "pg";
import type { PostgresCluster } from "./postgres-cluster";

export type SharedStore = {
  /** Settings for every instance. */
  env: Record<string, string>;
  storedReferences(): Promise<string[]>;
};

/** A fresh database of its own in the throwaway cluster, for every instance to share through DATABASE_URL. */
export function sharedPostgresDatabase(cluster: PostgresCluster): SharedStore {
  const url = cluster.createDatabase();
  return {
    env: { DATABASE_URL: url },
    async storedReferences() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ reference: string }>("SELECT reference FROM inquiries");
        return rows.map((row) => row.reference);
      } finally {
        await client.end();
      }
    },
  };
}
