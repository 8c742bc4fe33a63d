import { randomBytes } from "node:crypto";
import type { Database } from "better-sqlite3";
import { createStaffAuthTables } from "../staff/auth-schema";

/**
 * Versioned schema changes, applied in order at start inside one transaction each; PRAGMA user_version
 * records how far a database file has come. Append new steps, never edit a released one.
 */
const MIGRATIONS: ((db: Database) => void)[] = [
  (db) => {
    db.exec(`
      CREATE TABLE inquiries (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        idempotency_key TEXT NOT NULL UNIQUE,
        created_at INTEGER NOT NULL,
        client_hash TEXT NOT NULL,
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        phone TEXT NOT NULL,
        contact_method TEXT NOT NULL,
        office TEXT NOT NULL,
        heard_from TEXT NOT NULL,
        message TEXT NOT NULL
      );
      CREATE INDEX inquiries_by_client ON inquiries (client_hash, created_at);
      CREATE TABLE outbox (
        inquiry_id INTEGER PRIMARY KEY REFERENCES inquiries (id) ON DELETE CASCADE,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        locked_until INTEGER,
        sent_at INTEGER,
        last_error TEXT
      );
      CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);
      CREATE TABLE abuse_counts (kind TEXT NOT NULL, day TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (kind, day));
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `);
    // Client addresses are stored only as salted hashes, for rate limiting; the salt never leaves this file.
    db.prepare("INSERT INTO settings (key, value) VALUES ('client_salt', ?)").run(randomBytes(32).toString("hex"));
  },
  createStaffAuthTables,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function migrate(db: Database): { from: number; to: number } {
  const from = db.pragma("user_version", { simple: true }) as number;
  if (from > SCHEMA_VERSION) {
    throw new Error(`The inquiry database is at schema version ${from}, newer than this code (${SCHEMA_VERSION}). Deploy the newer code, or restore a matching backup.`);
  }
  for (let version = from; version < SCHEMA_VERSION; version++) {
    db.transaction(() => {
      MIGRATIONS[version](db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return { from, to: SCHEMA_VERSION };
}
