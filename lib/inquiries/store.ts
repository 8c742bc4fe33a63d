import "server-only";
import { createHash } from "node:crypto";
import { sql, type Kysely, type Selectable } from "kysely";
import { openDatabase, type StoreDatabase, type StoreSettings } from "../store/database";
import type { Database } from "../store/schema";
import { writeTransaction } from "../store/transaction";
import { newReference } from "./reference";
import type { Contact } from "./schema";

export type StoredInquiry = Contact & { id: number; reference: string; createdAt: number };
export type SaveResult = { reference: string; duplicate: boolean };
/** How many inquiries may be stored since a moment: from one visitor, and from everyone together. */
export type SaveLimits = {
  visitor: { max: number; since: number };
  everyone: { max: number; since: number };
};
/** Nothing stored: the visitor, or everyone together, reached the limit. */
export type LimitedResult = { limited: "visitor" | "everyone" };

/** Held by a PostgreSQL transaction that checks the limits and stores, so that such transactions take turns. */
const SAVE_LOCK = 472_016;

/** An inquiries row as the database returns it. */
export type InquiryRow = Omit<
  Selectable<Database["inquiries"]>,
  "idempotency_key" | "client_hash" | "status" | "status_changed_at"
>;

/**
 * The store keeps these two as plain text; only values the schema accepted are ever written, so they are read back
 * as the schema's choices.
 */
export const contactMethodOf = (column: string) => column as Contact["contactMethod"];
const heardFromOf = (column: string) => column as Contact["heardFrom"];

export const toInquiry = (row: InquiryRow): StoredInquiry => ({
  id: row.id,
  reference: row.reference,
  createdAt: row.created_at,
  name: row.name,
  email: row.email,
  phone: row.phone,
  contactMethod: contactMethodOf(row.contact_method),
  office: row.office,
  heardFrom: heardFromOf(row.heard_from),
  message: row.message,
  consent: true,
});

export { databaseFile } from "../store/database";

/** The inquiry database (PostgreSQL with settings.databaseUrl, else SQLite in DATA_DIR), migrated, with its queries. */
export async function openInquiryStore(settings: string | StoreSettings) {
  return createInquiryStore(await openDatabase(typeof settings === "string" ? { dataDir: settings } : settings));
}

