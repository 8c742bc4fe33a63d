import { z } from "zod";
import { isoDate, requiredText, searchDescription, slugText } from "./fields";

/** Standalone pages whose text staff edit (candidacy, privacy, accessibility); each has a route of its own in app/. */
export const pageSchema = z.strictObject({
  title: requiredText(5, 110),
  description: searchDescription,
  summary: requiredText(20, 400),
  lastReviewed: isoDate,
  reviewedBy: slugText.optional(),
  content: z.string().trim().min(100, { error: "the page body is missing or too short: write it below the closing ---" }),
});

export type PageData = z.infer<typeof pageSchema>;
