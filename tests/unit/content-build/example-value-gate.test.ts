import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { judgeExampleValues } from "@/lib/content-build/example-value-gate";
import { buildContent, contentFolder, generatedIn, runCommand } from "../../support/content-scratch";

const scratch = path.join("tests", ".tmp", `example-value-gate-${process.pid}`);
const PUBLIC = "https://www.beck-kap.test";

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const site = path.join(scratch, "site");
beforeAll(async () => {
  contentFolder(site, {}, { all: true });
  expect((await buildContent(site)).code).toBe(0);
});

/** The second step of `npm run content:check` (and so of `npm run build`) on the site's own content, built by the first. */
async function checkContent(env: Record<string, string>) {
  const { SITE_URL: _site, ALLOW_EXAMPLE_VALUES: _allow, ...rest } = process.env;
  return runCommand("npx", ["tsx", "scripts/check-content.ts", generatedIn(site)], { ...rest, ...env });
}

describe("example values in a build for a public address", () => {
  const phone = { file: "content/practice.yaml", field: "phone", value: "(310) 555-0100" };

  it("fails an https:// build, warns a local one, lets a preview through, and passes once none is left", () => {
    expect(judgeExampleValues([phone], PUBLIC).outcome).toBe("fail");
    expect(judgeExampleValues([phone], undefined).outcome).toBe("warn");
    expect(judgeExampleValues([phone], "http://localhost:3000").outcome).toBe("warn");
    expect(judgeExampleValues([], PUBLIC).outcome).toBe("pass");
  });

  it("refuses SITE_URL=https://… while the content holds example values, listing each with its file", async () => {
    const result = await checkContent({ SITE_URL: PUBLIC });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`This build is for a public address (SITE_URL=${PUBLIC})`);
    for (const line of [
      "content/practice.yaml: phone = (310) 555-0100",
      "content/practice.yaml: policies.priceRange = $450 to $750 for a medicine session, depending on its length",
      "content/offices/encino.yaml: address.street = 5678 Example Avenue",
      'content/offices/west-los-angeles.yaml: geo = {"latitude":34.0446,"longitude":-118.4487}',
      "content/articles/is-kap-safe.mdx: reviewedBy = clinical-team, lastReviewed",
    ]) {
      expect(result.stderr).toContain(`  - ${line}`);
    }
  });

  it("lets it through with ALLOW_EXAMPLE_VALUES=true as a marked, noindex preview", async () => {
    const result = await checkContent({ SITE_URL: PUBLIC, ALLOW_EXAMPLE_VALUES: "true" });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'ALLOW_EXAMPLE_VALUES=true: building a preview that marks each of them "(example)"',
    );
    expect(result.stdout).toContain("Content is valid.");
  });

  it("keeps a local build (no SITE_URL) working, with the warning", async () => {
    const result = await checkContent({});
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("content/practice.yaml: phone = (310) 555-0100");
  });
});
