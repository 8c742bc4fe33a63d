import type { ReactNode } from "react";
import type { CalloutKind } from "@/lib/content-schema/mdx-components";

const looks: Record<CalloutKind, { box: string; label: string }> = {
  note: { box: "border-sage-600 bg-sage-50", label: "Note" },
  caution: { box: "border-clay-700 bg-clay-100", label: "Caution" },
  crisis: { box: "border-clay-800 bg-clay-100", label: "If you need help now" },
};

/** A boxed aside; the visible title doubles as the aside's accessible name. */
export function Callout({
  kind = "note",
  title,
  children,
}: {
  kind?: CalloutKind;
  title?: string;
  children: ReactNode;
}) {
  const look = looks[kind] ?? looks.note;
  return (
    <aside aria-label={title ?? look.label} className={`not-prose my-8 rounded-lg border-l-4 px-5 py-4 ${look.box}`}>
      <p className="font-serif text-lg font-semibold text-ink">{title ?? look.label}</p>
      <div className="mt-1 space-y-3 text-ink [&_a]:font-medium">{children}</div>
    </aside>
  );
}
