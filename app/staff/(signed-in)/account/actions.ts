"use server";

import { APIError } from "better-auth/api";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getPractice } from "@/lib/content";
import { getAuth } from "@/lib/server/auth";
import { recordStepUp } from "@/lib/staff/credentials";
import { requireStaff } from "@/lib/server/current-staff";
import type { StaffFormState } from "@/lib/staff/form-state";
import { passwordProblem } from "@/lib/staff/password-policy";
import { STEP_UP_SECONDS } from "@/lib/staff/session-rules";
import { RATE_LIMITED_MESSAGE, waitOut } from "@/lib/staff/sign-in-limit";
import { getServices } from "@/lib/server/services";

/** A new password ends every other session of this person and removes their passkeys. */
export async function changePassword(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const staff = await requireStaff();
  const newPassword = String(form.get("newPassword") ?? "");
  const problem = passwordProblem(newPassword, {
    email: staff.email,
    name: staff.name,
    practiceName: getPractice().name,
  });
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
  const { credentials, audit } = await getServices();
  const removed = await credentials.removeAllPasskeys(staff.id);
  await audit.byStaff(
    staff,
    "password-set",
    staff.id,
    removed > 0 ? `changed, ${removed} passkey(s) removed` : "changed",
  );
  return {
    done: `Password changed. Your other sessions have been signed out${removed > 0 ? " and your passkeys removed; add one again if you want" : ""}.`,
  };
}

/** Password and code again, so that a passkey can be added in the next few minutes from this session. */
export async function confirmIdentity(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const staff = await requireStaff();
  const password = String(form.get("password") ?? "");
  const code = String(form.get("code") ?? "").replace(/\s+/g, "");
  if (!password || !code)
    return { error: "Enter your password and the 6-digit code your authenticator app shows now." };
  const { signInLimit, audit, usedCodes } = await getServices();
  const attempt = await signInLimit.begin(staff.email, staff.clientHash);
  if (attempt.limited) return { error: RATE_LIMITED_MESSAGE };
  await waitOut(attempt);
  const auth = await getAuth();
  const requestHeaders = await headers();
  try {
    await auth.api.verifyPassword({ body: { password }, headers: requestHeaders });
    await auth.api.verifyTOTP({ body: { code }, headers: requestHeaders });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    await audit.byStaff(staff, "two-factor-failed", null, "confirming identity");
    return { error: "That password or code is not right. Enter both again; the code changes every 30 seconds." };
  }
  if (!(await usedCodes.claim(staff.id, code)))
    return { error: "That code was already used. Wait for your app to show a new code and enter both again." };
  await attempt.succeeded();
  await recordStepUp(auth, staff.sessionToken, staff.id);
  await audit.byStaff(staff, "identity-confirmed", staff.id, "to add a passkey");
  revalidatePath("/staff/account");
  return { done: `Confirmed. You can add a passkey in the next ${STEP_UP_SECONDS / 60} minutes.` };
}

export async function deletePasskey(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const staff = await requireStaff();
  const passkeyId = String(form.get("passkeyId") ?? "");
  const { credentials, audit } = await getServices();
  if (!(await credentials.removePasskey(staff.id, passkeyId)))
    return { error: "That passkey was already removed. Reload the page to see the ones left." };
  await audit.byStaff(staff, "passkey-removed", staff.id, "by its owner");
  // The list is drawn again without it, so the answer is a notice on the page rather than beside a removed form.
  redirect("/staff/account?notice=passkey-removed");
}
