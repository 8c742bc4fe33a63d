"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getPractice } from "@/lib/content";
import { getAuth } from "@/lib/server/auth";
import { whileAcceptingInvite } from "@/lib/staff/auth";
import { callerHash } from "@/lib/server/current-staff";
import type { StaffFormState } from "@/lib/staff/form-state";
import { passwordProblem } from "@/lib/staff/password-policy";
import { getServices } from "@/lib/server/services";

/** Sets the invited person's password from their one-time link, signs them in and sends them to enrol a second factor. */
export async function acceptInvite(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const token = String(form.get("token") ?? "");
  const email = String(form.get("email") ?? "").trim();
  const password = String(form.get("password") ?? "");
  if (!email) return { error: "Enter the email address your invite was made for." };
  const problem = passwordProblem(password, { email, practiceName: getPractice().name });
  if (problem) return { error: problem };
  if (password !== String(form.get("confirm") ?? ""))
    return { error: "The two passwords are not the same. Type the same password in both boxes." };
  const auth = await getAuth();
  const requestHeaders = await headers();
  const { credentials } = await getServices();
  const invitee = await credentials.inviteeOf(token);
  try {
    await auth.api.resetPassword({ body: { token, newPassword: password } });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return {
      error:
        "This invite link has expired or was already used. Ask an admin to invite you again; links work for 24 hours, once.",
    };
  }
  if (invitee) {
    // A password set from a link voids every other link, and any passkey made under the old password.
    await credentials.voidInviteLinks(invitee);
    await credentials.removeAllPasskeys(invitee);
  }
  const clientHash = await callerHash();
  try {
    const result = await whileAcceptingInvite(() =>
      auth.api.signInEmail({ body: { email, password, rememberMe: false }, headers: requestHeaders }),
    );
    await (
      await getServices()
    ).audit.record({
      actorId: "user" in result ? result.user.id : null,
      actorEmail: email,
      action: "password-set",
      target: null,
      detail: "invite",
      clientHash,
    });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return {
      error:
        "Your password is set, but that email address is not the one the invite was made for. Ask an admin to invite you again.",
    };
  }
  redirect("/staff/enrol");
}
