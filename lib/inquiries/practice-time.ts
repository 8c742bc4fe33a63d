/** The practice's own clock: staff read times and days in Los Angeles time, whatever the server's time zone. */
export const PRACTICE_TIME_ZONE = "America/Los_Angeles";

const parts = new Intl.DateTimeFormat("en-CA", {
  timeZone: PRACTICE_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  hourCycle: "h23",
});

/** The practice's calendar day ("2026-12-01") and hour (0 to 23) at a moment. */
export function practiceDayAndHour(at: number): { day: string; hour: number } {
  const part = Object.fromEntries(parts.formatToParts(at).map(({ type, value }) => [type, value]));
  return { day: `${part.year}-${part.month}-${part.day}`, hour: Number(part.hour) };
}
