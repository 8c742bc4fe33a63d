/** Where the staff side lives: its cookies are scoped here, so public pages never set or receive one. */
export const STAFF_COOKIE_PATH = "/staff";
export const STAFF_AUTH_BASE_PATH = "/staff/api/auth";
export const INVITE_VALID_SECONDS = 24 * 60 * 60;
export const SESSION_MAX_SECONDS = 12 * 60 * 60;
export const SESSION_IDLE_SECONDS = 30 * 60;
/** How long after proving password and code a person may add a passkey. */
export const STEP_UP_SECONDS = 5 * 60;

/** From this many recent failures on an account, each attempt waits before its password is checked, doubling. */
export const SLOW_DOWN_AFTER = 3;
const FIRST_DELAY_MS = 1_000;
const LONGEST_DELAY_MS = 60_000;

/** How long an attempt on an account with this many recent failures waits before its password is checked. */
export function delayAfterFailures(failures: number): number {
  if (failures < SLOW_DOWN_AFTER) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - SLOW_DOWN_AFTER), LONGEST_DELAY_MS);
}

/** Wrong authenticator codes in a row after which an account is locked, and for how long. */
export const CODE_LOCKOUT = { maxFailedAttempts: 5, durationSeconds: 15 * 60 } as const;
