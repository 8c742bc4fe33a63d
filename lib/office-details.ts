import type { OfficeData } from "./content-schema/office";
import { WEEKDAYS } from "./content-schema/office";

export function addressLines(address: OfficeData["address"]): string[] {
  return [
    [address.street, address.suite].filter(Boolean).join(", "),
    `${address.city}, ${address.region} ${address.postalCode}`,
  ];
}

/** A plain link to a maps site: nothing loads from it unless the visitor follows it. */
export function directionsUrl(address: OfficeData["address"]): string {
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(addressLines(address).join(", "))}`;
}

const clock = new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit", timeZone: "UTC" });

/** "09:00" → "9:00 AM" */
export function formatTime(time: string): string {
  return clock.format(new Date(`2000-01-01T${time}:00Z`));
}

/** Groups consecutive days: ["Monday","Tuesday","Wednesday"] → "Monday–Wednesday". */
export function formatDays(days: readonly string[]): string {
  const sorted = [...days].sort((a, b) => WEEKDAYS.indexOf(a as never) - WEEKDAYS.indexOf(b as never));
  const runs: string[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && WEEKDAYS.indexOf(day as never) === WEEKDAYS.indexOf(run.at(-1) as never) + 1) run.push(day);
    else runs.push([day]);
  }
  return runs.map((run) => (run.length > 2 ? `${run[0]}–${run.at(-1)}` : run.join(", "))).join(", ");
}
