import "server-only";
import type { Database } from "better-sqlite3";
import { csvRow } from "../contact/csv";
import type { Contact } from "../contact/schema";
import { toInquiry, type InquiryRow, type StoredInquiry } from "../contact/store";

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

type ListRow = {
  reference: string;
  created_at: number;
  name: string;
  office: string;
  contact_method: Contact["contactMethod"];
  status: InquiryStatus;
  attention: 0 | 1;
};
type DetailRow = InquiryRow & {
  status: InquiryStatus;
  status_changed_at: number | null;
  attempts: number | null;
  sent_at: number | null;
  attention: 0 | 1 | null;
};
type NoteRow = { id: number; author_id: string; author_name: string; created_at: number; body: string };

// A notification that went out after being flagged no longer needs anyone's attention.
const ATTENTION = "(o.needs_attention_at IS NOT NULL AND o.sent_at IS NULL)";
const isoTime = (time: number | null | undefined) => (time ? new Date(time).toISOString() : "");
const toNote = (row: NoteRow): InquiryNote => ({
  id: row.id,
  authorId: row.author_id,
  authorName: row.author_name,
  createdAt: row.created_at,
  body: row.body,
});

/**
 * What staff read and change in the inbox, on the inquiry store's connection. Every query is a prepared
 * statement on an index (status, office, created_at), so a page costs the same with 10 or 10,000 inquiries.
 */
