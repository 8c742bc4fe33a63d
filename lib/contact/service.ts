import "server-only";
import { getOffices, getPractice } from "../content";
import { siteUrl } from "../seo/site-url";
import { createAuditLog } from "../staff/audit-log";
import { createDailyReminder } from "../staff/daily-reminder";
import { createInboxStore } from "../staff/inbox-store";
import { onServerStop } from "../server-stop";
import { markServerRunning } from "../store/server-lock";
import { loadContactConfig } from "./config";
import { createFormBusy, type InquiryDeps } from "./handle-inquiry";
import { createSmtpMailer } from "./mailer";
import { practiceDetailText } from "../practice-details";
import { officeLabel } from "./office-label";
import { buildNotification } from "./notification";
import { createOutbox, type Log } from "./outbox";
import { createRetention } from "./retention";
import { openInquiryStore } from "./store";
import { createStoreOutage } from "./store-outage";

const log: Log = {
  info: (line) => console.log(line),
  warn: (line) => console.warn(line),
  error: (line) => console.error(line),
};

async function createService() {
  const config = loadContactConfig();
  const store = await openInquiryStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  const inbox = createInboxStore(store);
  const audit = createAuditLog(store.db);
  const practice = getPractice();
  const mailer = config.email ? createSmtpMailer(config.email) : null;
  const site = siteUrl();
  const outbox = createOutbox({
    store,
    mailer,
    log,
    pollMs: config.outbox.pollMs,
    retryBaseMs: config.outbox.retryBaseMs,
    leaseMs: config.outbox.leaseMs,
    notificationFor: (inquiry) =>
      buildNotification(inquiry, {
        details: config.emailDetails,
        includeMessage: config.emailIncludesMessage,
        officeLabel,
        siteUrl: site,
      }),
  });
  const reminder = mailer ? createDailyReminder({ db: store.db, inbox, mailer, log, siteUrl: site }) : null;
  const retention = createRetention({ store, dataDir: config.dataDir, retentionDays: config.retentionDays, log });
  const deps: InquiryDeps = {
    store,
    outbox,
    outage: createStoreOutage(log, store.dialect),
    config,
    busy: createFormBusy(log),
    officeSlugs: getOffices().map((office) => office.slug),
    replyWithin: practiceDetailText(practice, "replyWithin"),
    phone: practice.phone,
    log,
  };
  return { config, store, inbox, audit, outbox, reminder, retention, deps };
}

type ContactService = Awaited<ReturnType<typeof createService>>;
const holder = globalThis as typeof globalThis & { __contactService?: Promise<ContactService> };

/** One database connection, outbox, inbox and audit log per server process, created on first use (or at start by instrumentation.ts). */
export function getContactService(): Promise<ContactService> {
  holder.__contactService ??= createService().catch((error: unknown) => {
    // A failed start is not kept: the next caller (a script run again, a test) tries afresh.
    holder.__contactService = undefined;
    throw error;
  });
  return holder.__contactService;
}

/** Called once when the server starts: settings and the database are checked now, not on the first visitor's message. */
export async function startContactService() {
  const { config, store, outbox, reminder, retention } = await getContactService();
  if (store.migration.from !== store.migration.to)
    log.info(`[contact] inquiry database migrated from version ${store.migration.from} to ${store.migration.to}`);
  log.info(`[contact] inquiries are stored in ${store.location}`);
  // Before any request: a restored copy may hold inquiries that were erased, or are past RETENTION_DAYS.
  await retention.atStart();
  // Lets npm run restore see that the site is running and refuse to replace the SQLite file under it.
  const runningMark = store.dialect === "sqlite" ? markServerRunning(config.dataDir) : null;
  // After the last request: no delivery pass or reminder is cut off half-way, and the database closes cleanly.
  onServerStop(async () => {
    await outbox.stop();
    await reminder?.stop();
    await retention.stop();
    runningMark?.remove();
    await store.close();
    log.info("[contact] outbox, daily reminder and retention purge stopped, database closed");
  });
  if (!config.email) {
    log.warn(
      "[contact] email is not configured: inquiries are stored but staff are not notified. Set SMTP_URL (smtp://user:pass@host:587), CONTACT_TO and CONTACT_FROM, then restart; stored inquiries will be sent then.",
    );
  }
  if (config.emailIncludesMessage && config.emailDetails !== "contact") {
    log.warn(
      "[contact] CONTACT_EMAIL_INCLUDES_MESSAGE=true has no effect: the staff email carries no inquiry content unless CONTACT_EMAIL_DETAILS=contact is set too.",
    );
  }
  void outbox.start();
  void reminder?.start();
  retention.start();
}
