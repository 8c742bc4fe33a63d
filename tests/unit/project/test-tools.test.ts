import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TOOLS } from "@/scripts/ensure-test-tools.mjs";

/**
 * scripts/ensure-test-tools.mjs, the first stage of `npm test`, in its --check mode only: these tests never
 * install anything.
 */
function check(env: Record<string, string>) {
  // CHROMIUM_PATH would name a Chromium outside the searched folders.
  const { CHROMIUM_PATH: _chromium, TEST_TOOLS_PATH: _path, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ["scripts/ensure-test-tools.mjs", "--check"], {
    encoding: "utf8",
    env: { ...inherited, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the test tools check", () => {
  it("with nothing to search, reports every tool missing and the one command that installs them all", () => {
    const { status, stdout, stderr } = check({ TEST_TOOLS_PATH: "" });
    expect(status).toBe(1);
    for (const tool of Object.values(TOOLS)) expect(stderr).toContain(`${tool.label}: Debian package ${tool.package}`);
    expect(stderr).toContain("apt-get update && ");
    expect(stderr).toContain("apt-get install -y chromium postgresql caddy");
    expect(stdout).not.toContain("Installing");
  });

  it("on this machine's real path finds every tool (npm test's first stage installs them)", () => {
    const { status, stdout, stderr } = check({});
    expect(stderr, "run `node scripts/ensure-test-tools.mjs` to install what is missing").toBe("");
    expect(status).toBe(0);
    for (const tool of Object.values(TOOLS)) {
      const found = stdout.match(new RegExp(`^${tool.label.replace(/[()]/g, "\\$&")}: (.+)$`, "m"))?.[1];
      expect(found, tool.label).toMatch(new RegExp(`/${tool.program}$`));
      expect(existsSync(found!)).toBe(true);
    }
  });

  it("is the only list of packages: CI installs nothing itself", () => {
    expect(readFileSync(".ci/run", "utf8")).not.toMatch(/apt-get|apt install/);
  });
});
