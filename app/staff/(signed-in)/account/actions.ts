"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { getAuth } from "@/lib/staff/auth";
import { requireStaff } from "@/lib/staff/current-staff";
import type { StaffFormState } from "@/lib/staff/form-state";
import { passwordProblem } from "@/lib/staff/password-policy";
import { getStaffService } from "@/lib/staff/staff-service";

/** A new password ends every other session of this person. */
export async function changePassword(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const staff = await requireStaff();
  const newPassword = String(form.get("newPassword") ?? "");
  const problem = passwordProblem(newPassword, { email: staff.email, name: staff.name });
  if (problem) return { error: problem };
  try {
    await (
      await getAuth()
    ).api.changePassword({
      body: { currentPassword: String(form.get("currentPassword") ?? ""), newPassword, revokeOtherSessions: true },
      headers: await headers(),
    });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return { error: "Your current password is not right. Nothing was changed." };
  }
  await (
    await getStaffService()
  ).audit.record({
    actorId: staff.id,
    actorEmail: staff.email,
    action: "password-set",
    target: staff.id,
    detail: "changed",
    clientHash: staff.clientHash,
  });
  return { done: "Password changed. Your other sessions have been signed out." };
}
