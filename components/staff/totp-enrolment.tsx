"use client";

import { useActionState, useEffect, useRef } from "react";
import type { EnrolmentState } from "@/lib/staff/form-state";
import { buttonClass } from "@/components/ui/button-styles";
import { Field, fieldControl, inputClass } from "@/components/ui/field";

type Action = (state: EnrolmentState, form: FormData) => Promise<EnrolmentState>;

/** Step 1 confirms the password and shows the secret (text and otpauth:// link) and recovery codes; step 2 checks a code. */
export function TotpEnrolment({ start, confirm }: { start: Action; confirm: Action }) {
  const [started, startAction, starting] = useActionState(start, {});
  const [confirmed, confirmAction, confirming] = useActionState(confirm, {});
  const heading = useRef<HTMLHeadingElement>(null);
  const error = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (started.totpURI) heading.current?.focus();
    else if (started.error) error.current?.focus();
  }, [started]);

  if (!started.totpURI) {
    return (
      <form action={startAction} className="space-y-4">
        <Field id="password" label="Confirm your password">
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className={inputClass}
          />
        </Field>
        {started.error && (
          <p ref={error} tabIndex={-1} role="alert" className="font-semibold text-clay-800">
            {started.error}
          </p>
        )}
        <button type="submit" className={buttonClass()} aria-disabled={starting}>
          Set up an authenticator app
        </button>
      </form>
    );
  }
  return (
    <div className="space-y-6">
      <h2 ref={heading} tabIndex={-1} className="text-2xl font-semibold">
        Add this account to your app
      </h2>
      <p>
        On this phone:{" "}
        <a href={started.totpURI} className="font-semibold">
          open the set-up link in your authenticator app
        </a>
        . On another device, type this key into the app:
      </p>
      <p>
        <code data-testid="totp-secret" className="break-all rounded bg-sand-100 px-2 py-1 text-lg">
          {started.secret}
        </code>
      </p>
      <h2 className="text-2xl font-semibold">Save your recovery codes</h2>
      <p>
        If you lose your phone, each of these codes lets you sign in once. Store them somewhere safe, like a password
        manager. They are shown only now.
      </p>
      <ul data-testid="recovery-codes" className="grid grid-cols-2 gap-2 font-mono">
        {started.recoveryCodes?.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <form action={confirmAction} className="space-y-4">
        <Field id="code" label="6-digit code your app shows now" error={confirmed.error}>
          <input
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            {...fieldControl("code", { error: confirmed.error })}
            className={inputClass}
          />
        </Field>
        <button type="submit" className={buttonClass()} aria-disabled={confirming}>
          Turn on and go to the inbox
        </button>
      </form>
    </div>
  );
}
