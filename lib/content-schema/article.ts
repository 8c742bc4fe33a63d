import { z } from "zod";
import { httpsUrl, isoDate, requiredText, searchDescription, slugText } from "./fields";

const currentYear = new Date().getUTCFullYear();

export const referenceSchema = z
  .strictObject({
    authors: requiredText(2, 300),
    title: requiredText(5, 400),
    publisher: requiredText(2, 200),
    year: z.int({ error: "must be the year of publication, like 2019" }).min(1900).max(currentYear, { error: "is in the future" }),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, { error: "must be a DOI like 10.1001/jamapsychiatry.2014.62 (without https://doi.org/)" })
      .optional(),
    url: httpsUrl.optional(),
  })
  .refine((reference) => reference.doi || reference.url, { error: "needs a doi or a url so readers can find the source" });

export const articleSchema = z
  .strictObject({
    title: requiredText(10, 110),
    slug: slugText.optional(),
    description: searchDescription,
    summary: requiredText(40, 400),
    publishedAt: isoDate,
    updatedAt: isoDate,
    lastReviewed: isoDate,
    author: slugText,
    reviewedBy: slugText,
    tags: z.array(slugText).default([]),
    draft: z.boolean({ error: "must be true or false" }).default(false),
    references: z.array(referenceSchema).default([]),
    redirectFrom: z.array(slugText).default([]),
    content: z.string().trim().min(200, { error: "the article body is missing or too short: write the article below the closing ---" }),
  })
  .superRefine((article, ctx) => {
    if (article.updatedAt < article.publishedAt) {
      ctx.addIssue({ code: "custom", path: ["updatedAt"], message: `is before publishedAt (${article.publishedAt}): an article cannot be updated before it is published` });
    }
    if (article.lastReviewed < article.publishedAt) {
      ctx.addIssue({ code: "custom", path: ["lastReviewed"], message: `is before publishedAt (${article.publishedAt})` });
    }
    const today = new Date().toISOString().slice(0, 10);
    for (const field of ["publishedAt", "updatedAt", "lastReviewed"] as const) {
      if (article[field] > today) ctx.addIssue({ code: "custom", path: [field], message: `is in the future (${article[field]}): use today's date or earlier` });
    }
  });

export type ArticleData = z.infer<typeof articleSchema>;
export type Reference = z.infer<typeof referenceSchema>;
