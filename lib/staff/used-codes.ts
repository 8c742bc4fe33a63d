import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "../store/schema";

/** An authenticator code stays valid for up to three 30-second steps; one that worked once is refused after. */
const CODE_LIFETIME_MS = 3 * 30_000;

/** Remembers each authenticator code a person has signed in with, so an overheard code cannot be replayed. */
export function createUsedCodes(db: Kysely<Database>) {
  return {
    /** True the first time this person uses this code; false if it was already used (on any instance). */
    async claim(userId: string, code: string, now = Date.now()): Promise<boolean> {
      await db
        .deleteFrom("used_totp_codes")
        .where("used_at", "<=", now - CODE_LIFETIME_MS)
        .execute();
      const inserted = await db
        .insertInto("used_totp_codes")
        .values({ user_id: userId, code, used_at: now })
        .onConflict((conflict) => conflict.doNothing())
        .executeTakeFirst();
      return inserted.numInsertedOrUpdatedRows === 1n;
    },
  };
}
