import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { clientAddress } from "../contact/client-address";
import { SESSION_IDLE_SECONDS, SESSION_MAX_SECONDS } from "../staff/session-rules";
import type { StaffMember, StaffRole, StaffSession } from "../staff/staff-member";
import { getAuth } from "./auth";
import { getServices } from "./services";

/** The salted hash of the caller's address, as the audit log and the rate limit record it. */
export async function callerHash(requestHeaders?: Headers): Promise<string> {
  const { store, config } = await getServices();
  return store.clientHash(clientAddress(requestHeaders ?? (await headers()), config.trustProxy));
}

/**
 * Reads the session a request carries and applies the site's limits: it ends 30 minutes after the last staff
 * request and 12 hours after sign-in, whatever the cookie or the library's own expiry says. An ended session is
 * deleted by its token, so two requests ending it at once both see it gone rather than one failing. Pages, actions
 * and the auth route handler all come through here.
 */
export async function readStaffSession(requestHeaders: Headers): Promise<StaffSession> {
  const auth = await getAuth();
  const found = await auth.api.getSession({ headers: requestHeaders, query: { disableCookieCache: true } });
  if (!found) return { state: "none" };
  const { session, user } = found;
  const { sessions } = await getServices();
  const now = Date.now();
  const signedInAt = new Date(session.createdAt).getTime();
  const lastActive = (await sessions.lastSeenAt(session.token)) ?? signedInAt;
  if (now - lastActive > SESSION_IDLE_SECONDS * 1000 || now - signedInAt > SESSION_MAX_SECONDS * 1000) {
    await sessions.deleteSession(session.token);
    await sessions.forgetActivity(session.token);
    return { state: "timed-out" };
  }
  await sessions.markSeen(session.token, now);
  return {
    state: "active",
    staff: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role === "admin" ? "admin" : "staff",
      enrolled: !!user.twoFactorEnabled,
      sessionToken: session.token,
      clientHash: await callerHash(requestHeaders),
    },
  };
}

/**
 * Once per request, however many layouts, pages and metadata functions ask. The cookie header is rebuilt from
 * cookies(), because after an action replaces the session (a new password) Next renders the page again with the
 * new cookie there, while the raw header still carries the old, deleted one.
 */
const currentStaffSession = cache(async () => {
  const requestHeaders = new Headers(await headers());
  requestHeaders.set("cookie", (await cookies()).toString());
  return readStaffSession(requestHeaders);
});

/**
 * The signed-in staff member, or a redirect to sign in. Every staff page and every staff server action calls
 * this itself (an action is a public endpoint: a check in the page that shows it does not protect it).
 */
export async function requireStaff(
  options: { role?: StaffRole; allowUnenrolled?: boolean } = {},
): Promise<StaffMember> {
  const found = await currentStaffSession();
  if (found.state === "none") redirect("/staff/sign-in");
  if (found.state === "timed-out") redirect("/staff/sign-in?ended=timeout");
  const { staff } = found;
  if (!staff.enrolled && !options.allowUnenrolled) redirect("/staff/enrol");
  if (options.role === "admin" && staff.role !== "admin") redirect("/staff?notice=admins-only");
  return staff;
}
