import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startProductionServer } from "../support/production-server";
import { present } from "../support/present";
import { E2E_PORT } from "./support/e2e-paths";

// A server of its own (not the shared one), because this test stops it.
const PORT = E2E_PORT + 20;

function npm(dataDir: string, script: string, ...args: string[]) {
  const result = spawnSync("npm", ["run", "-s", script, "--", ...args], {
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: "utf8",
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

test("the production server marks DATA_DIR as running: backup works under it, restore waits until it has stopped", async () => {
  test.setTimeout(90_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "kap-backup-e2e-"));
  try {
    const server = await startProductionServer(PORT, {
      DATA_DIR: dataDir,
      SMTP_URL: "",
      CONTACT_TO: "",
      CONTACT_FROM: "",
    });
    let file: string;
    try {
      expect(readdirSync(path.join(dataDir, "running"))).toEqual([String(server.process.pid)]);
      const backup = npm(dataDir, "backup");
      expect(backup.code, backup.output).toBe(0);
      file = present(
        /Backed up the inquiry database to (\S+\.sqlite)/.exec(backup.output)?.[1],
        `the backup's file name in:\n${backup.output}`,
      );
      expect(
        server.process.exitCode,
        `the server is still up (not, say, beaten to its port):\n${server.output()}`,
      ).toBeNull();
      const refused = npm(dataDir, "restore", file);
      expect(refused.code, refused.output).toBe(1);
      expect(refused.output).toContain(
        `Restore refused: The site is running on this DATA_DIR (process ${server.process.pid},`,
      );
    } finally {
      await server.stop();
    }
    expect(readdirSync(path.join(dataDir, "running")), "a server that stops removes its mark").toEqual([]);
    const restored = npm(dataDir, "restore", file);
    expect(restored.code, restored.output).toBe(0);
    expect(restored.output).toContain("Start the site now.");
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
