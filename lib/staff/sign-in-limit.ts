import "server-only";
import type { Database } from "better-sqlite3";

/** Failed sign-in and code attempts allowed in the window, per account and per client address. */
export const SIGN_IN_LIMITS = { windowMs: 15 * 60_000, perAccount: 5, perClient: 20 } as const;

export const RATE_LIMITED_MESSAGE =
  "Too many attempts. For your account's safety, wait 15 minutes and try again, or ask an admin to help.";

/** Counts failures, not successes, so a person who signs in correctly is never slowed down. */
export function createSignInLimit(db: Database, limits = SIGN_IN_LIMITS) {
  const count = db.prepare("SELECT COUNT(*) AS n FROM sign_in_attempts WHERE key = ? AND at > ?");
  const insert = db.prepare("INSERT INTO sign_in_attempts (key, at) VALUES (?, ?)");
  const prune = db.prepare("DELETE FROM sign_in_attempts WHERE at <= ?");
  const keys = (account: string | undefined, clientHash: string) => [
    ...(account ? [{ key: `account:${account.trim().toLowerCase()}`, max: limits.perAccount }] : []),
    { key: `client:${clientHash}`, max: limits.perClient },
  ];
  return {
    isLimited(account: string | undefined, clientHash: string, now = Date.now()): boolean {
      return keys(account, clientHash).some(
        ({ key, max }) => (count.get(key, now - limits.windowMs) as { n: number }).n >= max,
      );
    },
    recordFailure(account: string | undefined, clientHash: string, now = Date.now()) {
      prune.run(now - limits.windowMs);
      for (const { key } of keys(account, clientHash)) insert.run(key, now);
    },
  };
}
