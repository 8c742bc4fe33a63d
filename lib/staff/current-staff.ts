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
  const { store, config } = await getContactService();
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
  const auth = await getAuth();
  const found = await auth.api.getSession({ headers: requestHeaders, query: { disableCookieCache: true } });
  if (!found) redirect("/staff/sign-in");
  const { session, user } = found;
  const { db } = (await getContactService()).store;
  const now = Date.now();
  const seen = await db
    .selectFrom("staff_session_activity")
    .select("last_seen_at")
    .where("session_token", "=", session.token)
    .executeTakeFirst();
  const lastActive = seen?.last_seen_at ?? new Date(session.createdAt).getTime();
  if (
    now - lastActive > SESSION_IDLE_SECONDS * 1000 ||
    now - new Date(session.createdAt).getTime() > SESSION_MAX_SECONDS * 1000
  ) {
    await auth.api.revokeSession({ headers: requestHeaders, body: { token: session.token } });
    await db.deleteFrom("staff_session_activity").where("session_token", "=", session.token).execute();
    redirect("/staff/sign-in?ended=timeout");
  }
  await db
    .insertInto("staff_session_activity")
    .values({ session_token: session.token, last_seen_at: now })
    .onConflict((conflict) =>
      conflict.column("session_token").doUpdateSet({ last_seen_at: (eb) => eb.ref("excluded.last_seen_at") }),
    )
    .execute();
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
