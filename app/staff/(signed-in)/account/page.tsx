import type { Metadata } from "next";
import { ActionForm } from "@/components/staff/action-form";
import { AddPasskey } from "@/components/staff/add-passkey";
import { PasswordField } from "@/components/ui/password-field";
import { requireStaff } from "@/lib/staff/current-staff";
import { PASSWORD_MIN_LENGTH } from "@/lib/staff/password-policy";
import { changePassword } from "./actions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const staff = await requireStaff();
  return (
    <div className="max-w-md space-y-10">
      <h1 className="text-3xl font-semibold">Your account</h1>
      <p>
        {staff.name}, {staff.email} ({staff.role === "admin" ? "admin" : "staff"})
      </p>
      <section aria-labelledby="passkey-heading" className="space-y-3">
        <h2 id="passkey-heading" className="text-2xl font-semibold">
          Passkey
        </h2>
        <p>A passkey on this device or a security key lets you sign in without your password and code.</p>
        <AddPasskey />
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading" className="text-2xl font-semibold">
          Change your password
        </h2>
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
