import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildProblem, sourceFingerprint } from "@/lib/build-check.mjs";

const folders: string[] = [];
function projectCopy(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "kap-fingerprint-"));
  folders.push(folder);
  cpSync("content", path.join(folder, "content"), { recursive: true });
  cpSync("next.config.ts", path.join(folder, "next.config.ts"));
  return folder;
}
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe("the build fingerprint", () => {
  it("is the same for the same files, and changes when content, code or a new file changes", () => {
    const folder = projectCopy();
    const first = sourceFingerprint(folder);
    expect(sourceFingerprint(folder)).toBe(first);
    appendFileSync(path.join(folder, "content", "practice.yaml"), "\n");
    const afterContent = sourceFingerprint(folder);
    expect(afterContent).not.toBe(first);
    mkdirSync(path.join(folder, "pages"));
    writeFileSync(path.join(folder, "pages", "new.tsx"), "export default function New() { return null; }\n");
    expect(sourceFingerprint(folder)).not.toBe(afterContent);
  });

  it("ignores what does not change the site: tests and the README", () => {
    const folder = projectCopy();
    const before = sourceFingerprint(folder);
    mkdirSync(path.join(folder, "tests"));
    writeFileSync(path.join(folder, "tests", "x.test.ts"), "");
    writeFileSync(path.join(folder, "README.md"), "# x\n");
    expect(sourceFingerprint(folder)).toBe(before);
  });

  it("accepts a complete build of these very files, and only that", () => {
    const folder = projectCopy();
    mkdirSync(path.join(folder, ".next"));
    for (const file of ["prerender-manifest.json", "routes-manifest.json", "export-marker.json"])
      writeFileSync(path.join(folder, ".next", file), "{}");
    writeFileSync(path.join(folder, ".next", "BUILD_ID"), sourceFingerprint(folder));
    expect(buildProblem(folder)).toBeUndefined();
    appendFileSync(path.join(folder, "next.config.ts"), "\n");
    expect(buildProblem(folder)).toMatch(/stale[\s\S]*Run `npm run build`/);
  });
});
