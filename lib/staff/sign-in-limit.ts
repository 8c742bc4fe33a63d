import "server-only";
import { sql, type Kysely } from "kysely";
import type { StoreDialect } from "../store/database";
import type { Database } from "../store/schema";
import { writeTransaction } from "../store/transaction";

/** Failed sign-in and code attempts allowed in the window, per account and per client address. */
export const SIGN_IN_LIMITS = { windowMs: 15 * 60_000, perAccount: 5, perClient: 20 } as const;

/** Passkey requests allowed per client address in the window, counted whether they succeed or not. */
export const PASSKEY_REQUEST_LIMITS = { windowMs: 15 * 60_000, perAccount: 0, perClient: 60 } as const;

export const RATE_LIMITED_MESSAGE =
  "Too many attempts. For your account's safety, wait 15 minutes and try again, or ask an admin to help.";

/** An attempt counted before its password or code is checked; one that succeeds is then taken back. */
export type SignInAttempt = { limited: true } | { limited: false; succeeded: () => Promise<void> };

/**
 * Counts failures, not successes, so a person who signs in correctly is never slowed down. Each attempt is
 * counted before its password is checked, inside one locked transaction, so a burst of parallel attempts cannot
 * all pass the check before the first failure is stored.
 */
export function createSignInLimit(
  db: Kysely<Database>,
  dialect: StoreDialect,
  limits: { windowMs: number; perAccount: number; perClient: number } = SIGN_IN_LIMITS,
  /** Keeps another limit's counts apart from the sign-in's in the same table. */
  scope = "",
) {
  const keys = (account: string | undefined, clientHash: string) => [
    ...(account ? [{ key: `${scope}account:${account.trim().toLowerCase()}`, max: limits.perAccount }] : []),
    { key: `${scope}client:${clientHash}`, max: limits.perClient },
  ];
  return {
    async begin(account: string | undefined, clientHash: string, now = Date.now()): Promise<SignInAttempt> {
      const counted = await writeTransaction(db, dialect, async (transaction) => {
        const wanted = keys(account, clientHash);
        // SQLite's IMMEDIATE transaction already runs one at a time; PostgreSQL's needs a lock per key.
        if (dialect === "postgres")
          for (const { key } of wanted) await sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`.execute(transaction);
        await transaction
          .deleteFrom("sign_in_attempts")
          .where("at", "<=", now - limits.windowMs)
          .execute();
        const rows: { key: string; at: number }[] = [];
        for (const { key, max } of wanted) {
          const times = (
            await transaction.selectFrom("sign_in_attempts").select("at").where("key", "=", key).execute()
          ).map((row) => Number(row.at));
          if (times.length >= max) return null;
          // Each attempt's time is unique within its key, so the one that succeeds can be taken back alone.
          let at = now;
          while (times.includes(at)) at += 1;
          rows.push({ key, at });
        }
        await transaction.insertInto("sign_in_attempts").values(rows).execute();
        return rows;
      });
      if (!counted) return { limited: true };
      return {
        limited: false,
        succeeded: async () => {
          for (const { key, at } of counted)
            await db.deleteFrom("sign_in_attempts").where("key", "=", key).where("at", "=", at).execute();
        },
      };
    },
  };
}
