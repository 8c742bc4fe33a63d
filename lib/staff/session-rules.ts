/** Where the staff side lives: its cookies are scoped here, so public pages never set or receive one. */
export const STAFF_COOKIE_PATH = "/staff";
export const STAFF_AUTH_BASE_PATH = "/staff/api/auth";
export const INVITE_VALID_SECONDS = 24 * 60 * 60;
export const SESSION_MAX_SECONDS = 12 * 60 * 60;
export const SESSION_IDLE_SECONDS = 30 * 60;
/** How long after proving password and code a person may add a passkey. */
export const STEP_UP_SECONDS = 5 * 60;
