import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import type { ContactConfig } from "./config";
import { rateLimitKey } from "../security/ip-address";
import type { ContactState, EchoedValues } from "./form-state";
import type { Log, Outbox } from "../inquiries/outbox";
import { isPostFromAnotherSite } from "../security/same-site-post";
import { readContactForm } from "./read-form";
import { CONTACT_FIELDS, type ContactField } from "../inquiries/fields";
import { contactSchema, type Contact } from "../inquiries/schema";
import type { InquiryStore } from "../inquiries/store";
import type { StoreOutage } from "./store-outage";

export type InquiryRequest = { origin: string | null; host: string | null; clientAddress: string; viaScript: boolean };
export type InquiryDeps = {
  store: InquiryStore;
  outbox: Outbox;
  /** Logs a store that cannot save once per outage. */
  outage: StoreOutage;
  config: Pick<ContactConfig, "rateLimit" | "minFillMs">;
  /** Says once that the form is paused for everyone. */
  busy: FormBusy;
  officeSlugs: readonly string[];
  replyWithin: string;
  phone: string;
  log: Log;
  now?: () => number;
};

/**
 * Logs the hourly limit on inquiries from everyone together once when it is reached, not once per visitor turned
 * away, and again only after an inquiry has been stored since.
 */
export function createFormBusy(log: Log) {
  let said = false;
  return {
    reached(max: number) {
      if (said) return;
      said = true;
      log.warn(
        `[contact] ${max} inquiries were stored in the last hour, the most accepted from all visitors together: the form asks visitors to call until the hour has passed. If this is real demand, raise INQUIRIES_PER_HOUR_MAX; otherwise someone is sending the form in bulk.`,
      );
    },
    stored() {
      said = false;
    },
  };
}
export type FormBusy = ReturnType<typeof createFormBusy>;

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? "";

/**
 * One key per form render and content: a double click or a re-sent page stores the inquiry once. Without
 * JavaScript the static page has no per-render key, so identical content from one browser is one inquiry.
 */
function idempotencyKey(formKey: string, contact: Contact): string {
  return createHash("sha256")
    .update(JSON.stringify([formKey, CONTACT_FIELDS.map((field) => contact[field])]))
    .digest("hex");
}

function echoValues(fields: Record<ContactField, string | boolean>): EchoedValues {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, typeof value === "boolean" ? (value ? "on" : "") : value]),
  );
}

/** What the contact action does with one submission; kept apart from Next so tests can call it with real FormData. */
export async function handleInquiry(
  formData: FormData,
  request: InquiryRequest,
  deps: InquiryDeps,
): Promise<ContactState> {
  const now = deps.now?.() ?? Date.now();
  if (isPostFromAnotherSite(request.origin, request.host)) {
    deps.log.warn("[contact] refused a submission from another website");
    return {
      status: "refused",
      message: "This form can only be sent from our own website. Please open our contact page and try again.",
    };
  }

  const read = readContactForm(formData);
  if (!read.ok) {
    deps.log.warn(`[contact] refused a submission with ${read.unknown.length} unexpected field(s)`);
    return {
      status: "refused",
      message:
        "This submission had fields our form does not have, so nothing was saved. Please use the form on this page.",
    };
  }

  // Bots fill the hidden field or submit faster than a person types. They see success; nothing is stored or sent.
  const tooFast =
    request.viaScript && (read.meta.startedAt === null || now - read.meta.startedAt < deps.config.minFillMs);
  if (read.meta.honeypot || tooFast) {
    try {
      await deps.store.countAbuse(read.meta.honeypot ? "honeypot" : "too-fast", now);
    } catch (error) {
      deps.outage.uncounted(describeStoreError(error));
    }
    deps.log.info(`[contact] ignored a likely automated submission (${read.meta.honeypot ? "honeypot" : "too fast"})`);
    return {
      status: "sent",
      reference: "KAP-RECEIVED",
      firstName: "",
      contactMethod: "email",
      replyWithin: deps.replyWithin,
    };
  }

  const parsed = contactSchema(deps.officeSlugs).safeParse(read.fields);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<ContactField, string>> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path[0] as ContactField] ??= issue.message;
    return {
      status: "invalid",
      message: "Please correct the fields marked below.",
      fieldErrors,
      values: echoValues(read.fields),
    };
  }

  const echoed = echoValues(read.fields);
  try {
    const state = await storeInquiry(parsed.data, read.meta.formKey, echoed, request, deps, now);
    deps.outage.stored();
    return state;
  } catch (error) {
    // Nothing was saved, and the visitor must not think otherwise: they get the phone number and their own words
    // back. The log names the failure only; what they typed stays out of it.
    deps.outage.failed(describeStoreError(error));
    return { status: "unsaved", phone: deps.phone, values: echoed };
  }
}

