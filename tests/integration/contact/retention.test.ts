import { mkdirSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createRetention } from "@/lib/inquiries/retention";
import { openInquiryStore, type InquiryStore } from "@/lib/inquiries/store";
import { BEFORE_RESTORE_KEPT_DAYS, backupsDir, EXPORTS_KEPT_DAYS, exportsDir } from "@/lib/store/backup";
import { DAY_MS } from "@/lib/store/daily";
import { openStaffStores, type StaffStores } from "../../support/staff-store";
import { countRows, DATABASES } from "../../support/store-databases";
import { present } from "../../support/present";

const NOW = Date.UTC(2026, 11, 2, 17);
const RETENTION_DAYS = 30;
let stores: StaffStores;
afterEach(() => stores?.close());

const logs: string[] = [];
const log = {
  info: (line: string) => logs.push(line),
  warn: (line: string) => logs.push(line),
  error: (line: string) => logs.push(line),
};
const retentionFor = (store: InquiryStore) =>
  createRetention({ store, dataDir: stores.dataDir, retentionDays: RETENTION_DAYS, log });
const references = async (store: InquiryStore = stores.store) =>
  (await store.allInquiries()).map((inquiry) => inquiry.reference).sort();
const rowCounts = async () => ({
  inquiries: await countRows(stores.store.db, "inquiries"),
  notes: await countRows(stores.store.db, "inquiry_notes"),
  outbox: await countRows(stores.store.db, "outbox"),
});

