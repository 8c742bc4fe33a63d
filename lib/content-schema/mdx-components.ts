import { z } from "zod";

/** The components staff may use in MDX. The build refuses any other capitalised tag, naming the file and line. */
export const MDX_COMPONENT_NAMES = ["Callout", "TalkToUs", "Figure", "PracticeDetail"] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

export const CALLOUT_KINDS = ["note", "caution", "crisis"] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

const text = (what: string) =>
  z
    .string({ error: `must be text in quotes, like ${what}` })
    .trim()
    .min(1, { error: "is empty: write something here" });
const pixels = z.coerce
  .number({ error: "must be a whole number of pixels, like {800}" })
  .int({ error: "must be a whole number of pixels" })
  .positive({ error: "must be more than 0" });

/**
 * What each component accepts, checked at build time: a misspelt attribute or value fails the build with the
 * file and line, instead of building quietly as something else (a Callout kind="cuation" as a note).
 */
export const MDX_COMPONENT_PROPS: Record<MdxComponentName, z.ZodType> = {
  Callout: z.strictObject({
    kind: z.enum(CALLOUT_KINDS, { error: `must be one of ${CALLOUT_KINDS.join(", ")}` }).optional(),
    title: text('title="Before your session"').optional(),
  }),
  TalkToUs: z.strictObject({ heading: text('heading="Talk with us"').optional() }),
  Figure: z.strictObject({
    src: text('src="/illustrations/phases.svg"').refine((value) => value.startsWith("/"), {
      error: "must be a file on this site, starting with /",
    }),
    alt: text('alt="What the picture shows"'),
    caption: text('caption="…"').optional(),
    width: pixels,
    height: pixels,
  }),
  PracticeDetail: z.strictObject({ name: text('name="replyWithin"') }),
};
