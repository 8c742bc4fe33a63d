import type { OutcomeName } from "@/lib/candidacy/outcome-levels";

const looks: Record<OutcomeName, string> = {
  explore: "bg-sage-50 text-sage-900 border-sage-600",
  "talk-first": "bg-sand-100 text-ink border-sand-300",
  "not-now": "bg-clay-100 text-clay-800 border-clay-700",
};

/** Which result an answer leads to, in the checklist's words; color only repeats what the text says. */
export function OutcomeTag({ outcome, label }: { outcome: OutcomeName; label: string }) {
  return (
    <span className={`inline-block rounded-full border px-2.5 py-0.5 text-sm font-semibold ${looks[outcome]}`}>
      {label}
    </span>
  );
}
