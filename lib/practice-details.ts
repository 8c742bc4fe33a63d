import type { PracticeData } from "./content-schema/practice";
import { EXAMPLE_MARK_TEXT, isExamplePreview } from "./example-preview";
import { isExampleField } from "./example-fields";

/** Top-level practice fields content may quote besides the policies. */
const QUOTABLE_FIELDS = ["replyWithin", "phone", "email"] as const;

type PracticeDetails = Pick<PracticeData, "policies" | "exampleFields" | (typeof QUOTABLE_FIELDS)[number]>;

export type PracticeDetail = { name: string; field: string; value: string; isExample: boolean };

/** Every name `<PracticeDetail name="…" />` and `{{…}}` accept. */
export function practiceDetailNames(practice: PracticeDetails): string[] {
  return [...Object.keys(practice.policies), ...QUOTABLE_FIELDS];
}

/** One practice detail by name, with the field staff confirm it in, or undefined for a name the practice file lacks. */
export function lookUpPracticeDetail(practice: PracticeDetails, name: string): PracticeDetail | undefined {
  const quotable = QUOTABLE_FIELDS.find((field) => field === name);
  const field = quotable ?? `policies.${name}`;
  const value = quotable
    ? practice[quotable]
    : Object.hasOwn(practice.policies, name)
      ? practice.policies[name]
      : undefined;
  if (value === undefined) return undefined;
  return { name, field, value, isExample: isExampleField(practice, field, value) };
}

/** A practice detail as plain text for a sentence built in code; a preview marks an example one, as {{name}} does. */
export function practiceDetailText(practice: PracticeDetails, name: (typeof QUOTABLE_FIELDS)[number]): string {
  const detail = lookUpPracticeDetail(practice, name)!;
  return detail.isExample && isExamplePreview() ? `${detail.value} ${EXAMPLE_MARK_TEXT}` : detail.value;
}
