import type { Metadata } from "next";
import { headers } from "next/headers";
import { ActionForm } from "@/components/staff/action-form";
import { Field, inputClass } from "@/components/ui/field";
import { getAuth } from "@/lib/staff/auth";
import { requireStaff } from "@/lib/staff/current-staff";
import { changeAccount, inviteFromInbox } from "./actions";

export const metadata: Metadata = { title: "Staff accounts" };

export default async function AccountsPage() {
  const admin = await requireStaff({ role: "admin" });
  const { users } = await (
    await getAuth()
  ).api.listUsers({ query: { limit: 200, sortBy: "name" }, headers: await headers() });
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
              </p>
              {user.id !== admin.id && (
                <ActionForm
                  action={changeAccount}
                  submitLabel="Apply"
                  variant="secondary"
                  className="mt-3 flex flex-wrap items-end gap-3"
                >
                  <input type="hidden" name="userId" value={user.id} />
                  <input type="hidden" name="email" value={user.email} />
                  <div>
                    <label htmlFor={`change-${user.id}`} className="block text-sm font-semibold">
                      Change for {user.name}
                    </label>
                    <select
                      id={`change-${user.id}`}
                      name="change"
                      className="mt-1 rounded-md border-2 border-sand-300 bg-white px-3 py-2"
                    >
                      {user.banned ? (
                        <option value="enable">Enable the account</option>
                      ) : (
                        <option value="disable">Disable the account</option>
                      )}
                      <option value="end-sessions">End all sessions</option>
                      <option value="new-link">Make a new invite link</option>
                    </select>
                  </div>
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
