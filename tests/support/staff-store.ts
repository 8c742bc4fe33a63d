import type { Contact } from "@/lib/inquiries/schema";
import { openInquiryStore } from "@/lib/inquiries/store";
import type { StoreDialect } from "@/lib/store/schema";
import { createAuditLog } from "@/lib/staff/audit-log";
import { createInboxStore } from "@/lib/inquiries/inbox";
import { contactFor } from "./contact-fixture";
import { freshStoreSettings } from "./store-databases";

/** The inquiry store, the inbox and the audit log on a real, empty database of the given kind. */
export async function openStaffStores(kind: StoreDialect = "sqlite") {
  const { settings, remove } = await freshStoreSettings(kind);
  const store = await openInquiryStore(settings);
  let key = 0;
  let closed = false;
  return {
    dataDir: settings.dataDir,
    settings,
    store,
    inbox: createInboxStore(store),
    audit: createAuditLog(store.db),
    /** Stores an inquiry received at `createdAt`, as the contact form would, and returns its reference. */
    receive: async (name: string, createdAt: number, overrides: Partial<Contact> = {}) =>
      (await store.saveInquiry(contactFor(name, overrides), `key-${key++}`, "client", createdAt)).reference,
    /** Closes the store (once, whoever asks first: a test may close it itself) and removes its database. */
    async close() {
      if (closed) return;
      closed = true;
      await store.close();
      await remove();
    },
  };
}

export type StaffStores = Awaited<ReturnType<typeof openStaffStores>>;
