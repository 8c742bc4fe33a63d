"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/server/auth";
import { requireStaff } from "@/lib/server/current-staff";
import { getServices } from "@/lib/server/services";
import type { EnrolmentState } from "@/lib/staff/form-state";

/** Makes a new authenticator secret and ten recovery codes (shown once), after the password is confirmed. */
export async function startTotpEnrolment(_state: EnrolmentState, form: FormData): Promise<EnrolmentState> {
  await requireStaff({ allowUnenrolled: true });
  try {
    const result = await (
      await getAuth()
    ).api.enableTwoFactor({
      body: { password: String(form.get("password") ?? "") },
      headers: await headers(),
    });
    if (!("totpURI" in result) || !result.totpURI)
      return { error: "The authenticator set-up could not start. Reload the page and try again." };
    const secret = new URL(result.totpURI).searchParams.get("secret") ?? "";
    return { totpURI: result.totpURI, secret, recoveryCodes: result.backupCodes ?? [] };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return { error: "That password is not right. Enter the password you just chose." };
  }
}

/** Turns the second factor on once the person proves their app shows the right code. */
export async function confirmTotpEnrolment(state: EnrolmentState, form: FormData): Promise<EnrolmentState> {
  const staff = await requireStaff({ allowUnenrolled: true });
  try {
    await (
      await getAuth()
    ).api.verifyTOTP({
      body: { code: String(form.get("code") ?? "").replace(/\s+/g, "") },
      headers: await headers(),
    });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return {
      ...state,
      error: "That code did not match. Enter the 6-digit code your app shows now (it changes every 30 seconds).",
    };
  }
  const { usedCodes, credentials, audit } = await getServices();
  await usedCodes.claim(staff.id, String(form.get("code") ?? "").replace(/\s+/g, ""));
  // Set-up is finished: no invite link for this person may set a password any more.
  await credentials.voidInviteLinks(staff.id);
  await audit.byStaff(staff, "two-factor-enrolled", staff.id, "totp");
  redirect("/staff");
}
