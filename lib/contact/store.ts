import "server-only";
import { createHash } from "node:crypto";
import { accessSync, constants, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { migrate } from "./migrations";
import { newReference } from "./reference";
import type { Contact } from "./schema";

export type StoredInquiry = Contact & { id: number; reference: string; createdAt: number };
export type SaveResult = { reference: string; duplicate: boolean };

/** An inquiries row as SQLite returns it. */
export type InquiryRow = {
  id: number;
  reference: string;
  created_at: number;
  name: string;
  email: string;
  phone: string;
  contact_method: Contact["contactMethod"];
  office: string;
  heard_from: Contact["heardFrom"];
  message: string;
};

export const toInquiry = (row: InquiryRow): StoredInquiry => ({
  id: row.id,
  reference: row.reference,
  createdAt: row.created_at,
  name: row.name,
  email: row.email,
  phone: row.phone,
  contactMethod: row.contact_method,
  office: row.office,
  heardFrom: row.heard_from,
  message: row.message,
  consent: true,
});

function ensureWritable(dataDir: string) {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    throw new Error(
      `DATA_DIR ${dataDir} is not writable (${(error as NodeJS.ErrnoException).code ?? error}). Inquiries are stored there before anyone is told they were received, so the server will not start without it. Create the folder and give this server's user write access to it, or set DATA_DIR to a folder it can write.`,
    );
  }
}

/** The inquiry database's file in DATA_DIR (backups and restores name it too). */
export const databaseFile = (dataDir: string) => path.join(dataDir, "inquiries.sqlite");

/**
 * The inquiry database: one SQLite file in DATA_DIR, in WAL mode with synchronous=FULL, so an inquiry is on
 * disk when its transaction commits, before the visitor is told it was received.
 */
