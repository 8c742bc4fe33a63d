import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openInquiryStore } from "@/lib/inquiries/store";
import { databaseFile, SQLITE_FILE_SUFFIXES } from "@/lib/store/database";
import { contactFor } from "../../support/contact-fixture";

let parent: string;
let umask: number;
beforeEach(() => {
  parent = mkdtempSync(path.join(tmpdir(), "kap-modes-"));
  // The usual default, under which files are readable by every local user unless the code says otherwise.
  umask = process.umask(0o022);
});
afterEach(() => {
  process.umask(umask);
  rmSync(parent, { recursive: true, force: true });
});

const mode = (file: string) => statSync(file).mode & 0o777;
/** The mode of the database and of each file SQLite keeps beside it, for the files that exist. */
const databaseModes = (dataDir: string) => {
  const file = databaseFile(dataDir);
  const present = SQLITE_FILE_SUFFIXES.filter((suffix) => existsSync(file + suffix));
  expect(present, "the database is open in WAL mode, with its log and index").toEqual(["", "-wal", "-shm"]);
  return Object.fromEntries(present.map((suffix) => [`inquiries.sqlite${suffix}`, mode(file + suffix)]));
};
const OWNER_ONLY = { "inquiries.sqlite": 0o600, "inquiries.sqlite-wal": 0o600, "inquiries.sqlite-shm": 0o600 };

describe("the live SQLite database under a umask of 022", () => {
  it("is created owner-only, with its WAL files, in a DATA_DIR only the server's user can enter", async () => {
    const dataDir = path.join(parent, "data");
    const store = await openInquiryStore(dataDir);
    try {
      await store.saveInquiry(contactFor("Ana"), "key-1", "client");
      expect(mode(dataDir)).toBe(0o700);
      expect(databaseModes(dataDir)).toEqual(OWNER_ONLY);
    } finally {
      await store.close();
    }
  });

  it("is made owner-only when opened, with WAL files an earlier run left readable by others", async () => {
    const dataDir = path.join(parent, "data");
    // A database written before this check existed: made under the umask, and left open so its WAL files exist.
    mkdirSync(dataDir);
    const left = new Database(databaseFile(dataDir));
    left.pragma("journal_mode = WAL");
    left.exec("CREATE TABLE leftover (x)");
    try {
      expect(mode(databaseFile(dataDir))).toBe(0o644);
      const store = await openInquiryStore(dataDir);
      try {
        await store.saveInquiry(contactFor("Ana"), "key-1", "client");
        expect(databaseModes(dataDir)).toEqual(OWNER_ONLY);
      } finally {
        await store.close();
      }
    } finally {
      left.close();
    }
  });
});
