import "server-only";
import { sql, type Kysely } from "kysely";
import type { Database, StoreDialect } from "../store/schema";
import { writeTransaction } from "../store/transaction";
import { delayAfterFailures } from "./session-rules";

/**
 * Failed sign-in and code attempts allowed in the window, per account and per client address. An account is slowed
 * rather than locked: someone who knows a staff email must not be able to keep its owner out by failing on purpose
 * (NIST SP 800-63B 5.2.2 allows at most 100 consecutive failures). A client address is locked, since it is the
 * guesser's own.
 */
export const SIGN_IN_LIMITS = { windowMs: 15 * 60_000, perAccount: 100, perClient: 20 } as const;

/** Passkey requests allowed per client address in the window, counted whether they succeed or not. */
export const PASSKEY_REQUEST_LIMITS = { windowMs: 15 * 60_000, perAccount: 0, perClient: 60 } as const;

export const RATE_LIMITED_MESSAGE = `Too many attempts. For your account's safety, wait ${SIGN_IN_LIMITS.windowMs / 60_000} minutes and try again, or ask an admin to help.`;

/** Waits an attempt's delay; the answer comes no sooner, whatever the password. */
export const waitOut = (attempt: { delayMs: number }) =>
  new Promise<void>((resolve) => setTimeout(resolve, attempt.delayMs));

/** An attempt counted before its password or code is checked; one that succeeds is then taken back. */
export type SignInAttempt = { limited: true } | { limited: false; delayMs: number; succeeded: () => Promise<void> };

/**
 * Counts failures, not successes, so a person who signs in correctly is never slowed down by their own past. Each
 * attempt is counted before its password is checked, inside one locked transaction, so a burst of parallel attempts
 * cannot all pass the check before the first failure is stored.
 */
export function createSignInLimit(
  db: Kysely<Database>,
  dialect: StoreDialect,
  limits: { windowMs: number; perAccount: number; perClient: number } = SIGN_IN_LIMITS,
  /** Keeps another limit's counts apart from the sign-in's in the same table. */
  scope = "",
) {
  const keys = (account: string | undefined, clientHash: string) => [
    ...(account
      ? [{ key: `${scope}account:${account.trim().toLowerCase()}`, max: limits.perAccount, isAccount: true }]
      : []),
    { key: `${scope}client:${clientHash}`, max: limits.perClient, isAccount: false },
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
        let accountFailures = 0;
        for (const { key, max, isAccount } of wanted) {
          const times = (
            await transaction.selectFrom("sign_in_attempts").select("at").where("key", "=", key).execute()
          ).map((row) => Number(row.at));
          if (times.length >= max) return null;
          if (isAccount) accountFailures = times.length;
          // Each attempt's time is unique within its key, so the one that succeeds can be taken back alone.
          let at = now;
          while (times.includes(at)) at += 1;
          rows.push({ key, at });
        }
        await transaction.insertInto("sign_in_attempts").values(rows).execute();
        return { rows, accountFailures };
      });
      if (!counted) return { limited: true };
      return {
        limited: false,
        delayMs: delayAfterFailures(counted.accountFailures),
        succeeded: async () => {
          for (const { key, at } of counted.rows)
            await db.deleteFrom("sign_in_attempts").where("key", "=", key).where("at", "=", at).execute();
        },
      };
    },
  };
}
