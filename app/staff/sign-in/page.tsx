import type { Metadata } from "next";
import { ActionForm } from "@/components/staff/action-form";
import { PasskeySignIn } from "@/components/staff/passkey-sign-in";
import { Field, inputClass } from "@/components/ui/field";
import { PasswordField } from "@/components/ui/password-field";
import { signInWithPassword } from "./actions";

export const metadata: Metadata = { title: "Staff sign-in" };

const NOTICES: Record<string, string> = {
  timeout:
    "You were signed out after 30 minutes without activity (or 12 hours after signing in). Sign in again to continue.",
  signed_out: "You are signed out.",
};

export default async function StaffSignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { ended } = await searchParams;
  const notice = typeof ended === "string" ? NOTICES[ended] : undefined;
  return (
    <div className="max-w-md space-y-6">
      <h1 className="text-3xl font-semibold">Staff sign-in</h1>
      {notice && (
        <p role="status" className="rounded-md bg-sand-100 p-3">
          {notice}
        </p>
      )}
      <ActionForm action={signInWithPassword} submitLabel="Continue">
        <Field id="email" label="Email address">
          <input id="email" name="email" type="email" autoComplete="username" required className={inputClass} />
        </Field>
        <PasswordField id="password" label="Password" autoComplete="current-password" />
      </ActionForm>
      <PasskeySignIn />
      <p className="text-sm text-ink-soft">
        Staff accounts are made by an admin. If you cannot sign in, ask an admin at the practice.
      </p>
    </div>
  );
}
