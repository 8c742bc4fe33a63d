import "server-only";
import type { StoreDialect } from "../store/schema";
import type { Log } from "../inquiries/outbox";

const WHAT_TO_CHECK: Record<StoreDialect, string> = {
  sqlite:
    "Check that DATA_DIR has free space and is writable, and that no other process holds the database open for writing.",
  postgres:
    "Check that PostgreSQL (DATABASE_URL) is running and reachable from this server, and that its disk has room.",
};

/**
 * Logs a store that cannot save inquiries once per outage, not once per visitor: the first failure is an error
 * saying what to check, later ones are only counted, and the first save that works again says how many were lost.
 */
export function createStoreOutage(log: Log, dialect: StoreDialect) {
  let since: number | null = null;
  let unsaved = 0;
  let uncountedWarned = false;
  return {
    /** A likely automated submission that could not be counted: said once, until a save works again. */
    uncounted(reason: string) {
      if (uncountedWarned || since !== null) return;
      uncountedWarned = true;
      log.warn(
        `[contact] a likely automated submission was not counted (${reason}). ${WHAT_TO_CHECK[dialect]} Further ones are not logged until a save works again.`,
      );
    },
    failed(reason: string, now = Date.now()) {
      unsaved++;
      if (since !== null) return;
      since = now;
      log.error(
        `[contact] an inquiry could not be stored (${reason}); the visitor was shown the phone number and the form with what they typed. ${WHAT_TO_CHECK[dialect]} Further failures are not logged until a save works again.`,
      );
    },
    stored(now = Date.now()) {
      uncountedWarned = false;
      if (since === null) return;
      log.info(
        `[contact] inquiries are being stored again; ${unsaved} submission(s) could not be saved in the ${Math.max(1, Math.round((now - since) / 1000))} s before, and those visitors were shown the phone number.`,
      );
      since = null;
      unsaved = 0;
    },
  };
}

export type StoreOutage = ReturnType<typeof createStoreOutage>;
