import "server-only";
import type { Kysely } from "kysely";
import { csvRow } from "./csv";
import type { Contact } from "./schema";
import { contactMethodOf, toInquiry, type StoredInquiry } from "./store";
import { recordErasure } from "../store/erasures";
import type { Database, StoreDialect } from "../store/schema";
import { writeTransaction } from "../store/transaction";

export const INQUIRY_STATUSES = ["new", "contacted", "closed"] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];
export const INBOX_PAGE_SIZE = 50;
/** The longest internal note accepted; the page's form should say so before addNote refuses one. */
export const NOTE_MAX_LENGTH = 4000;

export type InboxFilter = { status?: InquiryStatus; office?: string; page: number }; // page is 1-based
export type InboxRow = {
  reference: string;
  createdAt: number;
  name: string;
  office: string;
  contactMethod: Contact["contactMethod"];
  status: InquiryStatus;
  notificationNeedsAttention: boolean;
};
export type InquiryNote = { id: number; authorId: string; authorName: string; createdAt: number; body: string };
export type InquiryDetail = StoredInquiry & {
  status: InquiryStatus;
  statusChangedAt: number | null;
  notes: InquiryNote[];
  notification: { attempts: number; sentAt: number | null; needsAttention: boolean };
};

/** The columns of every inquiries export, the command line's and the inbox's alike. */
export const INQUIRY_CSV_COLUMNS = [
  "reference",
  "received (UTC)",
  "name",
  "email",
  "phone",
  "contact method",
  "office",
  "heard from",
  "message",
  "staff emailed (UTC)",
  "status",
];

type NoteRow = { id: number; author_id: string; author_name: string; created_at: number; body: string };

// A notification that went out after being flagged no longer needs anyone's attention.
const needsAttention = (row: { needs_attention_at: number | null; sent_at: number | null }) =>
  row.needs_attention_at !== null && row.sent_at === null;
const isoTime = (time: number | null | undefined) => (time ? new Date(time).toISOString() : "");
const toNote = (row: NoteRow): InquiryNote => ({
  id: row.id,
  authorId: row.author_id,
  authorName: row.author_name,
  createdAt: row.created_at,
  body: row.body,
});
const NOTE_COLUMNS = ["id", "author_id", "author_name", "created_at", "body"] as const;

/**
 * What staff read and change in the inbox, on the inquiry store's database. Every query runs on an index
 * (status, office, created_at), so a page costs the same with 10 or 10,000 inquiries.
 */
