import { afterEach, describe, expect, it } from "vitest";
import { createOutbox } from "@/lib/inquiries/outbox";
import { openInquiryStore, type InquiryStore } from "@/lib/inquiries/store";
import type { StoreDialect } from "@/lib/store/schema";
import { testMailer, testNotification } from "../../support/contact-harness";
import { present } from "../../support/present";
import { createSmtpSink } from "../../support/smtp-sink";
import { contactFor } from "../../support/contact-fixture";
import { DATABASES, freshStoreSettings } from "../../support/store-databases";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Two servers' stores on one database: two connections to one SQLite file, or two pools on one PostgreSQL database. */
async function twoInstances(database: StoreDialect): Promise<[InquiryStore, InquiryStore]> {
  const { settings, remove } = await freshStoreSettings(database);
  cleanups.push(remove);
  const first = await openInquiryStore(settings);
  const second = await openInquiryStore(settings);
  cleanups.push(async () => {
    await first.close();
    await second.close();
  });
  return [first, second];
}

describe.each(DATABASES)("the outbox of two instances on one %s database", (database) => {
  it("never hands one notification to both when they claim at the same moment", async () => {
    const [first, second] = await twoInstances(database);
    const now = Date.now();
    for (let i = 0; i < 40; i++) await first.saveInquiry(contactFor(`Person ${i}`), `key-${i}`, "h", now - 1000);
    const claims = await Promise.all(
      [first, second, first, second, first, second].map((store) => store.claimDue(now, 60_000, 10)),
    );
    const claimed = claims.flat().map((inquiry) => inquiry.reference);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed).toHaveLength(40);
    expect(claims.filter((batch) => batch.length > 0).length).toBeGreaterThan(1);
    // While the leases run, neither instance gets any of them again.
    expect(await first.claimDue(now + 1000, 60_000)).toEqual([]);
    expect(await second.claimDue(now + 1000, 60_000)).toEqual([]);
  });

  it("sends a notification leased by an instance that died once its lease ends, under the Message-ID of its reference", async () => {
    const [dead, alive] = await twoInstances(database);
    const { reference } = await dead.saveInquiry(contactFor("Ana"), "key-ana", "h", Date.now() - 1000);
    // The first instance leases it for 300 ms and is killed before sending: nothing marks it sent or failed.
    expect((await dead.claimDue(Date.now(), 300)).map((inquiry) => inquiry.reference)).toEqual([reference]);
    await dead.close();

    const sink = createSmtpSink();
    await sink.start();
    cleanups.push(() => sink.stop());
    const outbox = createOutbox({
      store: alive,
      mailer: testMailer(sink.url),
      log: { info: () => {}, warn: () => {}, error: () => {} },
      pollMs: 60_000,
      retryBaseMs: 200,
      notificationFor: testNotification,
    });
    cleanups.push(() => outbox.stop());
    expect(await outbox.kick()).toBe(0); // still leased
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await outbox.kick()).toBe(1);
    const mail = present((await sink.waitFor(1))[0], "the staff email");
    expect(mail.parsed.messageId).toBe(`<${reference.toLowerCase()}@inquiries.practice.test>`);
    expect((await alive.outboxState())[0]).toMatchObject({ reference, sentAt: expect.any(Number) });
  });
});
