/**
 * The programs the tests run besides Node, found or installed from Debian's packages, so that `npm ci && npm test`
 * passes on a machine that has only Node and npm. Playwright's and Caddy's own downloads are never used: the
 * machines this runs on reach no host but the npm registry and Debian's mirrors.
 *
 *   node scripts/ensure-test-tools.mjs [--check] [chromium|postgresql|caddy ...]
 *
 * Without names, every tool. A missing one is installed with apt-get as root, or with `sudo -n` when that works;
 * otherwise the script stops at once, naming each missing tool and the command that installs it.
 * --check only reports (exit 1 when something is missing) and never installs.
 * TEST_TOOLS_PATH, folders separated by ":", replaces the places searched, so a test can see the tools as missing.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Debian's versioned PostgreSQL folders (initdb and pg_ctl are not on PATH there), newest first. */
function debianPostgresDirs() {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(root, version, "bin"));
}

/** Each tool: the Debian package that brings it, the program the tests run, and where Debian puts that program. */
export const TOOLS = {
  chromium: {
    label: "Chromium (browser tests)",
    package: "chromium",
    program: "chromium",
    debianDirs: () => ["/usr/bin"],
  },
  postgresql: {
    label: "PostgreSQL server (shared-store and proxy tests)",
    package: "postgresql",
    program: "initdb",
    debianDirs: debianPostgresDirs,
  },
  caddy: { label: "Caddy (proxy tests)", package: "caddy", program: "caddy", debianDirs: () => ["/usr/bin"] },
};

/** The folders searched: TEST_TOOLS_PATH when set (even empty), else Debian's own places, then PATH. */
export function searchDirs(env = process.env) {
  const list = (value) => value.split(path.delimiter).filter(Boolean);
  if (env.TEST_TOOLS_PATH !== undefined) return list(env.TEST_TOOLS_PATH);
  return [...new Set([...Object.values(TOOLS).flatMap((tool) => tool.debianDirs()), ...list(env.PATH ?? "")])];
}

const isExecutable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/**
 * The full path of a tool's program, or null. CHROMIUM_PATH, when set, names the one Chromium the browser tests
 * use, so only that file counts.
 */
export function findTool(name, dirs = searchDirs(), env = process.env) {
  const tool = TOOLS[name];
  if (name === "chromium" && env.CHROMIUM_PATH) return isExecutable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  const found = dirs.map((dir) => path.join(dir, tool.program)).find(isExecutable);
  return found ?? null;
}

const asRoot = process.getuid?.() === 0;

/** The command a person runs to install these packages: as root, or through sudo. */
export function installCommand(names) {
  const packages = names.map((name) => TOOLS[name].package).join(" ");
  const sudo = asRoot ? "" : "sudo ";
  return `${sudo}apt-get update && ${sudo}apt-get install -y ${packages}`;
}

/** What is missing and how to install it, for a person to act on. */
export function missingMessage(names) {
  return [
    "Missing for the tests:",
    ...names.map((name) => `  ${TOOLS[name].label}: Debian package ${TOOLS[name].package}`),
    "Install them with:",
    `  ${installCommand(names)}`,
    "then run the tests again (on a system other than Debian or Ubuntu, install the same programs its own way).",
  ].join("\n");
}

// apt and dpkg run helpers (gpgv, ldconfig) they expect on the system's own PATH, which a trimmed PATH may lack.
const aptEnv = {
  ...process.env,
  PATH: [process.env.PATH, "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"].filter(Boolean).join(":"),
};
const succeeds = (command, args) => spawnSync(command, args, { env: aptEnv, stdio: "ignore" }).status === 0;

/** apt-get, as root or through sudo without a password prompt; null when neither is possible here. */
function aptGet() {
  if (!succeeds("apt-get", ["--version"])) return null;
  if (asRoot) return [];
  return succeeds("sudo", ["-n", "true"]) ? ["sudo", "-n"] : null;
}

function install(names) {
  const prefix = aptGet();
  if (!prefix) {
    console.error(missingMessage(names));
    console.error("(This script installs them itself only as root or with sudo that asks no password.)");
    process.exit(1);
  }
  const packages = names.map((name) => TOOLS[name].package);
  console.log(`Installing Debian's ${packages.join(", ")} for the tests ...`);
  // The lists may be empty on a fresh machine; another apt run (a second worktree's tests) may hold the lock.
  const wait = ["-o", "DPkg::Lock::Timeout=600"];
  const steps = [
    ["apt-get", "update", "-qq", ...wait],
    ["apt-get", "install", "-y", "-qq", ...wait, ...packages],
  ];
  for (const [command, ...args] of steps) {
    const [program, ...rest] = [...prefix, "env", "DEBIAN_FRONTEND=noninteractive", command, ...args];
    // apt's progress is hundreds of lines; its errors arrive on stderr.
    const result = spawnSync(program, rest, { env: aptEnv, stdio: ["ignore", "ignore", "inherit"] });
    if (result.status !== 0) {
      console.error(`\n${[command, ...args].join(" ")} failed (exit ${result.status}).\n${missingMessage(names)}`);
      process.exit(1);
    }
  }
}

function main(argv) {
  const check = argv.includes("--check");
  const names = argv.filter((arg) => arg !== "--check");
  const unknown = names.filter((name) => !(name in TOOLS));
  if (unknown.length) {
    console.error(`Unknown tool ${unknown.join(", ")}: choose from ${Object.keys(TOOLS).join(", ")}.`);
    process.exit(2);
  }
  const wanted = names.length ? names : Object.keys(TOOLS);
  const missing = () => wanted.filter((name) => !findTool(name));
  const before = missing();
  for (const name of wanted.filter((name) => !before.includes(name)))
    console.log(`${TOOLS[name].label}: ${findTool(name)}`);
  if (before.length === 0) return;
  if (check) {
    console.error(missingMessage(before));
    process.exit(1);
  }
  install(before);
  const after = missing();
  if (after.length) {
    console.error(`apt-get ran, yet these are still not found in ${searchDirs().join(":") || "(no folder)"}.`);
    console.error(missingMessage(after));
    process.exit(1);
  }
  for (const name of before) console.log(`${TOOLS[name].label}: ${findTool(name)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) main(process.argv.slice(2));
