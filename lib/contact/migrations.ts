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
  // The staff inbox: a status per inquiry, internal notes, the audit log, and notifications that keep failing.
  (db) => {
    db.exec(`
      ALTER TABLE inquiries ADD COLUMN status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'closed'));
      ALTER TABLE inquiries ADD COLUMN status_changed_at INTEGER;
      CREATE INDEX inquiries_by_status ON inquiries (status, created_at);
      CREATE INDEX inquiries_by_office ON inquiries (office, created_at);
      CREATE INDEX inquiries_by_created ON inquiries (created_at);
      CREATE TABLE inquiry_notes (
        id INTEGER PRIMARY KEY,
        inquiry_id INTEGER NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
        author_id TEXT NOT NULL,
        author_name TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        body TEXT NOT NULL
      );
      CREATE INDEX inquiry_notes_by_inquiry ON inquiry_notes (inquiry_id, created_at);
      -- No foreign key to inquiries: entries outlive the inquiries they name (retention purge, a visitor's erasure),
      -- and target holds a reference or a staff account, never what a visitor wrote.
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor_id TEXT,
        actor_email TEXT,
        action TEXT NOT NULL,
        target TEXT,
        detail TEXT,
        client_hash TEXT
      );
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be deleted'); END;
      ALTER TABLE outbox ADD COLUMN needs_attention_at INTEGER;
    `);
  },
  createStaffAuthTables,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function migrate(db: Database): { from: number; to: number } {
  const from = db.pragma("user_version", { simple: true }) as number;
  if (from > SCHEMA_VERSION) {
    throw new Error(
      `The inquiry database is at schema version ${from}, newer than this code (${SCHEMA_VERSION}). Deploy the newer code, or restore a matching backup.`,
    );
  }
  for (const [index, step] of MIGRATIONS.slice(from).entries()) {
    db.transaction(() => {
      step(db);
      db.pragma(`user_version = ${from + index + 1}`);
    })();
  }
  return { from, to: SCHEMA_VERSION };
}
