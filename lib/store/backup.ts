import "server-only";
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { DAY_MS } from "./daily";
import { databaseFile, SQLITE_FILE_SUFFIXES } from "./database";
import { reapplyErasures } from "./erasures";
import { migrate, SCHEMA_VERSION } from "./migrations";
import type { Database as Tables } from "./schema";
import { runningServers } from "./server-lock";

/** How many backups `npm run backup` keeps; older ones are deleted. */
export const BACKUPS_KEPT = 14;
const BACKUP_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z\.sqlite$/;
// Copying every page in one step reads one consistent snapshot. In smaller steps, SQLite restarts the copy whenever
// the running site commits in between, and a busy site could keep it from ever finishing.
const ALL_PAGES = 0x7fffffff;

/** How long the database a restore replaced is kept beside the new one, to go back to; then it is deleted. */
export const BEFORE_RESTORE_KEPT_DAYS = 14;
/** How long an inquiries CSV stays in DATA_DIR/exports; then it is deleted. */
export const EXPORTS_KEPT_DAYS = 7;

export const backupsDir = (dataDir: string) => path.join(dataDir, "backups");
/** Where npm run inquiries:export writes its CSV files. */
export const exportsDir = (dataDir: string) => path.join(dataDir, "exports");
const stamp = (now: Date) => now.toISOString().replace(/:/g, "-");
// stamp() read back: 2026-12-01T03-00-00.123Z is 2026-12-01T03:00:00.123Z.
const STAMP = /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2}\.\d{3}Z)$/;
const stampTime = (text: string) => {
  const parts = STAMP.exec(text);
  return parts ? Date.parse(`${parts[1]}:${parts[2]}:${parts[3]}`) : Number.NaN;
};
const BEFORE_RESTORE = ".before-restore-";
const beforeRestoreName = (target: string, now: Date) => `${target}${BEFORE_RESTORE}${stamp(now)}`;

/** With DATABASE_URL the inquiries live in PostgreSQL, whose own tools back it up; this command copies the SQLite file. */
export const POSTGRES_BACKUP_HINT =
  'DATABASE_URL is set, so inquiries are in PostgreSQL, not in a file here: back them up with pg_dump (pg_dump --format=custom --file=kap.dump "$DATABASE_URL") and restore with pg_restore.';

export class RestoreRefused extends Error {}

/** Opens a database file on its own and says what is wrong with it, or its schema version. */
function checkDatabaseFile(file: string): number {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new RestoreRefused(
      `${file} cannot be opened as a database (${(error as Error).message}). Give the path of a backup made by npm run backup.`,
    );
  }
  try {
    let integrity: string;
    try {
      integrity = (db.pragma("integrity_check") as { integrity_check: string }[])
        .map((row) => row.integrity_check)
        .join("; ");
    } catch (error) {
      if ((error as { code?: string }).code === "SQLITE_CORRUPT")
        throw new RestoreRefused(`${file} is damaged (${(error as Error).message}). Restore an older backup instead.`);
      throw new RestoreRefused(
        `${file} is not a readable SQLite database (${(error as Error).message}). Give the path of a backup made by npm run backup.`,
      );
    }
    if (integrity !== "ok")
      throw new RestoreRefused(
        `${file} is damaged (integrity check: ${integrity.slice(0, 300)}). Restore an older backup instead.`,
      );
    const version = db.pragma("user_version", { simple: true }) as number;
    const hasInquiries = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'inquiries'").get();
    if (version < 1 || !hasInquiries)
      throw new RestoreRefused(
        `${file} is an SQLite database but not this site's inquiry database (no inquiries table, schema version ${version}).`,
      );
    if (version > SCHEMA_VERSION) {
      throw new RestoreRefused(
        `${file} has schema version ${version}, newer than this code (${SCHEMA_VERSION}). Deploy the code that made it, then restore again.`,
      );
    }
    return version;
  } finally {
    db.close();
  }
}

/**
 * An online backup of the running site's database (SQLite's backup API), to DATA_DIR/backups/<UTC time>.sqlite,
 * readable by this user only. It is written under a temporary name and checked before it gets its real one, so a
 * file with a backup's name is always a whole backup. Keeps the newest BACKUPS_KEPT.
 */
