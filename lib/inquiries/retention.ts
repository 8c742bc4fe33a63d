import "server-only";
import { expireCopies } from "../store/backup";
import { createDayClaim, DAY_MS } from "../store/daily";
import { reapplyErasures } from "../store/erasures";
import type { Log } from "./outbox";
import { CHECK_EVERY_MS, createPeriodicCheck } from "./periodic-check";
import type { InquiryStore } from "./store";

const LAST_PURGE_KEY = "retention_last_purge_day";

/** Inquiries received before this moment are past RETENTION_DAYS. */
export const retentionCutoff = (now: number, retentionDays: number) => now - retentionDays * DAY_MS;

export type RetentionOutcome = "purged" | "already-purged-today" | "failed";
type RetentionOptions = {
  store: InquiryStore;
  dataDir: string;
  retentionDays: number;
  log: Log;
  checkEveryMs?: number;
};

/**
 * Keeps what the site holds within its limits without anyone running a command. At every start, before the first
 * request: the erasure ledger is applied again (a restored backup may hold erased inquiries), inquiries older than
 * RETENTION_DAYS are deleted (a restored backup may hold those too), and expired copies in DATA_DIR are deleted.
 * Then hourly: each instance deletes its own expired copies, and once a day (UTC) the instance that claims the day
 * runs the ledger and the age purge on the shared database; a failed purge gives the day back, for the next check.
 */
export function createRetention({
  store,
  dataDir,
  retentionDays,
  log,
  checkEveryMs = CHECK_EVERY_MS,
}: RetentionOptions) {
  const purgedDay = createDayClaim(store.db, LAST_PURGE_KEY);

  async function purge(now: number) {
    const erasedAgain = await reapplyErasures(store.db, store.dialect);
    if (erasedAgain > 0)
      log.info(
        `[contact] erased again ${erasedAgain} inquiries named in the erasure ledger (a restored copy held them)`,
      );
    const { deleted } = await store.purgeOlderThan(retentionCutoff(now, retentionDays));
    if (deleted > 0) log.info(`[contact] deleted ${deleted} inquiries older than RETENTION_DAYS=${retentionDays}`);
  }

  // Another instance's files are on its own disk, so every instance expires its own; a failure must not stop the
  // database's purge.
  function expire(now: number) {
    try {
      const expired = expireCopies(dataDir, now);
      if (expired.length > 0) log.info(`[contact] deleted expired copies of inquiries: ${expired.join(", ")}`);
    } catch (error) {
      const reason = (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
      log.warn(
        `[contact] could not delete expired copies of inquiries (databases a restore replaced, CSV exports) in ${dataDir} (${reason}): give this server's user write access to them, or delete them by hand`,
      );
    }
  }

  async function purgeIfDue(now: number): Promise<RetentionOutcome> {
    expire(now);
    const day = new Date(now).toISOString().slice(0, 10);
    const previous = await purgedDay.last();
    if (previous === day || !(await purgedDay.claim(day, previous))) return "already-purged-today";
    try {
      await purge(now);
    } catch (error) {
      await purgedDay.giveBack(day, previous);
      throw error;
    }
    return "purged";
  }

  /** Runs today's purge if no instance has yet. */
  const periodic = createPeriodicCheck<RetentionOutcome>({
    run: purgeIfDue,
    failed: "failed",
    onFailure: (reason) => log.warn(`[contact] retention purge failed (${reason}); trying again within the hour`),
    everyMs: checkEveryMs,
  });

  return {
    /** At start, on every instance and unclaimed; a failure stops the start, since erased inquiries could be shown. */
    async atStart(now = Date.now()) {
      await purge(now);
      expire(now);
    },
    check: periodic.check,
    start: periodic.schedule,
    stop: periodic.stop,
  };
}
