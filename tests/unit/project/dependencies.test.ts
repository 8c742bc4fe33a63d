import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Every installed copy of a package: node_modules/<name> at any depth. */
function installedCopies(name: string, dir = "node_modules", found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith("@")) {
      installedCopies(name, full, found);
      continue;
    }
    const nameInScope = dir.split(path.sep).at(-1)?.startsWith("@")
      ? `${dir.split(path.sep).at(-1)}/${entry.name}`
      : entry.name;
    if (nameInScope === name) found.push(full);
    const nested = path.join(full, "node_modules");
    try {
      installedCopies(name, nested, found);
    } catch {
      // no nested node_modules
    }
  }
  return found;
}

const manifest = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };

describe("dependencies", () => {
  it("installs exactly one copy of next (two copies break the app router at run time)", () => {
    expect(installedCopies("next")).toEqual([path.join("node_modules", "next")]);
  });

  it("installs one copy each of react and react-dom", () => {
    expect(installedCopies("react")).toHaveLength(1);
    expect(installedCopies("react-dom")).toHaveLength(1);
  });

  it.each(["next", "react", "react-dom"])("pins %s to an exact, reviewed version", (name) => {
    expect(manifest.dependencies[name]).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = JSON.parse(readFileSync(path.join("node_modules", name, "package.json"), "utf8")).version;
    expect(installed).toBe(manifest.dependencies[name]);
  });
});
