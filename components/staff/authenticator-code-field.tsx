import { Field, inputClass } from "@/components/ui/field";

/** The 6-digit code from an authenticator app, as every staff form that asks for one labels and checks it. */
export function AuthenticatorCodeField({ id = "code" }: { id?: string }) {
  return (
    <Field id={id} label="6-digit code from your authenticator app">
      <input
        id={id}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9 ]{6,7}"
        required
        className={inputClass}
      />
    </Field>
  );
}
