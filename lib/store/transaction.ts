import "server-only";
import { sql, type Kysely } from "kysely";
import type { Database, StoreDialect } from "./schema";

/**
 * Runs `work` in one transaction that writes. On SQLite it takes the write lock at BEGIN (IMMEDIATE), so a
 * transaction that reads before it writes waits its turn instead of failing when another connection wrote first.
 */
export async function writeTransaction<T>(
  db: Kysely<Database>,
  dialect: StoreDialect,
  work: (transaction: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (dialect === "postgres") return db.transaction().execute(work);
  return db.connection().execute(async (connection) => {
    await sql`BEGIN IMMEDIATE`.execute(connection);
    let result: T;
    try {
      result = await work(connection);
    } catch (error) {
      // SQLite has already rolled back after some errors (a full disk); the error that matters is the first one.
      await sql`ROLLBACK`.execute(connection).catch(() => {});
      throw error;
    }
    await sql`COMMIT`.execute(connection);
    return result;
  });
}