/**
 * A store failure in words that can go in a log: SQLite's and PostgreSQL's own codes and messages never carry the
 * values bound to a query (PostgreSQL's detail field can, so it is left out).
 */
function describeStoreError(error: unknown): string {
  if (error instanceof Error && error.name === "SqliteError")
    return `${(error as Error & { code?: string }).code}: ${error.message}`;
  if (error instanceof pg.DatabaseError) return `PostgreSQL ${error.code}: ${error.message}`;
  // The driver's own words for a lost connection ("Connection terminated unexpectedly", "connect ECONNREFUSED …").
  if (error instanceof Error)
    return `${error.name}${(error as NodeJS.ErrnoException).code ? ` ${(error as NodeJS.ErrnoException).code}` : ""}: ${error.message.slice(0, 200)}`;
  return "unknown error";
}

async function storeInquiry(
  contact: Contact,
  formKey: string,
  echoed: EchoedValues,
  request: InquiryRequest,
  deps: InquiryDeps,
  now: number,
): Promise<ContactState> {
  const clientHash = deps.store.clientHash(rateLimitKey(request.clientAddress));
  const key = idempotencyKey(formKey, contact);
  const sent = (reference: string): ContactState => ({
    status: "sent",
    reference,
    firstName: firstName(contact.name),
    contactMethod: contact.contactMethod,
    replyWithin: deps.replyWithin,
  });
  const earlier = await deps.store.referenceForKey(key);
  if (earlier) {
    deps.log.info(`[contact] ${earlier} repeated submission answered with its first reference`);
    return sent(earlier);
  }
  const { rateLimit } = deps.config;
  const saved = await deps.store.saveInquiryWithinLimits(
    contact,
    key,
    clientHash,
    {
      visitor: { max: rateLimit.max, since: now - rateLimit.windowMs },
      everyone: { max: rateLimit.everyonePerHour, since: now - 3_600_000 },
    },
    now,
  );
  if ("limited" in saved && saved.limited === "everyone") {
    deps.busy.reached(rateLimit.everyonePerHour);
    return {
      status: "refused",
      message: `We are receiving an unusual number of messages right now, so we have paused the form. Nothing you wrote was saved. Please call us at ${deps.phone}, or try again in an hour.`,
      values: echoed,
    };
  }
  if ("limited" in saved) {
    await deps.store.countAbuse("rate-limited", now);
    deps.log.warn("[contact] rate limit reached for one client");
    const minutes = Math.round(deps.config.rateLimit.windowMs / 60_000);
    return {
      status: "refused",
      message: `You have sent us several messages in the last ${minutes} minutes, so we have paused the form for you. Your earlier messages reached us. Please wait a few minutes, or call us at ${deps.phone}.`,
      values: echoed,
    };
  }

  const { reference, duplicate } = saved;
  if (!duplicate) deps.busy.stored();
  deps.log.info(
    `[contact] ${reference} ${duplicate ? "repeated submission answered with its first reference" : "stored"}`,
  );
  if (!duplicate) void deps.outbox.kick();
  return sent(reference);
}
