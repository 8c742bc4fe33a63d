import { afterEach, describe, expect, it } from "vitest";
import { createSmtpMailer } from "@/lib/inquiries/mailer";
import { openInquiryStore } from "@/lib/inquiries/store";
import { createDailyReminder } from "@/lib/inquiries/daily-reminder";
import { createInboxStore } from "@/lib/inquiries/inbox";
import { createSmtpSink } from "../../support/smtp-sink";
import { openStaffStores } from "../../support/staff-store";
import { DATABASES } from "../../support/store-databases";
import type { StoreDialect } from "@/lib/store/schema";
import { present } from "../../support/present";

const HOUR = 60 * 60 * 1000;
// 09:00 in Los Angeles (PST, UTC-8) on 2 December 2026.
const MORNING = Date.UTC(2026, 11, 2, 17);
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

async function setUp(database: StoreDialect) {
  const stores = await openStaffStores(database);
  const sink = createSmtpSink();
  await sink.start();
  const mailer = createSmtpMailer({ smtpUrl: sink.url, from: "website@practice.test", to: "staff@practice.test" });
  const logs: string[] = [];
  const log = {
    info: (line: string) => logs.push(line),
    warn: (line: string) => logs.push(line),
    error: (line: string) => logs.push(line),
  };
  const reminderFor = (store = stores.store) =>
    createDailyReminder({
      db: store.db,
      inbox: createInboxStore(store),
      mailer,
      log,
      siteUrl: new URL("https://practice.test"),
    });
  cleanup = async () => {
    mailer.close();
    await sink.stop();
    await stores.close();
  };
  return { stores, sink, logs, reminderFor };
}

describe.each(DATABASES)("the daily reminder on %s, through a real SMTP server", (database) => {
  it("lists only the references of inquiries New for more than 24 hours, with links, and nothing else about them", async () => {
    const { stores, sink, reminderFor } = await setUp(database);
    const waiting = await stores.receive("Ana López", MORNING - 30 * HOUR, {
      phone: "+1 310 555 0100",
      contactMethod: "phone",
      message: "private words",
    });
    const alsoWaiting = await stores.receive("Ben Okafor", MORNING - 26 * HOUR);
    const answered = await stores.receive("Chloe", MORNING - 40 * HOUR);
    await stores.inbox.setStatus(answered, "contacted");
    const recent = await stores.receive("Dev", MORNING - 2 * HOUR);

    expect(await reminderFor().check(MORNING)).toBe("sent");
    const mail = present((await sink.waitFor(1))[0], "the reminder email");
    expect(mail.parsed.subject).toBe("2 inquiries have waited more than 24 hours");
    expect(mail.parsed.text?.trim()).toBe(
      [
        "2 inquiries have been New for more than 24 hours:",
        "",
        `${waiting}  https://practice.test/staff/inquiries/${waiting}`,
        `${alsoWaiting}  https://practice.test/staff/inquiries/${alsoWaiting}`,
        "",
        "Open the inbox: https://practice.test/staff",
      ].join("\n"),
    );
    for (const absent of [answered, recent, "Ana", "López", "555", "private words", "example.org"])
      expect(mail.raw).not.toContain(absent);
  });

  it("goes out once a practice day, also across a restart, and again the next morning", async () => {
    const { stores, sink, reminderFor } = await setUp(database);
    await stores.receive("Ana", MORNING - 30 * HOUR);
    expect(await reminderFor().check(MORNING)).toBe("sent");
    expect(await reminderFor().check(MORNING + 5 * HOUR)).toBe("already-sent-today"); // a new instance: the server restarted
    expect(await reminderFor().check(MORNING + 22 * HOUR)).toBe("too-early"); // 07:00 the next day
    expect(await reminderFor().check(MORNING + 24 * HOUR)).toBe("sent");
    await sink.waitFor(2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sink.received).toHaveLength(2);
  });

  it("of two instances on one database checking at the same moment, one sends it", async () => {
    const { stores, sink, reminderFor } = await setUp(database);
    await stores.receive("Ana", MORNING - 30 * HOUR);
    const other = await openInquiryStore(stores.settings);
    try {
      const outcomes = await Promise.all([reminderFor().check(MORNING), reminderFor(other).check(MORNING)]);
      expect(outcomes.toSorted()).toEqual(["already-sent-today", "sent"]);
    } finally {
      await other.close();
    }
    await sink.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sink.received).toHaveLength(1);
  });

  it("sends nothing when nothing has waited a day", async () => {
    const { stores, sink, reminderFor } = await setUp(database);
    await stores.receive("Ana", MORNING - 23 * HOUR);
    expect(await reminderFor().check(MORNING)).toBe("nothing-waiting");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sink.received).toHaveLength(0);
  });

  it("when the mail server is down, logs it, resolves, and sends at the next check once it is back", async () => {
    const { stores, sink, logs, reminderFor } = await setUp(database);
    await stores.receive("Ana", MORNING - 30 * HOUR);
    const reminder = reminderFor();
    await sink.stop();
    expect(await reminder.check(MORNING)).toBe("failed");
    expect(logs.at(-1)).toMatch(/^\[staff\] daily reminder not sent \(E[A-Z]+\); trying again within the hour$/);
    await sink.start();
    expect(await reminder.check(MORNING + HOUR)).toBe("sent");
    await sink.waitFor(1);
  });
});
