import { execFile, spawn } from "node:child_process";
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "@/lib/store/migrations";
import { openInquiryStore } from "@/lib/inquiries/store";
import { BACKUPS_KEPT, backupDatabase, backupsDir, restoreDatabase } from "@/lib/store/backup";
import { createInboxStore } from "@/lib/inquiries/inbox";
import { contactFor } from "../../support/contact-fixture";
import { present } from "../../support/present";

const run = promisify(execFile);
// Written by the code of commit 63b809b, schema version 3, before the erasure ledger (tests/fixtures/README.md).
const V3_FIXTURE = path.resolve("tests/fixtures/store/inquiries-v3.sqlite");
let dataDir: string;
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs an npm script the way staff do, against this test's DATA_DIR; resolves with its output, whatever its exit code. */
async function npm(script: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run("npm", ["run", "-s", script, "--", ...args], {
      env: { ...process.env, DATA_DIR: dataDir },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** Stores `count` inquiries with their notifications, in one SQLite transaction (backups are SQLite's alone). */
async function seed(count: number) {
  const store = await openInquiryStore(dataDir);
  const sqlite = store.sqlite!;
  const inquiry = sqlite.prepare(
    `INSERT INTO inquiries (reference, idempotency_key, created_at, client_hash, name, email, phone, contact_method, office, heard_from, message)
     VALUES (?, ?, ?, 'seed', ?, ?, '', 'email', 'encino', '', ?)`,
  );
  const notification = sqlite.prepare("INSERT INTO outbox (inquiry_id, next_attempt_at) VALUES (?, ?)");
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const contact = contactFor(`Seed ${i}`, { message: "x".repeat(500) });
      const now = Date.now();
      const { lastInsertRowid } = inquiry.run(
        `KAP-S${i}`,
        `seed-${i}`,
        now,
        contact.name,
        contact.email,
        contact.message,
      );
      notification.run(lastInsertRowid, now);
    }
  })();
  await store.close();
}

function read(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return {
      references: new Set(db.prepare("SELECT reference FROM inquiries").pluck().all() as string[]),
      withoutNotification: db
        .prepare(
          "SELECT COUNT(*) FROM inquiries i LEFT JOIN outbox o ON o.inquiry_id = i.id WHERE o.inquiry_id IS NULL",
        )
        .pluck()
        .get(),
      integrity: db.pragma("integrity_check", { simple: true }),
    };
  } finally {
    db.close();
  }
}

