import path from "node:path";
import { z } from "zod";
import { canonicalAddress } from "../security/ip-address";
import { EMAIL_DETAILS } from "../inquiries/notification";
import { LEASE_MS } from "../inquiries/outbox";

const flag = (name: string) =>
  z
    .enum(["true", "false"], { error: `${name} must be true or false` })
    .default("false")
    .transform((value) => value === "true");

const wholeNumber = (name: string, fallback: number, min = 0) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int({ error: `${name} must be a whole number` })
    .min(min, { error: `${name} must be at least ${min}` })
    .default(fallback);

/** Where our proxy runs unless TRUSTED_PROXIES says otherwise: Caddy on the same machine connects from loopback. */
export const LOOPBACK_PROXIES = ["127.0.0.1", "::1"] as const;

const trustedProxies = z
  .string()
  .optional()
  .transform((value, context) => {
    const written = (value ?? LOOPBACK_PROXIES.join(","))
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    const addresses = written.map((part) => canonicalAddress(part));
    const wrong = written.filter((_part, index) => addresses[index] === null);
    if (wrong.length > 0 || written.length === 0) {
      context.addIssue({
        code: "custom",
        message: `TRUSTED_PROXIES must be the addresses our proxy connects from, separated by commas, like TRUSTED_PROXIES=127.0.0.1,::1 or TRUSTED_PROXIES=10.0.0.5${wrong.length ? ` (not an address: ${wrong.join(", ")})` : ""}`,
      });
      return z.NEVER;
    }
    return addresses as string[];
  });

const envSchema = z.object({
  DATA_DIR: z.string().trim().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || /^postgres(ql)?:\/\/[^\s]+$/.test(value), {
      error:
        "DATABASE_URL must look like postgres://user:password@db.example.com:5432/kap (leave it unset to store inquiries in SQLite in DATA_DIR)",
    }),
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || /^smtps?:\/\/[^\s]+$/.test(value), {
      error: "SMTP_URL must look like smtp://user:password@mail.example.com:587 or smtps://…:465",
    }),
  CONTACT_TO: z.email({ error: "CONTACT_TO must be the staff email address that receives inquiries" }).optional(),
  CONTACT_FROM: z
    .email({ error: "CONTACT_FROM must be the address notifications are sent from, like website@your-domain" })
    .optional(),
  CONTACT_EMAIL_DETAILS: z
    .enum(EMAIL_DETAILS, {
      error:
        "CONTACT_EMAIL_DETAILS must be none (the email only links to the inbox) or contact (it also carries the visitor's name, email and phone)",
    })
    .default("none"),
  CONTACT_EMAIL_INCLUDES_MESSAGE: flag("CONTACT_EMAIL_INCLUDES_MESSAGE"),
  TRUST_PROXY: flag("TRUST_PROXY"),
  TRUSTED_PROXIES: trustedProxies,
  RATE_LIMIT_MAX: wholeNumber("RATE_LIMIT_MAX", 5, 1),
  RATE_LIMIT_WINDOW_MINUTES: wholeNumber("RATE_LIMIT_WINDOW_MINUTES", 10, 1),
  // Far above what the practice receives in an hour, and a ceiling on what a bulk sender spread over many addresses stores.
  INQUIRIES_PER_HOUR_MAX: wholeNumber("INQUIRIES_PER_HOUR_MAX", 60, 1),
  MIN_FILL_SECONDS: wholeNumber("MIN_FILL_SECONDS", 3),
  RETENTION_DAYS: wholeNumber("RETENTION_DAYS", 180, 1),
  OUTBOX_POLL_SECONDS: wholeNumber("OUTBOX_POLL_SECONDS", 30, 1),
  OUTBOX_RETRY_BASE_SECONDS: wholeNumber("OUTBOX_RETRY_BASE_SECONDS", 30, 1),
  OUTBOX_LEASE_SECONDS: wholeNumber("OUTBOX_LEASE_SECONDS", LEASE_MS / 1000, 10),
});

export type ContactConfig = ReturnType<typeof loadContactConfig>;

/**
 * Reads and checks the contact settings from the environment, once, at start. Every wrong or missing
 * setting is named with what to set; email is optional (inquiries are stored either way).
 */
export function loadContactConfig(env: Record<string, string | undefined> = process.env) {
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(given);
  // Every problem at once, so whoever deploys fixes them in one go rather than one per restart.
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  if (given.SMTP_URL) {
    if (!given.CONTACT_TO)
      problems.push("SMTP_URL is set but CONTACT_TO is missing: set it to the staff address that receives inquiries");
    if (!given.CONTACT_FROM)
      problems.push("SMTP_URL is set but CONTACT_FROM is missing: set it to the address notifications come from");
  }
  if (given.TRUSTED_PROXIES && given.TRUST_PROXY !== "true")
    problems.push(
      "TRUSTED_PROXIES is set but TRUST_PROXY is not true: set TRUST_PROXY=true as well, or remove TRUSTED_PROXIES",
    );
  // Several instances on one database must share the key that seals server actions: without it each instance makes
  // its own, and a form rendered by one is refused by another.
  if (given.DATABASE_URL && !given.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY)
    problems.push(
      "DATABASE_URL is set but NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is missing: generate one key (openssl rand -base64 32), set the same value on every instance, and build and start with it",
    );
  if (!parsed.success || problems.length > 0) {
    throw new Error(
      `The contact form's settings need fixing:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`,
    );
  }
  const settings = parsed.data;
  return {
    dataDir: path.resolve(settings.DATA_DIR),
    databaseUrl: settings.DATABASE_URL,
    email: settings.SMTP_URL
      ? { smtpUrl: settings.SMTP_URL, to: settings.CONTACT_TO!, from: settings.CONTACT_FROM! }
      : null,
    emailDetails: settings.CONTACT_EMAIL_DETAILS,
    emailIncludesMessage: settings.CONTACT_EMAIL_INCLUDES_MESSAGE,
    /** False, or the proxies whose X-Forwarded-For is believed (see client-address.ts). */
    trustProxy: settings.TRUST_PROXY ? settings.TRUSTED_PROXIES : (false as const),
    rateLimit: {
      max: settings.RATE_LIMIT_MAX,
      windowMs: settings.RATE_LIMIT_WINDOW_MINUTES * 60_000,
      everyonePerHour: settings.INQUIRIES_PER_HOUR_MAX,
    },
    minFillMs: settings.MIN_FILL_SECONDS * 1000,
    retentionDays: settings.RETENTION_DAYS,
    outbox: {
      pollMs: settings.OUTBOX_POLL_SECONDS * 1000,
      retryBaseMs: settings.OUTBOX_RETRY_BASE_SECONDS * 1000,
      leaseMs: settings.OUTBOX_LEASE_SECONDS * 1000,
    },
  };
}
