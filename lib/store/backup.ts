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
} from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseFile, SQLITE_FILE_SUFFIXES } from "./database";
import { SCHEMA_VERSION } from "./migrations";
import { runningServers } from "./server-lock";

/** How many backups `npm run backup` keeps; older ones are deleted. */
export const BACKUPS_KEPT = 14;
const BACKUP_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z\.sqlite$/;
// Copying every page in one step reads one consistent snapshot. In smaller steps, SQLite restarts the copy whenever
// the running site commits in between, and a busy site could keep it from ever finishing.
const ALL_PAGES = 0x7fffffff;

export const backupsDir = (dataDir: string) => path.join(dataDir, "backups");
const stamp = (now: Date) => now.toISOString().replace(/:/g, "-");

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

/**
 * Puts a backup in place of the site's database, only while the site is stopped. The database it replaces (with
 * its WAL files, renamed together so they stay one database) is kept beside it, never deleted.
 */
export function restoreDatabase(
  dataDir: string,
  backupFile: string,
  now = new Date(),
): { schemaVersion: number; replaced: string | null } {
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

  let replaced: string | null = null;
  if (existsSync(target)) {
    replaced = `${target}.before-restore-${stamp(now)}`;
    for (const suffix of SQLITE_FILE_SUFFIXES)
      if (existsSync(target + suffix)) renameSync(target + suffix, replaced + suffix);
  }
  renameSync(incoming, target);
  return { schemaVersion, replaced };
}
