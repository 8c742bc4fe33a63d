import { describe, expect, it } from "vitest";
import { createStoreOutage } from "@/lib/contact/store-outage";

function recordingLog() {
  const lines: { level: string; line: string }[] = [];
  const log = {
    info: (line: string) => lines.push({ level: "info", line }),
    warn: (line: string) => lines.push({ level: "warn", line }),
    error: (line: string) => lines.push({ level: "error", line }),
  };
  return { lines, log };
}

describe("a store outage is logged once, not once per visitor", () => {
  it("logs the first failed save as an error, counts the rest, and says how many were lost when saving works", () => {
    const { lines, log } = recordingLog();
    const outage = createStoreOutage(log, "postgres");
    outage.failed("connection refused", 1_000);
    outage.failed("connection refused", 2_000);
    outage.failed("connection refused", 3_000);
    expect(lines.map((entry) => entry.level)).toEqual(["error"]);
    expect(lines[0]!.line).toContain("DATABASE_URL");
    outage.stored(11_000);
    expect(lines[1]).toMatchObject({ level: "info" });
    expect(lines[1]!.line).toContain("3 submission(s) could not be saved in the 10 s before");
  });

  it("warns once about automated submissions it could not count, and again only after a save has worked", () => {
    const { lines, log } = recordingLog();
    const outage = createStoreOutage(log, "sqlite");
    for (let bot = 0; bot < 5; bot++) outage.uncounted("database is locked");
    expect(lines.map((entry) => entry.level)).toEqual(["warn"]);
    outage.stored();
    outage.uncounted("database is locked");
    expect(lines.map((entry) => entry.level)).toEqual(["warn", "warn"]);
  });

  it("says nothing more about uncounted bots while an outage is already logged", () => {
    const { lines, log } = recordingLog();
    const outage = createStoreOutage(log, "postgres");
    outage.failed("connection refused");
    outage.uncounted("connection refused");
    expect(lines.map((entry) => entry.level)).toEqual(["error"]);
  });
});
