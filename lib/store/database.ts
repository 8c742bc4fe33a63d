import "server-only";
import { accessSync, chmodSync, closeSync, constants, existsSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { explainConnectionFailure, redactUrl } from "./connection-errors";
import { migrate } from "./migrations";
import type { Database, StoreDialect } from "./schema";

export type StoreSettings = { dataDir: string; databaseUrl?: string | undefined };

/** The inquiry database's file in DATA_DIR (backups and restores name it too). */
export const databaseFile = (dataDir: string) => path.join(dataDir, "inquiries.sqlite");

/** The database and the files SQLite keeps beside it while it is open (write-ahead log, shared memory index). */
export const SQLITE_FILE_SUFFIXES = ["", "-wal", "-shm"] as const;

// Every inquiry and the sign-in secret are in DATA_DIR: only the server's user may enter it, whatever the umask.
function ensureWritable(dataDir: string) {
  try {
    if (mkdirSync(dataDir, { recursive: true, mode: 0o700 }) !== undefined) chmodSync(dataDir, 0o700);
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    throw new Error(
      `DATA_DIR ${dataDir} is not writable (${(error as NodeJS.ErrnoException).code ?? error}). Inquiries are stored there before anyone is told they were received, so the server will not start without it. Create the folder and give this server's user write access to it, or set DATA_DIR to a folder it can write.`,
    );
  }
}

/**
 * SQLite in WAL mode with synchronous=FULL, so an inquiry is on disk when its transaction commits, before the
 * visitor is told it was received.
 */
function openSqlite(dataDir: string) {
  ensureWritable(dataDir);
  const file = databaseFile(dataDir);
  // Owner-only before SQLite opens it, since SQLite gives the -wal and -shm files it creates the database file's
  // mode; files an earlier run left readable by others are changed too.
  if (!existsSync(file)) closeSync(openSync(file, "a", 0o600));
  for (const suffix of SQLITE_FILE_SUFFIXES) if (existsSync(file + suffix)) chmodSync(file + suffix, 0o600);
  const raw = new SqliteDatabase(file);
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = FULL");
  raw.pragma("foreign_keys = ON");
  raw.pragma("busy_timeout = 5000");
  // Deleted inquiries (retention) are overwritten on disk, not just unlinked from the file's index.
  raw.pragma("secure_delete = ON");
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) }), raw, location: file };
}

// BIGINT (times in milliseconds, COUNT(*)) as a number: every value we store fits well within 2^53.
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8_OID && format !== "binary"
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

function openPostgres(url: string) {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    // Whatever the server's default, a commit returns only once it is on disk: the visitor is told after that.
    // Server options given in the URL (?options=-c search_path=…) are kept.
    options: [new URL(url).searchParams.get("options"), "-c synchronous_commit=on"].filter(Boolean).join(" "),
    types,
  });
  // A connection the server closed (a restart, a failover) must not end this process: an idle one is dropped from
  // the pool, one in use fails its next query, which the caller reports; the next query connects afresh.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), raw: null, location: redactUrl(url) };
}

/**
 * The one database of this process: PostgreSQL when DATABASE_URL is set, otherwise the SQLite file in DATA_DIR.
 * Checks that the database answers and brings its schema up to date; a failure says what to fix.
 */
export async function openDatabase(settings: StoreSettings) {
  const dialect: StoreDialect = settings.databaseUrl ? "postgres" : "sqlite";
  const opened = settings.databaseUrl ? openPostgres(settings.databaseUrl) : openSqlite(settings.dataDir);
  const { db } = opened;
  try {
    await sql`SELECT 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw new Error(explainConnectionFailure(error, opened.location));
  }
  let migration: { from: number; to: number };
  try {
    migration = await migrate(db, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    db,
    dialect,
    /** The SQLite file, or the PostgreSQL URL without its password, for logs. */
    location: opened.location,
    /** SQLite's own handle, for backups and tests that need SQLite itself; null on PostgreSQL. */
    sqlite: opened.raw,
    migration,
    /** True when the database answers a trivial query (for /healthz). */
    ping: async () => {
      await sql`SELECT 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

export type StoreDatabase = Awaited<ReturnType<typeof openDatabase>>;