describe("backup and restore", () => {
  it("backs up while inquiries are being written, refuses to restore under the running site, then restores every acknowledged inquiry", async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "kap-backup-"));
    await seed(5000);
    const writer = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "tests/support/inquiry-writer.ts", dataDir],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    const acknowledged: string[] = [];
    let partialLine = "";
    writer.stdout.on("data", (chunk: Buffer) => {
      const lines = (partialLine + chunk.toString()).split("\n");
      partialLine = lines.pop()!;
      acknowledged.push(...lines);
    });
    const exited = new Promise((resolve) => writer.once("exit", resolve));
    try {
      while (acknowledged.length < 200) await new Promise((resolve) => setTimeout(resolve, 50));
      const beforeBackup = [...acknowledged];
      const backup = await npm("backup");
      const duringBackup = acknowledged.length - beforeBackup.length;
      expect(backup.code, backup.output).toBe(0);
      expect(duringBackup, "the writer kept committing while the backup ran").toBeGreaterThan(0);
      const file = present(
        /Backed up the inquiry database to (\S+\.sqlite)/.exec(backup.output)?.[1],
        `the backup's file name in:\n${backup.output}`,
      );
      expect(path.dirname(file)).toBe(backupsDir(dataDir));
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(backupsDir(dataDir)).mode & 0o777).toBe(0o700);

      const refused = await npm("restore", file);
      expect(refused.code).toBe(1);
      expect(refused.output).toContain(`Restore refused: The site is running on this DATA_DIR (process ${writer.pid},`);
      expect(refused.output).toContain("Stop it first");

      writer.kill("SIGKILL"); // as a crash would: its running mark stays behind, naming a process that is gone
      await exited;
      const written = read(path.join(dataDir, "inquiries.sqlite")).references.size;

      const restored = await npm("restore", file);
      expect(restored.code, restored.output).toBe(0);
      expect(restored.output).toMatch(/The database it replaced is kept as \S+before-restore-/);
      expect(readdirSync(path.join(dataDir, "running")), "the dead writer's running mark was cleared").toEqual([]);
      const after = read(path.join(dataDir, "inquiries.sqlite"));
      expect(after.integrity).toBe("ok");
      const missing = beforeBackup.filter((reference) => !after.references.has(reference));
      expect(missing, "acknowledged before the backup began, yet missing from the restored database").toEqual([]);
      expect(after.references.size).toBeGreaterThanOrEqual(5000 + beforeBackup.length);
      expect(after.references.size).toBeLessThan(written);
      expect(
        after.withoutNotification,
        "every restored inquiry has its notification: the copy is one transaction-consistent snapshot",
      ).toBe(0);
      const store = await openInquiryStore(dataDir);
      expect(store.migration.from).toBe(SCHEMA_VERSION);
      await store.close();
    } finally {
      writer.kill("SIGKILL");
      await exited;
    }
  });

  it("a restored backup loses again, for good, every inquiry erased since it was made", async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "kap-backup-"));
    const store = await openInquiryStore(dataDir);
    const erased = (await store.saveInquiry(contactFor("Ana", { message: "private words" }), "k1", "c")).reference;
    const kept = (await store.saveInquiry(contactFor("Ben"), "k2", "c")).reference;
    await createInboxStore(store).addNote(erased, { id: "u1", name: "Ana Ruiz" }, "Called back");
    await store.close();
    const backup = (await backupDatabase(dataDir)).file;
    const live = await openInquiryStore(dataDir);
    expect(await createInboxStore(live).erase(erased)).toBe(true);
    await live.close();

    expect(await restoreDatabase(dataDir, backup)).toMatchObject({ erasedAgain: 1, ledgerUnreadable: null });
    const file = path.join(dataDir, "inquiries.sqlite");
    expect(read(file).references).toEqual(new Set([kept]));
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare("SELECT COUNT(*) FROM inquiry_notes").pluck().get()).toBe(0);
      expect(db.prepare("SELECT COUNT(*) FROM outbox").pluck().get()).toBe(1);
      expect(db.prepare("SELECT reference FROM erasures").pluck().all(), "the ledger goes on").toEqual([erased]);
    } finally {
      db.close();
    }
    expect(readFileSync(file).includes("private words"), "overwritten in the file, not only unlinked").toBe(false);
  });

  it("a backup made before the erasure ledger existed is upgraded as it is restored, and loses the erased inquiry", async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "kap-backup-"));
    copyFileSync(V3_FIXTURE, path.join(dataDir, "inquiries.sqlite"));
    const live = await openInquiryStore(dataDir);
    const only = present((await live.allInquiries())[0], "the release's inquiry").reference;
    expect(await createInboxStore(live).erase(only)).toBe(true);
    await live.close();

    // A copy: the fixture is in WAL mode, and opening it in place would leave SQLite's files beside it.
    const backup = path.join(dataDir, "v3-backup.sqlite");
    copyFileSync(V3_FIXTURE, backup);
    expect(await restoreDatabase(dataDir, backup)).toMatchObject({ schemaVersion: 3, erasedAgain: 1 });
    expect(read(path.join(dataDir, "inquiries.sqlite")).references).toEqual(new Set());
    const store = await openInquiryStore(dataDir);
    expect(store.migration).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    await store.close();
  });

  it(`keeps the newest ${BACKUPS_KEPT} backups`, async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "kap-backup-"));
    await seed(3);
    const start = Date.UTC(2026, 11, 1);
    const files: string[] = [];
    for (let day = 0; day < BACKUPS_KEPT + 2; day++)
      files.push((await backupDatabase(dataDir, new Date(start + day * 86_400_000))).file);
    expect(readdirSync(backupsDir(dataDir)).sort()).toEqual(files.slice(2).map((file) => path.basename(file)));
    expect(read(files.at(-1)!).references.size).toBe(3);
  });

  it("refuses, with a message saying what to do, a missing file, a file that is no database, a damaged one and one from newer code", async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "kap-backup-"));
    await seed(200);
    const good = (await backupDatabase(dataDir)).file;
    const current = read(path.join(dataDir, "inquiries.sqlite")).references;
    const notADatabase = path.join(dataDir, "notes.txt");
    writeFileSync(notADatabase, "hello ".repeat(1000));
    const damaged = path.join(dataDir, "damaged.sqlite");
    copyFileSync(good, damaged);
    const garbage = Buffer.alloc(4096 * 3, 0xff);
    const fd = openSync(damaged, "r+");
    writeSync(fd, garbage, 0, garbage.length, 4096 * 2); // three pages past the header
    closeSync(fd);
    const newer = path.join(dataDir, "newer.sqlite");
    copyFileSync(good, newer);
    const db = new Database(newer);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();

    await expect(restoreDatabase(dataDir, path.join(dataDir, "nope.sqlite"))).rejects.toThrow(
      /There is no file at .*nope\.sqlite\. Give the path of a backup/,
    );
    await expect(restoreDatabase(dataDir, notADatabase)).rejects.toThrow(
      /notes\.txt is not a readable SQLite database .*Give the path of a backup made by npm run backup/,
    );
    await expect(restoreDatabase(dataDir, damaged)).rejects.toThrow(
      /damaged\.sqlite is damaged \(.+\)\. Restore an older backup instead\./,
    );
    await expect(restoreDatabase(dataDir, newer)).rejects.toThrow(
      new RegExp(
        `newer\\.sqlite has schema version ${SCHEMA_VERSION + 1}, newer than this code \\(${SCHEMA_VERSION}\\)\\. Deploy the code that made it`,
      ),
    );
    expect(read(path.join(dataDir, "inquiries.sqlite")).references).toEqual(current);
    expect(existsSync(path.join(dataDir, ".restoring.sqlite"))).toBe(false);
    const usage = await npm("restore");
    expect(usage).toMatchObject({
      code: 1,
      output: expect.stringContaining("Say which backup to restore: npm run restore -- DATA_DIR/backups/<time>.sqlite"),
    });
  });
});
