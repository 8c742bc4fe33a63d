import { z } from "zod";
import { referenceSchema } from "./article";
import { isoDate, requiredText, searchDescription, slugText } from "./fields";

/** Standalone pages whose text staff edit (candidacy, privacy, accessibility); each has a route of its own in app/. */
export const pageSchema = z.strictObject({
  title: requiredText(5, 110),
  description: searchDescription,
  summary: requiredText(20, 400),
  lastReviewed: isoDate,
  reviewedBy: slugText.optional(),
  /** The same sources list as an article's, checked the same way and listed under the page. */
  references: z.array(referenceSchema).default([]),
  content: z
    .string()
    .trim()
    .min(100, { error: "the page body is missing or too short: write it below the closing ---" }),
});

export type PageData = z.infer<typeof pageSchema>;
