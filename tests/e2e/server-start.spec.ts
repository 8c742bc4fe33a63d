import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
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
