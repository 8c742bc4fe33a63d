import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { practice } from "../../.content-collections/generated/index.js";
import { startProductionServer, type ProductionServer } from "../support/production-server";
import { createSmtpSink } from "../support/smtp-sink";
import { confirmedReference, fillContactForm, likeAPerson } from "./support/contact";
import { E2E_PORT } from "./support/e2e-paths";

// A server of its own (not the shared one), because this test kills it.
const PORT = E2E_PORT + 10;
const SMTP_PORT = E2E_PORT + 11;

function outboxRow(dataDir: string, reference: string) {
  const db = new Database(path.join(dataDir, "inquiries.sqlite"), { readonly: true });
  try {
    return db
      .prepare(
        "SELECT i.reference, o.sent_at AS sentAt FROM inquiries i JOIN outbox o ON o.inquiry_id = i.id WHERE i.reference = ?",
      )
      .get(reference);
  } finally {
    db.close();
  }
}

test("an acknowledged inquiry survives kill -9 the next instant, and is emailed once after restart", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "kap-durability-"));
  const sink = createSmtpSink({ port: SMTP_PORT });
  const env = {
    DATA_DIR: dataDir,
    SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
    CONTACT_TO: "staff@practice.test",
    CONTACT_FROM: "website@practice.test",
    MIN_FILL_SECONDS: "1",
    OUTBOX_POLL_SECONDS: "1",
    OUTBOX_RETRY_BASE_SECONDS: "1",
  };
  try {
    // The mail server is down, so nothing can be sent before the kill.
    const first = await startProductionServer(PORT, env);
    await page.goto(`${first.url}/contact`);
    await fillContactForm(page, {
      name: "Ana López",
      email: "durable@example.org",
      contactMethod: "Email",
      office: "Encino",
    });
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

const rowsFor = (dataDir: string, email: string) => {
  const db = new Database(path.join(dataDir, "inquiries.sqlite"), { readonly: true });
  try {
    return db.prepare("SELECT reference FROM inquiries WHERE email = ?").all(email) as { reference: string }[];
  } finally {
    db.close();
  }
};

test.describe("a message the server cannot store", () => {
  test.describe.configure({ mode: "serial" });
  const FAILING_PORT = E2E_PORT + 12;
  const dataDir = mkdtempSync(path.join(tmpdir(), "kap-unsaved-"));
  let server: ProductionServer;
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    server = await startProductionServer(FAILING_PORT, { DATA_DIR: dataDir, MIN_FILL_SECONDS: "1" });
  });
  test.afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`keeps everything typed and gives the phone number, JavaScript ${javaScriptEnabled ? "on" : "off"}; sent again once the store works, it is stored`, async ({
      browser,
    }) => {
      test.setTimeout(90_000);
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const email = `unsaved-${javaScriptEnabled ? "js" : "nojs"}@example.org`;
      const typed = {
        name: "Zoë D’Arcy",
        email,
        contactMethod: "Phone call",
        phone: "(818) 555-0142",
        office: "Encino",
        message: "Kept when the store fails.",
      };
      await page.goto(`${server.url}/contact`);
      await fillContactForm(page, typed);
      await likeAPerson(page);
      // Another process holds the database's write lock past the server's busy timeout (5 s): a real SQLITE_BUSY.
      const otherWriter = new Database(path.join(dataDir, "inquiries.sqlite"));
      otherWriter.exec("BEGIN IMMEDIATE");
      try {
        await page.getByRole("button", { name: "Send message" }).click();
        await expect(page.locator("form").getByRole("alert")).toContainText("We could not save your message", {
          timeout: 30_000,
        });
      } finally {
        otherWriter.exec("ROLLBACK");
        otherWriter.close();
      }
      const alert = page.locator("form").getByRole("alert");
      await expect(alert.getByRole("link", { name: practice!.phone })).toHaveAttribute("href", /^tel:\+1\d{10}$/);
      if (javaScriptEnabled) await expect(alert).toBeFocused();
      await expect(page.getByLabel("Your name")).toHaveValue(typed.name);
      await expect(page.getByLabel("Email address")).toHaveValue(email);
      await expect(page.getByLabel("Phone number")).toHaveValue(typed.phone);
      await expect(page.getByLabel("Phone call")).toBeChecked();
      await expect(page.getByLabel("Encino", { exact: true })).toBeChecked();
      await expect(page.getByLabel("Anything you would like us to know")).toHaveValue(typed.message);
      await expect(page.getByLabel("You may contact me about this inquiry")).toBeChecked();
      expect(rowsFor(dataDir, email)).toEqual([]);
      const log = server.output();
      expect(log).toMatch(/\[contact\] an inquiry could not be stored \(SQLITE_BUSY: database is locked\)/);
      for (const value of [typed.name, email, typed.phone, typed.message]) expect(log).not.toContain(value);

      await page.getByRole("button", { name: "Send message" }).click();
      const reference = await confirmedReference(page);
      expect(rowsFor(dataDir, email)).toEqual([{ reference }]);
      await context.close();
    });
  }
});

