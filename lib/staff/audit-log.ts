import "server-only";
import type { Database } from "better-sqlite3";
import { csvRow } from "../contact/csv";

export const AUDIT_ACTIONS = [
  "sign-in",
  "sign-in-failed",
  "sign-out",
  "two-factor-failed",
  "inquiry-opened",
  "inquiry-status-changed",
  "inquiry-note-added",
  "inquiry-deleted",
  "inquiries-exported",
  "audit-exported",
  "staff-invited",
  "staff-disabled",
  "staff-enabled",
  "sessions-revoked",
  "password-set",
  "two-factor-enrolled",
  "passkey-added",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export type AuditEntry = {
  id: number;
  at: number;
  actorId: string | null;
  actorEmail: string | null;
  action: AuditAction;
  target: string | null;
  detail: string | null;
  clientHash: string | null;
};
export const AUDIT_PAGE_SIZE = 50;
const AUDIT_CSV_COLUMNS = [
  "id",
  "at (UTC)",
  "actor id",
  "actor email",
  "action",
  "target",
  "detail",
  "client address hash",
];

type AuditRow = {
  id: number;
  at: number;
  actor_id: string | null;
  actor_email: string | null;
  action: AuditAction;
  target: string | null;
  detail: string | null;
  client_hash: string | null;
};
const toEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at,
  actorId: row.actor_id,
  actorEmail: row.actor_email,
  action: row.action,
  target: row.target,
  detail: row.detail,
  clientHash: row.client_hash,
});

/**
 * Who did what, when, from where (a hashed client address). Append-only: the database itself refuses to change
 * or delete an entry (triggers in migration 2). Targets name a reference or a staff account, never inquiry content.
 */
export function createAuditLog(db: Database) {
  const insert = db.prepare(
    "INSERT INTO audit_log (at, actor_id, actor_email, action, target, detail, client_hash) VALUES (@at, @actorId, @actorEmail, @action, @target, @detail, @clientHash)",
  );
  const count = db.prepare("SELECT COUNT(*) AS n FROM audit_log");
  const page = db.prepare("SELECT * FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?");
  const everything = db.prepare("SELECT * FROM audit_log ORDER BY id");

  return {
    record(entry: Omit<AuditEntry, "id" | "at"> & { at?: number }): void {
      if (!AUDIT_ACTIONS.includes(entry.action))
        throw new RangeError(`"${entry.action}" is not an audit action: add it to AUDIT_ACTIONS first`);
      insert.run({
        actorId: entry.actorId,
        actorEmail: entry.actorEmail,
        action: entry.action,
        target: entry.target,
        detail: entry.detail,
        clientHash: entry.clientHash,
        at: entry.at ?? Date.now(),
      });
    },

    /** Newest first, AUDIT_PAGE_SIZE a page; a page out of range is answered with the nearest one. */
    list(requested: number) {
      const total = (count.get() as { n: number }).n;
      const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
      const current = Number.isSafeInteger(requested) ? Math.min(Math.max(requested, 1), pageCount) : 1;
      const rows = (page.all(AUDIT_PAGE_SIZE, (current - 1) * AUDIT_PAGE_SIZE) as AuditRow[]).map(toEntry);
      return { rows, total, page: current, pageCount };
    },

    /** The whole log, oldest first, with the same formula guard as the inquiries export (an email address can start with =). */
    exportCsv(): string {
      const rows = everything.all() as AuditRow[];
      return (
        csvRow(AUDIT_CSV_COLUMNS) +
        rows
          .map((row) =>
            csvRow([
              row.id,
              new Date(row.at).toISOString(),
              row.actor_id,
              row.actor_email,
              row.action,
              row.target,
              row.detail,
              row.client_hash,
            ]),
          )
          .join("")
      );
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
