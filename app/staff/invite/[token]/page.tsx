import type { Metadata } from "next";
import { ActionForm } from "@/components/staff/action-form";
import { Field, inputClass } from "@/components/ui/field";
import { PasswordField } from "@/components/ui/password-field";
import { PASSWORD_MIN_LENGTH } from "@/lib/staff/password-policy";
import { acceptInvite } from "./actions";

export const metadata: Metadata = { title: "Set up your staff account" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <div className="max-w-md space-y-6">
      <h1 className="text-3xl font-semibold">Set up your staff account</h1>
      <p>
        Choose a password, then set up a second way to prove it is you (an authenticator app). This link works once.
      </p>
      <ActionForm action={acceptInvite} submitLabel="Set password and continue">
        <input type="hidden" name="token" value={token} />
        <Field id="email" label="Your email address">
          <input id="email" name="email" type="email" autoComplete="username" required className={inputClass} />
        </Field>
        <PasswordField
          id="password"
          label="New password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words work well; no special characters are needed.`}
          autoComplete="new-password"
          minLength={PASSWORD_MIN_LENGTH}
        />
        <PasswordField id="confirm" label="New password again" autoComplete="new-password" />
      </ActionForm>
    </div>
  );
}
