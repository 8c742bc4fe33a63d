import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";
import { openDatabase } from "@/lib/store/database";
import { freePort } from "../../support/postgres-cluster";

let dataDir: string;
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

/** Opens the store with this DATABASE_URL and returns what start-up says. */
async function startUpError(databaseUrl: string): Promise<string> {
  dataDir = mkdtempSync(path.join(tmpdir(), "kap-start-"));
  const opened = await openDatabase({ dataDir, databaseUrl }).then(
    async (database) => {
      await database.close();
      return null;
    },
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  if (opened === null) throw new Error(`the store opened with ${databaseUrl}, which should have failed`);
  return opened;
}

const withPassword = (url: string, password: string) => {
  const changed = new URL(url);
  changed.password = password;
  return changed.href;
};

describe("start-up with a PostgreSQL that cannot be used says what is wrong and what to do", () => {
  it("nothing listens on the port: unreachable, start it or correct the host and port", async () => {
    const message = await startUpError(`postgres://kap:secret-word@127.0.0.1:${await freePort()}/kap`);
    expect(message).toMatch(
      /^PostgreSQL at postgres:\/\/kap:\*\*\*@127\.0\.0\.1:\d+\/kap cannot be reached \(ECONNREFUSED\)\. Start the database server, or correct the host and port in DATABASE_URL/,
    );
    expect(message).not.toContain("secret-word");
  });

  it("a wrong password: the credentials are refused, correct them in DATABASE_URL", async () => {
    const message = await startUpError(withPassword(inject("postgresUrl"), "not-the-password"));
    expect(message).toMatch(/refused the user name or password \(28P01\)\. Correct the credentials in DATABASE_URL/);
    expect(message).not.toContain("not-the-password");
  });

  it("a database that does not exist: create it", async () => {
    const url = new URL(inject("postgresUrl"));
    url.pathname = "/no_such_database";
    expect(await startUpError(url.href)).toMatch(/no_such_database: the database does not exist \(3D000\)\. Create it/);
  });
});
