"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getContactService } from "@/lib/contact/service";
import { getAuth } from "@/lib/staff/auth";
import { callerHash } from "@/lib/staff/current-staff";
import type { StaffFormState } from "@/lib/staff/form-state";
import { RATE_LIMITED_MESSAGE } from "@/lib/staff/sign-in-limit";
import { getStaffService } from "@/lib/staff/staff-service";

const WRONG_DETAILS = "That email address and password do not match an active staff account. Check them and try again.";

/** Step one: email and password. Never says whether an address has an account. */
export async function signInWithPassword(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const email = String(form.get("email") ?? "")
    .trim()
    .slice(0, 254);
  const password = String(form.get("password") ?? "");
  if (!email || !password) return { error: "Enter your email address and your password." };
  const { signInLimit, audit } = await getStaffService();
  const clientHash = await callerHash();
  if (await signInLimit.isLimited(email, clientHash)) {
    await audit.record({
      actorId: null,
      actorEmail: email,
      action: "sign-in-failed",
      target: null,
      detail: "rate limited",
      clientHash,
    });
    return { error: RATE_LIMITED_MESSAGE };
  }
  const auth = await getAuth();
  const requestHeaders = await headers();
  let result: Awaited<ReturnType<typeof auth.api.signInEmail>>;
  try {
    result = await auth.api.signInEmail({ body: { email, password, rememberMe: false }, headers: requestHeaders });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    await signInLimit.recordFailure(email, clientHash);
    await audit.record({
      actorId: null,
      actorEmail: email,
      action: "sign-in-failed",
      target: null,
      detail: "password",
      clientHash,
    });
    return { error: WRONG_DETAILS };
  }
  if (!("twoFactorRedirect" in result)) {
    // An account without a second factor signs in only through its invite link, straight into enrolment.
    await auth.api.revokeSession({ headers: requestHeaders, body: { token: result.token } });
    return { error: "This account has not finished setting up. Open your invite link, or ask an admin for a new one." };
  }
  redirect("/staff/sign-in/verify");
}

/** Step two: a code from the authenticator app, or one of the recovery codes. */
export async function verifySecondFactor(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const code = String(form.get("code") ?? "").replace(/\s+/g, "");
  const kind = form.get("kind") === "recovery" ? "recovery" : "totp";
  if (!code)
    return {
      error:
        kind === "totp" ? "Enter the 6-digit code from your authenticator app." : "Enter one of your recovery codes.",
    };
  const { signInLimit, audit, usedCodes } = await getStaffService();
  const clientHash = await callerHash();
  if (await signInLimit.isLimited(undefined, clientHash)) return { error: RATE_LIMITED_MESSAGE };
  const auth = await getAuth();
  const requestHeaders = await headers();
  let signedIn: { token?: string | undefined; user: { id: string; email: string } };
  try {
    signedIn =
      kind === "totp"
        ? await auth.api.verifyTOTP({ body: { code }, headers: requestHeaders })
        : await auth.api.verifyBackupCode({ body: { code }, headers: requestHeaders });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    await signInLimit.recordFailure(undefined, clientHash);
    await audit.record({
      actorId: null,
      actorEmail: null,
      action: "two-factor-failed",
      target: null,
      detail: kind,
      clientHash,
    });
    return {
      error:
        "That code did not work. Codes change every 30 seconds: enter the one showing now. If this keeps happening, sign in again.",
    };
  }
  if (kind === "totp" && !(await usedCodes.claim(signedIn.user.id, code))) {
    // The library accepts a code for its whole lifetime; a second use is a replay, so the new session goes at once.
    if (signedIn.token)
      await (await getContactService()).store.db.deleteFrom("session").where("token", "=", signedIn.token).execute();
    await signInLimit.recordFailure(signedIn.user.email, clientHash);
    await audit.record({
      actorId: signedIn.user.id,
      actorEmail: signedIn.user.email,
      action: "two-factor-failed",
      target: null,
      detail: "code reused",
      clientHash,
    });
    return {
      error: "That code was already used. Wait for your app to show a new code, then sign in again from the start.",
    };
  }
  await audit.record({
    actorId: signedIn.user.id,
    actorEmail: signedIn.user.email,
    action: "sign-in",
    target: null,
    detail: kind === "totp" ? "password and code" : "password and recovery code",
    clientHash,
  });
  redirect("/staff");
}
