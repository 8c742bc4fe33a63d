"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { z } from "zod";
import { getAuth } from "@/lib/staff/auth";
import { requireStaff } from "@/lib/staff/current-staff";
import type { StaffFormState } from "@/lib/staff/form-state";
import { inviteStaff, reinviteStaff } from "@/lib/staff/invite";
import { getStaffService } from "@/lib/staff/staff-service";

export async function inviteFromInbox(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const admin = await requireStaff({ role: "admin" });
  const email = z.email().safeParse(String(form.get("email") ?? "").trim());
  const name = String(form.get("name") ?? "").trim();
  if (!email.success) return { error: "Enter the new person's email address." };
  if (!name) return { error: "Enter the new person's name." };
  try {
    const invite = await inviteStaff(
      { email: email.data, name, role: form.get("admin") === "yes" ? "admin" : "staff" },
      await headers(),
    );
    await (
      await getStaffService()
    ).audit.record({
      actorId: admin.id,
      actorEmail: admin.email,
      action: "staff-invited",
      target: email.data,
      detail: invite.role,
      clientHash: admin.clientHash,
    });
    return { done: `Account made. Give ${name} this link (it works once, for 24 hours): ${invite.link}` };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return { error: "A staff account with this email address already exists. Use its row below to send a new link." };
  }
}

/** Disable (signs the person out everywhere and blocks sign-in), enable, end sessions, or send a new invite link. */
export async function changeAccount(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const admin = await requireStaff({ role: "admin" });
  const userId = String(form.get("userId") ?? "");
  const email = String(form.get("email") ?? "");
  const change = String(form.get("change") ?? "");
  if (userId === admin.id && change === "disable")
    return { error: "You cannot disable your own account. Ask another admin." };
  const auth = await getAuth();
  const requestHeaders = await headers();
  const { audit } = await getStaffService();
  const record = (action: "staff-disabled" | "staff-enabled" | "sessions-revoked" | "staff-invited") =>
    audit.record({
      actorId: admin.id,
      actorEmail: admin.email,
      action,
      target: email || userId,
      detail: null,
      clientHash: admin.clientHash,
    });
  try {
    if (change === "disable") {
      await auth.api.banUser({ body: { userId, banReason: "disabled by an admin" }, headers: requestHeaders });
      await record("staff-disabled");
      return { done: `${email} is disabled and signed out everywhere.` };
    }
    if (change === "enable") {
      await auth.api.unbanUser({ body: { userId }, headers: requestHeaders });
      await record("staff-enabled");
      return { done: `${email} can sign in again.` };
    }
    if (change === "end-sessions") {
      await auth.api.revokeUserSessions({ body: { userId }, headers: requestHeaders });
      await record("sessions-revoked");
      return { done: `Every session of ${email} has ended.` };
    }
    if (change === "new-link") {
      const link = await reinviteStaff(email);
      await record("staff-invited");
      return { done: `New link for ${email} (works once, for 24 hours): ${link}` };
    }
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return {
      error: "That change did not go through: the account may have just changed. Reload the page and try again.",
    };
  }
  return { error: "Choose what to change." };
}
