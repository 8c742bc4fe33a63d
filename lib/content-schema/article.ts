import { z } from "zod";
import { httpsUrl, isoDate, requiredText, searchDescription, slugText } from "./fields";

const currentYear = new Date().getUTCFullYear();

export const referenceSchema = z
  .strictObject({
    authors: requiredText(2, 300),
    title: requiredText(5, 400),
    publisher: requiredText(2, 200),
    year: z
      .int({ error: "must be the year of publication, like 2019" })
      .min(1900)
      .max(currentYear, { error: "is in the future" }),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, {
        error: "must be a DOI like 10.1001/jamapsychiatry.2014.62 (without https://doi.org/)",
      })
      .optional(),
    url: httpsUrl.optional(),
  })
  .refine((reference) => reference.doi || reference.url, {
    error: "needs a doi or a url so readers can find the source",
  });

export const articleSchema = z
  .strictObject({
    title: requiredText(10, 110),
    slug: slugText.optional(),
    description: searchDescription,
    summary: requiredText(40, 400),
    publishedAt: isoDate,
    updatedAt: isoDate,
    /** The review claim: required once published, refused on a draft (see refuseReviewClaimOnDraft). */
    lastReviewed: isoDate.optional(),
    /** When the next clinical review is due, if not a year after lastReviewed. */
    nextReview: isoDate.optional(),
    author: slugText,
    reviewedBy: slugText.optional(),
    tags: z.array(slugText).default([]),
    draft: z.boolean({ error: "must be true or false" }).default(false),
    references: z.array(referenceSchema).default([]),
    redirectFrom: z.array(slugText).default([]),
    content: z
      .string()
      .trim()
      .min(200, { error: "the article body is missing or too short: write the article below the closing ---" }),
  })
  .superRefine((article, ctx) => {
    if (article.updatedAt < article.publishedAt) {
      ctx.addIssue({
        code: "custom",
        path: ["updatedAt"],
        message: `is before publishedAt (${article.publishedAt}): an article cannot be updated before it is published`,
      });
    }
    if (article.lastReviewed && article.lastReviewed < article.publishedAt) {
      ctx.addIssue({
        code: "custom",
        path: ["lastReviewed"],
        message: `is before publishedAt (${article.publishedAt})`,
      });
    }
    if (article.nextReview && article.lastReviewed && article.nextReview <= article.lastReviewed) {
      ctx.addIssue({
        code: "custom",
        path: ["nextReview"],
        message: `must be after lastReviewed (${article.lastReviewed})`,
      });
    }
    const today = new Date().toISOString().slice(0, 10);
    for (const field of ["publishedAt", "updatedAt", "lastReviewed"] as const) {
      if ((article[field] ?? "") > today)
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `is in the future (${article[field]}): use today's date or earlier`,
        });
    }
  })
  .superRefine(refuseReviewClaimOnDraft, {
    when: (payload) => payload.value !== null && typeof payload.value === "object",
  });

/**
 * A published article says who reviewed it and when; a draft has not been reviewed, so it must not say so. Runs
 * even when other fields are wrong, so staff see this with every other problem in one build.
 */
function refuseReviewClaimOnDraft(
  article: { draft?: unknown; reviewedBy?: unknown; lastReviewed?: unknown },
  ctx: z.RefinementCtx,
) {
  const isDraft = article.draft === true;
  const fix = {
    reviewedBy: "add the clinician's file name, or clinical-team",
    lastReviewed: "add a date like 2026-11-16",
  } as const;
  for (const field of ["reviewedBy", "lastReviewed"] as const) {
    if (isDraft && article[field] !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: [field],
        message:
          "a draft cannot claim a review: delete this line, and add it back with draft: false once a clinician has reviewed the article",
      });
    }
    if (!isDraft && article[field] === undefined)
      ctx.addIssue({ code: "custom", path: [field], message: `is missing: ${fix[field]}` });
  }
}

export type ArticleData = z.infer<typeof articleSchema>;
export type Reference = z.infer<typeof referenceSchema>;
