import "server-only";
import type { Kysely } from "kysely";
import { absoluteUrl } from "../seo/site-url";
import type { Database } from "../store/schema";
import { takeInviteToken, type StaffAuth } from "./auth";
import type { Credentials } from "./credentials";
import type { StaffRole } from "./staff-member";

export type Invitee = { email: string; name: string; role: StaffRole };

/** Invitations, on the database and the sign-in library's instance they are given. */
export function createInvites({
  db,
  auth,
  credentials,
}: {
  db: Kysely<Database>;
  auth: StaffAuth;
  credentials: Credentials;
}) {
  /** A new link voids every earlier one for the same person: a link that leaked stops working once replaced. */
  async function inviteLink(email: string): Promise<string> {
    const userId = (await credentials.staffAccountByEmail(email))?.id;
    if (!userId) throw new Error(`No staff account has the email address ${email}.`);
    await credentials.voidInviteLinks(userId);
    await auth.api.requestPasswordReset({ body: { email } });
    const token = takeInviteToken(userId);
    if (!token)
      throw new Error("The invite link could not be made. Try again; if it keeps failing, check the server log.");
    return absoluteUrl(`/staff/invite/${token}`);
  }

  /**
   * Creates a staff account with no password and returns its one-time link (valid 24 hours), where the person
   * sets a password and enrols a second factor. The first account ever made is an admin, whatever was asked.
   */
  async function inviteStaff(
    invitee: Invitee,
    requestHeaders?: Headers,
  ): Promise<{ userId: string; link: string; role: StaffRole }> {
    const { n } = await db
      .selectFrom("user")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const isFirst = n === 0;
    const role: StaffRole = isFirst ? "admin" : invitee.role;
    const { user } = await auth.api.createUser({
      // The library's built-in roles are "admin" and "user"; our "staff" is its "user".
      body: { email: invitee.email, name: invitee.name, role: role === "admin" ? "admin" : "user" },
      ...(requestHeaders ? { headers: requestHeaders } : {}),
    });
    return { userId: user.id, role, link: await inviteLink(user.email) };
  }

  /** A fresh link for an account whose invite expired or was used before enrolment finished. */
  const reinviteStaff = inviteLink;

  return { inviteStaff, reinviteStaff };
}
