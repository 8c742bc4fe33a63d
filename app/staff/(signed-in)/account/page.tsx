import type { Metadata } from "next";
import { ActionForm } from "@/components/staff/action-form";
import { AuthenticatorCodeField } from "@/components/staff/authenticator-code-field";
import { AddPasskey } from "@/components/staff/add-passkey";
import { PasswordField } from "@/components/ui/password-field";
import { getAuth } from "@/lib/server/auth";
import { requireStaff } from "@/lib/server/current-staff";
import { getServices } from "@/lib/server/services";
import { hasFreshStepUp } from "@/lib/staff/credentials";
import { formatPacific } from "@/lib/inquiries/labels";
import { PASSWORD_MIN_LENGTH } from "@/lib/staff/password-policy";
import { STEP_UP_SECONDS } from "@/lib/staff/session-rules";
import { changePassword, confirmIdentity, deletePasskey } from "./actions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const staff = await requireStaff();
  const { notice } = await searchParams;
  const { credentials } = await getServices();
  const auth = await getAuth();
  const [passkeys, mayAddPasskey] = await Promise.all([
    credentials.listPasskeys(staff.id),
    hasFreshStepUp(auth, staff.sessionToken, staff.id),
  ]);
  return (
    <div className="max-w-md space-y-10">
      <h1 className="text-3xl font-semibold">Your account</h1>
      <p>
        {staff.name}, {staff.email} ({staff.role === "admin" ? "admin" : "staff"})
      </p>
      <section aria-labelledby="passkey-heading" className="space-y-4">
        <h2 id="passkey-heading" className="text-2xl font-semibold">
          Passkeys
        </h2>
        {notice === "passkey-removed" && (
          <p role="status" className="rounded-md bg-sand-100 p-3">
            Passkey removed. It can no longer sign in.
          </p>
        )}
        <p>
          A passkey on this device or a security key lets you sign in without your password and code. The device asks
          for its PIN, fingerprint or face each time. A new password, an admin ending your sessions, a new invite link
          or a disabled account removes every passkey.
        </p>
        {passkeys.length === 0 ? (
          <p>You have no passkeys.</p>
        ) : (
          <ul className="space-y-3">
            {passkeys.map((passkey) => (
              <li key={passkey.id} className="rounded-md border border-sand-300 p-4">
                <p className="font-semibold">{passkey.name}</p>
                {passkey.addedAt && (
                  <p className="text-sm text-ink-soft">Added {formatPacific(passkey.addedAt.getTime())}</p>
                )}
                <ActionForm
                  action={deletePasskey}
                  submitLabel={`Remove ${passkey.name}`}
                  variant="secondary"
                  className="mt-3 space-y-2"
                >
                  <input type="hidden" name="passkeyId" value={passkey.id} />
                </ActionForm>
              </li>
            ))}
          </ul>
        )}
        {mayAddPasskey ? (
          <div className="space-y-3">
            <p role="status">
              You have confirmed it is you: you can add a passkey from this browser for up to {STEP_UP_SECONDS / 60}{" "}
              minutes.
            </p>
            <AddPasskey />
          </div>
        ) : (
          <div className="space-y-3">
            <h3 className="text-xl font-semibold">Add a passkey</h3>
            <p>
              To add a passkey, confirm it is you with your password and a code. You then have {STEP_UP_SECONDS / 60}{" "}
              minutes to add it.
            </p>
            <ActionForm action={confirmIdentity} submitLabel="Confirm it is me" className="space-y-4">
              <PasswordField id="password" label="Your password" autoComplete="current-password" />
              <AuthenticatorCodeField />
            </ActionForm>
          </div>
        )}
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading" className="text-2xl font-semibold">
          Change your password
        </h2>
        <p className="mt-2">This signs out your other sessions and removes your passkeys.</p>
        <ActionForm action={changePassword} submitLabel="Change password" className="mt-4 space-y-4">
          <PasswordField id="currentPassword" label="Current password" autoComplete="current-password" />
          <PasswordField
            id="newPassword"
            label="New password"
            hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
            autoComplete="new-password"
          />
        </ActionForm>
      </section>
    </div>
  );
}
