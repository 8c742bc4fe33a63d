import { CONTACT_METHOD_LABELS, HEARD_FROM_LABELS } from "./fields";
import type { StoredInquiry } from "./store";

/** What the staff email carries by default (`none`: only the reference and a link), or today's contact details. */
export const EMAIL_DETAILS = ["none", "contact"] as const;
export type EmailDetails = (typeof EMAIL_DETAILS)[number];

export type Notification = { subject: string; text: string; replyTo?: string; messageId: string };
export type NotificationOptions = {
  details: EmailDetails;
  /** Only read with details "contact": the message may hold health information. */
  includeMessage: boolean;
  officeLabel: (slug: string) => string;
  /** The site's origin, from lib/seo/site-url.ts. */
  siteUrl: URL;
};

/** A visitor's value made inert for a plain-text email: no control characters, so no line can pose as a header or a new field. */
export function inert(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim();
}

/** Where staff read one inquiry in the inbox. */
export const inquiryLink = (reference: string, siteUrl: URL) => new URL(`/staff/inquiries/${reference}`, siteUrl).href;

function contactDetails(inquiry: StoredInquiry, options: NotificationOptions): string[] {
  const lines = [
    ``,
    `Reference: ${inquiry.reference}`,
    `Received: ${new Date(inquiry.createdAt).toISOString()}`,
    `Name: ${inert(inquiry.name)}`,
    `Email: ${inert(inquiry.email)}`,
    `Phone: ${inert(inquiry.phone) || "not given"}`,
    `Preferred contact: ${CONTACT_METHOD_LABELS[inquiry.contactMethod]}`,
    `Office: ${options.officeLabel(inquiry.office)}`,
    `Heard of us through: ${HEARD_FROM_LABELS[inquiry.heardFrom] ?? "Other"}`,
  ];
  if (inquiry.message) {
    lines.push(
      "",
      options.includeMessage
        ? `Message:\n${inquiry.message
            .split(/\r?\n/)
            .map((line) => `  | ${inert(line)}`)
            .join("\n")}`
        : `The visitor also wrote a message. It is not included in email; read it in the inbox.`,
    );
  }
  lines.push("", `Please reply within the promised time. This email was sent by ${options.siteUrl.hostname}.`);
  return lines;
}

/**
 * The staff notification, plain text. By default it says only that an inquiry arrived and where to read it:
 * nothing a visitor typed leaves the server by email. With details "contact" it adds the contact details (every
 * value made inert) and a Reply-To with the visitor's address, which the schema has already checked.
 */
export function buildNotification(inquiry: StoredInquiry, options: NotificationOptions): Notification {
  const summary = `New inquiry ${inquiry.reference}: open ${inquiryLink(inquiry.reference, options.siteUrl)}`;
  const withContact = options.details === "contact";
  return {
    subject: `New inquiry ${inquiry.reference}`,
    text: [summary, ...(withContact ? contactDetails(inquiry, options) : [])].join("\n"),
    ...(withContact && { replyTo: inert(inquiry.email) }),
    messageId: `<${inquiry.reference.toLowerCase()}@inquiries.${options.siteUrl.hostname}>`,
  };
}

/** The daily reminder: the references of inquiries still New after a day, with links, and nothing else about them. */
export function buildReminder(references: string[], day: string, siteUrl: URL): Notification {
  const count = references.length === 1 ? "1 inquiry has" : `${references.length} inquiries have`;
  return {
    subject: `${count} waited more than 24 hours`,
    text: [
      `${count} been New for more than 24 hours:`,
      ``,
      ...references.map((reference) => `${reference}  ${inquiryLink(reference, siteUrl)}`),
      ``,
      `Open the inbox: ${new URL("/staff", siteUrl).href}`,
    ].join("\n"),
    messageId: `<reminder-${day}@inquiries.${siteUrl.hostname}>`,
  };
}
