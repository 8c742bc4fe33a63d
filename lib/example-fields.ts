/**
 * Which values in a content file are still examples. Shared by the content build (which lists them and refuses a
 * production build) and by the pages (which leave them out of search-engine data and mark them in a preview).
 */

import { CLINICAL_TEAM } from "./content-schema/clinician";

/**
 * "Reviewed by: clinical team" is a placeholder: no named clinician has reviewed the text yet. Like any other
 * example value it is listed, kept from search engines and marked in a preview, until a clinician file is named.
 */
export function isPlaceholderReview(document: { reviewedBy?: string }): boolean {
  return document.reviewedBy === CLINICAL_TEAM;
}

/**
 * "Written by: clinical team" is a placeholder too: no named clinician has confirmed writing or approving the text.
 * It is listed with the other example values and marked in a preview until a clinician file is named as author.
 */
export function isPlaceholderAuthor(document: { author?: string }): boolean {
  return document.author === CLINICAL_TEAM;
}

/** 555-0100 to 555-0199 are reserved for fiction; example.com/.org/.net are reserved for examples. */
export const fictionalPhone = /555[\s.-]?01\d\d/;
export const exampleDomain = /(^|[@./])example\.(com|org|net)\b/i;

/** A value that is an example whether or not staff listed it: a fictional phone number or an example domain. */
export function looksLikeExample(value: unknown): boolean {
  return typeof value === "string" && (fictionalPhone.test(value) || exampleDomain.test(value));
}

/**
 * True when `field` (a dotted path like "address.street") is listed under exampleFields, sits inside a listed field
 * ("geo" covers "geo.latitude"), or holds a listed field ("address" holds "address.street"), so it cannot be shown
 * as fact whole.
 */
export function isListedAsExample(exampleFields: readonly string[], field: string): boolean {
  return exampleFields.some(
    (listed) => listed === field || field.startsWith(`${listed}.`) || listed.startsWith(`${field}.`),
  );
}

export function isExampleField(document: { exampleFields: readonly string[] }, field: string, value: unknown): boolean {
  return isListedAsExample(document.exampleFields, field) || containsExample(value);
}

function containsExample(value: unknown): boolean {
  if (looksLikeExample(value)) return true;
  if (value && typeof value === "object") return Object.values(value).some(containsExample);
  return false;
}

/** isExampleField for a field read from the document itself: `isExampleAt(office, "address")`. */
export function isExampleAt(document: { exampleFields: readonly string[] }, field: string): boolean {
  const value = field
    .split(".")
    .reduce<unknown>(
      (node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
      document,
    );
  return isExampleField(document, field, value);
}
