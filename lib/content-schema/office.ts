import { z } from "zod";
import { emailAddress, exampleFields, phoneNumber, requiredText, searchDescription } from "./fields";

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/;
const clockTime = z.string().regex(clockPattern, { error: "must be a 24-hour time like 09:00 or 17:30" });

const openingHours = z
  .strictObject({
    days: z.array(z.enum(WEEKDAYS, { error: `must be day names: ${WEEKDAYS.join(", ")}` })).min(1),
    opens: clockTime,
    closes: clockTime,
  })
  // Only compare two well-formed times; a malformed one already has its own message.
  .refine(
    (hours) => !clockPattern.test(hours.opens) || !clockPattern.test(hours.closes) || hours.opens < hours.closes,
    {
      error: "opens must be earlier than closes",
    },
  );

export const officeSchema = z.strictObject({
  name: requiredText(3, 80),
  neighborhood: requiredText(3, 80),
  // Pages that list every office say where each one is in words: "in West Los Angeles, on the Westside".
  area: z
    .string()
    .trim()
    .max(60, { error: "is too long: keep it to 60 characters or fewer" })
    .regex(/^(in|on|near) \S/, {
      error: 'must say where the office is, starting with in, on or near, like "in the San Fernando Valley"',
    })
    .optional(),
  order: z.int({ error: "must be a whole number that sets the order offices are listed in" }).min(1),
  description: searchDescription,
  intro: requiredText(40, 800),
  address: z.strictObject({
    street: requiredText(3, 120),
    suite: z.string().trim().optional(),
    city: requiredText(2, 60),
    region: z.string().regex(/^[A-Z]{2}$/, { error: "must be the two-letter state code, like CA" }),
    postalCode: z.string().regex(/^\d{5}$/, { error: "must be a five-digit ZIP code" }),
    country: z.literal("US", { error: "must be US" }),
  }),
  geo: z.strictObject({
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
  }),
  phone: phoneNumber,
  email: emailAddress.optional(),
  hours: z.array(openingHours).min(1, { error: "must list at least one set of opening hours" }),
  hoursNote: z.string().trim().optional(),
  parking: requiredText(10, 600),
  transit: requiredText(10, 600),
  buildingAccessibility: requiredText(10, 600),
  arrival: requiredText(10, 800),
  telehealth: z.string().trim().optional(),
  exampleFields,
});

export type OfficeData = z.infer<typeof officeSchema>;