export function createInboxStore({ db, dialect }: { db: Kysely<Database>; dialect: StoreDialect }) {
  const filtered = (filter: InboxFilter) =>
    db
      .selectFrom("inquiries as i")
      .$if(filter.status !== undefined, (query) => query.where("i.status", "=", filter.status!))
      .$if(filter.office !== undefined, (query) => query.where("i.office", "=", filter.office!));
  const idOf = async (reference: string, on: Kysely<Database> = db) =>
    (await on.selectFrom("inquiries").select("id").where("reference", "=", reference).executeTakeFirst())?.id;

  return {
    /** One page of inquiries, newest first. A page past the last is answered with the last page, page 0 or less with the first. */
    async list(filter: InboxFilter) {
      const { total } = await filtered(filter)
        .select((eb) => eb.fn.countAll<number>().as("total"))
        .executeTakeFirstOrThrow();
      const pageCount = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
      const page = Number.isSafeInteger(filter.page) ? Math.min(Math.max(filter.page, 1), pageCount) : 1;
      const found = await filtered(filter)
        .leftJoin("outbox as o", "o.inquiry_id", "i.id")
        .select([
          "i.reference",
          "i.created_at",
          "i.name",
          "i.office",
          "i.contact_method",
          "i.status",
          "o.needs_attention_at",
          "o.sent_at",
        ])
        .orderBy("i.created_at", "desc")
        .orderBy("i.id", "desc")
        .limit(INBOX_PAGE_SIZE)
        .offset((page - 1) * INBOX_PAGE_SIZE)
        .execute();
      const rows = found.map((row): InboxRow => ({
        reference: row.reference,
        createdAt: row.created_at,
        name: row.name,
        office: row.office,
        contactMethod: contactMethodOf(row.contact_method),
        status: row.status,
        notificationNeedsAttention: needsAttention(row),
      }));
      return { rows, total, page, pageCount };
    },

    countNew: async () =>
      (
        await db
          .selectFrom("inquiries")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("status", "=", "new")
          .executeTakeFirstOrThrow()
      ).n,

    async get(reference: string): Promise<InquiryDetail | undefined> {
      const row = await db
        .selectFrom("inquiries as i")
        .leftJoin("outbox as o", "o.inquiry_id", "i.id")
        .selectAll("i")
        .select(["o.attempts", "o.sent_at", "o.needs_attention_at"])
        .where("i.reference", "=", reference)
        .executeTakeFirst();
      if (!row) return undefined;
      const notes = await db
        .selectFrom("inquiry_notes")
        .select(NOTE_COLUMNS)
        .where("inquiry_id", "=", row.id)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return {
        ...toInquiry(row),
        status: row.status,
        statusChangedAt: row.status_changed_at,
        notes: notes.map(toNote),
        notification: { attempts: row.attempts ?? 0, sentAt: row.sent_at, needsAttention: needsAttention(row) },
      };
    },

    /** False when no inquiry has this reference (e.g. another staff member just deleted it). */
    async setStatus(reference: string, status: InquiryStatus, now = Date.now()): Promise<boolean> {
      if (!INQUIRY_STATUSES.includes(status))
        throw new RangeError(`"${status}" is not an inquiry status: use one of ${INQUIRY_STATUSES.join(", ")}`);
      // The time records when the status last changed, so setting the same status again leaves it alone.
      const result = await db
        .updateTable("inquiries")
        .set((eb) => ({
          status_changed_at: eb.case().when("status", "=", status).then(eb.ref("status_changed_at")).else(now).end(),
          status,
        }))
        .where("reference", "=", reference)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },

    /** Undefined when no inquiry has this reference. The body is trimmed; an empty or over-long one is refused with a RangeError. */
    async addNote(
      reference: string,
      author: { id: string; name: string },
      body: string,
      now = Date.now(),
    ): Promise<InquiryNote | undefined> {
      const text = body.trim();
      if (!text || text.length > NOTE_MAX_LENGTH)
        throw new RangeError(`A note must have 1 to ${NOTE_MAX_LENGTH} characters; this one has ${text.length}`);
      const inquiryId = await idOf(reference);
      if (inquiryId === undefined) return undefined;
      const note = await db
        .insertInto("inquiry_notes")
        .values({ inquiry_id: inquiryId, author_id: author.id, author_name: author.name, created_at: now, body: text })
        .returning(NOTE_COLUMNS)
        .executeTakeFirstOrThrow();
      return toNote(note);
    },

    /**
     * For a visitor who asks to be forgotten: the inquiry, its notes and its notification go together, and the
     * reference goes into the erasure ledger, so a restored backup loses them again. False when already gone.
     */
    erase: (reference: string, now = Date.now()): Promise<boolean> =>
      writeTransaction(db, dialect, async (transaction) => {
        const inquiryId = await idOf(reference, transaction);
        if (inquiryId === undefined) return false;
        await transaction.deleteFrom("inquiry_notes").where("inquiry_id", "=", inquiryId).execute();
        await transaction.deleteFrom("outbox").where("inquiry_id", "=", inquiryId).execute();
        await transaction.deleteFrom("inquiries").where("id", "=", inquiryId).execute();
        await recordErasure(transaction, reference, now);
        return true;
      }),

    /** Every inquiry as CSV, oldest first, every cell guarded against spreadsheet formulas. */
    async exportCsv(): Promise<string> {
      const rows = await db
        .selectFrom("inquiries as i")
        .leftJoin("outbox as o", "o.inquiry_id", "i.id")
        .selectAll("i")
        .select("o.sent_at")
        .orderBy("i.created_at")
        .orderBy("i.id")
        .execute();
      return (
        csvRow(INQUIRY_CSV_COLUMNS) +
        rows
          .map((row) => {
            const inquiry = toInquiry(row);
            return csvRow([
              inquiry.reference,
              isoTime(inquiry.createdAt),
              inquiry.name,
              inquiry.email,
              inquiry.phone,
              inquiry.contactMethod,
              inquiry.office,
              inquiry.heardFrom,
              inquiry.message,
              isoTime(row.sent_at),
              row.status,
            ]);
          })
          .join("")
      );
    },

    /** References of inquiries still New that arrived before the cutoff, oldest first (for the daily reminder). */
    newOlderThan: async (cutoff: number): Promise<string[]> =>
      (
        await db
          .selectFrom("inquiries")
          .select("reference")
          .where("status", "=", "new")
          .where("created_at", "<", cutoff)
          .orderBy("created_at")
          .orderBy("id")
          .execute()
      ).map((row) => row.reference),
  };
}

export type InboxStore = ReturnType<typeof createInboxStore>;
