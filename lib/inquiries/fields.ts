/**
 * The contact form's fields and their choices, apart from the zod schema so that the page and the form can
 * show them without loading the validation code (the browser loads that on first use).
 */

export const MESSAGE_MAX = 1000;
export const CONTACT_METHODS = ["email", "phone", "text"] as const;
export const CONTACT_METHOD_LABELS: Record<(typeof CONTACT_METHODS)[number], string> = {
  email: "Email",
  phone: "Phone call",
  text: "Text message",
};
export const OFFICE_EXTRAS = ["telehealth", "no-preference"] as const;
export const OFFICE_EXTRA_LABELS: Record<(typeof OFFICE_EXTRAS)[number], string> = {
  telehealth: "Telehealth (video)",
  "no-preference": "No preference",
};
export const HEARD_FROM = ["", "search", "clinician-referral", "friend-or-family", "social-media", "other"] as const;
export const HEARD_FROM_LABELS: Record<(typeof HEARD_FROM)[number], string> = {
  "": "Not said",
  search: "A search engine",
  "clinician-referral": "A clinician's referral",
  "friend-or-family": "Friend or family",
  "social-media": "Social media",
  other: "Somewhere else",
};

/** The visitor's fields, in form order. Anything else in a submission (but the framework's $ACTION_ fields) is refused. */
export const CONTACT_FIELDS = [
  "name",
  "email",
  "phone",
  "contactMethod",
  "office",
  "heardFrom",
  "message",
  "consent",
] as const;
/** Hidden fields the form adds: a per-render key against double submits, when the form was opened, and a honeypot. */
export const FORM_META_FIELDS = ["formKey", "startedAt", "website"] as const;

export type ContactField = (typeof CONTACT_FIELDS)[number];