/** The inquiry queries, one implementation for SQLite and PostgreSQL. */
export async function createInquiryStore(database: StoreDatabase) {
  const { db, dialect } = database;
  const salt = (
    await db.selectFrom("settings").select("value").where("key", "=", "client_salt").executeTakeFirstOrThrow()
  ).value;

  const referenceForKey = async (idempotencyKey: string) =>
    (
      await db
        .selectFrom("inquiries")
        .select("reference")
        .where("idempotency_key", "=", idempotencyKey)
        .executeTakeFirst()
    )?.reference;

  const storedSince = async (transaction: Kysely<Database>, since: number, clientHash?: string) =>
    (
      await transaction
        .selectFrom("inquiries")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .$if(clientHash !== undefined, (query) => query.where("client_hash", "=", clientHash!))
        .where("created_at", ">=", since)
        .executeTakeFirstOrThrow()
    ).n;

  /** The inquiry and its notification, inside the caller's transaction. */
  const insertInquiry = async (
    transaction: Kysely<Database>,
    contact: Contact,
    idempotencyKey: string,
    clientHash: string,
    now: number,
  ): Promise<SaveResult> => {
    // Two instances may store the same key at once: the unique key decides, and the second gets the first's reference.
    for (;;) {
      const inserted = await transaction
        .insertInto("inquiries")
        .values({
          reference: newReference(),
          idempotency_key: idempotencyKey,
          created_at: now,
          client_hash: clientHash,
          name: contact.name,
          email: contact.email,
          phone: contact.phone,
          contact_method: contact.contactMethod,
          office: contact.office,
          heard_from: contact.heardFrom,
          message: contact.message,
        })
        .onConflict((conflict) => conflict.doNothing())
        .returning(["id", "reference"])
        .executeTakeFirst();
      if (inserted) {
        await transaction.insertInto("outbox").values({ inquiry_id: inserted.id, next_attempt_at: now }).execute();
        return { reference: inserted.reference, duplicate: false };
      }
      const existing = await transaction
        .selectFrom("inquiries")
        .select("reference")
        .where("idempotency_key", "=", idempotencyKey)
        .executeTakeFirst();
      if (existing) return { reference: existing.reference, duplicate: true };
      // Otherwise the random reference was taken: draw another.
    }
  };

  return {
    ...database,
    /** Stores the inquiry and its notification together, or neither; a repeated key returns the first reference. */
    saveInquiry: (contact: Contact, idempotencyKey: string, clientHash: string, now = Date.now()) =>
      writeTransaction(db, dialect, (transaction) =>
        insertInquiry(transaction, contact, idempotencyKey, clientHash, now),
      ),
    /**
     * saveInquiry within the limits, counted in the same transaction as the insert and one such transaction at a
     * time (SQLite's write lock, taken at BEGIN; on PostgreSQL an advisory lock, across instances): a burst of
     * submissions cannot all count before any of them is stored. A repeated key still returns its first reference.
     */
    saveInquiryWithinLimits: (
      contact: Contact,
      idempotencyKey: string,
      clientHash: string,
      limits: SaveLimits,
      now = Date.now(),
    ): Promise<SaveResult | LimitedResult> =>
      writeTransaction(db, dialect, async (transaction) => {
        if (dialect === "postgres") await sql`SELECT pg_advisory_xact_lock(${SAVE_LOCK})`.execute(transaction);
        const earlier = await transaction
          .selectFrom("inquiries")
          .select("reference")
          .where("idempotency_key", "=", idempotencyKey)
          .executeTakeFirst();
        if (earlier) return { reference: earlier.reference, duplicate: true };
        if ((await storedSince(transaction, limits.visitor.since, clientHash)) >= limits.visitor.max)
          return { limited: "visitor" };
        if ((await storedSince(transaction, limits.everyone.since)) >= limits.everyone.max)
          return { limited: "everyone" };
        return insertInquiry(transaction, contact, idempotencyKey, clientHash, now);
      }),
    referenceForKey,
    clientHash: (clientAddress: string) => createHash("sha256").update(`${salt}:${clientAddress}`).digest("hex"),
    countAbuse: async (kind: "honeypot" | "too-fast" | "rate-limited", now = Date.now()) => {
      await db
        .insertInto("abuse_counts")
        .values({ kind, day: new Date(now).toISOString().slice(0, 10), count: 1 })
        .onConflict((conflict) =>
          conflict.columns(["kind", "day"]).doUpdateSet({ count: sql<number>`abuse_counts.count + 1` }),
        )
        .execute();
    },
    abuseCounts: () =>
      db.selectFrom("abuse_counts").select(["kind", "day", "count"]).orderBy("day").orderBy("kind").execute(),
    /**
     * Leases due notifications to one sender for leaseMs, so two senders never send the same one at once. On
     * PostgreSQL, rows another instance is claiming right now are skipped (FOR UPDATE SKIP LOCKED), not waited for;
     * SQLite has one writer at a time anyway.
     */
    claimDue: async (now: number, leaseMs: number, limit = 10): Promise<(StoredInquiry & { attempts: number })[]> => {
      const claimed = await db
        .updateTable("outbox")
        .set({ locked_until: now + leaseMs })
        .where("inquiry_id", "in", (eb) =>
          eb
            .selectFrom("outbox")
            .select("inquiry_id")
            .where("sent_at", "is", null)
            .where("next_attempt_at", "<=", now)
            .where((due) => due.or([due("locked_until", "is", null), due("locked_until", "<=", now)]))
            .orderBy("next_attempt_at")
            .limit(limit)
            .$if(dialect === "postgres", (query) => query.forUpdate().skipLocked()),
        )
        .returning(["inquiry_id", "attempts"])
        .execute();
      if (claimed.length === 0) return [];
      const rows = await db
        .selectFrom("inquiries")
        .selectAll()
        .where(
          "id",
          "in",
          claimed.map((row) => row.inquiry_id),
        )
        .execute();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return claimed.flatMap((row) => {
        const inquiry = byId.get(row.inquiry_id);
        return inquiry ? [{ ...toInquiry(inquiry), attempts: row.attempts }] : [];
      });
    },
    markSent: async (inquiryId: number, now = Date.now()) => {
      await db
        .updateTable("outbox")
        .set({ sent_at: now, locked_until: null, last_error: null, needs_attention_at: null })
        .where("inquiry_id", "=", inquiryId)
        .execute();
    },
    markFailed: async (inquiryId: number, nextAttemptAt: number, error: string) => {
      await db
        .updateTable("outbox")
        .set((eb) => ({
          attempts: eb("attempts", "+", 1),
          next_attempt_at: nextAttemptAt,
          locked_until: null,
          last_error: error,
        }))
        .where("inquiry_id", "=", inquiryId)
        .execute();
    },
    /** Flags a notification that keeps failing, for the inbox; true only the first time, so it is reported once. */
    markNeedsAttention: async (inquiryId: number, now = Date.now()) =>
      (
        await db
          .updateTable("outbox")
          .set({ needs_attention_at: now })
          .where("inquiry_id", "=", inquiryId)
          .where("needs_attention_at", "is", null)
          .where("sent_at", "is", null)
          .executeTakeFirst()
      ).numUpdatedRows === 1n,
    outboxState: () =>
      db
        .selectFrom("outbox as o")
        .innerJoin("inquiries as i", "i.id", "o.inquiry_id")
        .select(["i.reference", "o.attempts", "o.sent_at as sentAt", "o.next_attempt_at as nextAttemptAt"])
        .orderBy("i.id")
        .execute(),
    allInquiries: async () =>
      (await db.selectFrom("inquiries").selectAll().orderBy("created_at").execute()).map(toInquiry),
    /**
     * Retention: deletes every inquiry received before the cutoff, with its notes and its notification, whether or
     * not staff were emailed about it (email is optional, so an unsent one may never go out). Audit entries stay.
     */
    purgeOlderThan: (cutoff: number): Promise<{ deleted: number }> =>
      writeTransaction(db, dialect, async (transaction) => {
        await transaction
          .deleteFrom("inquiry_notes")
          .where("inquiry_id", "in", (eb) => eb.selectFrom("inquiries").select("id").where("created_at", "<", cutoff))
          .execute();
        await transaction
          .deleteFrom("outbox")
          .where("inquiry_id", "in", (eb) => eb.selectFrom("inquiries").select("id").where("created_at", "<", cutoff))
          .execute();
        const deleted = await transaction.deleteFrom("inquiries").where("created_at", "<", cutoff).executeTakeFirst();
        return { deleted: Number(deleted.numDeletedRows) };
      }),
  };
}

export type InquiryStore = Awaited<ReturnType<typeof createInquiryStore>>;
