/**
 * One schema for the contact form: the browser validates with it, the server action validates again.
 * Written with zod/mini because it also runs in the browser: with the full zod the validation chunk was
 * 47 KB gzip (measured in this build), with zod/mini 18 KB (docs/decisions/007-contact-form-script.md).
 */
import * as z from "zod/mini";
import { CONTACT_METHODS, HEARD_FROM, MESSAGE_MAX, OFFICE_EXTRAS } from "./fields";

// Zod 4 probes for eval (new Function) before compiling a fast parser; our CSP forbids eval, so the probe would
// report a violation in the browser. The plain parser gives the same results.
z.config({ jitless: true });

// Line breaks and other control characters have no place in one-line fields (and would let a value forge email headers).
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const controlCharactersButNewlines = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;

const name = z.string().check(
  z.trim(),
  z.minLength(1, { error: "Enter your name, so we know what to call you" }),
  z.maxLength(100, { error: "Name must be 100 characters or fewer" }),
  z.refine((value) => !controlCharacters.test(value), { error: "Name must be on one line" }),
  z.refine((value) => /^[\p{L}\p{M}][\p{L}\p{M}'’ .-]*$/u.test(value), {
    error: "Name can use letters, spaces, apostrophes, hyphens and periods",
  }),
);

const email = z.pipe(
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: "Enter your email address, like name@example.com" }),
      z.maxLength(254, { error: "Email address must be 254 characters or fewer" }),
    ),
  z.email({ error: "Enter an email address like name@example.com" }),
);

const digitCount = (value: string) => value.replace(/\D/g, "").length;
const phone = z.string().check(
  z.trim(),
  z.maxLength(30, { error: "Phone number must be 30 characters or fewer" }),
  z.refine((value) => value === "" || /^\+?[\d\s().-]+$/.test(value), {
    error: "Phone number can use digits, spaces, +, ( ) and -",
  }),
  z.refine((value) => value === "" || (digitCount(value) >= 7 && digitCount(value) <= 15), {
    error: "Enter a phone number with 7 to 15 digits, like (310) 555-0100 or +44 20 7946 0000",
  }),
);

const message = z.string().check(
  z.maxLength(MESSAGE_MAX, { error: `Keep your message to ${MESSAGE_MAX} characters or fewer` }),
  z.refine((value) => !controlCharactersButNewlines.test(value), {
    error: "Message contains characters we cannot accept",
  }),
);

export function contactSchema(officeSlugs: readonly string[]) {
  const offices: readonly string[] = [...officeSlugs, ...OFFICE_EXTRAS];
  return z
    .object({
      name,
      email,
      phone: z._default(phone, ""),
      contactMethod: z.enum(CONTACT_METHODS, { error: "Choose how you would like us to contact you" }),
      office: z.enum(offices, { error: "Choose an office, telehealth, or no preference" }),
      heardFrom: z._default(z.enum(HEARD_FROM, { error: "Choose one of the listed options" }), ""),
      message: z._default(message, ""),
      consent: z.literal(true, { error: "Tick the box to let us contact you" }),
    })
    .check(
      z.superRefine((form, ctx) => {
        if (form.contactMethod !== "email" && form.phone === "") {
          ctx.addIssue({
            code: "custom",
            path: ["phone"],
            message: `Enter a phone number so we can ${form.contactMethod === "text" ? "text" : "call"} you`,
          });
        }
      }),
    );
}

export type ContactSchema = ReturnType<typeof contactSchema>;
export type ContactInput = z.input<ContactSchema>;
export type Contact = z.output<ContactSchema>;
