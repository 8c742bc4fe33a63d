import "server-only";
import { createInvites } from "../staff/invite";
import { staffAuth, type StaffAuth } from "../staff/auth";
import { getServices } from "./services";

/**
 * The sign-in library's one instance, on the database getServices() opened. Kept apart from services.ts so that
 * instrumentation, which imports services.ts, never loads the library: the instance is made by the app's own bundle.
 */
export async function getAuth(): Promise<StaffAuth> {
  return staffAuth((await getServices()).store);
}

/** Invitations: staff accounts made through the sign-in library, with their one-time links. */
export async function getInvites() {
  const { store, credentials } = await getServices();
  return createInvites({ db: store.db, auth: await getAuth(), credentials });
}
