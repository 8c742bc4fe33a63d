import { execFileSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createContactHarness, VALID_FIELDS } from "../../support/contact-harness";

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

const count = (harness: Harness) =>
  (
    harness.store.db.prepare("SELECT (SELECT COUNT(*) FROM inquiries) + (SELECT COUNT(*) FROM outbox) AS n").get() as {
      n: number;
    }
  ).n;

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
function expectNotSavedAndVisitorKept(harness: Harness, state: unknown, code: RegExp) {
  expect(state).toEqual({ status: "unsaved", phone: harness.deps.phone, values: VALID_FIELDS });
  expect(count(harness)).toBe(0);
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
  expect(harness.store.allInquiries()).toHaveLength(1);
  expect(harness.store.outboxState()).toHaveLength(1);
}

describe("an inquiry the store cannot save", () => {
  it("database locked by another writer past the busy timeout (SQLITE_BUSY): the visitor keeps the form and gets the phone number", async () => {
    const harness = await harnessIn();
    // The server waits 5 s for a lock; a shorter wait keeps the test quick and fails with the same SQLITE_BUSY.
    harness.store.db.pragma("busy_timeout = 200");
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
    expectNotSavedAndVisitorKept(harness, state, /\(SQLITE_BUSY: database is locked\)/);
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
      expectNotSavedAndVisitorKept(harness, state, /\(SQLITE_IOERR[A-Z_]*: disk I\/O error\)/);
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
      expectNotSavedAndVisitorKept(harness, state, /\(SQLITE_FULL: database or disk is full\)/);
      rmSync(filler);
      await expectStoredOnRetry(harness, meta);
    },
  );
});
