import "server-only";
import type { Database } from "better-sqlite3";

/** An authenticator code stays valid for up to three 30-second steps; one that worked once is refused after. */
const CODE_LIFETIME_MS = 3 * 30_000;

/** Remembers each authenticator code a person has signed in with, so an overheard code cannot be replayed. */
export function createUsedCodes(db: Database) {
  const prune = db.prepare("DELETE FROM used_totp_codes WHERE used_at <= ?");
  const insert = db.prepare("INSERT OR IGNORE INTO used_totp_codes (user_id, code, used_at) VALUES (?, ?, ?)");
  return {
    /** True the first time this person uses this code; false if it was already used. */
    claim(userId: string, code: string, now = Date.now()): boolean {
      prune.run(now - CODE_LIFETIME_MS);
      return insert.run(userId, code, now).changes === 1;
    },
  };
}
