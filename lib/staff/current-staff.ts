import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "../contact/client-address";
import { getContactService } from "../contact/service";
import { getAuth } from "./auth";
import { SESSION_IDLE_SECONDS, SESSION_MAX_SECONDS } from "./session-rules";

export type StaffRole = "admin" | "staff";
export type StaffMember = {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  sessionToken: string;
  clientHash: string;
};

/** The salted hash of the caller's address, as the audit log and the rate limit record it. */
export async function callerHash(): Promise<string> {
  const { store, config } = getContactService();
  return store.clientHash(clientAddress(await headers(), config.trustProxy));
}

/**
 * The signed-in staff member, or a redirect to sign in. Every staff page and every staff server action calls
 * this itself (an action is a public endpoint: a check in the page that shows it does not protect it).
 * Sessions end after 30 minutes without a staff request and 12 hours after sign-in, whatever the cookie says.
 */
export async function requireStaff(
  options: { role?: StaffRole; allowUnenrolled?: boolean } = {},
): Promise<StaffMember> {
  const requestHeaders = await headers();
  const auth = getAuth();
  const found = await auth.api.getSession({ headers: requestHeaders, query: { disableCookieCache: true } });
  if (!found) redirect("/staff/sign-in");
  const { session, user } = found;
  const { db } = getContactService().store;
  const now = Date.now();
  const seen = db
    .prepare("SELECT last_seen_at FROM staff_session_activity WHERE session_token = ?")
    .get(session.token) as { last_seen_at: number } | undefined;
  const lastActive = seen?.last_seen_at ?? new Date(session.createdAt).getTime();
  if (
    now - lastActive > SESSION_IDLE_SECONDS * 1000 ||
    now - new Date(session.createdAt).getTime() > SESSION_MAX_SECONDS * 1000
  ) {
    await auth.api.revokeSession({ headers: requestHeaders, body: { token: session.token } });
    db.prepare("DELETE FROM staff_session_activity WHERE session_token = ?").run(session.token);
    redirect("/staff/sign-in?ended=timeout");
  }
  db.prepare(
    "INSERT INTO staff_session_activity (session_token, last_seen_at) VALUES (?, ?) ON CONFLICT (session_token) DO UPDATE SET last_seen_at = excluded.last_seen_at",
  ).run(session.token, now);
  if (!user.twoFactorEnabled && !options.allowUnenrolled) redirect("/staff/enrol");
  const role: StaffRole = user.role === "admin" ? "admin" : "staff";
  if (options.role === "admin" && role !== "admin") redirect("/staff?notice=admins-only");
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role,
    sessionToken: session.token,
    clientHash: await callerHash(),
  };
}
