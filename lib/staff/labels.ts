import { getOffices } from "../content";
import { OFFICE_EXTRA_LABELS } from "../contact/fields";
import type { InquiryStatus } from "./inbox-store";

export const STATUS_LABELS: Record<InquiryStatus, string> = { new: "New", contacted: "Contacted", closed: "Closed" };

/** An office slug as staff read it: the office's name, or telehealth / no preference. */
export function officeLabel(slug: string): string {
  if (slug in OFFICE_EXTRA_LABELS) return OFFICE_EXTRA_LABELS[slug as keyof typeof OFFICE_EXTRA_LABELS];
  return getOffices().find((office) => office.slug === slug)?.name ?? slug;
}

/** The choices the inbox filters by office: every office in content/offices plus the form's extra choices. */
export function officeChoices(): { value: string; label: string }[] {
  return [...getOffices().map((office) => office.slug), ...Object.keys(OFFICE_EXTRA_LABELS)].map((value) => ({ value, label: officeLabel(value) }));
}

const pacific = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "America/Los_Angeles" });

/** Times as the practice lives them: Los Angeles time, whatever the server's zone. */
export function formatPacific(epochMs: number): string {
  return `${pacific.format(new Date(epochMs))} PT`;
}

/** How long a New inquiry has waited, in the largest unit that reads naturally. */
export function waitedFor(sinceMs: number, now = Date.now()): string {
  const minutes = Math.max(0, Math.floor((now - sinceMs) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}