export async function backupDatabase(
  dataDir: string,
  now = new Date(),
): Promise<{ file: string; schemaVersion: number; removed: string[] }> {
  const source = databaseFile(dataDir);
  if (!existsSync(source))
    throw new Error(
      `There is no database at ${source}. Check DATA_DIR: it must be the folder the site stores inquiries in.`,
    );
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const file = path.join(dir, `${stamp(now)}.sqlite`);
  const partial = path.join(dir, `.${stamp(now)}.partial`);
  // Created first with owner-only permissions, which SQLite keeps when it writes into the file.
  closeSync(openSync(partial, "wx", 0o600));
  try {
    const db = new Database(source, { fileMustExist: true });
    try {
      db.pragma("busy_timeout = 5000");
      await db.backup(partial, { progress: () => ALL_PAGES });
    } finally {
      db.close();
    }
    // The copy carries the site's WAL mode; a backup is one self-contained file, the site turns WAL on again when it opens it.
    const copy = new Database(partial);
    copy.pragma("journal_mode = DELETE");
    copy.close();
    const schemaVersion = checkDatabaseFile(partial);
    renameSync(partial, file);
    return { file, schemaVersion, removed: pruneBackups(dir) };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

function pruneBackups(dir: string): string[] {
  const backups = readdirSync(dir)
    .filter((name) => BACKUP_NAME.test(name))
    .sort();
  const removed = backups.slice(0, Math.max(0, backups.length - BACKUPS_KEPT)).map((name) => path.join(dir, name));
  for (const file of removed) rmSync(file);
  return removed;
}

/** The erasure ledger of the database a restore is about to replace, or why it cannot be read. */
function ledgerOf(file: string): { entries: Tables["erasures"][]; unreadable: string | null } {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const hasLedger = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'erasures'").get();
    const entries = hasLedger
      ? (db.prepare("SELECT reference, erased_at FROM erasures").all() as Tables["erasures"][])
      : [];
    return { entries, unreadable: null };
  } catch (error) {
    return { entries: [], unreadable: (error as Error).message };
  } finally {
    db?.close();
  }
}

/**
 * Brings a copy up to this code's schema and erases from it, again, every inquiry in its erasure ledger and in
 * `carried`. Deleted rows are overwritten in the file (secure_delete), not only unlinked.
 */
async function applyErasureLedger(file: string, carried: Tables["erasures"][]): Promise<number> {
  const raw = new Database(file, { fileMustExist: true });
  raw.pragma("secure_delete = ON");
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: raw }) });
  try {
    await migrate(db, "sqlite");
    return await reapplyErasures(db, "sqlite", carried);
  } finally {
    await db.destroy();
  }
}

export type RestoreResult = {
  /** The backup's schema version as it was made; the restored database is at SCHEMA_VERSION. */
  schemaVersion: number;
  /** Where the database it replaced was kept, or null when there was none. */
  replaced: string | null;
  /** Inquiries in the backup that were erased since it was made, or before, and so were left out. */
  erasedAgain: number;
  /** Why the replaced database's erasure ledger could not be read (its erasures are then not carried), or null. */
  ledgerUnreadable: string | null;
};

/**
 * Puts a backup in place of the site's database, only while the site is stopped. The copy first gets the erasure
 * ledger of the database it replaces, and every inquiry either ledger names is erased from it, so a visitor's
 * erasure holds whatever backup is restored. The database it replaces (with its WAL files, renamed together so they
 * stay one database) is kept beside it for BEFORE_RESTORE_KEPT_DAYS.
 */
export async function restoreDatabase(dataDir: string, backupFile: string, now = new Date()): Promise<RestoreResult> {
  const running = runningServers(dataDir);
  if (running.length > 0) {
    throw new RestoreRefused(
      `The site is running on this DATA_DIR (process ${running.join(", ")}, see ${path.join(dataDir, "running")}). Stop it first, then run npm run restore again; start it once the restore is done.`,
    );
  }
  const source = path.resolve(backupFile);
  if (!existsSync(source))
    throw new RestoreRefused(
      `There is no file at ${source}. Give the path of a backup, like ${path.join(backupsDir(dataDir), `${stamp(now)}.sqlite`)}.`,
    );
  checkDatabaseFile(source);

  mkdirSync(dataDir, { recursive: true });
  const target = databaseFile(dataDir);
  const incoming = path.join(dataDir, ".restoring.sqlite");
  copyFileSync(source, incoming);
  chmodSync(incoming, 0o600);
  const schemaVersion = checkDatabaseFile(incoming);
  const ledger = existsSync(target) ? ledgerOf(target) : { entries: [], unreadable: null };
  let erasedAgain: number;
  try {
    erasedAgain = await applyErasureLedger(incoming, ledger.entries);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw error;
  }

  let replaced: string | null = null;
  if (existsSync(target)) {
    replaced = beforeRestoreName(target, now);
    for (const suffix of SQLITE_FILE_SUFFIXES)
      if (existsSync(target + suffix)) renameSync(target + suffix, replaced + suffix);
  }
  renameSync(incoming, target);
  return { schemaVersion, replaced, erasedAgain, ledgerUnreadable: ledger.unreadable };
}

/** The files in a folder (none when it does not exist). */
function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/**
 * Deletes the copies of inquiries this site leaves in DATA_DIR once they are past their time: databases a restore
 * replaced, after BEFORE_RESTORE_KEPT_DAYS (counted from the restore, named in the file), and CSV exports, after
 * EXPORTS_KEPT_DAYS (counted from when the file was written). Returns the files deleted.
 */
export function expireCopies(dataDir: string, now = Date.now()): string[] {
  const expired: string[] = [];
  const replacedPrefix = path.basename(databaseFile(dataDir)) + BEFORE_RESTORE;
  for (const name of filesIn(dataDir)) {
    if (!name.startsWith(replacedPrefix)) continue;
    const restoredAt = stampTime(name.slice(replacedPrefix.length).replace(/-(wal|shm)$/, ""));
    if (restoredAt < now - BEFORE_RESTORE_KEPT_DAYS * DAY_MS) expired.push(path.join(dataDir, name));
  }
  const exports = exportsDir(dataDir);
  for (const name of filesIn(exports)) {
    const file = path.join(exports, name);
    if (statSync(file).mtimeMs < now - EXPORTS_KEPT_DAYS * DAY_MS) expired.push(file);
  }
  for (const file of expired) rmSync(file, { force: true });
  return expired;
}
