import { spawnSync } from "node:child_process";
import { statSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openInquiryStore } from "@/lib/inquiries/store";
import { createAuditLog } from "@/lib/staff/audit-log";
import { createInboxStore } from "@/lib/inquiries/inbox";
import type { Contact } from "@/lib/inquiries/schema";
import { present } from "../../support/present";
import { countRows, DATABASES, freshStoreSettings } from "../../support/store-databases";
import type { StoreSettings } from "@/lib/store/database";

const DAY = 24 * 60 * 60 * 1000;
const contact = (name: string, message = ""): Contact => ({
  name,
  email: `${name.toLowerCase()}@example.org`,
  phone: "",
  contactMethod: "email",
  office: "encino",
  heardFrom: "",
  message,
  consent: true,
});

let settings: StoreSettings;
let remove: (() => Promise<void>) | undefined;
afterEach(async () => remove?.());

/** Runs an npm script the way staff do, against this test's database, with the settings a server on it would have. */
function run(script: string, args: string[] = [], env: Record<string, string> = {}) {
  const database = settings.databaseUrl
    ? {
        DATABASE_URL: settings.databaseUrl,
        NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "dGVzdC1rZXktdGhpcnR5LXR3by1ieXRlcy1sb25nISE=",
      }
    : {};
  const result = spawnSync("npm", ["run", "-s", script, "--", ...args], {
    env: { ...process.env, DATA_DIR: settings.dataDir, ...database, ...env },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`${script} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

async function seed() {
  const store = await openInquiryStore(settings);
  const now = Date.now();
  const old = await store.saveInquiry(
    contact("Olda", '=HYPERLINK("http://evil.example")'),
    "k-old",
    "h",
    now - 200 * DAY,
  );
  const oldUnsent = await store.saveInquiry(
    contact("Unsent", 'She said "hello",\nthen left.'),
    "k-unsent",
    "h",
    now - 200 * DAY,
  );
  const recent = await store.saveInquiry(contact("Recent"), "k-recent", "h", now - DAY);
  const ids = Object.fromEntries((await store.allInquiries()).map((inquiry) => [inquiry.reference, inquiry.id]));
  await store.markSent(present(ids[old.reference], old.reference), now - 199 * DAY);
  await store.markSent(present(ids[recent.reference], recent.reference), now - DAY);
  await store.close();
  return { old: old.reference, oldUnsent: oldUnsent.reference, recent: recent.reference };
}

describe.each(DATABASES)("staff commands on %s", (database) => {
  beforeEach(async () => {
    ({ settings, remove } = await freshStoreSettings(database));
  });

  it("inquiries:export writes every inquiry as CSV, with formulas neutralised and quotes kept", async () => {
    const refs = await seed();
    const csv = run("inquiries:export", ["--out", "-"]);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      '"reference","received (UTC)","name","email","phone","contact method","office","heard from","message","staff emailed (UTC)","status"',
    );
    expect(csv).toContain(`"${refs.old}"`);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv).toContain('"She said ""hello"",\nthen left."');
    expect(csv.match(/"KAP-/g)).toHaveLength(3);
  });

  it("inquiries:export writes a file only its owner can read", async () => {
    await seed();
    const out = path.join(settings.dataDir, "out", "export.csv");
    expect(run("inquiries:export", ["--out", out])).toContain("Exported 3 inquiries");
    expect(statSync(out).mode & 0o077).toBe(0);
    expect(readFileSync(out, "utf8").split("\r\n").filter(Boolean)).toHaveLength(4);
  });

  it("inquiries:purge deletes old inquiries, emailed or not, with their notes and notifications, and keeps recent ones and every audit entry", async () => {
    const refs = await seed();
    const before = await openInquiryStore(settings);
    await createAuditLog(before.db).record({
      actorId: "u1",
      actorEmail: "ana@example.org",
      action: "inquiry-opened",
      target: refs.old,
      detail: null,
      clientHash: "h",
    });
    const inbox = createInboxStore(before);
    for (const reference of [refs.old, refs.oldUnsent, refs.recent])
      await inbox.addNote(reference, { id: "u1", name: "Ana Ruiz" }, "Called back");
    await before.close();
    const output = run("inquiries:purge", [], { RETENTION_DAYS: "30" });
    expect(output).toContain("Deleted 2 inquiries");
    const store = await openInquiryStore(settings);
    const left = (await store.allInquiries()).map((inquiry) => inquiry.reference);
    const rows = { notes: await countRows(store.db, "inquiry_notes"), outbox: await countRows(store.db, "outbox") };
    const audit = (await createAuditLog(store.db).list(1)).rows;
    await store.close();
    expect(left).toEqual([refs.recent]);
    expect(rows).toEqual({ notes: 1, outbox: 1 });
    expect(audit).toEqual([expect.objectContaining({ action: "inquiry-opened", target: refs.old })]);
  });
});
