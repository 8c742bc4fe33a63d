import { z } from "zod";
import { emailAddress, exampleFields, phoneNumber, requiredText, searchDescription } from "./fields";

export const practiceSchema = z.strictObject({
  name: requiredText(2, 80),
  shortName: requiredText(2, 40),
  serviceName: requiredText(2, 80),
  description: searchDescription,
  phone: phoneNumber,
  email: emailAddress,
  serviceArea: z.array(requiredText(2, 80)).min(1, { error: "must list at least one place the practice serves" }),
  replyWithin: requiredText(3, 60),
  exampleFields,
});

export type PracticeData = z.infer<typeof practiceSchema>;
