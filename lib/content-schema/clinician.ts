import { z } from "zod";
import { requiredText } from "./fields";

/** The reserved author/reviewer that stands for the practice's clinical team until staff add named clinicians. */
export const CLINICAL_TEAM = "clinical-team";

export const clinicianSchema = z.strictObject({
  name: requiredText(2, 120),
  credentials: requiredText(1, 80),
  role: requiredText(2, 120),
  license: z.string().trim().optional(),
  bio: requiredText(20, 1500),
});

export type ClinicianData = z.infer<typeof clinicianSchema>;
