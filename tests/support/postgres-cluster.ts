/**
 * A throwaway PostgreSQL cluster for tests: `initdb` into a temporary folder, `pg_ctl` on a free loopback port,
 * removed afterwards. Real PostgreSQL from Debian's package, never an imitation. As root, every PostgreSQL
 * command runs as the `postgres` user, because the server refuses to run as root.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { findTool, missingMessage } from "../../scripts/ensure-test-tools.mjs";

export type PostgresCluster = {
  /** `postgres://…` for a database of its own, made fresh by {@link PostgresCluster.createDatabase}. */
  createDatabase(name?: string): string;
  /** The URL of the cluster's default `postgres` database. */
  url: string;
  port: number;
  /** Stops the server as `pg_ctl stop -m immediate` does: no shutdown checkpoint, as after a crash or power cut. */
  crash(): void;
  /** Starts it again on the same port and data folder (crash recovery runs). */
  start(): void;
  /** Stops the server and deletes its folder. */
  remove(): void;
};

const USER = "kap_test";
const PASSWORD = "kap-test-password";

/** The folder with initdb and pg_ctl, where scripts/ensure-test-tools.mjs finds (or installed) them. */
export function postgresBinDir(): string | null {
  const initdb = findTool("postgresql");
  return initdb ? path.dirname(initdb) : null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

const asRoot = typeof process.getuid === "function" && process.getuid() === 0;

function postgresUser(): { uid: number; gid: number } {
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  return { uid, gid };
}

/** Runs a PostgreSQL program, as the postgres user when we are root. Throws with its output when it fails. */
function run(bin: string, program: string, args: string[], input?: string, env: Record<string, string> = {}) {
  const file = path.join(bin, program);
  const [command, commandArgs]: [string, string[]] = asRoot
    ? ["runuser", ["-u", "postgres", "--", "env", ...Object.entries(env).map(([k, v]) => `${k}=${v}`), file, ...args]]
    : [file, args];
  const result = spawnSync(command, commandArgs, {
    encoding: "utf8",
    input,
    cwd: tmpdir(),
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    throw new Error(`${program} ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/**
 * Starts a new cluster. Throws, saying what to install, when PostgreSQL's programs are not on this machine
 * (`npm test` installs Debian's `postgresql` package first where it is missing).
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error(missingMessage(["postgresql"]));
  const root = mkdtempSync(path.join(tmpdir(), "kap-pg-"));
  const dataDir = path.join(root, "data");
  const logFile = path.join(root, "server.log");
  const passwordFile = path.join(root, "password");
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (asRoot) {
    const { uid, gid } = postgresUser();
    chownSync(root, uid, gid);
    chownSync(passwordFile, uid, gid);
  }
  chmodSync(root, 0o700);
  run(bin, "initdb", [
    "--pgdata",
    dataDir,
    "--username",
    USER,
    "--pwfile",
    passwordFile,
    "--auth",
    "scram-sha-256",
    "--encoding",
    "UTF8",
    "--locale",
    "C",
    "--no-sync",
  ]);
  const port = await freePort();
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=100`;
  const start = () => run(bin, "pg_ctl", ["start", "--pgdata", dataDir, "--log", logFile, "--wait", "-o", options]);
  start();
  let removed = false;
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  let databases = 0;
  return {
    url,
    port,
    createDatabase(name = `kap_${process.pid}_${++databases}`) {
      run(
        bin,
        "psql",
        [
          "--no-psqlrc",
          "--quiet",
          "-h",
          "127.0.0.1",
          "-p",
          String(port),
          "-U",
          USER,
          "-d",
          "postgres",
          "-c",
          `CREATE DATABASE "${name}"`,
        ],
        undefined,
        { PGPASSWORD: PASSWORD },
      );
      return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${name}`;
    },
    crash() {
      run(bin, "pg_ctl", ["stop", "--pgdata", dataDir, "--mode", "immediate", "--wait"]);
    },
    start,
    remove() {
      if (removed) return;
      removed = true;
      try {
        run(bin, "pg_ctl", ["stop", "--pgdata", dataDir, "--mode", "fast", "--wait"]);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
