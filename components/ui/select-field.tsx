import type { ReactNode } from "react";

/** A drop-down with its label above it, as the staff pages' filters and account changes use it; options are children. */
export function SelectField({
  id,
  name = id,
  label,
  defaultValue,
  compact,
  children,
}: {
  id: string;
  name?: string;
  label: string;
  defaultValue?: string;
  /** A smaller label, for a drop-down inside a list item. */
  compact?: boolean;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className={compact ? "block text-sm font-semibold" : "block font-semibold"}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        className="mt-1 rounded-md border-2 border-sand-300 bg-white px-3 py-2"
      >
        {children}
      </select>
    </div>
  );
}
