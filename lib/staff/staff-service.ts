import "server-only";
import { getContactService } from "../contact/service";
import { createAuditLog } from "./audit-log";
import { createInboxStore } from "./inbox-store";
import { createSignInLimit, PASSKEY_REQUEST_LIMITS } from "./sign-in-limit";
import { createUsedCodes } from "./used-codes";

async function createStaffService() {
  const { store } = await getContactService();
  const { db } = store;
  return {
    inbox: createInboxStore(store),
    audit: createAuditLog(db),
    signInLimit: createSignInLimit(db, store.dialect),
    passkeyLimit: createSignInLimit(db, store.dialect, PASSKEY_REQUEST_LIMITS, "passkey:"),
    usedCodes: createUsedCodes(db),
  };
}

type StaffService = Awaited<ReturnType<typeof createStaffService>>;
const holder = globalThis as typeof globalThis & { __staffService?: Promise<StaffService> };

/** The inbox queries, the audit log, the sign-in and passkey limits and used codes, on the one database connection of this process. */
export function getStaffService(): Promise<StaffService> {
  holder.__staffService ??= createStaffService().catch((error: unknown) => {
    holder.__staffService = undefined;
    throw error;
  });
  return holder.__staffService;
}
