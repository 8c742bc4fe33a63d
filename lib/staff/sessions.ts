import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "../store/schema";

/**
 * The rows behind a staff session that the site touches itself: the library's session row, removed by its token,
 * and our own record of the last staff request, which the idle time-out reads.
 */
export function createStaffSessions(db: Kysely<Database>) {
  return {
    async lastSeenAt(sessionToken: string): Promise<number | undefined> {
      const seen = await db
        .selectFrom("staff_session_activity")
        .select("last_seen_at")
        .where("session_token", "=", sessionToken)
        .executeTakeFirst();
      return seen?.last_seen_at;
    },

    async markSeen(sessionToken: string, now: number): Promise<void> {
      await db
        .insertInto("staff_session_activity")
        .values({ session_token: sessionToken, last_seen_at: now })
        .onConflict((conflict) =>
          conflict.column("session_token").doUpdateSet({ last_seen_at: (eb) => eb.ref("excluded.last_seen_at") }),
        )
        .execute();
    },

    /** Removes the library's session row by its token, whatever the library's own state says. */
    async deleteSession(sessionToken: string): Promise<void> {
      await db.deleteFrom("session").where("token", "=", sessionToken).execute();
    },

    async forgetActivity(sessionToken: string): Promise<void> {
      await db.deleteFrom("staff_session_activity").where("session_token", "=", sessionToken).execute();
    },
  };
}

export type StaffSessions = ReturnType<typeof createStaffSessions>;
