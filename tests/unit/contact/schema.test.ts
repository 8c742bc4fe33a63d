import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inert } from "@/lib/inquiries/notification";
import { MESSAGE_MAX } from "@/lib/inquiries/fields";
import { contactSchema } from "@/lib/inquiries/schema";
import { contactFor } from "../../support/contact-fixture";

const schema = contactSchema(["west-los-angeles", "encino"]);
const valid = contactFor("Ana López", { email: "ana@example.org" });
const errorsFor = (input: Record<string, unknown>) => {
  const result = schema.safeParse(input);
  // The form shows each field's first problem, as here.
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.toReversed().map((issue) => [String(issue.path[0]), issue.message]));
};

describe("contact schema accepts what real people write", () => {
  it.each([
    "José Núñez",
    "Siobhán O'Connor",
    "Mary-Jane Watson-Parker",
    "Zoë D’Arcy",
    "Nguyễn Văn An",
    "Dr. A. B. Smith",
    "李小龍",
    "Ngũgĩ wa Thiong'o",
  ])("name %s", (name) => {
    expect(errorsFor({ ...valid, name })).toEqual({});
  });

  it.each([
    "(310) 555-0100",
    "+1 310 555 0100",
    "+44 20 7946 0000",
    "+33 1 23 45 67 89",
    "818.555.0102",
    "+61 2 9876 5432",
  ])("phone %s", (phone) => {
    expect(errorsFor({ ...valid, phone, contactMethod: "phone" })).toEqual({});
  });

  it.each(["ana+kap@example.org", "first.last@sub.example.co.uk", "o'neil@example.com"])("email %s", (email) => {
    expect(errorsFor({ ...valid, email })).toEqual({});
  });

  it("accepts telehealth and no preference as an office", () => {
    expect(errorsFor({ ...valid, office: "telehealth" })).toEqual({});
    expect(errorsFor({ ...valid, office: "no-preference" })).toEqual({});
  });
});

describe("contact schema refuses bad input with a message that says how to fix it", () => {
  it.each([
    [{ name: "" }, "name", "Enter your name, so we know what to call you"],
    [{ name: "Ann\r\nBcc: victim@example.com" }, "name", "Name must be on one line"],
    [{ name: "<script>alert(1)</script>" }, "name", "Name can use letters, spaces, apostrophes, hyphens and periods"],
    [{ email: "not-an-email" }, "email", "Enter an email address like name@example.com"],
    [{ email: "a@example.com\r\nBcc: x@example.com" }, "email", "Enter an email address like name@example.com"],
    [{ phone: "call me maybe" }, "phone", "Phone number can use digits, spaces, +, ( ) and -"],
    [{ phone: "12345" }, "phone", "Enter a phone number with 7 to 15 digits, like (310) 555-0100 or +44 20 7946 0000"],
    [{ contactMethod: "text", phone: "" }, "phone", "Enter a phone number so we can text you"],
    [{ contactMethod: "pigeon" }, "contactMethod", "Choose how you would like us to contact you"],
    [{ office: "santa-monica" }, "office", "Choose an office, telehealth, or no preference"],
    [{ message: "x".repeat(MESSAGE_MAX + 1) }, "message", `Keep your message to ${MESSAGE_MAX} characters or fewer`],
    [{ consent: false }, "consent", "Tick the box to let us contact you"],
  ])("%j", (change, field, message) => {
    expect(errorsFor({ ...valid, ...change })[field]).toBe(message);
  });
});

describe("contact schema, property-based", () => {
  // Inputs shaped like real submissions, with hostile characters mixed in, so some pass.
  const hostile = fc.constantFrom("\r", "\n", "\u0000", "<", ">", '"', "'", "\u2028", "Bcc:", "%0d%0a", "é", " ");
  const texty = fc
    .array(fc.oneof(fc.constantFrom("a", "b", "Z", "ñ", "-", "'", ".", " "), hostile), { minLength: 1, maxLength: 40 })
    .map((parts) => parts.join(""));
  const plausible = fc.record({
    name: texty,
    email: fc.oneof(
      fc.emailAddress(),
      texty.map((local) => `${local}@example.com`),
    ),
    phone: fc.oneof(fc.constant(""), fc.constant("+1 (310) 555-0100"), texty),
    contactMethod: fc.constantFrom("email", "phone", "text"),
    office: fc.constantFrom("encino", "telehealth"),
    heardFrom: fc.constant(""),
    message: fc.oneof(texty, fc.string({ maxLength: 1200 })),
    consent: fc.constant(true),
  });

  it("only accepts values that are safe to store and to put in an email", () => {
    fc.assert(
      fc.property(plausible, (form) => {
        const result = schema.safeParse(form);
        if (!result.success) return;
        const { name, email, phone, message } = result.data;
        for (const oneLine of [name, email, phone]) {
          expect(oneLine).not.toMatch(/[\r\n\u0000\u2028\u2029]/);
          expect(inert(oneLine)).toBe(oneLine);
        }
        expect(name).not.toMatch(/[<>"]/);
        expect(email).not.toMatch(/[\s<>]/);
        expect(message.length).toBeLessThanOrEqual(MESSAGE_MAX);
        expect(message).not.toMatch(/[\u0000\u2028\u2029]/);
      }),
      { numRuns: 3000 },
    );
  });
});
