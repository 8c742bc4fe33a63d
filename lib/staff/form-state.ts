/** What a staff form's server action answers: a message to announce, and whether it was an error. */
export type StaffFormState = { error?: string; done?: string };
export const EMPTY_FORM_STATE: StaffFormState = {};

/** The authenticator set-up: the secret and recovery codes exist only in this answer, shown once. */
export type EnrolmentState = { error?: string; totpURI?: string; secret?: string; recoveryCodes?: string[] };
