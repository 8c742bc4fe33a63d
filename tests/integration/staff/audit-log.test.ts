import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { AUDIT_PAGE_SIZE } from "@/lib/staff/audit-log";
import { openStaffStores, type StaffStores } from "../../support/staff-store";
import { DATABASES } from "../../support/store-databases";
import { present } from "../../support/present";

const T0 = Date.UTC(2026, 10, 2, 17);
const entry = {
  actorId: "u1",
  actorEmail: "ana@example.org",
  action: "inquiry-opened" as const,
  target: "KAP-ABC234",
  detail: null,
  clientHash: "h1",
};
let stores: StaffStores;
afterEach(() => stores?.close());

describe.each(DATABASES)("the audit log on %s", (database) => {
  it("records what a signed-in staff member did under their id, email and hashed address", async () => {
    stores = await openStaffStores(database);
    await stores.audit.byStaff(
      { id: "u9", email: "sam@example.org", clientHash: "h9" },
      "inquiry-opened",
      "KAP-XYZ234",
    );
    const [row] = (await stores.audit.list(1)).rows;
    expect(row).toMatchObject({
      actorId: "u9",
      actorEmail: "sam@example.org",
      action: "inquiry-opened",
      target: "KAP-XYZ234",
      detail: null,
      clientHash: "h9",
    });
  });

  it("records entries and lists them newest first, 50 a page", async () => {
    stores = await openStaffStores(database);
    for (let i = 0; i < AUDIT_PAGE_SIZE + 3; i++)
      await stores.audit.record({ ...entry, target: `KAP-${i}`, at: T0 + i });
    const first = await stores.audit.list(1);
    expect(first).toMatchObject({ total: 53, page: 1, pageCount: 2 });
    expect(first.rows[0]).toEqual({
      id: 53,
      at: T0 + 52,
      actorId: "u1",
      actorEmail: "ana@example.org",
      action: "inquiry-opened",
      target: "KAP-52",
      detail: null,
      clientHash: "h1",
    });
    expect((await stores.audit.list(2)).rows.map((row) => row.target)).toEqual(["KAP-2", "KAP-1", "KAP-0"]);
    expect((await stores.audit.list(7)).page).toBe(2);
  });

  it("is append-only: the database refuses to change or delete an entry", async () => {
    stores = await openStaffStores(database);
    await stores.audit.record({ ...entry, at: T0 });
    await expect(
      sql`UPDATE audit_log SET actor_email = 'someone@else.example'`.execute(stores.store.db),
    ).rejects.toThrow(/append-only: entries cannot be changed/);
    await expect(sql`DELETE FROM audit_log`.execute(stores.store.db)).rejects.toThrow(
      /append-only: entries cannot be deleted/,
    );
    expect((await stores.audit.list(1)).rows).toEqual([
      expect.objectContaining({ actorEmail: "ana@example.org", at: T0 }),
    ]);
  });

  it("refuses an action that is not in the list", async () => {
    stores = await openStaffStores(database);
    await expect(stores.audit.record({ ...entry, action: "inquiry-sold" as never })).rejects.toThrow(
      /not an audit action/,
    );
    expect((await stores.audit.list(1)).total).toBe(0);
  });

  it("keeps entries about an inquiry after it is erased or purged", async () => {
    stores = await openStaffStores(database);
    const erased = await stores.receive("Ana", T0);
    const purged = await stores.receive("Ben", T0 + 1);
    await stores.store.markSent(present((await stores.store.allInquiries())[1], "the second inquiry").id, T0 + 2);
    await stores.audit.record({ ...entry, target: erased, action: "inquiry-deleted" });
    await stores.audit.record({ ...entry, target: purged, action: "inquiry-status-changed", detail: "closed" });
    expect(await stores.inbox.erase(erased)).toBe(true);
    expect((await stores.store.purgeOlderThan(T0 + 1000)).deleted).toBe(1);
    expect(await stores.store.allInquiries()).toEqual([]);
    expect((await stores.audit.list(1)).rows.map((row) => row.target)).toEqual([purged, erased]);
  });

  it("exports CSV oldest first with the formula guard", async () => {
    stores = await openStaffStores(database);
    await stores.audit.record({ ...entry, at: T0 });
    await stores.audit.record({
      ...entry,
      actorEmail: "=cmd@example.org",
      action: "sign-in-failed",
      target: null,
      at: T0 + 1,
    });
    const lines = (await stores.audit.exportCsv()).split("\r\n");
    expect(lines[0]).toBe('"id","at (UTC)","actor id","actor email","action","target","detail","client address hash"');
    expect(lines[1]).toBe(
      `"1","${new Date(T0).toISOString()}","u1","ana@example.org","inquiry-opened","KAP-ABC234","","h1"`,
    );
    expect(lines[2]).toBe(
      `"2","${new Date(T0 + 1).toISOString()}","u1","'=cmd@example.org","sign-in-failed","","","h1"`,
    );
  });
});
