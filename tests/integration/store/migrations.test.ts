import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database as StoreTables } from "@/lib/store/schema";
import { afterEach, describe, expect, it } from "vitest";
import { migrate, SCHEMA_VERSION } from "@/lib/store/migrations";
import { openInquiryStore } from "@/lib/inquiries/store";
import { createAuditLog } from "@/lib/staff/audit-log";
import { createInboxStore } from "@/lib/inquiries/inbox";
import { present } from "../../support/present";
import { schemaShape } from "../../support/schema-shape";
import { freshStoreSettings } from "../../support/store-databases";

// Written by the code of commit 283642f, schema version 1 (tests/fixtures/README.md).
const V1_FIXTURE = path.resolve("tests/fixtures/store/inquiries-v1.sqlite");
// Written by the code of commit 63b809b, schema version 3, the last release before Kysely (tests/fixtures/README.md).
const V3_FIXTURE = path.resolve("tests/fixtures/store/inquiries-v3.sqlite");

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
  it("upgrades in place to the current schema and keeps every inquiry, notification and the salt", async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "kap-upgrade-"));
    const file = path.join(dataDir, "inquiries.sqlite");
    copyFileSync(V1_FIXTURE, file);
    const before = readV1(file);
    expect(before.version).toBe(1);
    expect(before.inquiries).toHaveLength(4);

    const store = await openInquiryStore(dataDir);
    try {
      expect(store.migration).toEqual({ from: 1, to: SCHEMA_VERSION });
      const sqlite = store.sqlite!;
      const upgraded = sqlite.prepare("SELECT * FROM inquiries ORDER BY id").all() as Record<string, unknown>[];
      expect(upgraded).toEqual(before.inquiries.map((row) => ({ ...row, status: "new", status_changed_at: null })));
      expect(
        sqlite
          .prepare("SELECT inquiry_id, attempts, next_attempt_at, sent_at, last_error FROM outbox ORDER BY inquiry_id")
          .all(),
      ).toEqual(before.outbox);
      expect(sqlite.prepare("SELECT value FROM settings WHERE key = 'client_salt'").get()).toEqual(before.salt);

      // The new parts work on the old rows.
      const inbox = createInboxStore(store);
      const first = present((before.inquiries as { reference: string }[])[0], "an inquiry stored by the first schema");
      expect((await inbox.list({ page: 1 })).total).toBe(4);
      expect(await inbox.countNew()).toBe(4);
      expect(await inbox.addNote(first.reference, { id: "u1", name: "Ana Ruiz" }, "Called back")).toMatchObject({
        body: "Called back",
      });
      expect(await inbox.setStatus(first.reference, "contacted")).toBe(true);
      await createAuditLog(store.db).record({
        actorId: "u1",
        actorEmail: "ana@example.org",
        action: "inquiry-status-changed",
        target: first.reference,
        detail: "contacted",
        clientHash: null,
      });
      expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      await store.close();
    }

    // Opening again finds nothing left to migrate.
    const reopened = await openInquiryStore(dataDir);
    expect(reopened.migration).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    expect(await reopened.allInquiries()).toHaveLength(4);
    await reopened.close();
  });
});

/** The schema of a store made fresh by this code, on either database. */
async function freshShape(kind: "sqlite" | "postgres") {
  const { settings, remove } = await freshStoreSettings(kind);
  const store = await openInquiryStore(settings);
  try {
    return await schemaShape(store.db, kind);
  } finally {
    await store.close();
    await remove();
  }
}

describe("every way to the current schema ends at the same schema", () => {
  it("SQLite: a fresh file, one upgraded from the first schema, and one written by the last release (version 3)", async () => {
    const fresh = await freshShape("sqlite");
    dataDir = mkdtempSync(path.join(tmpdir(), "kap-shapes-"));
    const shapes = [];
    for (const fixture of [V1_FIXTURE, V3_FIXTURE]) {
      const folder = mkdtempSync(path.join(dataDir, "from-"));
      copyFileSync(fixture, path.join(folder, "inquiries.sqlite"));
      const store = await openInquiryStore(folder);
      shapes.push(await schemaShape(store.db, "sqlite"));
      await store.close();
    }
    expect(shapes[0]).toEqual(fresh);
    expect(shapes[1]).toEqual(fresh);
  });

  it("SQLite: a file written by the last release keeps its rows and works with this code", async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "kap-v3-"));
    copyFileSync(V3_FIXTURE, path.join(dataDir, "inquiries.sqlite"));
    const store = await openInquiryStore(dataDir);
    try {
      expect(store.migration).toEqual({ from: 3, to: SCHEMA_VERSION });
      const inbox = createInboxStore(store);
      const [only] = await store.allInquiries();
      const detail = await inbox.get(present(only, "the release's inquiry").reference);
      expect(detail).toMatchObject({ name: "Ana López", status: "contacted", notes: [{ body: "Called back" }] });
      expect((await createAuditLog(store.db).list(1)).total).toBe(1);
    } finally {
      await store.close();
    }
  });

  it("PostgreSQL: a fresh database and one from the previous version (stopped at version 2, with a row) end the same", async () => {
    const fresh = await freshShape("postgres");
    const { settings, remove } = await freshStoreSettings("postgres");
    try {
      const url = settings.databaseUrl!;
      const older = new Kysely<StoreTables>({
        dialect: new PostgresDialect({
          pool: new pg.Pool({ connectionString: url, options: new URL(url).searchParams.get("options") ?? "" }),
        }),
      });
      expect(await migrate(older, "postgres", 2)).toEqual({ from: 0, to: 2 });
      await older
        .insertInto("inquiries")
        .values({
          reference: "KAP-OLD234",
          idempotency_key: "k",
          created_at: 1,
          client_hash: "h",
          name: "Ana",
          email: "ana@example.org",
          phone: "",
          contact_method: "email",
          office: "encino",
          heard_from: "",
          message: "",
        })
        .execute();
      await older.destroy();

      const store = await openInquiryStore(settings);
      try {
        expect(store.migration).toEqual({ from: 2, to: SCHEMA_VERSION });
        expect(await schemaShape(store.db, "postgres")).toEqual(fresh);
        expect((await store.allInquiries()).map((inquiry) => inquiry.reference)).toEqual(["KAP-OLD234"]);
      } finally {
        await store.close();
      }
      const reopened = await openInquiryStore(settings);
      expect(reopened.migration).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
      await reopened.close();
    } finally {
      await remove();
    }
  });
});
