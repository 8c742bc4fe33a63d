import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * npm's audit endpoint does not answer on these machines, so the first version carrying each known security fix is
 * written here and every installed copy of the package, at any depth, must be at or above it. Raise a floor when an
 * advisory names a newer fixed version; add a package when one of ours gets its first advisory.
 */
const SECURITY_FLOORS: Record<string, { floor: string; why: string }> = {
  "better-auth": { floor: "1.7.16", why: "CVE-2026-134321 (revocation bypass), CVE-2026-110862/-110864" },
  "@better-auth/core": { floor: "1.7.16", why: "released with better-auth's fixes; must match it" },
  "@better-auth/passkey": { floor: "1.7.16", why: "CVE-2026-134320 (WebAuthn user verification, origin)" },
  next: { floor: "16.4.5", why: "GHSA-955p-x3mx-jcvp, GHSA-m99w-x7hq-7vfj, GHSA-mq59-m269-xvcx, CVE-2026-94484" },
  kysely: { floor: "0.28.14", why: "2026 JSON-path and literal escaping injection fixes (0.28.12, 0.28.14)" },
  nodemailer: { floor: "10.6.0", why: "2026 addressparser and SMTP command injection fixes" },
};

function versionParts(version: string): number[] {
  const core = version.split(/[-+]/)[0] ?? "";
  return core.split(".").map((part) => Number(part));
}

/** Negative when a is older than b; prerelease tags count as their release (a floor is always a release). */
export function compareVersions(a: string, b: string): number {
  const [left, right] = [versionParts(a), versionParts(b)];
  for (let index = 0; index < 3; index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The version of every installed copy of a package: node_modules/<name> at any depth. */
function installedVersions(name: string, dir = "node_modules", found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === ".bin") continue;
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith("@")) {
      installedVersions(name, full, found);
      continue;
    }
    const scope = path.basename(dir).startsWith("@") ? `${path.basename(dir)}/` : "";
    if (`${scope}${entry.name}` === name)
      found.push(JSON.parse(readFileSync(path.join(full, "package.json"), "utf8")).version);
    try {
      installedVersions(name, path.join(full, "node_modules"), found);
    } catch {
      // no nested node_modules
    }
  }
  return found;
}

describe("security floors", () => {
  it("compares versions by number, not as text", () => {
    expect(compareVersions("1.7.9", "1.7.16")).toBeLessThan(0);
    expect(compareVersions("1.7.29", "1.7.16")).toBeGreaterThan(0);
    expect(compareVersions("16.4.5", "16.4.5")).toBe(0);
    expect(compareVersions("2.0.0-beta.1", "1.9.9")).toBeGreaterThan(0);
  });

  it.each(Object.entries(SECURITY_FLOORS))("%s is installed at or above its fixed version", (name, { floor, why }) => {
    const versions = installedVersions(name);
    expect(versions.length, `${name} is not installed`).toBeGreaterThan(0);
    for (const version of versions)
      expect(
        compareVersions(version, floor),
        `${name} ${version} is below ${floor} (${why}): run npm install ${name}@latest`,
      ).toBeGreaterThanOrEqual(0);
  });
});
