import "server-only";
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../store/schema";
import type { StaffAuth } from "./auth";
import { STEP_UP_SECONDS } from "./session-rules";

/** The library's name for an invite or reset link's row in its verification table. */
const INVITE_LINK_PREFIX = "reset-password:";
const stepUpIdentifier = (sessionToken: string) =>
  `staff-step-up:${createHash("sha256").update(sessionToken).digest("base64url")}`;

export type StaffPasskey = { id: string; name: string; addedAt: Date | null };

/** The sign-in library's rows the site reads and changes itself: accounts, invite links and passkeys. */
export function createCredentials(db: Kysely<Database>) {
  return {
    /** Voids every invite link made for this person: a new link, a password set and a finished enrolment each call it. */
    async voidInviteLinks(userId: string): Promise<void> {
      await db
        .deleteFrom("verification")
        .where("identifier", "like", `${INVITE_LINK_PREFIX}%`)
        .where("value", "=", userId)
        .execute();
    },

    async listPasskeys(userId: string): Promise<StaffPasskey[]> {
      const rows = await db
        .selectFrom("passkey")
        .select(["id", "name", "createdAt"])
        .where("userId", "=", userId)
        .orderBy("createdAt")
        .execute();
      return rows.map((row) => ({
        id: row.id,
        name: row.name || "Passkey",
        addedAt: row.createdAt === null ? null : new Date(row.createdAt),
      }));
    },

    /** Removes one passkey of this person (an id of someone else's removes nothing); true when one went. */
    async removePasskey(userId: string, passkeyId: string): Promise<boolean> {
      const result = await db
        .deleteFrom("passkey")
        .where("id", "=", passkeyId)
        .where("userId", "=", userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /** Removes every passkey of this person: ending their sessions, a new password or link, or disabling them does. */
    async removeAllPasskeys(userId: string): Promise<number> {
      const result = await db.deleteFrom("passkey").where("userId", "=", userId).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    /** The staff account with this email address, if there is one. */
    async staffAccountByEmail(email: string): Promise<{ id: string; email: string } | undefined> {
      return db
        .selectFrom("user")
        .select(["id", "email"])
        .where("email", "=", email.trim().toLowerCase())
        .executeTakeFirst();
    },

    /** The staff account with this id, if there is one. */
    async staffAccountById(userId: string): Promise<{ id: string; email: string } | undefined> {
      return db.selectFrom("user").select(["id", "email"]).where("id", "=", userId).executeTakeFirst();
    },

    /** Whose invite link this is, while it is still unused. */
    async inviteeOf(token: string): Promise<string | undefined> {
      const row = await db
        .selectFrom("verification")
        .select("value")
        .where("identifier", "=", `${INVITE_LINK_PREFIX}${token}`)
        .executeTakeFirst();
      return row?.value;
    },

    /** How many passkeys each person has, for the accounts page. */
    async passkeyCounts(): Promise<Map<string, number>> {
      const rows = await db
        .selectFrom("passkey")
        .select(["userId", (eb) => eb.fn.countAll<number>().as("n")])
        .groupBy("userId")
        .execute();
      return new Map(rows.map((row) => [row.userId, Number(row.n)]));
    },
  };
}

export type Credentials = ReturnType<typeof createCredentials>;

/** Marks this session as having just proved both password and code, for the few minutes a passkey may be added. */
export async function recordStepUp(auth: StaffAuth, sessionToken: string, userId: string): Promise<void> {
  const { internalAdapter } = await auth.$context;
  const identifier = stepUpIdentifier(sessionToken);
  await internalAdapter.deleteVerificationByIdentifier(identifier);
  await internalAdapter.createVerificationValue({
    identifier,
    value: userId,
    expiresAt: new Date(Date.now() + STEP_UP_SECONDS * 1000),
  });
}

/** Whether this session proved password and code in the last few minutes (at sign-in, enrolment or on request). */
export async function hasFreshStepUp(auth: StaffAuth, sessionToken: string, userId: string): Promise<boolean> {
  const { internalAdapter } = await auth.$context;
  const found = await internalAdapter.findVerificationValue(stepUpIdentifier(sessionToken));
  return !!found && found.value === userId && new Date(found.expiresAt).getTime() > Date.now();
}
