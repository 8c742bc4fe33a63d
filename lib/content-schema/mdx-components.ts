/** The components staff may use in MDX. The build refuses any other capitalised tag, naming the file and line. */
export const MDX_COMPONENT_NAMES = ["Callout", "TalkToUs", "Figure", "PracticeDetail"] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

export const CALLOUT_KINDS = ["note", "caution", "crisis"] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];
