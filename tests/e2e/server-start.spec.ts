import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "../support/postgres-cluster";
import { startProductionServer } from "../support/production-server";
import { E2E_PORT } from "./support/e2e-paths";

// Servers of their own: these tests start `npm start`'s server with bad settings and watch it stop.
const PORT = E2E_PORT + 20;

test("an unwritable DATA_DIR stops the server at start, saying what to fix", async () => {
  await expect(startProductionServer(PORT, { DATA_DIR: "/etc/hostname/inquiries" })).rejects.toThrow(
    /exited with code 1[\s\S]*DATA_DIR \/etc\/hostname\/inquiries is not writable[\s\S]*give this server's user write access to it, or set DATA_DIR/,
  );
});

test("wrong email settings stop the server at start, each named", async () => {
  await expect(
    startProductionServer(PORT + 1, { SMTP_URL: "smtp://mail.example.com:587", CONTACT_FROM: "not an address" }),
  ).rejects.toThrow(
    /exited with code 1[\s\S]*CONTACT_FROM must be the address notifications are sent from[\s\S]*CONTACT_TO is missing/,
  );
});

test("DATABASE_URL without the shared action key stops the server at start, saying how to make one", async () => {
  await expect(
    startProductionServer(PORT + 3, { DATABASE_URL: "postgres://kap:secret@127.0.0.1:5432/kap" }),
  ).rejects.toThrow(
    /exited with code 1[\s\S]*DATABASE_URL is set but NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is missing: generate one key \(openssl rand -base64 32\)/,
  );
});

test("a PostgreSQL nobody answers on stops the server at start, saying what to check, without the password", async () => {
  const server = startProductionServer(PORT + 4, {
    DATABASE_URL: `postgres://kap:secret-word@127.0.0.1:${await freePort()}/kap`,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "dGVzdC1rZXktdGhpcnR5LXR3by1ieXRlcy1sb25nISE=",
  });
  await expect(server).rejects.toThrow(
    /exited with code 1[\s\S]*The server did not start\. PostgreSQL at postgres:\/\/kap:\*\*\*@127\.0\.0\.1:\d+\/kap cannot be reached \(ECONNREFUSED\)\. Start the database server/,
  );
  await expect(server).rejects.not.toThrow(/secret-word/);
});

test("without email settings the site runs, stores inquiries, and says how to turn email on", async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "kap-no-smtp-"));
  const server = await startProductionServer(PORT + 2, {
    DATA_DIR: dataDir,
    SMTP_URL: "",
    CONTACT_TO: "",
    CONTACT_FROM: "",
  });
  try {
    expect((await fetch(`${server.url}/contact`)).status).toBe(200);
    await expect
      .poll(() => server.output())
      .toContain(`inquiries are stored in ${path.join(dataDir, "inquiries.sqlite")}`);
    expect(server.output()).toMatch(
      /email is not configured[\s\S]*Set SMTP_URL \(smtp:\/\/user:pass@host:587\), CONTACT_TO and CONTACT_FROM/,
    );
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
