import "server-only";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * How a restore knows the site is running: each server process writes DATA_DIR/running/<pid> at start and removes
 * it when it exits. A file left by a process that was killed outright names a process that no longer exists, and
 * is treated as stale. (A lock on the database itself cannot tell: in WAL mode a running server holds none between requests.)
 */
const runningDir = (dataDir: string) => path.join(dataDir, "running");

export function markServerRunning(dataDir: string, pid = process.pid) {
  mkdirSync(runningDir(dataDir), { recursive: true, mode: 0o700 });
  const file = path.join(runningDir(dataDir), String(pid));
  writeFileSync(file, `${new Date().toISOString()}\n`, { mode: 0o600 });
  const remove = () => rmSync(file, { force: true });
  process.once("exit", remove);
  return { file, remove };
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** The processes serving this DATA_DIR now; stale marks of processes that are gone are removed on the way. */
export function runningServers(dataDir: string): number[] {
  let names: string[];
  try {
    names = readdirSync(runningDir(dataDir));
  } catch {
    return [];
  }
  const pids = names.filter((name) => /^\d+$/.test(name)).map(Number);
  const stale = pids.filter((pid) => !isAlive(pid));
  for (const pid of stale) rmSync(path.join(runningDir(dataDir), String(pid)), { force: true });
  return pids.filter((pid) => !stale.includes(pid));
}
