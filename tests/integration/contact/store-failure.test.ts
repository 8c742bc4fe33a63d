import { execFileSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createContactHarness, VALID_FIELDS } from "../../support/contact-harness";
import { countRows, freshStoreSettings } from "../../support/store-databases";
import { startTcpRelay } from "../../support/tcp-relay";

type Harness = Awaited<ReturnType<typeof createContactHarness>>;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function harnessIn(dataDir?: string): Promise<Harness> {
  const harness = await createContactHarness({ dataDir });
  cleanups.push(() => harness.close());
  return harness;
}

const count = async (harness: Harness) =>
  (await countRows(harness.store.db, "inquiries")) + (await countRows(harness.store.db, "outbox"));

/** Whether this process may run a command: the immutable flag needs root (CAP_LINUX_IMMUTABLE), a mount CAP_SYS_ADMIN. */
function works(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
const probeDir = mkdtempSync(path.join(tmpdir(), "kap-probe-"));
const canMakeImmutable = works("chattr", ["+i", probeDir]) && works("chattr", ["-i", probeDir]);
const canMountTmpfs =
  works("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probeDir]) && works("umount", [probeDir]);
rmSync(probeDir, { recursive: true, force: true });

/** What every failure must look like: the phone number, the visitor's words back, nothing stored, an error logged without them. */
async function expectNotSavedAndVisitorKept(harness: Harness, state: unknown, code: RegExp) {
  expect(state).toEqual({ status: "unsaved", phone: harness.deps.phone, values: VALID_FIELDS });
  expect(await count(harness)).toBe(0);
  const errors = harness.logs.filter((line) => line.includes("could not be stored"));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(code);
  for (const line of harness.logs) {
    for (const value of [VALID_FIELDS.name, VALID_FIELDS.email, VALID_FIELDS.phone, VALID_FIELDS.message])
      expect(line).not.toContain(value);
    expect(line).not.toMatch(/KAP-/);
  }
}

/** The same form sent again once the store works: stored once, under a fresh reference. */
async function expectStoredOnRetry(harness: Harness, meta: Record<string, string>) {
  const retry = await harness.submit(VALID_FIELDS, {}, meta);
  expect(retry).toMatchObject({ status: "sent", reference: expect.stringMatching(/^KAP-/) });
  expect(await harness.store.allInquiries()).toHaveLength(1);
  expect(await harness.store.outboxState()).toHaveLength(1);
}

describe("an inquiry SQLite cannot save", () => {
  it("database locked by another writer past the busy timeout (SQLITE_BUSY): the visitor keeps the form and gets the phone number", async () => {
    const harness = await harnessIn();
    // The server waits 5 s for a lock; a shorter wait keeps the test quick and fails with the same SQLITE_BUSY.
    harness.store.sqlite!.pragma("busy_timeout = 200");
    const otherWriter = new Database(path.join(harness.dataDir, "inquiries.sqlite"));
    otherWriter.exec("BEGIN IMMEDIATE");
    const meta = { formKey: "render-locked" };
    let state;
    try {
      state = await harness.submit(VALID_FIELDS, {}, meta);
    } finally {
      otherWriter.exec("ROLLBACK");
      otherWriter.close();
    }
    await expectNotSavedAndVisitorKept(harness, state, /\(SQLITE_BUSY: database is locked\)/);
    await expectStoredOnRetry(harness, meta);
  });

  // Root ignores file modes, so the database's write-ahead log is made immutable instead: every write to it fails.
  it.skipIf(!canMakeImmutable)(
    "an unwritable database file (the write-ahead log made immutable, SQLITE_IOERR): the visitor keeps the form",
    async () => {
      const harness = await harnessIn();
      const wal = path.join(harness.dataDir, "inquiries.sqlite-wal");
      execFileSync("chattr", ["+i", wal]);
      const meta = { formKey: "render-unwritable" };
      let state;
      try {
        state = await harness.submit(VALID_FIELDS, {}, meta);
      } finally {
        execFileSync("chattr", ["-i", wal]);
      }
      await expectNotSavedAndVisitorKept(harness, state, /\(SQLITE_IOERR[A-Z_]*: disk I\/O error\)/);
      await expectStoredOnRetry(harness, meta);
    },
  );

  it.skipIf(!canMountTmpfs)(
    "a full disk (DATA_DIR on a small tmpfs filled to the last byte, SQLITE_FULL): the visitor keeps the form",
    async () => {
      const parent = mkdtempSync(path.join(tmpdir(), "kap-full-"));
      const dataDir = path.join(parent, "data");
      mkdirSync(dataDir);
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", dataDir]);
      cleanups.push(() => {
        execFileSync("umount", [dataDir]);
        rmSync(parent, { recursive: true, force: true });
      });
      const harness = await harnessIn(dataDir);
      const filler = path.join(dataDir, "filler");
      const fd = openSync(filler, "w");
      try {
        const block = Buffer.alloc(4096, 1);
        for (;;) writeSync(fd, block);
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe("ENOSPC");
      } finally {
        closeSync(fd);
      }
      const meta = { formKey: "render-full" };
      const state = await harness.submit(VALID_FIELDS, {}, meta);
      await expectNotSavedAndVisitorKept(harness, state, /\(SQLITE_FULL: database or disk is full\)/);
      rmSync(filler);
      await expectStoredOnRetry(harness, meta);
    },
  );
});

describe("an inquiry PostgreSQL cannot save", () => {
  it("PostgreSQL out of reach: every visitor keeps the form and gets the phone number, the outage is logged once, and saving resumes when it is back", async () => {
    const { settings, remove } = await freshStoreSettings("postgres");
    cleanups.push(remove);
    const url = new URL(settings.databaseUrl!);
    const relay = await startTcpRelay(Number(url.port));
    cleanups.push(() => relay.stop());
    url.port = String(relay.port);
    const harness = await createContactHarness({ settings: { ...settings, databaseUrl: url.href } });
    cleanups.push(() => harness.close());

    await relay.cut();
    const during = [];
    for (const formKey of ["render-a", "render-b", "render-c"])
      during.push(await harness.submit(VALID_FIELDS, {}, { formKey }));
    for (const state of during)
      expect(state).toEqual({ status: "unsaved", phone: harness.deps.phone, values: VALID_FIELDS });
    const errors = harness.logs.filter((line) => line.includes("could not be stored"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/\((Error )?(ECONNREFUSED|ECONNRESET)|Connection terminated/);
    expect(errors[0]).toContain("Check that PostgreSQL (DATABASE_URL) is running");
    for (const line of harness.logs)
      for (const value of [VALID_FIELDS.name, VALID_FIELDS.email, VALID_FIELDS.phone, VALID_FIELDS.message])
        expect(line).not.toContain(value);

    await relay.restore();
    expect(await harness.submit(VALID_FIELDS, {}, { formKey: "render-a" })).toMatchObject({ status: "sent" });
    expect(harness.logs.filter((line) => line.includes("being stored again"))).toEqual([
      expect.stringMatching(/3 submission\(s\) could not be saved/),
    ]);
    expect(await harness.store.allInquiries()).toHaveLength(1);
  });
});
