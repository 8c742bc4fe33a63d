import type { Generated } from "kysely";

/** The two databases the store runs on: SQLite in DATA_DIR, or PostgreSQL at DATABASE_URL. */
export type StoreDialect = "sqlite" | "postgres";

/**
 * Every table the site queries, as both databases hold it. Times are milliseconds since 1970 (SQLite INTEGER,
 * PostgreSQL BIGINT read back as a number). The sign-in library's own tables are listed only as far as we query
 * them ourselves; the library reads and writes the rest.
 */
export interface Database {
  inquiries: {
    id: Generated<number>;
    reference: string;
    idempotency_key: string;
    created_at: number;
    client_hash: string;
    name: string;
    email: string;
    phone: string;
    contact_method: string;
    office: string;
    heard_from: string;
    message: string;
    status: Generated<"new" | "contacted" | "closed">;
    status_changed_at: number | null;
  };
  outbox: {
    inquiry_id: number;
    attempts: Generated<number>;
    next_attempt_at: number;
    locked_until: number | null;
    sent_at: number | null;
    last_error: string | null;
    needs_attention_at: number | null;
  };
  abuse_counts: { kind: string; day: string; count: number };
  settings: { key: string; value: string };
  inquiry_notes: {
    id: Generated<number>;
    inquiry_id: number;
    author_id: string;
    author_name: string;
    created_at: number;
    body: string;
  };
  audit_log: {
    id: Generated<number>;
    at: number;
    actor_id: string | null;
    actor_email: string | null;
    action: string;
    target: string | null;
    detail: string | null;
    client_hash: string | null;
  };
  /** The erasure ledger: references only, kept for good, applied again after every restore and at every start. */
  erasures: { reference: string; erased_at: number };
  staff_session_activity: { session_token: string; last_seen_at: number };
  sign_in_attempts: { key: string; at: number };
  used_totp_codes: { user_id: string; code: string; used_at: number };
  user: { id: string; email: string; name: string; twoFactorEnabled: boolean | number | null };
  session: { token: string; userId: string };
  verification: { identifier: string; value: string };
  twoFactor: { userId: string };
  /** Dates as the library writes them on each database: read them with `new Date(value)`. */
  passkey: { id: string; userId: string; name: string | null; createdAt: Date | string | number | null };
}
