import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "../store/schema";
import type { Mailer } from "../contact/mailer";
import { buildReminder } from "../contact/notification";
import type { Log } from "../contact/outbox";
import type { InboxStore } from "./inbox-store";
import { practiceDayAndHour } from "./practice-time";

/** An inquiry still New after this long is listed in the reminder. */
export const REMINDER_AFTER_MS = 24 * 60 * 60 * 1000;
/** The reminder goes out at the first check from this hour of the practice's day on, so it arrives in the morning. */
export const REMINDER_FROM_HOUR = 8;
const CHECK_EVERY_MS = 60 * 60 * 1000;
const LAST_SENT_KEY = "reminder_last_sent_day";

export type ReminderOutcome = "sent" | "already-sent-today" | "too-early" | "nothing-waiting" | "failed";
type ReminderOptions = {
  db: Kysely<Database>;
  inbox: InboxStore;
  mailer: Mailer;
  log: Log;
  siteUrl: URL;
  checkEveryMs?: number;
};

/**
 * Once a practice day, one email listing the references of inquiries New for more than a day. The day it went out
 * is kept in the settings table, so a restart the same day does not send it again, and of several instances on one
 * database only the one that claims the day sends it; a failed send gives the day back, to be tried at the next
 * hourly check.
 */
export function createDailyReminder({
  db,
  inbox,
  mailer,
  log,
  siteUrl,
  checkEveryMs = CHECK_EVERY_MS,
}: ReminderOptions) {
  const lastSent = async () =>
    (await db.selectFrom("settings").select("value").where("key", "=", LAST_SENT_KEY).executeTakeFirst())?.value;
  /** True for the one caller that moves the day forward; false when another instance already has. */
  const claimDay = async (day: string, previous: string | undefined) => {
    const changed = await db
      .insertInto("settings")
      .values({ key: LAST_SENT_KEY, value: day })
      .onConflict((conflict) =>
        conflict
          .column("key")
          .doUpdateSet({ value: (eb) => eb.ref("excluded.value") })
          .where("settings.value", "=", previous ?? ""),
      )
      .executeTakeFirst();
    return changed.numInsertedOrUpdatedRows === 1n;
  };
  const giveBack = async (day: string, previous: string | undefined) => {
    if (previous)
      await db
        .updateTable("settings")
        .set({ value: previous })
        .where("key", "=", LAST_SENT_KEY)
        .where("value", "=", day)
        .execute();
    else await db.deleteFrom("settings").where("key", "=", LAST_SENT_KEY).where("value", "=", day).execute();
  };
  let timer: NodeJS.Timeout | undefined;
  let checking: Promise<ReminderOutcome> | undefined;

  async function sendIfDue(now: number): Promise<ReminderOutcome> {
    const { day, hour } = practiceDayAndHour(now);
    const previous = await lastSent();
    if (previous === day) return "already-sent-today";
    if (hour < REMINDER_FROM_HOUR) return "too-early";
    const waiting = await inbox.newOlderThan(now - REMINDER_AFTER_MS);
    if (waiting.length === 0) return "nothing-waiting";
    if (!(await claimDay(day, previous))) return "already-sent-today";
    try {
      await mailer.send(buildReminder(waiting, day, siteUrl));
    } catch (error) {
      await giveBack(day, previous);
      throw error;
    }
    log.info(`[staff] daily reminder sent: ${waiting.length} inquiries waiting more than 24 hours`);
    return "sent";
  }

  /** Sends today's reminder if it is due; one check at a time, and never a rejected promise (it runs from a timer). */
  function check(now = Date.now()): Promise<ReminderOutcome> {
    checking ??= sendIfDue(now)
      .catch((error: unknown): ReminderOutcome => {
        const reason = (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
        log.warn(`[staff] daily reminder not sent (${reason}); trying again within the hour`);
        return "failed";
      })
      .finally(() => (checking = undefined));
    return checking;
  }

  return {
    check,
    start() {
      timer ??= setInterval(() => void check(), checkEveryMs);
      timer.unref();
      return check();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await checking;
    },
  };
}
