import { Field, fieldControl, inputClass } from "./field";

/**
 * A required password input with its label and optional hint. `autoComplete` tells password managers whether to
 * fill a saved password (current-password) or offer a new one (new-password).
 */
export function PasswordField({
  id,
  label,
  hint,
  autoComplete,
  minLength,
}: {
  id: string;
  label: string;
  hint?: string;
  autoComplete: "current-password" | "new-password";
  minLength?: number;
}) {
  return (
    <Field id={id} label={label} hint={hint}>
      <input
        name={id}
        type="password"
        autoComplete={autoComplete}
        minLength={minLength}
        required
        {...fieldControl(id, { hint: Boolean(hint) })}
        className={inputClass}
      />
    </Field>
  );
}
