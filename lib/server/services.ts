import "server-only";
import { loadContactConfig } from "../contact/config";
import { createFormBusy, type InquiryDeps } from "../contact/handle-inquiry";
import { createStoreOutage } from "../contact/store-outage";
import { getOffices, getPractice } from "../content";
import { practiceDetailText } from "../practice-details";
import { createDailyReminder } from "../inquiries/daily-reminder";
import { createInboxStore } from "../inquiries/inbox";
import { createSmtpMailer } from "../inquiries/mailer";
import { buildNotification } from "../inquiries/notification";
import { officeLabel } from "../inquiries/office-label";
import { createOutbox, type Log } from "../inquiries/outbox";
import { createRetention } from "../inquiries/retention";
import { openInquiryStore } from "../inquiries/store";
import { siteUrl } from "../seo/site-url";
import { onServerStop } from "../server-stop";
import { createAuditLog } from "../staff/audit-log";
import { createCredentials } from "../staff/credentials";
import { createStaffSessions } from "../staff/sessions";
import { createSignInLimit, PASSKEY_REQUEST_LIMITS } from "../staff/sign-in-limit";
import { createUsedCodes } from "../staff/used-codes";
import { markServerRunning } from "../store/server-lock";

const log: Log = {
  info: (line) => console.log(line),
  warn: (line) => console.warn(line),
  error: (line) => console.error(line),
};

/**
 * The composition root: the one place the database is opened, and everything that works on it is built on that one
 * connection. The sign-in library's instance is made apart, on first use, by lib/server/auth.ts.
 */
async function createServices() {
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
  const { db } = store;
  return {
    config,
    store,
    inbox,
    audit,
    outbox,
    reminder,
    retention,
    deps,
    signInLimit: createSignInLimit(db, store.dialect),
    passkeyLimit: createSignInLimit(db, store.dialect, PASSKEY_REQUEST_LIMITS, "passkey:"),
    usedCodes: createUsedCodes(db),
    credentials: createCredentials(db),
    sessions: createStaffSessions(db),
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
// Next bundles this module more than once (instrumentation, pages, actions): the holder keeps one per process.
const holder = globalThis as typeof globalThis & { __services?: Promise<Services> };

/**
 * One database connection, outbox, inbox, audit log, sign-in limits and used codes per server process, created on
 * first use (or at start by instrumentation.ts).
 */
export function getServices(): Promise<Services> {
  holder.__services ??= createServices().catch((error: unknown) => {
    // A failed start is not kept: the next caller (a script run again, a test) tries afresh.
    holder.__services = undefined;
    throw error;
  });
  return holder.__services;
}

/** Called once when the server starts: settings and the database are checked now, not on the first visitor's message. */
export async function startServices() {
  const { config, store, outbox, reminder, retention } = await getServices();
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
