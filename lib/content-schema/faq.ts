import { z } from "zod";
import { requiredText, slugText } from "./fields";

export const faqTopicSchema = z.strictObject({
  topic: requiredText(2, 60),
  order: z.int({ error: "must be a whole number that sets where this topic appears (1 comes first)" }).min(1),
  questions: z
    .array(
      z.strictObject({
        id: slugText,
        question: requiredText(8, 160).refine((value) => value.endsWith("?"), {
          error: "should end with a question mark",
        }),
        answer: requiredText(20, 1500),
      }),
    )
    .min(1, { error: "must hold at least one question" }),
});

export type FaqTopicData = z.infer<typeof faqTopicSchema>;