export function openInquiryStore(dataDir: string) {
  ensureWritable(dataDir);
  const db = new Database(databaseFile(dataDir));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  // Deleted inquiries (retention) are overwritten on disk, not just unlinked from the file's index.
  db.pragma("secure_delete = ON");
  const migration = migrate(db);
  const salt = (db.prepare("SELECT value FROM settings WHERE key = 'client_salt'").get() as { value: string }).value;

  const byKey = db.prepare("SELECT reference FROM inquiries WHERE idempotency_key = ?");
  const referenceTaken = db.prepare("SELECT 1 FROM inquiries WHERE reference = ?");
  const insertInquiry =
    db.prepare(`INSERT INTO inquiries (reference, idempotency_key, created_at, client_hash, name, email, phone, contact_method, office, heard_from, message)
    VALUES (@reference, @idempotencyKey, @createdAt, @clientHash, @name, @email, @phone, @contactMethod, @office, @heardFrom, @message)`);
  const insertOutbox = db.prepare("INSERT INTO outbox (inquiry_id, next_attempt_at) VALUES (?, ?)");

  const save = db.transaction(
    (contact: Contact, idempotencyKey: string, clientHash: string, now: number): SaveResult => {
      const existing = byKey.get(idempotencyKey) as { reference: string } | undefined;
      if (existing) return { reference: existing.reference, duplicate: true };
      let reference = newReference();
      while (referenceTaken.get(reference)) reference = newReference();
      const { lastInsertRowid } = insertInquiry.run({
        ...contact,
        reference,
        idempotencyKey,
        createdAt: now,
        clientHash,
      });
      insertOutbox.run(lastInsertRowid, now);
      return { reference, duplicate: false };
    },
  );

  return {
    /** The one connection of this process, shared by the staff inbox, the audit log and the sign-in library. */
    db,
    migration,
    file: databaseFile(dataDir),
    /** Stores the inquiry and its notification together, or neither; a repeated key returns the first reference. */
    saveInquiry: (contact: Contact, idempotencyKey: string, clientHash: string, now = Date.now()) =>
      save.immediate(contact, idempotencyKey, clientHash, now),
    referenceForKey: (idempotencyKey: string) =>
      (byKey.get(idempotencyKey) as { reference: string } | undefined)?.reference,
    clientHash: (clientAddress: string) => createHash("sha256").update(`${salt}:${clientAddress}`).digest("hex"),
    inquiriesSince: (clientHash: string, since: number) =>
      (
        db
          .prepare("SELECT COUNT(*) AS n FROM inquiries WHERE client_hash = ? AND created_at >= ?")
          .get(clientHash, since) as { n: number }
      ).n,
    countAbuse: (kind: "honeypot" | "too-fast" | "rate-limited", now = Date.now()) =>
      db
        .prepare(
          "INSERT INTO abuse_counts (kind, day, count) VALUES (?, ?, 1) ON CONFLICT (kind, day) DO UPDATE SET count = count + 1",
        )
        .run(kind, new Date(now).toISOString().slice(0, 10)),
    abuseCounts: () =>
      db.prepare("SELECT kind, day, count FROM abuse_counts ORDER BY day, kind").all() as {
        kind: string;
        day: string;
        count: number;
      }[],
    /** Leases due notifications to one sender for leaseMs, so two workers never send the same one at once. */
    claimDue: (now: number, leaseMs: number, limit = 10): (StoredInquiry & { attempts: number })[] => {
      const claimed = db
        .prepare(
          `UPDATE outbox SET locked_until = ? WHERE inquiry_id IN (
            SELECT inquiry_id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= ? AND (locked_until IS NULL OR locked_until <= ?) ORDER BY next_attempt_at LIMIT ?)
          RETURNING inquiry_id, attempts`,
        )
        .all(now + leaseMs, now, now, limit) as { inquiry_id: number; attempts: number }[];
      const read = db.prepare("SELECT * FROM inquiries WHERE id = ?");
      return claimed.map((row) => ({ ...toInquiry(read.get(row.inquiry_id) as InquiryRow), attempts: row.attempts }));
    },
    markSent: (inquiryId: number, now = Date.now()) =>
      db
        .prepare(
          "UPDATE outbox SET sent_at = ?, locked_until = NULL, last_error = NULL, needs_attention_at = NULL WHERE inquiry_id = ?",
        )
        .run(now, inquiryId),
    markFailed: (inquiryId: number, nextAttemptAt: number, error: string) =>
      db
        .prepare(
          "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, locked_until = NULL, last_error = ? WHERE inquiry_id = ?",
        )
        .run(nextAttemptAt, error, inquiryId),
    /** Flags a notification that keeps failing, for the inbox; true only the first time, so it is reported once. */
    markNeedsAttention: (inquiryId: number, now = Date.now()) =>
      db
        .prepare(
          "UPDATE outbox SET needs_attention_at = ? WHERE inquiry_id = ? AND needs_attention_at IS NULL AND sent_at IS NULL",
        )
        .run(now, inquiryId).changes === 1,
    outboxState: () =>
      db
        .prepare(
          "SELECT i.reference, o.attempts, o.sent_at AS sentAt, o.next_attempt_at AS nextAttemptAt FROM outbox o JOIN inquiries i ON i.id = o.inquiry_id ORDER BY i.id",
        )
        .all() as {
        reference: string;
        attempts: number;
        sentAt: number | null;
        nextAttemptAt: number;
      }[],
    allInquiries: () =>
      (db.prepare("SELECT * FROM inquiries ORDER BY created_at").all() as InquiryRow[]).map(toInquiry),
    /** Retention: deletes inquiries older than the cutoff whose notification went out; unsent ones are kept and counted. */
    purgeOlderThan: (cutoff: number) => {
      const deleted = db
        .prepare(
          "DELETE FROM inquiries WHERE created_at < ? AND id IN (SELECT inquiry_id FROM outbox WHERE sent_at IS NOT NULL)",
        )
        .run(cutoff).changes;
      const keptUnsent = (
        db
          .prepare(
            "SELECT COUNT(*) AS n FROM inquiries i JOIN outbox o ON o.inquiry_id = i.id WHERE i.created_at < ? AND o.sent_at IS NULL",
          )
          .get(cutoff) as { n: number }
      ).n;
      return { deleted, keptUnsent };
    },
    close: () => db.close(),
  };
}

export type InquiryStore = ReturnType<typeof openInquiryStore>;
