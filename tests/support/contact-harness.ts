import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { handleInquiry, type InquiryDeps, type InquiryRequest } from "@/lib/contact/handle-inquiry";
import { createSmtpMailer } from "@/lib/contact/mailer";
import { buildNotification } from "@/lib/contact/notification";
import { createOutbox } from "@/lib/contact/outbox";
import { openInquiryStore } from "@/lib/contact/store";
import { createSmtpSink } from "./smtp-sink";

export const VALID_FIELDS = {
  name: "Ana López",
  email: "ana+kap@example.org",
  phone: "+1 (310) 555-0100",
  contactMethod: "phone",
  office: "encino",
  heardFrom: "search",
  message: "I would like to know more about KAP.",
  consent: "on",
};

/** A real SQLite file in a temporary folder, a real SMTP server, and the real outbox and mailer between them. */
export async function createContactHarness(options: { rateLimitMax?: number; dataDir?: string } = {}) {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), "kap-inquiries-"));
  const sink = createSmtpSink();
  await sink.start();
  const logs: string[] = [];
  const log = {
    info: (line: string) => logs.push(line),
    warn: (line: string) => logs.push(line),
    error: (line: string) => logs.push(line),
  };
  const store = openInquiryStore(dataDir);
  const mailer = createSmtpMailer({ smtpUrl: sink.url, from: "website@practice.test", to: "staff@practice.test" });
  const outbox = createOutbox({
    store,
    mailer,
    log,
    pollMs: 60_000,
    retryBaseMs: 200,
    notificationFor: (inquiry) =>
      buildNotification(inquiry, {
        details: "none",
        includeMessage: false,
        officeLabel: (slug) => slug,
        siteUrl: new URL("https://practice.test"),
      }),
  });
  const deps: InquiryDeps = {
    store,
    outbox,
    config: { rateLimit: { max: options.rateLimitMax ?? 5, windowMs: 10 * 60_000 }, minFillMs: 3000 },
    officeSlugs: ["west-los-angeles", "encino"],
    replyWithin: "one business day",
    phone: "(310) 555-0100",
    log,
  };
  const request: InquiryRequest = {
    origin: "http://localhost:3000",
    host: "localhost:3000",
    clientAddress: "203.0.113.7",
    viaScript: true,
  };

  return {
    dataDir,
    sink,
    store,
    outbox,
    deps,
    logs,
    /** Submits like the browser form does, five seconds after the form was opened. */
    submit(
      fields: Record<string, string> = VALID_FIELDS,
      overrides: Partial<InquiryRequest> = {},
      meta: Record<string, string> = {},
    ) {
      const data = new FormData();
      data.append("$ACTION_REF_1", "");
      data.append("$ACTION_KEY", "k1");
      for (const [name, value] of Object.entries({
        formKey: crypto.randomUUID(),
        startedAt: String(Date.now() - 5000),
        website: "",
        ...meta,
        ...fields,
      }))
        data.append(name, value);
      return handleInquiry(data, { ...request, ...overrides }, deps);
    },
    async close() {
      await deps.outbox.stop();
      await sink.stop();
      store.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
