import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "../store/schema";

/** Failed sign-in and code attempts allowed in the window, per account and per client address. */
export const SIGN_IN_LIMITS = { windowMs: 15 * 60_000, perAccount: 5, perClient: 20 } as const;

export const RATE_LIMITED_MESSAGE =
  "Too many attempts. For your account's safety, wait 15 minutes and try again, or ask an admin to help.";

/** Counts failures, not successes, so a person who signs in correctly is never slowed down. */
export function createSignInLimit(db: Kysely<Database>, limits = SIGN_IN_LIMITS) {
  const keys = (account: string | undefined, clientHash: string) => [
    ...(account ? [{ key: `account:${account.trim().toLowerCase()}`, max: limits.perAccount }] : []),
    { key: `client:${clientHash}`, max: limits.perClient },
  ];
  const failures = async (key: string, since: number) =>
    (
      await db
        .selectFrom("sign_in_attempts")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("key", "=", key)
        .where("at", ">", since)
        .executeTakeFirstOrThrow()
    ).n;
  return {
    async isLimited(account: string | undefined, clientHash: string, now = Date.now()): Promise<boolean> {
      for (const { key, max } of keys(account, clientHash))
        if ((await failures(key, now - limits.windowMs)) >= max) return true;
      return false;
    },
    async recordFailure(account: string | undefined, clientHash: string, now = Date.now()) {
      await db
        .deleteFrom("sign_in_attempts")
        .where("at", "<=", now - limits.windowMs)
        .execute();
      await db
        .insertInto("sign_in_attempts")
        .values(keys(account, clientHash).map(({ key }) => ({ key, at: now })))
        .execute();
    },
  };
}
