import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { startProductionServer } from "../support/production-server";
import { createSmtpSink } from "../support/smtp-sink";
import { confirmedReference, fillContactForm, likeAPerson } from "./support/contact";
import { E2E_PORT } from "./support/e2e-paths";

// A server of its own (not the shared one), because this test kills it.
const PORT = E2E_PORT + 10;
const SMTP_PORT = E2E_PORT + 11;

function outboxRow(dataDir: string, reference: string) {
  const db = new Database(path.join(dataDir, "inquiries.sqlite"), { readonly: true });
  try {
    return db.prepare("SELECT i.reference, o.sent_at AS sentAt FROM inquiries i JOIN outbox o ON o.inquiry_id = i.id WHERE i.reference = ?").get(reference);
  } finally {
    db.close();
  }
}

test("an acknowledged inquiry survives kill -9 the next instant, and is emailed once after restart", async ({ page }) => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "kap-durability-"));
  const sink = createSmtpSink({ port: SMTP_PORT });
  const env = { DATA_DIR: dataDir, SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, CONTACT_TO: "staff@practice.test", CONTACT_FROM: "website@practice.test", MIN_FILL_SECONDS: "1", OUTBOX_POLL_SECONDS: "1", OUTBOX_RETRY_BASE_SECONDS: "1" };
  try {
    // The mail server is down, so nothing can be sent before the kill.
    const first = await startProductionServer(PORT, env);
    await page.goto(`${first.url}/contact`);
    await fillContactForm(page, { name: "Ana López", email: "durable@example.org", contactMethod: "Email", office: "Encino" });
    await likeAPerson(page);
    await page.getByRole("button", { name: "Send message" }).click();
    const reference = await confirmedReference(page);
    first.process.kill("SIGKILL");
    await first.stop();
    expect(first.process.signalCode).toBe("SIGKILL");

    expect(outboxRow(dataDir, reference)).toEqual({ reference, sentAt: null });

    await sink.start();
    const second = await startProductionServer(PORT, env);
    try {
      await sink.waitFor(1, 20_000);
      await page.waitForTimeout(3000); // several outbox passes: a second copy would arrive now
      expect(sink.received.map((mail) => mail.parsed.subject)).toEqual([`New inquiry ${reference}`]);
      expect(outboxRow(dataDir, reference)).toEqual({ reference, sentAt: expect.any(Number) });
    } finally {
      await second.stop();
    }
  } finally {
    await sink.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
