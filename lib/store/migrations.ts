import { randomBytes } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Database, StoreDialect } from "./schema";
import { createStaffAuthTables } from "./staff-auth-tables";

type Step = (db: Kysely<Database>, dialect: StoreDialect) => Promise<void>;

/** Column types that differ: times in milliseconds outgrow PostgreSQL's 32-bit INTEGER; SQLite's INTEGER holds 64 bits. */
const timeType = (dialect: StoreDialect) => (dialect === "postgres" ? "bigint" : "integer");

/**
 * Versioned schema changes, one definition for both databases, applied in order at start inside one transaction
 * each. SQLite records how far a file has come in PRAGMA user_version, PostgreSQL in the schema_version table.
 * Append new steps, never edit a released one.
 */
const MIGRATIONS: Step[] = [
  async (db, dialect) => {
    const time = timeType(dialect);
    await db.schema
      .createTable("inquiries")
      .addColumn("id", "integer", (column) =>
        dialect === "postgres" ? column.primaryKey().generatedByDefaultAsIdentity() : column.primaryKey(),
      )
      .addColumn("reference", "text", (column) => column.notNull().unique())
      .addColumn("idempotency_key", "text", (column) => column.notNull().unique())
      .addColumn("created_at", time, (column) => column.notNull())
      .addColumn("client_hash", "text", (column) => column.notNull())
      .addColumn("name", "text", (column) => column.notNull())
      .addColumn("email", "text", (column) => column.notNull())
      .addColumn("phone", "text", (column) => column.notNull())
      .addColumn("contact_method", "text", (column) => column.notNull())
      .addColumn("office", "text", (column) => column.notNull())
      .addColumn("heard_from", "text", (column) => column.notNull())
      .addColumn("message", "text", (column) => column.notNull())
      .execute();
    await db.schema.createIndex("inquiries_by_client").on("inquiries").columns(["client_hash", "created_at"]).execute();
    await db.schema
      .createTable("outbox")
      .addColumn("inquiry_id", "integer", (column) =>
        column.primaryKey().references("inquiries.id").onDelete("cascade"),
      )
      .addColumn("attempts", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("next_attempt_at", time, (column) => column.notNull())
      .addColumn("locked_until", time)
      .addColumn("sent_at", time)
      .addColumn("last_error", "text")
      .execute();
    await db.schema.createIndex("outbox_due").on("outbox").columns(["sent_at", "next_attempt_at"]).execute();
    await db.schema
      .createTable("abuse_counts")
      .addColumn("kind", "text", (column) => column.notNull())
      .addColumn("day", "text", (column) => column.notNull())
      .addColumn("count", "integer", (column) => column.notNull())
      .addPrimaryKeyConstraint("abuse_counts_pkey", ["kind", "day"])
      .execute();
    await db.schema
      .createTable("settings")
      .addColumn("key", "text", (column) => column.primaryKey())
      .addColumn("value", "text", (column) => column.notNull())
      .execute();
    // Client addresses are stored only as salted hashes, for rate limiting; the salt never leaves the database.
    await db
      .insertInto("settings")
      .values({ key: "client_salt", value: randomBytes(32).toString("hex") })
      .execute();
  },
  // The staff inbox: a status per inquiry, internal notes, the audit log, and notifications that keep failing.
  async (db, dialect) => {
    const time = timeType(dialect);
    await db.schema
      .alterTable("inquiries")
      .addColumn("status", "text", (column) =>
        column
          .notNull()
          .defaultTo("new")
          .check(sql`status IN ('new', 'contacted', 'closed')`),
      )
      .execute();
    await db.schema.alterTable("inquiries").addColumn("status_changed_at", time).execute();
    await db.schema.createIndex("inquiries_by_status").on("inquiries").columns(["status", "created_at"]).execute();
    await db.schema.createIndex("inquiries_by_office").on("inquiries").columns(["office", "created_at"]).execute();
    await db.schema.createIndex("inquiries_by_created").on("inquiries").column("created_at").execute();
    await db.schema
      .createTable("inquiry_notes")
      .addColumn("id", "integer", (column) =>
        dialect === "postgres" ? column.primaryKey().generatedByDefaultAsIdentity() : column.primaryKey(),
      )
      .addColumn("inquiry_id", "integer", (column) => column.notNull().references("inquiries.id").onDelete("cascade"))
      .addColumn("author_id", "text", (column) => column.notNull())
      .addColumn("author_name", "text", (column) => column.notNull())
      .addColumn("created_at", time, (column) => column.notNull())
      .addColumn("body", "text", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("inquiry_notes_by_inquiry")
      .on("inquiry_notes")
      .columns(["inquiry_id", "created_at"])
      .execute();
    // No foreign key to inquiries: entries outlive the inquiries they name (retention purge, a visitor's erasure),
    // and target holds a reference or a staff account, never what a visitor wrote.
    await db.schema
      .createTable("audit_log")
      .addColumn("id", "integer", (column) =>
        dialect === "postgres" ? column.primaryKey().generatedByDefaultAsIdentity() : column.primaryKey(),
      )
      .addColumn("at", time, (column) => column.notNull())
      .addColumn("actor_id", "text")
      .addColumn("actor_email", "text")
      .addColumn("action", "text", (column) => column.notNull())
      .addColumn("target", "text")
      .addColumn("detail", "text")
      .addColumn("client_hash", "text")
      .execute();
    for (const statement of APPEND_ONLY_AUDIT_LOG[dialect]) await sql.raw(statement).execute(db);
    await db.schema.alterTable("outbox").addColumn("needs_attention_at", time).execute();
  },
  createStaffAuthTables,
  // The erasure ledger: the reference of each inquiry erased at a visitor's request and when, nothing the visitor
  // wrote, so the erasure can be made again on a restored copy that still holds the inquiry.
  async (db, dialect) => {
    await db.schema
      .createTable("erasures")
      .addColumn("reference", "text", (column) => column.primaryKey())
      .addColumn("erased_at", timeType(dialect), (column) => column.notNull())
      .execute();
  },
];

/** Triggers are the one part each database spells its own way. */
const APPEND_ONLY_AUDIT_LOG: Record<StoreDialect, string[]> = {
  sqlite: [
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be deleted'); END",
  ],
  postgres: [
    `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit log is append-only: entries cannot be %', CASE TG_OP WHEN 'UPDATE' THEN 'changed' ELSE 'deleted' END;
      END $$`,
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
  ],
};

export const SCHEMA_VERSION = MIGRATIONS.length;

// Any fixed number: instances starting together on one PostgreSQL database take turns migrating it.
const MIGRATION_LOCK = 472_015;

async function readVersion(db: Kysely<Database>, dialect: StoreDialect): Promise<number> {
  if (dialect === "sqlite") {
    const { rows } = await sql<{ user_version: number }>`PRAGMA user_version`.execute(db);
    return rows[0]?.user_version ?? 0;
  }
  await sql`CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)`.execute(db);
  const { rows } = await sql<{ version: number }>`SELECT version FROM schema_version`.execute(db);
  return rows[0]?.version ?? 0;
}

async function writeVersion(db: Kysely<Database>, dialect: StoreDialect, version: number) {
  if (dialect === "sqlite") await sql.raw(`PRAGMA user_version = ${version}`).execute(db);
  else {
    await sql`DELETE FROM schema_version`.execute(db);
    await sql`INSERT INTO schema_version (version) VALUES (${version})`.execute(db);
  }
}

/** Brings the database up to SCHEMA_VERSION (tests stop earlier, at `target`); refuses one written by newer code. */
export async function migrate(
  db: Kysely<Database>,
  dialect: StoreDialect,
  target = SCHEMA_VERSION,
): Promise<{ from: number; to: number }> {
  return db.connection().execute(async (connection) => {
    if (dialect === "postgres") await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK})`.execute(connection);
    try {
      const from = await readVersion(connection, dialect);
      if (from > SCHEMA_VERSION) {
        throw new Error(
          `The inquiry database is at schema version ${from}, newer than this code (${SCHEMA_VERSION}). Deploy the newer code, or restore a matching backup.`,
        );
      }
      for (const [index, step] of MIGRATIONS.slice(from, Math.max(from, target)).entries()) {
        await connection.transaction().execute(async (transaction) => {
          await step(transaction, dialect);
          await writeVersion(transaction, dialect, from + index + 1);
        });
      }
      return { from, to: Math.max(from, target) };
    } finally {
      if (dialect === "postgres") await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`.execute(connection);
    }
  });
}
