"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/server/auth";
import { NOT_ENROLLED } from "@/lib/staff/auth";
import { recordStepUp } from "@/lib/staff/credentials";
import { callerHash } from "@/lib/server/current-staff";
import type { StaffFormState } from "@/lib/staff/form-state";
import { CODE_LOCKOUT } from "@/lib/staff/session-rules";
import { RATE_LIMITED_MESSAGE, waitOut } from "@/lib/staff/sign-in-limit";
import { getServices } from "@/lib/server/services";

const WRONG_DETAILS = "That email address and password do not match an active staff account. Check them and try again.";
const NOT_SET_UP =
  "This account has not finished setting up, so it cannot sign in with a password yet. Open your invite link to finish, or ask an admin for a new one.";

/** Step one: email and password. Never says whether an address has an account. */
export async function signInWithPassword(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const email = String(form.get("email") ?? "")
    .trim()
    .slice(0, 254);
  const password = String(form.get("password") ?? "");
  if (!email || !password) return { error: "Enter your email address and your password." };
  const { signInLimit, audit, credentials, sessions } = await getServices();
  const clientHash = await callerHash();
  // What was typed is recorded only when it names an account: a password typed in the wrong box is never kept.
  const account = await credentials.staffAccountByEmail(email);
  const recordFailure = (detail: string) =>
    audit.record({
      actorId: account?.id ?? null,
      actorEmail: account?.email ?? null,
      action: "sign-in-failed",
      target: null,
      detail: account ? detail : `${detail}, no such account`,
      clientHash,
    });
  const attempt = await signInLimit.begin(email, clientHash);
  if (attempt.limited) {
    await recordFailure("rate limited");
    return { error: RATE_LIMITED_MESSAGE };
  }
  await waitOut(attempt);
  const auth = await getAuth();
  let result: Awaited<ReturnType<typeof auth.api.signInEmail>>;
  try {
    result = await auth.api.signInEmail({ body: { email, password, rememberMe: false }, headers: await headers() });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    if (error.body?.code === NOT_ENROLLED) {
      // The password was right, and no session was made: such an account gets one only through its invite link.
      await attempt.succeeded();
      await recordFailure("not set up");
      return { error: NOT_SET_UP };
    }
    await recordFailure("password");
    return { error: WRONG_DETAILS };
  }
  if (!("twoFactorRedirect" in result)) {
    // Unreachable while every session needs a second factor (lib/staff/auth.ts); if it ever is, nobody gets in.
    await sessions.deleteSession(result.token);
    return { error: NOT_SET_UP };
  }
  await attempt.succeeded();
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
  const { signInLimit, audit, usedCodes, sessions } = await getServices();
  const clientHash = await callerHash();
  const attempt = await signInLimit.begin(undefined, clientHash);
  if (attempt.limited) return { error: RATE_LIMITED_MESSAGE };
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
    await audit.record({
      actorId: null,
      actorEmail: null,
      action: "two-factor-failed",
      target: null,
      detail: kind,
      clientHash,
    });
    if (error.status === "TOO_MANY_REQUESTS")
      return {
        error: `Too many wrong codes for this account, so it is locked for ${CODE_LOCKOUT.durationSeconds / 60} minutes. Wait, then sign in again from the start, or ask an admin to help.`,
      };
    return {
      error:
        "That code did not work. Codes change every 30 seconds: enter the one showing now. If this keeps happening, sign in again.",
    };
  }
  if (kind === "totp" && !(await usedCodes.claim(signedIn.user.id, code))) {
    // The library accepts a code for its whole lifetime; a second use is a replay, so the new session goes at once.
    if (signedIn.token) await sessions.deleteSession(signedIn.token);
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
  await attempt.succeeded();
  if (signedIn.token) await recordStepUp(auth, signedIn.token, signedIn.user.id);
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
