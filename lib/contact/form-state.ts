import type { ContactField } from "../inquiries/fields";

export type EchoedValues = Partial<Record<ContactField, string>>;

/** What the server action answers; the form renders it with or without JavaScript. */
export type ContactState =
  | { status: "idle" }
  | { status: "invalid"; message: string; fieldErrors: Partial<Record<ContactField, string>>; values: EchoedValues }
  | { status: "refused"; message: string; values?: EchoedValues }
  /** The store failed (disk full, database locked, unwritable file): nothing was saved, so the visitor is given the phone number and keeps what they typed. */
  | { status: "unsaved"; phone: string; values: EchoedValues }
  | { status: "sent"; reference: string; firstName: string; contactMethod: string; replyWithin: string };

export const INITIAL_CONTACT_STATE: ContactState = { status: "idle" };

/** What the form shows again after an answer that did not store the inquiry. */
export const echoedValues = (state: ContactState): EchoedValues =>
  state.status === "invalid" || state.status === "refused" || state.status === "unsaved" ? (state.values ?? {}) : {};
