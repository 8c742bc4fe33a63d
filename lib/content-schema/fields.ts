import { z } from "zod";

/** A calendar date written as YYYY-MM-DD, kept as that string so documents stay serializable. */
export const isoDate = z
  .string({
    error: (issue) =>
      issue.input === undefined ? "is missing: add a date like 2026-11-16" : "must be a date written like 2026-11-16",
  })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date written like 2026-11-16 (year-month-day)" })
  .refine(
    (value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    },
    { error: "is not a real calendar date: check the month and day" },
  );

/** Lowercase words joined by hyphens: safe in URLs and anchors. */
export const slugText = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: "must be lowercase letters, digits and hyphens only, like west-los-angeles",
});

export const requiredText = (min = 1, max = 2000) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? "is missing: add it" : "must be text") })
    .trim()
    .min(min, {
      error: min === 1 ? "is empty: write something here" : `is too short: write at least ${min} characters`,
    })
    .max(max, { error: `is too long: keep it to ${max} characters or fewer` });

/** Search-result description: Google shows about 160 characters; shorter than 50 says too little. */
export const searchDescription = z
  .string({
    error: (issue) =>
      issue.input === undefined ? "is missing: add one sentence of 50 to 160 characters" : "must be text",
  })
  .trim()
  .refine((value) => value.length >= 50 && value.length <= 160, {
    error: (issue) => `must be 50 to 160 characters long; it is ${String(issue.input).trim().length}`,
  });

export const httpsUrl = z.url({ protocol: /^https$/, error: "must be a full web address starting with https://" });

/** US phone numbers as people write them; the 555-01xx range is reserved for fiction and marks an example. */
export const phoneNumber = z
  .string({
    error: (issue) =>
      issue.input === undefined ? "is missing: add a phone number like (310) 555-0100" : "must be text",
  })
  .regex(/^\+?1?[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}$/, {
    error: "must be a US phone number like (310) 555-0100",
  });

export const emailAddress = z.email({ error: "must be an email address like hello@example.com" });

/** Dotted paths of fields in this file that still hold example values (staff delete each entry once the real value is in). */
export const exampleFields = z.array(z.string()).default([]);
