import "server-only";
import type { Kysely } from "kysely";
import { createDayClaim, DAY_MS } from "../store/daily";
import type { Database } from "../store/schema";
import type { Mailer } from "./mailer";
import { buildReminder } from "./notification";
import type { Log } from "./outbox";
import { CHECK_EVERY_MS, createPeriodicCheck } from "./periodic-check";
import type { InboxStore } from "./inbox";
import { practiceDayAndHour } from "./practice-time";

/** An inquiry still New after this long is listed in the reminder. */
export const REMINDER_AFTER_MS = DAY_MS;
/** The reminder goes out at the first check from this hour of the practice's day on, so it arrives in the morning. */
export const REMINDER_FROM_HOUR = 8;
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
  const sentDay = createDayClaim(db, LAST_SENT_KEY);

  async function sendIfDue(now: number): Promise<ReminderOutcome> {
    const { day, hour } = practiceDayAndHour(now);
    const previous = await sentDay.last();
    if (previous === day) return "already-sent-today";
    if (hour < REMINDER_FROM_HOUR) return "too-early";
    const waiting = await inbox.newOlderThan(now - REMINDER_AFTER_MS);
    if (waiting.length === 0) return "nothing-waiting";
    if (!(await sentDay.claim(day, previous))) return "already-sent-today";
    try {
      await mailer.send(buildReminder(waiting, day, siteUrl));
    } catch (error) {
      await sentDay.giveBack(day, previous);
      throw error;
    }
    log.info(`[staff] daily reminder sent: ${waiting.length} inquiries waiting more than 24 hours`);
    return "sent";
  }

  const periodic = createPeriodicCheck<ReminderOutcome>({
    run: sendIfDue,
    failed: "failed",
    onFailure: (reason) => log.warn(`[staff] daily reminder not sent (${reason}); trying again within the hour`),
    everyMs: checkEveryMs,
  });

  return {
    /** Sends today's reminder if it is due. */
    check: periodic.check,
    start() {
      periodic.schedule();
      return periodic.check();
    },
    stop: periodic.stop,
  };
}
