import type { ReactNode } from "react";

/** The ids a control should name in aria-describedby: its hint and, when there is one, its error. */
function describedBy(id: string, { hint, error }: { hint?: boolean; error?: string }) {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

/** What ties a control to the label, hint and error a Field renders for the same id; spread onto the control. */
export function fieldControl(id: string, { hint, error }: { hint?: boolean; error?: string } = {}) {
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, { hint, error }),
  } as const;
}

/** Label, optional hint and error for one control; the control itself is the child, given the same id. */
export function Field({
  id,
  label,
  hint,
  error,
  optional,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block font-semibold text-ink">
        {label}
        {optional && <span className="font-normal text-ink-soft"> (optional)</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-ink-soft">
          {hint}
        </p>
      )}
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="flex gap-1.5 text-sm font-semibold text-clay-800">
      <span aria-hidden="true">!</span>
      {error}
    </p>
  );
}

export const inputClass =
  "block w-full rounded-md border-2 border-sand-300 bg-white px-3 py-2.5 text-ink shadow-sm aria-[invalid=true]:border-clay-800 focus-visible:border-focus";