describe.each(DATABASES)("retention and the erasure ledger on %s", (database) => {
  it("at start, deletes every inquiry past RETENTION_DAYS, whether or not staff were ever emailed, with its notes and notification", async () => {
    stores = await openStaffStores(database);
    const oldSent = await stores.receive("Ana", NOW - (RETENTION_DAYS + 1) * DAY_MS);
    const neverSent = await stores.receive("Ben", NOW - (RETENTION_DAYS + 100) * DAY_MS);
    const recent = await stores.receive("Chloe", NOW - (RETENTION_DAYS - 1) * DAY_MS);
    const id = present(
      (await stores.store.allInquiries()).find((inquiry) => inquiry.reference === oldSent),
      "the emailed inquiry",
    ).id;
    await stores.store.markSent(id, NOW - RETENTION_DAYS * DAY_MS);
    for (const reference of [oldSent, neverSent, recent])
      await stores.inbox.addNote(reference, { id: "u1", name: "Ana Ruiz" }, "Called back");
    await stores.audit.record({
      actorId: "u1",
      actorEmail: "ana@example.org",
      action: "inquiry-opened",
      target: neverSent,
      detail: null,
      clientHash: null,
    });

    await retentionFor(stores.store).atStart(NOW);
    expect(await references()).toEqual([recent]);
    expect(await rowCounts()).toEqual({ inquiries: 1, notes: 1, outbox: 1 });
    expect((await stores.audit.list(1)).rows.map((row) => row.target)).toEqual([neverSent]);
  });

  it("at start, erases again every inquiry the erasure ledger names, as when a restored copy still holds it", async () => {
    stores = await openStaffStores(database);
    const erased = await stores.receive("Ana", NOW - DAY_MS);
    const kept = await stores.receive("Ben", NOW - DAY_MS);
    await stores.inbox.addNote(erased, { id: "u1", name: "Ana Ruiz" }, "to go");
    const copy = await stores.store.allInquiries();
    expect(await stores.inbox.erase(erased, NOW)).toBe(true);
    expect(await stores.store.db.selectFrom("erasures").selectAll().execute()).toEqual([
      { reference: erased, erased_at: NOW },
    ]);
    // The inquiry comes back, as it would from a backup made before the erasure.
    const back = present(
      copy.find((inquiry) => inquiry.reference === erased),
      "the erased inquiry's copy",
    );
    await stores.store.db
      .insertInto("inquiries")
      .values({
        id: back.id,
        reference: back.reference,
        idempotency_key: "restored",
        created_at: back.createdAt,
        client_hash: "client",
        name: back.name,
        email: back.email,
        phone: back.phone,
        contact_method: back.contactMethod,
        office: back.office,
        heard_from: back.heardFrom,
        message: back.message,
      })
      .execute();
    await stores.store.db.insertInto("outbox").values({ inquiry_id: back.id, next_attempt_at: NOW }).execute();
    await stores.inbox.addNote(erased, { id: "u1", name: "Ana Ruiz" }, "restored note");
    expect(await references()).toEqual([erased, kept].sort());

    await retentionFor(stores.store).atStart(NOW);
    expect(await references()).toEqual([kept]);
    expect(await rowCounts()).toEqual({ inquiries: 1, notes: 0, outbox: 1 });
    expect(logs.at(-1)).toBe(
      "[contact] erased again 1 inquiries named in the erasure ledger (a restored copy held them)",
    );
  });

  it("purges once a day: of two instances on one database checking at the same moment, one purges", async () => {
    stores = await openStaffStores(database);
    const other = await openInquiryStore(stores.settings);
    try {
      const outcomes = await Promise.all([retentionFor(stores.store).check(NOW), retentionFor(other).check(NOW)]);
      expect(outcomes.toSorted()).toEqual(["already-purged-today", "purged"]);
      // A restart the same day finds the day taken; the next day, the check purges what has aged past the limit since.
      const ageing = await stores.receive("Ana", NOW - (RETENTION_DAYS - 0.5) * DAY_MS);
      expect(await retentionFor(other).check(NOW + 3_600_000)).toBe("already-purged-today");
      expect(await references()).toEqual([ageing]);
      expect(await retentionFor(stores.store).check(NOW + DAY_MS)).toBe("purged");
      expect(await references()).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it(`deletes a database a restore replaced after ${BEFORE_RESTORE_KEPT_DAYS} days and an export after ${EXPORTS_KEPT_DAYS}, and nothing else`, async () => {
    stores = await openStaffStores(database);
    const { dataDir } = stores;
    const replacedAt = (days: number) =>
      `inquiries.sqlite.before-restore-${new Date(NOW - days * DAY_MS).toISOString().replace(/:/g, "-")}`;
    const expiredCopy = replacedAt(BEFORE_RESTORE_KEPT_DAYS + 1);
    const keptCopy = replacedAt(BEFORE_RESTORE_KEPT_DAYS - 1);
    for (const name of [expiredCopy, `${expiredCopy}-wal`, keptCopy, "notes.txt"])
      writeFileSync(path.join(dataDir, name), "copy");
    mkdirSync(exportsDir(dataDir));
    mkdirSync(backupsDir(dataDir));
    const writtenAt = { "old.csv": EXPORTS_KEPT_DAYS + 1, "new.csv": EXPORTS_KEPT_DAYS - 1 };
    for (const [name, days] of Object.entries(writtenAt)) {
      const file = path.join(exportsDir(dataDir), name);
      writeFileSync(file, "reference\r\n");
      utimesSync(file, new Date(NOW - days * DAY_MS), new Date(NOW - days * DAY_MS));
    }
    const backup = path.join(backupsDir(dataDir), "2026-01-01T03-00-00.000Z.sqlite");
    writeFileSync(backup, "backup");
    utimesSync(backup, new Date(NOW - 300 * DAY_MS), new Date(NOW - 300 * DAY_MS));
    const before = readdirSync(dataDir);

    const retention = retentionFor(stores.store);
    await retention.atStart(NOW);
    expect(readdirSync(dataDir).sort()).toEqual(
      before.filter((name) => name !== expiredCopy && name !== `${expiredCopy}-wal`).sort(),
    );
    expect(readdirSync(dataDir)).toContain(keptCopy);
    expect(readdirSync(exportsDir(dataDir))).toEqual(["new.csv"]);
    expect(readdirSync(backupsDir(dataDir)), "backups are kept by count, not age").toEqual([path.basename(backup)]);

    // The hourly check deletes what has aged since start, on every instance.
    await retention.check(NOW + 2 * DAY_MS);
    expect(readdirSync(dataDir)).not.toContain(keptCopy);
    expect(readdirSync(exportsDir(dataDir))).toEqual([]);
  });
});
