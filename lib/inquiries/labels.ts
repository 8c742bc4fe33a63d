export { officeChoices, officeLabel } from "./office-label";
import type { InquiryStatus } from "./inbox";

export const STATUS_LABELS: Record<InquiryStatus, string> = { new: "New", contacted: "Contacted", closed: "Closed" };

const pacific = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "America/Los_Angeles",
});

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
