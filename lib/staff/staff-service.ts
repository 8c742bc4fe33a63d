import "server-only";
import { getContactService } from "../contact/service";
import { createAuditLog } from "./audit-log";
import { createInboxStore } from "./inbox-store";
import { createSignInLimit } from "./sign-in-limit";
import { createUsedCodes } from "./used-codes";

function createStaffService() {
  const { db } = getContactService().store;
  return {
    inbox: createInboxStore(db),
    audit: createAuditLog(db),
    signInLimit: createSignInLimit(db),
    usedCodes: createUsedCodes(db),
  };
}

type StaffService = ReturnType<typeof createStaffService>;
const holder = globalThis as typeof globalThis & { __staffService?: StaffService };

/** The inbox queries, the audit log, the sign-in limit and used codes, on the one database connection of this process. */
export function getStaffService(): StaffService {
  holder.__staffService ??= createStaffService();
  return holder.__staffService;
}
