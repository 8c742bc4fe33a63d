import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "./schema";

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A job done once a day by one of several instances on one database. The day it was last done is kept in the
 * settings table under `key`; only the caller that moves it forward does the job, and a job that fails gives the
 * day back so the next check tries again.
 */
export function createDayClaim(db: Kysely<Database>, key: string) {
  return {
    last: async () =>
      (await db.selectFrom("settings").select("value").where("key", "=", key).executeTakeFirst())?.value,
    /** True for the one caller that moves the day forward; false when another instance already has. */
    claim: async (day: string, previous: string | undefined) => {
      const changed = await db
        .insertInto("settings")
        .values({ key, value: day })
        .onConflict((conflict) =>
          conflict
            .column("key")
            .doUpdateSet({ value: (eb) => eb.ref("excluded.value") })
            .where("settings.value", "=", previous ?? ""),
        )
        .executeTakeFirst();
      return changed.numInsertedOrUpdatedRows === 1n;
    },
    giveBack: async (day: string, previous: string | undefined) => {
      if (previous)
        await db
          .updateTable("settings")
          .set({ value: previous })
          .where("key", "=", key)
          .where("value", "=", day)
          .execute();
      else await db.deleteFrom("settings").where("key", "=", key).where("value", "=", day).execute();
    },
  };
}
