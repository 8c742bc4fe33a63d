import { afterEach, describe, expect, it } from "vitest";
import { createContactHarness, VALID_FIELDS } from "../../support/contact-harness";
import { present } from "../../support/present";
import { countRows, DATABASES } from "../../support/store-databases";

type Harness = Awaited<ReturnType<typeof createContactHarness>>;
let harness: Harness;
afterEach(async () => harness?.close());

const rowsIn = async (h: Harness) => ({
  inquiries: await countRows(h.store.db, "inquiries"),
  outbox: await countRows(h.store.db, "outbox"),
});

describe.each(DATABASES)("an inquiry, end to end through a real %s database and a real SMTP server", (database) => {
  it("is stored, then delivered to staff exactly once", async () => {
    harness = await createContactHarness({ database });
    const state = await harness.submit();
    expect(state).toMatchObject({ status: "sent", firstName: "Ana", contactMethod: "phone" });
    const reference = (state as { reference: string }).reference;
    expect(reference).toMatch(/^KAP-[2-9A-HJKMNP-Z]{6}$/);
    expect(await rowsIn(harness)).toEqual({ inquiries: 1, outbox: 1 });

    const mail = present((await harness.sink.waitFor(1))[0], "the staff email");
    expect(mail.parsed.subject).toBe(`New inquiry ${reference}`);
    expect(mail.parsed.text?.trim()).toBe(
      `New inquiry ${reference}: open https://practice.test/staff/inquiries/${reference}`,
    );
    expect(mail.parsed.replyTo).toBeUndefined();
    for (const value of [VALID_FIELDS.name, VALID_FIELDS.email, VALID_FIELDS.phone, VALID_FIELDS.message])
      expect(mail.raw).not.toContain(value);
    await harness.outbox.kick();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(harness.sink.received).toHaveLength(1);
    expect(await harness.store.outboxState()).toEqual([
      expect.objectContaining({ reference, attempts: 0, sentAt: expect.any(Number) }),
    ]);
  });

  it("keeps an inquiry while SMTP is down and delivers it once when SMTP is back", async () => {
    harness = await createContactHarness({ database });
    await harness.sink.stop();
    const state = await harness.submit();
    expect(state.status).toBe("sent");
    await harness.outbox.kick();
    expect((await harness.store.outboxState())[0]).toMatchObject({ attempts: 1, sentAt: null });
    expect(
      harness.logs.some((line) => /notification not sent \(attempt 1, E[A-Z]+\); retrying in \d+ s$/.test(line)),
    ).toBe(true);

    await harness.sink.start();
    await new Promise((resolve) => setTimeout(resolve, 400)); // past the first retry delay (200 ms ± jitter)
    await harness.outbox.kick();
    await harness.sink.waitFor(1);
    await harness.outbox.kick();
    expect(harness.sink.received).toHaveLength(1);
    expect((await harness.store.outboxState())[0]).toMatchObject({ attempts: 1, sentAt: expect.any(Number) });
  });

  it("stores a double submit of one form once, answering both with the same reference", async () => {
    harness = await createContactHarness({ database });
    const meta = { formKey: "render-1" };
    const [first, second] = await Promise.all([
      harness.submit(VALID_FIELDS, {}, meta),
      harness.submit(VALID_FIELDS, {}, meta),
    ]);
    expect(first).toEqual(second);
    expect(await rowsIn(harness)).toEqual({ inquiries: 1, outbox: 1 });
  });

  it.each([
    ["an invalid form", { ...VALID_FIELDS, email: "nope" }, {}, "invalid"],
    ["a filled honeypot", VALID_FIELDS, { website: "https://spam.example" }, "sent"],
    // Opened "now" when the test runs, not when this table is built: earlier tests can take longer than the 3 s fill time.
    ["a form sent faster than a person types", VALID_FIELDS, () => ({ startedAt: String(Date.now()) }), "sent"],
    ["an unknown field", { ...VALID_FIELDS, isAdmin: "true" }, {}, "refused"],
  ])("writes nothing and sends nothing for %s", async (_label, fields, meta, status) => {
    harness = await createContactHarness({ database });
    const state = await harness.submit(
      fields as Record<string, string>,
      {},
      (typeof meta === "function" ? meta() : meta) as Record<string, string>,
    );
    expect(state.status).toBe(status);
    await harness.outbox.kick();
    expect(await rowsIn(harness)).toEqual({ inquiries: 0, outbox: 0 });
    expect(harness.sink.received).toHaveLength(0);
  });

  it("counts bot attempts without storing them", async () => {
    harness = await createContactHarness({ database });
    await harness.submit(VALID_FIELDS, {}, { website: "spam" });
    await harness.submit(VALID_FIELDS, {}, { startedAt: String(Date.now()) });
    expect((await harness.store.abuseCounts()).map(({ kind, count }) => [kind, count]).toSorted()).toEqual([
      ["honeypot", 1],
      ["too-fast", 1],
    ]);
  });

  it.each(["https://evil.example", "null", "not a url", "http://[::1"])(
    "refuses the Origin %j (foreign or malformed) with a message and stores nothing",
    async (origin) => {
      harness = await createContactHarness({ database });
      const state = await harness.submit(VALID_FIELDS, { origin });
      expect(state).toMatchObject({
        status: "refused",
        message: expect.stringContaining("only be sent from our own website"),
      });
      expect(await rowsIn(harness)).toEqual({ inquiries: 0, outbox: 0 });
    },
  );

  it("rate-limits one client after five inquiries, with a polite message, and stores no sixth", async () => {
    harness = await createContactHarness({ database });
    for (let i = 0; i < 5; i++)
      expect((await harness.submit({ ...VALID_FIELDS, message: `note ${i}` })).status).toBe("sent");
    const sixth = await harness.submit({ ...VALID_FIELDS, message: "note 6" });
    expect(sixth).toMatchObject({
      status: "refused",
      message: expect.stringMatching(/several messages in the last 10 minutes.*call us at \(310\) 555-0100/),
    });
    expect((await rowsIn(harness)).inquiries).toBe(5);
    expect(
      (await harness.submit({ ...VALID_FIELDS, message: "note 6" }, { clientAddress: "198.51.100.2" })).status,
    ).toBe("sent");
    await harness.sink.waitFor(6);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(harness.sink.received).toHaveLength(6);
  });

  it("counts an IPv6 visitor by their /64, so new addresses from one block do not reset the limit", async () => {
    harness = await createContactHarness({ database });
    for (let i = 1; i <= 5; i++) {
      const state = await harness.submit(
        { ...VALID_FIELDS, message: `note ${i}` },
        { clientAddress: `2001:db8:1:2::${i}` },
      );
      expect(state.status).toBe("sent");
    }
    const sixth = await harness.submit(
      { ...VALID_FIELDS, message: "note 6" },
      { clientAddress: "2001:db8:1:2:abcd::6" },
    );
    expect(sixth).toMatchObject({ status: "refused", message: expect.stringContaining("several messages") });
    expect(
      (await harness.submit({ ...VALID_FIELDS, message: "note 7" }, { clientAddress: "2001:db8:1:3::1" })).status,
    ).toBe("sent");
    expect((await rowsIn(harness)).inquiries).toBe(6);
  });

  it("lets no burst of simultaneous submissions from one visitor past the limit", async () => {
    harness = await createContactHarness({ database });
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => harness.submit({ ...VALID_FIELDS, message: `burst ${i}` })),
    );
    expect(answers.filter((answer) => answer.status === "sent")).toHaveLength(5);
    expect(answers.filter((answer) => answer.status === "refused")).toHaveLength(7);
    expect(await rowsIn(harness)).toEqual({ inquiries: 5, outbox: 5 });
  });

  it("stops storing after the hourly limit for everyone together, asks visitors to call, and logs that once without who", async () => {
    harness = await createContactHarness({ database, everyonePerHour: 3 });
    const from = (n: number) => ({ clientAddress: `198.51.100.${n}` });
    for (let n = 1; n <= 3; n++)
      expect((await harness.submit({ ...VALID_FIELDS, message: `note ${n}` }, from(n))).status).toBe("sent");
    const [fourth, fifth] = await Promise.all([
      harness.submit({ ...VALID_FIELDS, message: "note 4" }, from(4)),
      harness.submit({ ...VALID_FIELDS, message: "note 5" }, from(5)),
    ]);
    for (const refused of [fourth, fifth])
      expect(refused).toMatchObject({
        status: "refused",
        message: expect.stringMatching(/paused the form.*call us at \(310\) 555-0100/),
        values: expect.objectContaining({ message: expect.stringMatching(/^note [45]$/) }),
      });
    expect((await rowsIn(harness)).inquiries).toBe(3);
    const warned = harness.logs.filter((line) => /from all visitors together/.test(line));
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/INQUIRIES_PER_HOUR_MAX/);
    expect(harness.logs.join("\n")).not.toMatch(/198\.51\.100|Ana|example\.org|note \d/);
  });

  it("delivers CR/LF and HTML typed into every field as inert text", async () => {
    harness = await createContactHarness({ database });
    const hostile = "x\r\nBcc: victim@example.com\r\n\r\n<script>alert(1)</script>";
    // Fields the schema refuses with line breaks come back as errors; nothing is stored.
    const refused = await harness.submit({
      ...VALID_FIELDS,
      name: `Ana${hostile}`,
      email: `ana@example.org${hostile}`,
      phone: `555${hostile}`,
    });
    expect(refused).toMatchObject({
      status: "invalid",
      fieldErrors: { name: expect.any(String), email: expect.any(String), phone: expect.any(String) },
    });
    expect((await rowsIn(harness)).inquiries).toBe(0);

    await harness.deps.outbox.stop();
    const { createOutbox } = await import("@/lib/inquiries/outbox");
    const { buildNotification } = await import("@/lib/inquiries/notification");
    const { createSmtpMailer } = await import("@/lib/inquiries/mailer");
    const withMessage = createOutbox({
      store: harness.store,
      log: harness.deps.log,
      pollMs: 60_000,
      retryBaseMs: 200,
      mailer: createSmtpMailer({ smtpUrl: harness.sink.url, from: "website@practice.test", to: "staff@practice.test" }),
      notificationFor: (inquiry) =>
        buildNotification(inquiry, {
          details: "contact",
          includeMessage: true,
          officeLabel: (slug) => slug,
          siteUrl: new URL("https://practice.test"),
        }),
    });
    harness.deps.outbox = withMessage;
    const accepted = await harness.submit({
      ...VALID_FIELDS,
      name: "Ana <b>López</b>".replace(/[<>/]/g, ""),
      message: `Hello${hostile}`,
    });
    expect(accepted.status).toBe("sent");
    const mail = present((await harness.sink.waitFor(1))[0], "the staff email");
    await withMessage.stop();
    expect(mail.parsed.headers.get("bcc")).toBeUndefined();
    expect(mail.parsed.to).toMatchObject({ text: "staff@practice.test" });
    expect(mail.parsed.html).toBe(false);
    expect(mail.parsed.text).toContain("  | <script>alert(1)</script>");
    const headerBlock = mail.raw.split(/\r?\n\r?\n/)[0];
    expect(headerBlock).not.toMatch(/victim@example\.com|<script>/);
  });
});
