import { getOffices } from "../content";
import { OFFICE_EXTRA_LABELS } from "./fields";

/** An office choice as people read it: the office's name from content/offices, or telehealth / no preference. */
export function officeLabel(slug: string): string {
  if (slug in OFFICE_EXTRA_LABELS) return OFFICE_EXTRA_LABELS[slug as keyof typeof OFFICE_EXTRA_LABELS];
  return getOffices().find((office) => office.slug === slug)?.name ?? slug;
}

/** Every choice the contact form offers for its office question, in form order. */
export function officeChoices(): { value: string; label: string }[] {
  return [...getOffices().map((office) => office.slug), ...Object.keys(OFFICE_EXTRA_LABELS)].map((value) => ({
    value,
    label: officeLabel(value),
  }));
}
