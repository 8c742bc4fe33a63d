import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
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
  enrolled: boolean;
  sessionToken: string;
  clientHash: string;
};

/** A request's staff session: none, one that has just timed out (and is now gone), or an active one. */
export type StaffSession = { state: "none" } | { state: "timed-out" } | { state: "active"; staff: StaffMember };

/** The salted hash of the caller's address, as the audit log and the rate limit record it. */
export async function callerHash(requestHeaders?: Headers): Promise<string> {
  const { store, config } = await getContactService();
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
  const { db } = (await getContactService()).store;
  const now = Date.now();
  const seen = await db
    .selectFrom("staff_session_activity")
    .select("last_seen_at")
    .where("session_token", "=", session.token)
    .executeTakeFirst();
  const signedInAt = new Date(session.createdAt).getTime();
  const lastActive = seen?.last_seen_at ?? signedInAt;
  if (now - lastActive > SESSION_IDLE_SECONDS * 1000 || now - signedInAt > SESSION_MAX_SECONDS * 1000) {
    await db.deleteFrom("session").where("token", "=", session.token).execute();
    await db.deleteFrom("staff_session_activity").where("session_token", "=", session.token).execute();
    return { state: "timed-out" };
  }
  await db
    .insertInto("staff_session_activity")
    .values({ session_token: session.token, last_seen_at: now })
    .onConflict((conflict) =>
      conflict.column("session_token").doUpdateSet({ last_seen_at: (eb) => eb.ref("excluded.last_seen_at") }),
    )
    .execute();
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
