import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "@/lib/contact/migrations";
import { openInquiryStore } from "@/lib/contact/store";
import { createAuditLog } from "@/lib/staff/audit-log";
import { createInboxStore } from "@/lib/staff/inbox-store";
import { present } from "../../support/present";

// Written by the code of commit 283642f, schema version 1 (tests/fixtures/README.md).
const V1_FIXTURE = path.resolve("tests/fixtures/store/inquiries-v1.sqlite");

let dataDir: string;
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function readV1(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return {
      version: db.pragma("user_version", { simple: true }),
      inquiries: db.prepare("SELECT * FROM inquiries ORDER BY id").all() as Record<string, unknown>[],
      outbox: db
        .prepare("SELECT inquiry_id, attempts, next_attempt_at, sent_at, last_error FROM outbox ORDER BY inquiry_id")
        .all(),
      salt: db.prepare("SELECT value FROM settings WHERE key = 'client_salt'").get(),
    };
  } finally {
    db.close();
  }
}

describe("a database written by the first released schema", () => {
  it("upgrades in place to the current schema and keeps every inquiry, notification and the salt", () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "kap-upgrade-"));
    const file = path.join(dataDir, "inquiries.sqlite");
    copyFileSync(V1_FIXTURE, file);
    const before = readV1(file);
    expect(before.version).toBe(1);
    expect(before.inquiries).toHaveLength(4);

    const store = openInquiryStore(dataDir);
    try {
      expect(store.migration).toEqual({ from: 1, to: SCHEMA_VERSION });
      const upgraded = store.db.prepare("SELECT * FROM inquiries ORDER BY id").all() as Record<string, unknown>[];
      expect(upgraded).toEqual(before.inquiries.map((row) => ({ ...row, status: "new", status_changed_at: null })));
      expect(
        store.db
          .prepare("SELECT inquiry_id, attempts, next_attempt_at, sent_at, last_error FROM outbox ORDER BY inquiry_id")
          .all(),
      ).toEqual(before.outbox);
      expect(store.db.prepare("SELECT value FROM settings WHERE key = 'client_salt'").get()).toEqual(before.salt);

      // The new parts work on the old rows.
      const inbox = createInboxStore(store.db);
      const first = present((before.inquiries as { reference: string }[])[0], "an inquiry stored by the first schema");
      expect(inbox.list({ page: 1 }).total).toBe(4);
      expect(inbox.countNew()).toBe(4);
      expect(inbox.addNote(first.reference, { id: "u1", name: "Ana Ruiz" }, "Called back")).toMatchObject({
        body: "Called back",
      });
      expect(inbox.setStatus(first.reference, "contacted")).toBe(true);
      createAuditLog(store.db).record({
        actorId: "u1",
        actorEmail: "ana@example.org",
        action: "inquiry-status-changed",
        target: first.reference,
        detail: "contacted",
        clientHash: null,
      });
      expect(store.db.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      store.close();
    }

    // Opening again finds nothing left to migrate.
    const reopened = openInquiryStore(dataDir);
    expect(reopened.migration).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    expect(reopened.allInquiries()).toHaveLength(4);
    reopened.close();
  });
});
