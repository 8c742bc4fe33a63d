import { z } from "zod";
import { emailAddress, exampleFields, phoneNumber, requiredText, searchDescription } from "./fields";

/** A policy's name as content quotes it: <PracticeDetail name="minimumAge" /> or {{minimumAge}}. */
const policyName = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/, { error: "policy names are one word in camelCase, like minimumAge" });

export const practiceSchema = z.strictObject({
  name: requiredText(2, 80),
  shortName: requiredText(2, 40),
  serviceName: requiredText(2, 80),
  description: searchDescription,
  phone: phoneNumber,
  email: emailAddress,
  serviceArea: z.array(requiredText(2, 80)).min(1, { error: "must list at least one place the practice serves" }),
  replyWithin: requiredText(3, 60),
  /** What only the practice can confirm (ages, setting, prices...): each is quoted by the pages, never retyped. */
  policies: z.record(policyName, requiredText(1, 400)).default({}),
  exampleFields,
});

export type PracticeData = z.infer<typeof practiceSchema>;
