import { afterEach, describe, expect, it } from "vitest";
import { createOutbox, NEEDS_ATTENTION_AFTER_FAILURES } from "@/lib/inquiries/outbox";
import { testMailer, testNotification } from "../../support/contact-harness";
import { createSmtpSink } from "../../support/smtp-sink";
import { openStaffStores, type StaffStores } from "../../support/staff-store";
import { DATABASES } from "../../support/store-databases";
import type { StoreDialect } from "@/lib/store/schema";

let stores: StaffStores | undefined;
let stopSink: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stopSink?.();
  await stores?.close();
});

async function outboxWithMailServerDown(database: StoreDialect) {
  stores = await openStaffStores(database);
  const sink = createSmtpSink();
  await sink.start();
  await sink.stop(); // its port now refuses connections, as a mail server that is down does
  stopSink = () => sink.stop();
  const lines: { level: string; line: string }[] = [];
  const log = {
    info: (line: string) => lines.push({ level: "info", line }),
    warn: (line: string) => lines.push({ level: "warn", line }),
    error: (line: string) => lines.push({ level: "error", line }),
  };
  const outbox = createOutbox({
    store: stores.store,
    log,
    pollMs: 60_000,
    retryBaseMs: 60_000,
    mailer: testMailer(sink.url),
    notificationFor: testNotification,
  });
  return { sink, outbox, lines, stores };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The retry delay passing: the failed notification is due now, so the next pass makes exactly one more attempt. */
const retryDelayPassed = (stores: StaffStores) =>
  stores.store.db.updateTable("outbox").set({ next_attempt_at: 0 }).execute();

describe.each(DATABASES)("a notification that keeps failing, on %s", (database) => {
  it(`is flagged for the inbox after ${NEEDS_ATTENTION_AFTER_FAILURES} failures in a row, logged as an error once, retried, and unflagged once sent`, async () => {
    const { sink, outbox, lines, stores } = await outboxWithMailServerDown(database);
    const reference = await stores.receive("Ana", Date.now());
    for (let attempt = 1; attempt < NEEDS_ATTENTION_AFTER_FAILURES; attempt++) {
      await outbox.kick();
      await retryDelayPassed(stores);
    }
    expect((await stores.store.outboxState())[0]).toMatchObject({
      attempts: NEEDS_ATTENTION_AFTER_FAILURES - 1,
      sentAt: null,
    });
    expect((await stores.inbox.list({ page: 1 })).rows[0]?.notificationNeedsAttention).toBe(false);
    expect(lines.filter((entry) => entry.level === "error")).toEqual([]);

    for (let attempt = 0; attempt < 3; attempt++) {
      await outbox.kick();
      await retryDelayPassed(stores);
    }
    expect((await stores.store.outboxState())[0]).toMatchObject({
      attempts: NEEDS_ATTENTION_AFTER_FAILURES + 2,
      sentAt: null,
    });
    expect((await stores.inbox.list({ page: 1 })).rows[0]?.notificationNeedsAttention).toBe(true);
    expect((await stores.inbox.get(reference))!.notification).toMatchObject({ needsAttention: true, sentAt: null });
    const errors = lines.filter((entry) => entry.level === "error").map((entry) => entry.line);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(
        `^\\[contact\\] ${reference} notification has failed ${NEEDS_ATTENTION_AFTER_FAILURES} times in a row \\(last: E[A-Z]+\\).*Check SMTP_URL`,
      ),
    );

    await sink.start();
    expect(await outbox.kick()).toBe(1);
    await sink.waitFor(1);
    expect((await stores.inbox.list({ page: 1 })).rows[0]?.notificationNeedsAttention).toBe(false);
    await outbox.stop();
  });

  it("an outbox pass that cannot reach the database logs an error and resolves: no unhandled rejection", async () => {
    const { outbox, lines, stores } = await outboxWithMailServerDown(database);
    await stores.receive("Ana", Date.now());
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", listener);
    try {
      await stores.store.close();
      await expect(outbox.kick()).resolves.toBe(0);
      void outbox.kick();
      await pause(50);
    } finally {
      process.off("unhandledRejection", listener);
    }
    expect(unhandled).toEqual([]);
    expect(lines.filter((entry) => entry.level === "error").map((entry) => entry.line)[0]).toMatch(
      /an outbox pass failed \(.+\); unsent notifications stay stored/,
    );
  });

  it("once stopped (the server's last step before closing the database), a late kick does nothing and logs nothing", async () => {
    const { outbox, lines, stores } = await outboxWithMailServerDown(database);
    await stores.receive("Ana", Date.now());
    await outbox.stop();
    await stores.store.close();
    await expect(outbox.kick()).resolves.toBe(0);
    expect(lines).toEqual([]);
  });
});