test("on SIGTERM during a request, the server stops accepting, finishes the request (stored), stops its services and exits 0", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const port = E2E_PORT + 13;
  const dataDir = mkdtempSync(path.join(tmpdir(), "kap-sigterm-"));
  const server = await startProductionServer(port, { DATA_DIR: dataDir });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    // The form as a browser without JavaScript posts it: the fields, hidden ones and the framework's included.
    await page.goto(`${server.url}/contact`);
    const email = "sigterm@example.org";
    await fillContactForm(page, { name: "Ana López", email, contactMethod: "Email", office: "Encino" });
    const fields = await page
      .locator("form#contact-form")
      .evaluate((form: HTMLFormElement) =>
        [...new FormData(form)].map(([name, value]) => [name, String(value)] as const),
      );
    const form = new FormData();
    for (const [name, value] of fields) form.append(name, value);
    const encoded = new Request(`${server.url}/contact`, { method: "POST", body: form });
    const body = Buffer.from(await encoded.arrayBuffer());

    const request = httpRequest(`${server.url}/contact`, {
      method: "POST",
      headers: {
        "content-type": encoded.headers.get("content-type")!,
        "content-length": body.length,
        origin: server.url,
      },
    });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      request.on("response", (answer) => {
        let text = "";
        answer.on("data", (chunk: Buffer) => (text += chunk.toString()));
        answer.on("end", () => resolve({ status: answer.statusCode!, text }));
      });
      request.on("error", reject);
    });
    // Half the body now, so the request is in progress when the signal arrives.
    request.write(body.subarray(0, body.length >> 1));
    await page.waitForTimeout(500);
    server.process.kill("SIGTERM");
    await expect.poll(() => server.output()).toContain("accepting no new connections");
    await expect(fetch(`${server.url}/`)).rejects.toThrow();
    request.end(body.subarray(body.length >> 1));

    const answer = await response;
    expect(answer.status).toBe(200);
    const reference = answer.text.match(/KAP-[2-9A-HJKMNP-Z]{6}/)?.[0];
    expect(answer.text).toContain("Your message reached us");
    await server.stop();
    expect(server.process.exitCode).toBe(0);
    expect(server.output()).toContain("[contact] outbox, daily reminder and retention purge stopped, database closed");
    // A cleanly closed SQLite database folds its write-ahead log back in and removes it; a killed process leaves it.
    // (Checked before the test opens the file itself.)
    expect(existsSync(path.join(dataDir, "inquiries.sqlite-wal"))).toBe(false);
    expect(readdirSync(path.join(dataDir, "running"))).toEqual([]);
    expect(rowsFor(dataDir, email)).toEqual([{ reference }]);
  } finally {
    await context.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
