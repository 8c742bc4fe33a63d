import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { INBOX_PAGE_SIZE, NOTE_MAX_LENGTH } from "@/lib/inquiries/inbox";
import { openStaffStores, type StaffStores } from "../../support/staff-store";
import { countRows, DATABASES } from "../../support/store-databases";
import { present } from "../../support/present";

const HOUR = 60 * 60 * 1000;
const T0 = Date.UTC(2026, 10, 2, 17);
let stores: StaffStores;
afterEach(() => stores?.close());

describe.each(DATABASES)("the staff inbox on %s", (database) => {
  it("lists newest first with what the list shows, and every inquiry starts New", async () => {
    stores = await openStaffStores(database);
    const older = await stores.receive("Ana López", T0, {
      office: "encino",
      contactMethod: "phone",
      phone: "310 555 0100",
    });
    const newer = await stores.receive("Ben Okafor", T0 + HOUR, { office: "west-los-angeles" });
    const { rows, total, page, pageCount } = await stores.inbox.list({ page: 1 });
    expect({ total, page, pageCount }).toEqual({ total: 2, page: 1, pageCount: 1 });
    expect(rows).toEqual([
      {
        reference: newer,
        createdAt: T0 + HOUR,
        name: "Ben Okafor",
        office: "west-los-angeles",
        contactMethod: "email",
        status: "new",
        notificationNeedsAttention: false,
      },
      {
        reference: older,
        createdAt: T0,
        name: "Ana López",
        office: "encino",
        contactMethod: "phone",
        status: "new",
        notificationNeedsAttention: false,
      },
    ]);
  });

  it("filters by status and by office, together or apart, and counts New", async () => {
    stores = await openStaffStores(database);
    const a = await stores.receive("Ana", T0, { office: "encino" });
    const b = await stores.receive("Ben", T0 + 1, { office: "encino" });
    const c = await stores.receive("Chloe", T0 + 2, { office: "telehealth" });
    expect(await stores.inbox.setStatus(b, "contacted")).toBe(true);
    expect(await stores.inbox.setStatus(c, "closed")).toBe(true);
    const references = async (filter: Parameters<typeof stores.inbox.list>[0]) =>
      (await stores.inbox.list(filter)).rows.map((row) => row.reference);
    expect(await references({ page: 1, status: "new" })).toEqual([a]);
    expect(await references({ page: 1, office: "encino" })).toEqual([b, a]);
    expect(await references({ page: 1, status: "contacted", office: "encino" })).toEqual([b]);
    expect(await references({ page: 1, status: "closed", office: "encino" })).toEqual([]);
    expect((await stores.inbox.list({ page: 1, office: "encino" })).total).toBe(2);
    expect(await stores.inbox.countNew()).toBe(1);
  });

  it("pages past 50, and answers a page out of range with the nearest page", async () => {
    stores = await openStaffStores(database);
    const references: string[] = [];
    for (let i = 0; i < INBOX_PAGE_SIZE + 7; i++)
      references.push(await stores.receive(`Person ${String.fromCharCode(65 + (i % 26))}`, T0 + i * 1000));
    const first = await stores.inbox.list({ page: 1 });
    const second = await stores.inbox.list({ page: 2 });
    expect(first).toMatchObject({ total: 57, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(INBOX_PAGE_SIZE);
    expect(second.rows.map((row) => row.reference)).toEqual(references.slice(0, 7).reverse());
    expect(first.rows[0]?.reference).toBe(references.at(-1));
    expect((await stores.inbox.list({ page: 99 })).page).toBe(2);
    expect((await stores.inbox.list({ page: 0 })).page).toBe(1);
    expect((await stores.inbox.list({ page: Number.NaN })).page).toBe(1);
    expect((await stores.inbox.list({ page: 1.5 })).page).toBe(1);
  });

  it("an empty inbox has one empty page", async () => {
    stores = await openStaffStores(database);
    expect(await stores.inbox.list({ page: 3, status: "new" })).toEqual({ rows: [], total: 0, page: 1, pageCount: 1 });
    expect(await stores.inbox.countNew()).toBe(0);
  });

  it("gets one inquiry with everything the visitor sent, its status, its notes in order and its notification", async () => {
    stores = await openStaffStores(database);
    const message = "<script>alert(1)</script>\nSecond line";
    const reference = await stores.receive("Ana López", T0, {
      message,
      phone: "+1 310 555 0100",
      contactMethod: "text",
      heardFrom: "search",
    });
    expect(await stores.inbox.setStatus(reference, "contacted", T0 + HOUR)).toBe(true);
    const first = await stores.inbox.addNote(
      reference,
      { id: "u1", name: "Ana Ruiz" },
      "  Called, left a voicemail.  ",
      T0 + 2 * HOUR,
    );
    const second = await stores.inbox.addNote(
      reference,
      { id: "u2", name: "Bo Chen" },
      "Booked a consult.",
      T0 + 3 * HOUR,
    );
    const detail = (await stores.inbox.get(reference))!;
    expect(detail).toMatchObject({
      reference,
      createdAt: T0,
      name: "Ana López",
      email: "ana.l.pez@example.org",
      phone: "+1 310 555 0100",
      contactMethod: "text",
      office: "encino",
      heardFrom: "search",
      message,
      status: "contacted",
      statusChangedAt: T0 + HOUR,
      notification: { attempts: 0, sentAt: null, needsAttention: false },
    });
    expect(detail.notes).toEqual([
      {
        id: first!.id,
        authorId: "u1",
        authorName: "Ana Ruiz",
        createdAt: T0 + 2 * HOUR,
        body: "Called, left a voicemail.",
      },
      { id: second!.id, authorId: "u2", authorName: "Bo Chen", createdAt: T0 + 3 * HOUR, body: "Booked a consult." },
    ]);
    expect(await stores.inbox.get("KAP-NOSUCH")).toBeUndefined();
  });

  it("keeps the time of the last real status change when the same status is set again", async () => {
    stores = await openStaffStores(database);
    const reference = await stores.receive("Ana", T0);
    await stores.inbox.setStatus(reference, "closed", T0 + 1000);
    await stores.inbox.setStatus(reference, "closed", T0 + 5000);
    expect(await stores.inbox.get(reference)).toMatchObject({ status: "closed", statusChangedAt: T0 + 1000 });
  });

  it("refuses a status that does not exist, in code and in the database", async () => {
    stores = await openStaffStores(database);
    const reference = await stores.receive("Ana", T0);
    await expect(stores.inbox.setStatus(reference, "archived" as never)).rejects.toThrow(/not an inquiry status/);
    await expect(sql`UPDATE inquiries SET status = 'archived'`.execute(stores.store.db)).rejects.toThrow(
      /CHECK constraint|violates check constraint/,
    );
    expect((await stores.inbox.get(reference))!.status).toBe("new");
  });

  it("setStatus, addNote and erase on a reference that does not exist change nothing and say so", async () => {
    stores = await openStaffStores(database);
    const kept = await stores.receive("Ana", T0);
    expect(await stores.inbox.setStatus("KAP-NOSUCH", "closed")).toBe(false);
    expect(await stores.inbox.addNote("KAP-NOSUCH", { id: "u1", name: "Ana Ruiz" }, "hello")).toBeUndefined();
    expect(await stores.inbox.erase("KAP-NOSUCH")).toBe(false);
    expect(await stores.inbox.get(kept)).toMatchObject({ status: "new", notes: [] });
    expect(await countRows(stores.store.db, "inquiry_notes")).toBe(0);
  });

  it("refuses an empty or over-long note", async () => {
    stores = await openStaffStores(database);
    const reference = await stores.receive("Ana", T0);
    await expect(stores.inbox.addNote(reference, { id: "u1", name: "Ana Ruiz" }, "   ")).rejects.toThrow(RangeError);
    await expect(
      stores.inbox.addNote(reference, { id: "u1", name: "Ana Ruiz" }, "x".repeat(NOTE_MAX_LENGTH + 1)),
    ).rejects.toThrow(RangeError);
    expect((await stores.inbox.get(reference))!.notes).toEqual([]);
  });

  it("erase removes the inquiry, its notes and its notification, and nothing of another inquiry, and records it in the erasure ledger", async () => {
    stores = await openStaffStores(database);
    const erased = await stores.receive("Ana", T0);
    const kept = await stores.receive("Ben", T0 + 1);
    await stores.inbox.addNote(erased, { id: "u1", name: "Ana Ruiz" }, "to go");
    await stores.inbox.addNote(kept, { id: "u1", name: "Ana Ruiz" }, "to stay");
    expect(await stores.inbox.erase(erased, T0 + HOUR)).toBe(true);
    expect(await stores.inbox.get(erased)).toBeUndefined();
    expect(await stores.inbox.erase(erased, T0 + 2 * HOUR)).toBe(false);
    expect(
      await stores.store.db.selectFrom("erasures").selectAll().execute(),
      "the erasure ledger keeps the reference and the time, nothing else",
    ).toEqual([{ reference: erased, erased_at: T0 + HOUR }]);
    const count = (table: "inquiries" | "inquiry_notes" | "outbox") => countRows(stores.store.db, table);
    expect({
      inquiries: await count("inquiries"),
      notes: await count("inquiry_notes"),
      outbox: await count("outbox"),
    }).toEqual({
      inquiries: 1,
      notes: 1,
      outbox: 1,
    });
    expect((await stores.inbox.get(kept))!.notes.map((note) => note.body)).toEqual(["to stay"]);
  });

  it("shows a notification that needs attention until it goes out", async () => {
    stores = await openStaffStores(database);
    const reference = await stores.receive("Ana", T0);
    const id = present((await stores.store.allInquiries())[0], "the stored inquiry").id;
    expect(await stores.store.markNeedsAttention(id, T0 + HOUR)).toBe(true);
    expect(await stores.store.markNeedsAttention(id, T0 + 2 * HOUR)).toBe(false);
    expect((await stores.inbox.list({ page: 1 })).rows[0]?.notificationNeedsAttention).toBe(true);
    expect((await stores.inbox.get(reference))!.notification.needsAttention).toBe(true);
    await stores.store.markSent(id, T0 + 3 * HOUR);
    expect((await stores.inbox.list({ page: 1 })).rows[0]?.notificationNeedsAttention).toBe(false);
    expect((await stores.inbox.get(reference))!.notification).toEqual({
      attempts: 0,
      sentAt: T0 + 3 * HOUR,
      needsAttention: false,
    });
  });

  it("exports every inquiry as CSV with its status, formulas neutralised and quotes kept", async () => {
    stores = await openStaffStores(database);
    const formula = await stores.receive("Olda", T0, {
      message: '=HYPERLINK("http://evil.example")',
      phone: "+1 310 555 0100",
    });
    const quoted = await stores.receive("Quinn", T0 + 1, { message: 'She said "hello",\nthen left.' });
    await stores.inbox.setStatus(quoted, "contacted");
    const lines = (await stores.inbox.exportCsv()).split("\r\n");
    expect(lines[0]).toBe(
      '"reference","received (UTC)","name","email","phone","contact method","office","heard from","message","staff emailed (UTC)","status"',
    );
    expect(lines[1]).toBe(
      `"${formula}","${new Date(T0).toISOString()}","Olda","olda@example.org","'+1 310 555 0100","email","encino","","'=HYPERLINK(""http://evil.example"")","","new"`,
    );
    expect(lines[2]).toContain('"She said ""hello"",\nthen left.","","contacted"');
    expect(lines.filter(Boolean)).toHaveLength(3);
  });

  it("lists the references of inquiries New since before a cutoff, and no other", async () => {
    stores = await openStaffStores(database);
    const oldNew = await stores.receive("Ana", T0);
    const oldContacted = await stores.receive("Ben", T0 + 1);
    await stores.receive("Chloe", T0 + 2 * 24 * HOUR);
    await stores.inbox.setStatus(oldContacted, "contacted");
    expect(await stores.inbox.newOlderThan(T0 + 24 * HOUR)).toEqual([oldNew]);
  });
});
