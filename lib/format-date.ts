const longDate = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

/** "2026-11-16" → "November 16, 2026"; content dates are calendar days, so UTC keeps them from shifting. */
export function formatDate(isoDay: string): string {
  return longDate.format(new Date(`${isoDay}T00:00:00Z`));
}
