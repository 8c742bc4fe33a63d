import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Contact } from "@/lib/contact/schema";
import { openInquiryStore } from "@/lib/contact/store";
import { createAuditLog } from "@/lib/staff/audit-log";
import { createInboxStore } from "@/lib/staff/inbox-store";

export const contactFor = (name: string, overrides: Partial<Contact> = {}): Contact => ({
  name,
  email: `${name.toLowerCase().replace(/\W+/g, ".")}@example.org`,
  phone: "",
  contactMethod: "email",
  office: "encino",
  heardFrom: "",
  message: "",
  consent: true,
  ...overrides,
});

/** The inquiry store, the inbox and the audit log on one real SQLite file in a temporary DATA_DIR. */
export function openStaffStores() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "kap-staff-"));
  const store = openInquiryStore(dataDir);
  let key = 0;
  return {
    dataDir,
    store,
    inbox: createInboxStore(store.db),
    audit: createAuditLog(store.db),
    /** Stores an inquiry received at `createdAt`, as the contact form would, and returns its reference. */
    receive: (name: string, createdAt: number, overrides: Partial<Contact> = {}) =>
      store.saveInquiry(contactFor(name, overrides), `key-${key++}`, "client", createdAt).reference,
    close() {
      store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
