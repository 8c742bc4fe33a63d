import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Who may run an outbox pass from outside: a scheduler of the host (a cron job, a serverless platform's cron)
 * that sends `Authorization: Bearer <OUTBOX_TRIGGER_SECRET>`. Where no process stays up, nothing else sends the
 * notifications of inquiries stored while the last delivery pass was cut off.
 */
export const OUTBOX_TRIGGER_MIN_SECRET_LENGTH = 32;

export type TriggerVerdict = "disabled" | "refused" | "allowed";

/** Compares digests, so the time taken says nothing about how much of the secret a caller guessed right. */
const sameSecret = (given: string, secret: string) =>
  timingSafeEqual(createHash("sha256").update(given).digest(), createHash("sha256").update(secret).digest());

export function judgeOutboxTrigger(authorization: string | null, secret: string | undefined): TriggerVerdict {
  if (!secret) return "disabled";
  if (secret.length < OUTBOX_TRIGGER_MIN_SECRET_LENGTH)
    throw new Error(
      `OUTBOX_TRIGGER_SECRET is too short: use at least ${OUTBOX_TRIGGER_MIN_SECRET_LENGTH} characters, e.g. openssl rand -hex 32`,
    );
  const given = authorization?.match(/^Bearer (.+)$/)?.[1];
  return given !== undefined && sameSecret(given, secret) ? "allowed" : "refused";
}
