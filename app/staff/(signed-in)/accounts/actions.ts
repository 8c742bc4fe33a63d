"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { z } from "zod";
import { getAuth, getInvites } from "@/lib/server/auth";
import { requireStaff } from "@/lib/server/current-staff";
import type { StaffFormState } from "@/lib/staff/form-state";
import { getServices } from "@/lib/server/services";

export async function inviteFromInbox(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const admin = await requireStaff({ role: "admin" });
  const email = z.email().safeParse(String(form.get("email") ?? "").trim());
  const name = String(form.get("name") ?? "").trim();
  if (!email.success) return { error: "Enter the new person's email address." };
  if (!name) return { error: "Enter the new person's name." };
  try {
    const invite = await (
      await getInvites()
    ).inviteStaff({ email: email.data, name, role: form.get("admin") === "yes" ? "admin" : "staff" }, await headers());
    await (await getServices()).audit.byStaff(admin, "staff-invited", email.data, invite.role);
    return { done: `Account made. Give ${name} this link (it works once, for 24 hours): ${invite.link}` };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return { error: "A staff account with this email address already exists. Use its row below to send a new link." };
  }
}

/**
 * Disable (signs the person out everywhere, removes their passkeys and blocks sign-in), enable, end sessions (also
 * removes passkeys), remove passkeys, or send a new invite link (voids older links and removes passkeys). The
 * account is read by its id on the server, so the audit entry names the person the change was made to.
 */
export async function changeAccount(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const admin = await requireStaff({ role: "admin" });
  const change = String(form.get("change") ?? "");
  const { audit, credentials } = await getServices();
  const person = await credentials.staffAccountById(String(form.get("userId") ?? ""));
  if (!person) return { error: "That account no longer exists. Reload the page." };
  const { id: userId, email } = person;
  if (userId === admin.id && change === "disable")
    return { error: "You cannot disable your own account. Ask another admin." };
  const auth = await getAuth();
  const requestHeaders = await headers();
  const record = (
    action: "staff-disabled" | "staff-enabled" | "sessions-revoked" | "staff-invited" | "passkey-removed",
    detail: string | null = null,
  ) =>
    audit.record({
      actorId: admin.id,
      actorEmail: admin.email,
      action,
      target: email,
      detail,
      clientHash: admin.clientHash,
    });
  const passkeysNote = (removed: number) => (removed > 0 ? `${removed} passkey(s) removed` : null);
  try {
    if (change === "disable") {
      await auth.api.banUser({ body: { userId, banReason: "disabled by an admin" }, headers: requestHeaders });
      await record("staff-disabled", passkeysNote(await credentials.removeAllPasskeys(userId)));
      return { done: `${email} is disabled, signed out everywhere, and has no passkeys.` };
    }
    if (change === "enable") {
      await auth.api.unbanUser({ body: { userId }, headers: requestHeaders });
      await record("staff-enabled");
      return { done: `${email} can sign in again with their password and code.` };
    }
    if (change === "end-sessions") {
      await auth.api.revokeUserSessions({ body: { userId }, headers: requestHeaders });
      await record("sessions-revoked", passkeysNote(await credentials.removeAllPasskeys(userId)));
      return { done: `Every session of ${email} has ended, and their passkeys are removed.` };
    }
    if (change === "remove-passkeys") {
      const removed = await credentials.removeAllPasskeys(userId);
      await record("passkey-removed", `${removed} passkey(s), by an admin`);
      return { done: `${removed === 1 ? "1 passkey" : `${removed} passkeys`} of ${email} removed.` };
    }
    if (change === "new-link") {
      const link = await (await getInvites()).reinviteStaff(email);
      await record("staff-invited", passkeysNote(await credentials.removeAllPasskeys(userId)));
      return {
        done: `New link for ${email} (works once, for 24 hours; earlier links no longer work, and their passkeys are removed): ${link}`,
      };
    }
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return {
      error: "That change did not go through: the account may have just changed. Reload the page and try again.",
    };
  }
  return { error: "Choose what to change." };
}
