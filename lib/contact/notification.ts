import { CONTACT_METHOD_LABELS, HEARD_FROM_LABELS } from "./fields";
import type { StoredInquiry } from "./store";

export type Notification = { subject: string; text: string; replyTo: string; messageId: string };
export type NotificationOptions = { includeMessage: boolean; officeLabel: (slug: string) => string; site: string };


/** A visitor's value made inert for a plain-text email: no control characters, so no line can pose as a header or a new field. */
export function inert(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim();
}

/**
 * The staff notification: plain text only (HTML a visitor typed stays text), the reference in the subject and
 * no visitor value in any header but Reply-To, an address the schema has already checked.
 * The message itself is left out unless the practice turns it on, because it may hold health information.
 */
export function buildNotification(inquiry: StoredInquiry, options: NotificationOptions): Notification {
  const lines = [
    `A new inquiry came in through the website.`,
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
        ? `Message:\n${inquiry.message.split(/\r?\n/).map((line) => `  | ${inert(line)}`).join("\n")}`
        : `The visitor also wrote a message. It is not included in email; read it in the inquiry export (npm run inquiries:export).`,
    );
  }
  lines.push("", `Please reply within the promised time. This email was sent by ${options.site}.`);
  return {
    subject: `New website inquiry ${inquiry.reference}`,
    text: lines.join("\n"),
    replyTo: inert(inquiry.email),
    messageId: `<${inquiry.reference.toLowerCase()}@inquiries.${options.site}>`,
  };
}