export function createInboxStore(db: Database) {
  const listQueries = new Map<
    string,
    { rows: ReturnType<Database["prepare"]>; count: ReturnType<Database["prepare"]> }
  >();
  function listQuery(filter: InboxFilter) {
    const conditions = [
      filter.status !== undefined && "i.status = @status",
      filter.office !== undefined && "i.office = @office",
    ].filter(Boolean);
    const where = conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
    let query = listQueries.get(where);
    if (!query) {
      query = {
        rows: db.prepare(`SELECT i.reference, i.created_at, i.name, i.office, i.contact_method, i.status, ${ATTENTION} AS attention
          FROM inquiries i LEFT JOIN outbox o ON o.inquiry_id = i.id ${where} ORDER BY i.created_at DESC, i.id DESC LIMIT @limit OFFSET @offset`),
        count: db.prepare(`SELECT COUNT(*) AS n FROM inquiries i ${where}`),
      };
      listQueries.set(where, query);
    }
    return query;
  }

  const countNew = db.prepare("SELECT COUNT(*) AS n FROM inquiries WHERE status = 'new'");
  const detail = db.prepare(
    `SELECT i.*, o.attempts, o.sent_at, ${ATTENTION} AS attention FROM inquiries i LEFT JOIN outbox o ON o.inquiry_id = i.id WHERE i.reference = ?`,
  );
  const notesOf = db.prepare(
    "SELECT id, author_id, author_name, created_at, body FROM inquiry_notes WHERE inquiry_id = ? ORDER BY created_at, id",
  );
  const idOf = db.prepare("SELECT id FROM inquiries WHERE reference = ?");
  // The time records when the status last changed, so setting the same status again leaves it alone.
  const updateStatus = db.prepare(
    "UPDATE inquiries SET status_changed_at = CASE WHEN status = @status THEN status_changed_at ELSE @now END, status = @status WHERE reference = @reference",
  );
  const insertNote = db.prepare(
    "INSERT INTO inquiry_notes (inquiry_id, author_id, author_name, created_at, body) VALUES (?, ?, ?, ?, ?) RETURNING id, author_id, author_name, created_at, body",
  );
  const deleteNotes = db.prepare("DELETE FROM inquiry_notes WHERE inquiry_id = ?");
  const deleteOutbox = db.prepare("DELETE FROM outbox WHERE inquiry_id = ?");
  const deleteInquiry = db.prepare("DELETE FROM inquiries WHERE id = ?");
  const everyInquiry = db.prepare(
    "SELECT i.*, o.sent_at FROM inquiries i LEFT JOIN outbox o ON o.inquiry_id = i.id ORDER BY i.created_at, i.id",
  );
  const newBefore = db.prepare(
    "SELECT reference FROM inquiries WHERE status = 'new' AND created_at < ? ORDER BY created_at, id",
  );

  const eraseInquiry = db.transaction((reference: string) => {
    const found = idOf.get(reference) as { id: number } | undefined;
    if (!found) return false;
    deleteNotes.run(found.id);
    deleteOutbox.run(found.id);
    deleteInquiry.run(found.id);
    return true;
  });

  return {
    /** One page of inquiries, newest first. A page past the last is answered with the last page, page 0 or less with the first. */
    list(filter: InboxFilter) {
      const query = listQuery(filter);
      const params = {
        ...(filter.status !== undefined && { status: filter.status }),
        ...(filter.office !== undefined && { office: filter.office }),
      };
      const total = (query.count.get(params) as { n: number }).n;
      const pageCount = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
      const page = Number.isSafeInteger(filter.page) ? Math.min(Math.max(filter.page, 1), pageCount) : 1;
      const rows = (
        query.rows.all({ ...params, limit: INBOX_PAGE_SIZE, offset: (page - 1) * INBOX_PAGE_SIZE }) as ListRow[]
      ).map((row): InboxRow => ({
        reference: row.reference,
        createdAt: row.created_at,
        name: row.name,
        office: row.office,
        contactMethod: row.contact_method,
        status: row.status,
        notificationNeedsAttention: row.attention === 1,
      }));
      return { rows, total, page, pageCount };
    },

    countNew: () => (countNew.get() as { n: number }).n,

    get(reference: string): InquiryDetail | undefined {
      const row = detail.get(reference) as DetailRow | undefined;
      if (!row) return undefined;
      return {
        ...toInquiry(row),
        status: row.status,
        statusChangedAt: row.status_changed_at,
        notes: (notesOf.all(row.id) as NoteRow[]).map(toNote),
        notification: { attempts: row.attempts ?? 0, sentAt: row.sent_at, needsAttention: row.attention === 1 },
      };
    },

    /** False when no inquiry has this reference (e.g. another staff member just deleted it). */
    setStatus(reference: string, status: InquiryStatus, now = Date.now()): boolean {
      if (!INQUIRY_STATUSES.includes(status))
        throw new RangeError(`"${status}" is not an inquiry status: use one of ${INQUIRY_STATUSES.join(", ")}`);
      return updateStatus.run({ reference, status, now }).changes === 1;
    },

    /** Undefined when no inquiry has this reference. The body is trimmed; an empty or over-long one is refused with a RangeError. */
    addNote(
      reference: string,
      author: { id: string; name: string },
      body: string,
      now = Date.now(),
    ): InquiryNote | undefined {
      const text = body.trim();
      if (!text || text.length > NOTE_MAX_LENGTH)
        throw new RangeError(`A note must have 1 to ${NOTE_MAX_LENGTH} characters; this one has ${text.length}`);
      const found = idOf.get(reference) as { id: number } | undefined;
      if (!found) return undefined;
      return toNote(insertNote.get(found.id, author.id, author.name, now, text) as NoteRow);
    },

    /** For a visitor who asks to be forgotten: the inquiry, its notes and its notification go together. False when already gone. */
    erase: (reference: string): boolean => eraseInquiry.immediate(reference),

    /** Every inquiry as CSV, oldest first, every cell guarded against spreadsheet formulas. */
    exportCsv(): string {
      const rows = everyInquiry.all() as (InquiryRow & { status: InquiryStatus; sent_at: number | null })[];
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
    newOlderThan: (cutoff: number): string[] =>
      (newBefore.all(cutoff) as { reference: string }[]).map((row) => row.reference),
  };
}

export type InboxStore = ReturnType<typeof createInboxStore>;
