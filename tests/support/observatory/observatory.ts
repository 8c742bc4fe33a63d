/**
 * The MDN HTTP Observatory scanner (@mdn/mdn-http-observatory), run here against our own server, offline.
 *
 * Its install script downloads Chromium's HSTS preload list into conf/hsts-preload.json (denied in package.json
 * allowScripts: no test may reach the internet), and its HSTS and redirection tests read that file. Nothing is
 * preloaded for localhost, so an empty list is the true answer for the host scanned here. It is given to a copy of
 * the package's code in a temporary folder, never written into node_modules: there a made-up empty list would
 * silently tell any later scan of a real, preloaded domain that it is not preloaded. The copy's code is the
 * package's own, byte for byte; its dependencies resolve to the installed ones through symbolic links.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const INSTALLED = realpathSync(path.resolve(import.meta.dirname, "../../../node_modules/@mdn/mdn-http-observatory"));
const PROJECT_MODULES = path.dirname(path.dirname(INSTALLED));
const SCRIPT = path.join(import.meta.dirname, "scan-paths.mjs");

export type TestSummary = Record<string, { pass: boolean; result: string }>;
export type PathReport = {
  path: string;
  statusCode: number;
  score: number;
  grade: string;
  testsPassed: number;
  testsQuantity: number;
  tests: TestSummary;
  /** For "/": the same scan done step by step as for the other paths, to compare with scan()'s own. */
  stepByStep?: Omit<PathReport, "path" | "stepByStep">;
};

function offlineCopy(): { folder: string; packageFolder: string } {
  const folder = mkdtempSync(path.join(tmpdir(), "kap-observatory-"));
  const packageFolder = path.join(folder, "mdn-http-observatory");
  mkdirSync(path.join(packageFolder, "conf"), { recursive: true });
  cpSync(path.join(INSTALLED, "src"), path.join(packageFolder, "src"), { recursive: true });
  cpSync(path.join(INSTALLED, "package.json"), path.join(packageFolder, "package.json"));
  writeFileSync(path.join(packageFolder, "conf", "hsts-preload.json"), "{}\n");
  // Node resolves a bare import by walking up from the importing file: first the package's own nested
  // dependencies, then the project's.
  symlinkSync(path.join(INSTALLED, "node_modules"), path.join(packageFolder, "node_modules"));
  symlinkSync(PROJECT_MODULES, path.join(folder, "node_modules"));
  return { folder, packageFolder };
}

/** Scans each path of https://<hostname>/ (and its http:// redirect), trusting the given root certificate. */
export function observatoryScan(hostname: string, paths: string[], rootCertificatePath: string): PathReport[] {
  const { folder, packageFolder } = offlineCopy();
  try {
    const result = spawnSync(process.execPath, [SCRIPT, packageFolder, hostname, ...paths], {
      encoding: "utf8",
      env: { ...process.env, NODE_EXTRA_CA_CERTS: rootCertificatePath },
      timeout: 90_000,
    });
    if (result.status !== 0) throw new Error(`the Observatory scan failed (${result.status}):\n${result.stderr}`);
    return JSON.parse(result.stdout) as PathReport[];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
