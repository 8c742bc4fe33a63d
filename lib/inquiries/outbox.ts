import "server-only";
import type { Mailer } from "./mailer";
import type { Notification } from "./notification";
import type { InquiryStore, StoredInquiry } from "./store";

export type Log = { info: (line: string) => void; warn: (line: string) => void; error: (line: string) => void };

/** After this many failures in a row a notification is flagged in the inbox and logged as an error, once; it keeps retrying. */
export const NEEDS_ATTENTION_AFTER_FAILURES = 8;
/**
 * How long a claimed notification is this sender's: longer than one SMTP send can take, so a slow send is not
 * taken over; short enough that one leased by an instance that died goes out from another soon after.
 */
export const LEASE_MS = 120_000;

type OutboxOptions = {
  store: InquiryStore;
  mailer: Mailer | null;
  notificationFor: (inquiry: StoredInquiry) => Notification;
  log: Log;
  pollMs: number;
  retryBaseMs: number;
  retryMaxMs?: number;
  /** OUTBOX_LEASE_SECONDS; {@link LEASE_MS} unless set. */
  leaseMs?: number;
};

/** 1×, 2×, 4× … the base delay, capped, with a little jitter so many failures do not retry in step. */
export function retryDelay(attempt: number, baseMs: number, maxMs: number): number {
  const delay = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(delay * (0.9 + Math.random() * 0.2));
}

/**
 * Delivers stored notifications. Each is leased before sending and marked sent right after the SMTP server
 * accepts it; a failure schedules a retry with backoff. Nothing is dropped: an unsent notification stays in
 * the database until it goes out, across restarts. Logs carry the reference and outcome, never what a visitor wrote.
 */
export function createOutbox({
  store,
  mailer,
  notificationFor,
  log,
  pollMs,
  retryBaseMs,
  retryMaxMs = 15 * 60_000,
  leaseMs = LEASE_MS,
}: OutboxOptions) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let again = false;
  let stopped = false;

  async function deliverDue(): Promise<number> {
    if (!mailer) return 0;
    let sent = 0;
    let failed = false;
    // A failure ends the pass after its batch: a retry due sooner than one slow send took would otherwise be tried
    // again at once, ignoring its backoff. The next pass (a poll or a new inquiry) takes it up.
    for (
      let batch = await store.claimDue(Date.now(), leaseMs);
      batch.length > 0;
      batch = failed ? [] : await store.claimDue(Date.now(), leaseMs)
    ) {
      for (const inquiry of batch) {
        try {
          await mailer.send(notificationFor(inquiry));
        } catch (error) {
          const attempt = inquiry.attempts + 1;
          const delay = retryDelay(attempt, retryBaseMs, retryMaxMs);
          const reason =
            (error as { code?: string; responseCode?: number }).code ??
            (error as { responseCode?: number }).responseCode ??
            "error";
          failed = true;
          await store.markFailed(inquiry.id, Date.now() + delay, String(reason));
          log.warn(
            `[contact] ${inquiry.reference} notification not sent (attempt ${attempt}, ${reason}); retrying in ${Math.round(delay / 1000)} s`,
          );
          if (attempt >= NEEDS_ATTENTION_AFTER_FAILURES && (await store.markNeedsAttention(inquiry.id))) {
            log.error(
              `[contact] ${inquiry.reference} notification has failed ${attempt} times in a row (last: ${reason}). Staff have not been emailed about this inquiry; it is marked in the inbox. Check SMTP_URL, CONTACT_TO and the mail server; retrying continues.`,
            );
          }
          continue;
        }
        // Should the database fail here, the pass ends and the lease runs out: the email goes again, under the same
        // Message-ID (derived from the reference), so a mail client shows it as the same message.
        await store.markSent(inquiry.id);
        sent++;
        log.info(`[contact] ${inquiry.reference} notification sent`);
      }
    }
    return sent;
  }

  /** Runs one delivery pass now, or right after the one in progress. */
  function kick(): Promise<number> {
    if (stopped) return Promise.resolve(0);
    if (running) {
      again = true;
      return running;
    }
    // Called without awaiting (after a form is saved, from a timer): a failure here must be logged, never left as
    // an unhandled rejection, which would end the server process.
    running = deliverDue()
      .catch((error: unknown) => {
        log.error(
          `[contact] an outbox pass failed (${error instanceof Error ? error.message : String(error)}); unsent notifications stay stored, and the next pass tries again`,
        );
        return 0;
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          void kick();
        }
      });
    return running;
  }

  return {
    kick,
    start() {
      timer ??= setInterval(() => void kick(), pollMs);
      timer.unref();
      return kick();
    },
    /** Stops polling and waits for a delivery pass in progress to finish; later kicks do nothing. */
    async stop() {
      stopped = true;
      clearInterval(timer);
      timer = undefined;
      await running;
      mailer?.close();
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
