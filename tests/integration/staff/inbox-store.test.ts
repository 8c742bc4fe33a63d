import { afterEach, describe, expect, it } from "vitest";
import { INBOX_PAGE_SIZE, NOTE_MAX_LENGTH } from "@/lib/staff/inbox-store";
import { openStaffStores } from "../../support/staff-store";
import { present } from "../../support/present";

const HOUR = 60 * 60 * 1000;
const T0 = Date.UTC(2026, 10, 2, 17);
let stores: ReturnType<typeof openStaffStores>;
afterEach(() => stores?.close());

describe("the staff inbox on a real SQLite file", () => {
  it("lists newest first with what the list shows, and every inquiry starts New", () => {
    stores = openStaffStores();
    const older = stores.receive("Ana López", T0, { office: "encino", contactMethod: "phone", phone: "310 555 0100" });
    const newer = stores.receive("Ben Okafor", T0 + HOUR, { office: "west-los-angeles" });
    const { rows, total, page, pageCount } = stores.inbox.list({ page: 1 });
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

  it("filters by status and by office, together or apart, and counts New", () => {
    stores = openStaffStores();
    const a = stores.receive("Ana", T0, { office: "encino" });
    const b = stores.receive("Ben", T0 + 1, { office: "encino" });
    const c = stores.receive("Chloe", T0 + 2, { office: "telehealth" });
    expect(stores.inbox.setStatus(b, "contacted")).toBe(true);
    expect(stores.inbox.setStatus(c, "closed")).toBe(true);
    const references = (filter: Parameters<typeof stores.inbox.list>[0]) =>
      stores.inbox.list(filter).rows.map((row) => row.reference);
    expect(references({ page: 1, status: "new" })).toEqual([a]);
    expect(references({ page: 1, office: "encino" })).toEqual([b, a]);
    expect(references({ page: 1, status: "contacted", office: "encino" })).toEqual([b]);
    expect(references({ page: 1, status: "closed", office: "encino" })).toEqual([]);
    expect(stores.inbox.list({ page: 1, office: "encino" }).total).toBe(2);
    expect(stores.inbox.countNew()).toBe(1);
  });

  it("pages past 50, and answers a page out of range with the nearest page", () => {
    stores = openStaffStores();
    const references = Array.from({ length: INBOX_PAGE_SIZE + 7 }, (_, i) =>
      stores.receive(`Person ${String.fromCharCode(65 + (i % 26))}`, T0 + i * 1000),
    );
    const first = stores.inbox.list({ page: 1 });
    const second = stores.inbox.list({ page: 2 });
    expect(first).toMatchObject({ total: 57, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(INBOX_PAGE_SIZE);
    expect(second.rows.map((row) => row.reference)).toEqual(references.slice(0, 7).reverse());
    expect(first.rows[0]?.reference).toBe(references.at(-1));
    expect(stores.inbox.list({ page: 99 }).page).toBe(2);
    expect(stores.inbox.list({ page: 0 }).page).toBe(1);
    expect(stores.inbox.list({ page: Number.NaN }).page).toBe(1);
    expect(stores.inbox.list({ page: 1.5 }).page).toBe(1);
  });

  it("an empty inbox has one empty page", () => {
    stores = openStaffStores();
    expect(stores.inbox.list({ page: 3, status: "new" })).toEqual({ rows: [], total: 0, page: 1, pageCount: 1 });
    expect(stores.inbox.countNew()).toBe(0);
  });

  it("gets one inquiry with everything the visitor sent, its status, its notes in order and its notification", () => {
    stores = openStaffStores();
    const message = "<script>alert(1)</script>\nSecond line";
    const reference = stores.receive("Ana López", T0, {
      message,
      phone: "+1 310 555 0100",
      contactMethod: "text",
      heardFrom: "search",
    });
    expect(stores.inbox.setStatus(reference, "contacted", T0 + HOUR)).toBe(true);
    const first = stores.inbox.addNote(
      reference,
      { id: "u1", name: "Ana Ruiz" },
      "  Called, left a voicemail.  ",
      T0 + 2 * HOUR,
    );
    const second = stores.inbox.addNote(reference, { id: "u2", name: "Bo Chen" }, "Booked a consult.", T0 + 3 * HOUR);
    const detail = stores.inbox.get(reference)!;
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
    expect(stores.inbox.get("KAP-NOSUCH")).toBeUndefined();
  });

  it("keeps the time of the last real status change when the same status is set again", () => {
    stores = openStaffStores();
    const reference = stores.receive("Ana", T0);
    stores.inbox.setStatus(reference, "closed", T0 + 1000);
    stores.inbox.setStatus(reference, "closed", T0 + 5000);
    expect(stores.inbox.get(reference)).toMatchObject({ status: "closed", statusChangedAt: T0 + 1000 });
  });

  it("refuses a status that does not exist, in code and in the database", () => {
    stores = openStaffStores();
    const reference = stores.receive("Ana", T0);
    expect(() => stores.inbox.setStatus(reference, "archived" as never)).toThrow(/not an inquiry status/);
    expect(() => stores.store.db.prepare("UPDATE inquiries SET status = 'archived'").run()).toThrow(/CHECK constraint/);
    expect(stores.inbox.get(reference)!.status).toBe("new");
  });

  it("setStatus, addNote and erase on a reference that does not exist change nothing and say so", () => {
    stores = openStaffStores();
    const kept = stores.receive("Ana", T0);
    expect(stores.inbox.setStatus("KAP-NOSUCH", "closed")).toBe(false);
    expect(stores.inbox.addNote("KAP-NOSUCH", { id: "u1", name: "Ana Ruiz" }, "hello")).toBeUndefined();
    expect(stores.inbox.erase("KAP-NOSUCH")).toBe(false);
    expect(stores.inbox.get(kept)).toMatchObject({ status: "new", notes: [] });
    expect(stores.store.db.prepare("SELECT COUNT(*) AS n FROM inquiry_notes").get()).toEqual({ n: 0 });
  });

  it("refuses an empty or over-long note", () => {
    stores = openStaffStores();
    const reference = stores.receive("Ana", T0);
    expect(() => stores.inbox.addNote(reference, { id: "u1", name: "Ana Ruiz" }, "   ")).toThrow(RangeError);
    expect(() =>
      stores.inbox.addNote(reference, { id: "u1", name: "Ana Ruiz" }, "x".repeat(NOTE_MAX_LENGTH + 1)),
    ).toThrow(RangeError);
    expect(stores.inbox.get(reference)!.notes).toEqual([]);
  });

  it("erase removes the inquiry, its notes and its notification, and nothing of another inquiry", () => {
    stores = openStaffStores();
    const erased = stores.receive("Ana", T0);
    const kept = stores.receive("Ben", T0 + 1);
    stores.inbox.addNote(erased, { id: "u1", name: "Ana Ruiz" }, "to go");
    stores.inbox.addNote(kept, { id: "u1", name: "Ana Ruiz" }, "to stay");
    expect(stores.inbox.erase(erased)).toBe(true);
    expect(stores.inbox.get(erased)).toBeUndefined();
    expect(stores.inbox.erase(erased)).toBe(false);
    const count = (table: string) =>
      (stores.store.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect({ inquiries: count("inquiries"), notes: count("inquiry_notes"), outbox: count("outbox") }).toEqual({
      inquiries: 1,
      notes: 1,
      outbox: 1,
    });
    expect(stores.inbox.get(kept)!.notes.map((note) => note.body)).toEqual(["to stay"]);
  });

  it("shows a notification that needs attention until it goes out", () => {
    stores = openStaffStores();
    const reference = stores.receive("Ana", T0);
    const id = present(stores.store.allInquiries()[0], "the stored inquiry").id;
    expect(stores.store.markNeedsAttention(id, T0 + HOUR)).toBe(true);
    expect(stores.store.markNeedsAttention(id, T0 + 2 * HOUR)).toBe(false);
    expect(stores.inbox.list({ page: 1 }).rows[0]?.notificationNeedsAttention).toBe(true);
    expect(stores.inbox.get(reference)!.notification.needsAttention).toBe(true);
    stores.store.markSent(id, T0 + 3 * HOUR);
    expect(stores.inbox.list({ page: 1 }).rows[0]?.notificationNeedsAttention).toBe(false);
    expect(stores.inbox.get(reference)!.notification).toEqual({
      attempts: 0,
      sentAt: T0 + 3 * HOUR,
      needsAttention: false,
    });
  });

  it("exports every inquiry as CSV with its status, formulas neutralised and quotes kept", () => {
    stores = openStaffStores();
    const formula = stores.receive("Olda", T0, {
      message: '=HYPERLINK("http://evil.example")',
      phone: "+1 310 555 0100",
    });
    const quoted = stores.receive("Quinn", T0 + 1, { message: 'She said "hello",\nthen left.' });
    stores.inbox.setStatus(quoted, "contacted");
    const lines = stores.inbox.exportCsv().split("\r\n");
    expect(lines[0]).toBe(
      '"reference","received (UTC)","name","email","phone","contact method","office","heard from","message","staff emailed (UTC)","status"',
    );
    expect(lines[1]).toBe(
      `"${formula}","${new Date(T0).toISOString()}","Olda","olda@example.org","'+1 310 555 0100","email","encino","","'=HYPERLINK(""http://evil.example"")","","new"`,
    );
    expect(lines[2]).toContain('"She said ""hello"",\nthen left.","","contacted"');
    expect(lines.filter(Boolean)).toHaveLength(3);
  });

  it("lists the references of inquiries New since before a cutoff, and no other", () => {
    stores = openStaffStores();
    const oldNew = stores.receive("Ana", T0);
    const oldContacted = stores.receive("Ben", T0 + 1);
    stores.receive("Chloe", T0 + 2 * 24 * HOUR);
    stores.inbox.setStatus(oldContacted, "contacted");
    expect(stores.inbox.newOlderThan(T0 + 24 * HOUR)).toEqual([oldNew]);
  });
});
