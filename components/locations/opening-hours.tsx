import type { Office } from "@/lib/content";
import { formatDays, formatTime } from "@/lib/office-details";

export function OpeningHours({ hours }: { hours: Office["hours"] }) {
  return (
    <dl className="space-y-1">
      {hours.map((entry) => (
        <div key={entry.days.join()} className="flex flex-wrap gap-x-3">
          <dt className="font-medium">{formatDays(entry.days)}</dt>
          <dd>
            {formatTime(entry.opens)} – {formatTime(entry.closes)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
