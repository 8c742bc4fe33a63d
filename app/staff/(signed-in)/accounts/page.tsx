import type { Metadata } from "next";
import { headers } from "next/headers";
import { ActionForm } from "@/components/staff/action-form";
import { Field, inputClass } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { getAuth } from "@/lib/server/auth";
import { requireStaff } from "@/lib/server/current-staff";
import { getServices } from "@/lib/server/services";
import { changeAccount, inviteFromInbox } from "./actions";

export const metadata: Metadata = { title: "Staff accounts" };

export default async function AccountsPage() {
  const admin = await requireStaff({ role: "admin" });
  const { users } = await (
    await getAuth()
  ).api.listUsers({ query: { limit: 200, sortBy: "name" }, headers: await headers() });
  const passkeys = await (await getServices()).credentials.passkeyCounts();
  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-semibold">Staff accounts</h1>
      <section aria-labelledby="invite-heading" className="max-w-md">
        <h2 id="invite-heading" className="text-2xl font-semibold">
          Invite someone
        </h2>
        <ActionForm action={inviteFromInbox} submitLabel="Make account and link" className="mt-4 space-y-4">
          <Field id="invite-name" label="Name">
            <input id="invite-name" name="name" required autoComplete="off" className={inputClass} />
          </Field>
          <Field id="invite-email" label="Email address">
            <input id="invite-email" name="email" type="email" required autoComplete="off" className={inputClass} />
          </Field>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="admin" value="yes" /> Admin (manages accounts, reads the audit log, exports)
          </label>
        </ActionForm>
      </section>
      <section aria-labelledby="people-heading">
        <h2 id="people-heading" className="text-2xl font-semibold">
          Everyone with an account
        </h2>
        <p className="mt-2 max-w-prose">
          Disabling an account signs the person out everywhere, removes their passkeys and blocks every way in until it
          is enabled again. Ending sessions signs them out and removes their passkeys; their password and code still
          work. A new invite link voids the older ones and removes their passkeys.
        </p>
        <ul className="mt-4 space-y-4">
          {users.map((user) => (
            <li key={user.id} className="rounded-md border border-sand-300 p-4">
              <p className="font-semibold">
                {user.name} <span className="font-normal">({user.email})</span>
              </p>
              <p className="text-sm text-ink-soft">
                {user.role === "admin" ? "Admin" : "Staff"}
                {user.banned ? ", disabled" : ""}
                {"twoFactorEnabled" in user && user.twoFactorEnabled ? "" : ", has not finished setting up"}
                {`, ${passkeys.get(user.id) === 1 ? "1 passkey" : `${passkeys.get(user.id) ?? 0} passkeys`}`}
              </p>
              {user.id !== admin.id && (
                <ActionForm
                  action={changeAccount}
                  submitLabel="Apply"
                  variant="secondary"
                  className="mt-3 flex flex-wrap items-end gap-3"
                >
                  <input type="hidden" name="userId" value={user.id} />
                  <SelectField id={`change-${user.id}`} name="change" label={`Change for ${user.name}`} compact>
                    {user.banned ? (
                      <option value="enable">Enable the account</option>
                    ) : (
                      <option value="disable">Disable the account</option>
                    )}
                    <option value="end-sessions">End all sessions and remove passkeys</option>
                    {(passkeys.get(user.id) ?? 0) > 0 && <option value="remove-passkeys">Remove passkeys</option>}
                    <option value="new-link">Make a new invite link (voids older links, removes passkeys)</option>
                  </SelectField>
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
