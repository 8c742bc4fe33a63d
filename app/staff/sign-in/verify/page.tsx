import type { Metadata } from "next";
import { ActionForm } from "@/components/staff/action-form";
import { AuthenticatorCodeField } from "@/components/staff/authenticator-code-field";
import { Field, inputClass } from "@/components/ui/field";
import { verifySecondFactor } from "../actions";

export const metadata: Metadata = { title: "Enter your code" };

export default function VerifyCodePage() {
  return (
    <div className="max-w-md space-y-8">
      <h1 className="text-3xl font-semibold">Enter your code</h1>
      <ActionForm action={verifySecondFactor} submitLabel="Sign in">
        <input type="hidden" name="kind" value="totp" />
        <AuthenticatorCodeField />
      </ActionForm>
      <details className="rounded-md border border-sand-300 p-4">
        <summary className="cursor-pointer font-semibold">Use a recovery code instead</summary>
        <ActionForm
          action={verifySecondFactor}
          submitLabel="Sign in with recovery code"
          variant="secondary"
          className="mt-4 space-y-4"
        >
          <input type="hidden" name="kind" value="recovery" />
          <Field id="recovery-code" label="Recovery code" hint="Each recovery code works once.">
            <input id="recovery-code" name="code" autoComplete="off" required className={inputClass} />
          </Field>
        </ActionForm>
      </details>
    </div>
  );
}
