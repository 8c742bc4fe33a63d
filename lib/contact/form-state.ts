import type { ContactField } from "./fields";

/** What the server action answers; the form renders it with or without JavaScript. */
export type ContactState =
  | { status: "idle" }
  | { status: "invalid"; message: string; fieldErrors: Partial<Record<ContactField, string>>; values: Partial<Record<ContactField, string>> }
  | { status: "refused"; message: string; values?: Partial<Record<ContactField, string>> }
  | { status: "sent"; reference: string; firstName: string; contactMethod: string; replyWithin: string };

export const INITIAL_CONTACT_STATE: ContactState = { status: "idle" };
