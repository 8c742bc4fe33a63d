import { createFormBusy, handleInquiry, type InquiryDeps, type InquiryRequest } from "@/lib/contact/handle-inquiry";
import { createSmtpMailer } from "@/lib/inquiries/mailer";
import { buildNotification } from "@/lib/inquiries/notification";
import { createOutbox } from "@/lib/inquiries/outbox";
import { openInquiryStore, type StoredInquiry } from "@/lib/inquiries/store";
import { createStoreOutage } from "@/lib/contact/store-outage";
import type { StoreSettings } from "@/lib/store/database";
import type { StoreDialect } from "@/lib/store/schema";
import { createSmtpSink } from "./smtp-sink";
import { freshStoreSettings } from "./store-databases";

/** The staff email as the site sends it by default (link only), for a test practice at practice.test. */
export const testNotification = (inquiry: StoredInquiry) =>
  buildNotification(inquiry, {
    details: "none",
    includeMessage: false,
    officeLabel: (slug) => slug,
    siteUrl: new URL("https://practice.test"),
  });

/** A mailer to a test SMTP sink. */
export const testMailer = (smtpUrl: string) =>
  createSmtpMailer({ smtpUrl, from: "website@practice.test", to: "staff@practice.test" });

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

/**
 * A real database (a SQLite file in a temporary folder by default, or a fresh PostgreSQL database), a real SMTP
 * server, and the real outbox and mailer between them. With dataDir (SQLite in that folder) or settings, the
 * database is the caller's, kept afterwards.
 */
export async function createContactHarness(
  options: {
    rateLimitMax?: number;
    everyonePerHour?: number;
    dataDir?: string;
    database?: StoreDialect;
    settings?: StoreSettings;
  } = {},
) {
  const fresh = options.dataDir || options.settings ? null : await freshStoreSettings(options.database ?? "sqlite");
  const settings = options.settings ?? fresh?.settings ?? { dataDir: options.dataDir! };
  const dataDir = settings.dataDir;
  const sink = createSmtpSink();
  await sink.start();
  const logs: string[] = [];
  const log = {
    info: (line: string) => logs.push(line),
    warn: (line: string) => logs.push(line),
    error: (line: string) => logs.push(line),
  };
  const store = await openInquiryStore(settings);
  const mailer = testMailer(sink.url);
  const outbox = createOutbox({
    store,
    mailer,
    log,
    pollMs: 60_000,
    retryBaseMs: 200,
    notificationFor: testNotification,
  });
  const deps: InquiryDeps = {
    store,
    outbox,
    outage: createStoreOutage(log, store.dialect),
    config: {
      rateLimit: {
        max: options.rateLimitMax ?? 5,
        windowMs: 10 * 60_000,
        everyonePerHour: options.everyonePerHour ?? 60,
      },
      minFillMs: 3000,
    },
    busy: createFormBusy(log),
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
      await store.close();
      await fresh?.remove();
    },
  };
}
