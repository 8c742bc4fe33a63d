/**
 * The one store several instances share, seen from the tests: what to start each instance with, and the
 * references actually stored, read from the database itself rather than from what the site answered.
 */
import path from "node:path";
import Database from "better-sqlite3";

export type SharedStore = {
  name: string;
  /** Settings for every instance. */
  env: Record<string, string>;
  storedReferences(): Promise<string[]>;
};

/** One SQLite file that the instances on one machine open together (the DATA_DIR the stack gives them all). */
export function sharedSqliteFile(dataDir: string): SharedStore {
  return {
    name: "one SQLite file shared on one machine",
    env: { DATA_DIR: dataDir },
    async storedReferences() {
      const db = new Database(path.join(dataDir, "inquiries.sqlite"), { readonly: true, fileMustExist: true });
      try {
        return (db.prepare("SELECT reference FROM inquiries").all() as { reference: string }[]).map(
          (row) => row.reference,
        );
      } finally {
        db.close();
      }
    },
  };
}
