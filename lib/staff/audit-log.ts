import "server-only";
import type { Kysely, Selectable } from "kysely";
import type { Database } from "../store/schema";
import { csvRow } from "../inquiries/csv";

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
  "passkey-removed",
  "identity-confirmed",
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

type AuditRow = Selectable<Database["audit_log"]>;
const toEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at,
  actorId: row.actor_id,
  actorEmail: row.actor_email,
  action: row.action as AuditAction,
  target: row.target,
  detail: row.detail,
  clientHash: row.client_hash,
});

/**
 * Who did what, when, from where (a hashed client address). Append-only: the database itself refuses to change
 * or delete an entry (triggers in migration 2). Targets name a reference or a staff account, never inquiry content.
 */
export function createAuditLog(db: Kysely<Database>) {
  const log = {
    async record(entry: Omit<AuditEntry, "id" | "at"> & { at?: number }): Promise<void> {
      if (!AUDIT_ACTIONS.includes(entry.action))
        throw new RangeError(`"${entry.action}" is not an audit action: add it to AUDIT_ACTIONS first`);
      await db
        .insertInto("audit_log")
        .values({
          actor_id: entry.actorId,
          actor_email: entry.actorEmail,
          action: entry.action,
          target: entry.target,
          detail: entry.detail,
          client_hash: entry.clientHash,
          at: entry.at ?? Date.now(),
        })
        .execute();
    },

    /** What a signed-in staff member did, from their session: who, from where, and to what. */
    async byStaff(
      staff: { id: string; email: string; clientHash: string },
      action: AuditAction,
      target: string | null,
      detail: string | null = null,
    ): Promise<void> {
      await log.record({
        actorId: staff.id,
        actorEmail: staff.email,
        action,
        target,
        detail,
        clientHash: staff.clientHash,
      });
    },

    /** Newest first, AUDIT_PAGE_SIZE a page; a page out of range is answered with the nearest one. */
    async list(requested: number) {
      const { total } = await db
        .selectFrom("audit_log")
        .select((eb) => eb.fn.countAll<number>().as("total"))
        .executeTakeFirstOrThrow();
      const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
      const current = Number.isSafeInteger(requested) ? Math.min(Math.max(requested, 1), pageCount) : 1;
      const rows = await db
        .selectFrom("audit_log")
        .selectAll()
        .orderBy("id", "desc")
        .limit(AUDIT_PAGE_SIZE)
        .offset((current - 1) * AUDIT_PAGE_SIZE)
        .execute();
      return { rows: rows.map(toEntry), total, page: current, pageCount };
    },

    /** The whole log, oldest first, with the same formula guard as the inquiries export (an email address can start with =). */
    async exportCsv(): Promise<string> {
      const rows = await db.selectFrom("audit_log").selectAll().orderBy("id").execute();
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
  return log;
}

export type AuditLog = ReturnType<typeof createAuditLog>;
