import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { passkey } from "@better-auth/passkey";
import { betterAuth } from "better-auth";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { admin, twoFactor } from "better-auth/plugins";
import { getPractice } from "../content";
import type { Kysely } from "kysely";
import { siteUrl } from "../seo/site-url";
import type { Database, StoreDialect } from "../store/schema";
import { resolveAuthSecret } from "./auth-secret";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-policy";
import {
  STAFF_AUTH_BASE_PATH,
  STAFF_COOKIE_PATH,
  INVITE_VALID_SECONDS,
  SESSION_MAX_SECONDS,
  CODE_LOCKOUT,
} from "./session-rules";

/** Invite links are made by the same call that would send a reset link; the link is handed back, never emailed. */
const inviteLinks = new Map<string, string>();

/** The code a refused sign-in carries when the password was right but the account has no second factor yet. */
export const NOT_ENROLLED = "ACCOUNT_NOT_ENROLLED";

/**
 * Set only while an invite link is being used: the one way an account without a second factor gets a session.
 * Kept on globalThis like the auth instance, because Next bundles this module more than once (instrumentation,
 * pages, actions) and the instance's hook must read the same store the action sets.
 */
const globalStores = globalThis as typeof globalThis & { __staffInviteAcceptance?: AsyncLocalStorage<true> };
const inviteAcceptance = (globalStores.__staffInviteAcceptance ??= new AsyncLocalStorage<true>());
export const whileAcceptingInvite = <T>(run: () => Promise<T>): Promise<T> => inviteAcceptance.run(true, run);

/** The database the sign-in library runs its queries on: the store's own connection. */
export type StaffAuthDatabase = { db: Kysely<Database>; dialect: StoreDialect };

async function createAuth(store: StaffAuthDatabase) {
  const { db } = store;
  const site = siteUrl();
  const secret = await resolveAuthSecret(db);
  return betterAuth({
    appName: getPractice().name,
    baseURL: `${site.origin}${STAFF_AUTH_BASE_PATH}`,
    basePath: STAFF_AUTH_BASE_PATH,
    secret,
    // The library's documented Kysely option: its queries run on our own instance, on either database.
    database: { db, type: store.dialect },
    telemetry: { enabled: false },
    logger: { level: "error" },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      resetPasswordTokenExpiresIn: INVITE_VALID_SECONDS,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }) => {
        inviteLinks.set(user.id, token);
      },
    },
    session: { expiresIn: SESSION_MAX_SECONDS, updateAge: SESSION_MAX_SECONDS, cookieCache: { enabled: false } },
    // Limits are the app's own (sign-in-limit.ts, the passkey route), counted by the address it trusts.
    rateLimit: { enabled: false },
    databaseHooks: {
      session: {
        create: {
          // Every session the library makes passes here, whichever way in: password, code, passkey or invite.
          before: async (session) => {
            const user = await db
              .selectFrom("user")
              .select("twoFactorEnabled")
              .where("id", "=", session.userId)
              .executeTakeFirst();
            if (!user?.twoFactorEnabled && !inviteAcceptance.getStore())
              throw new APIError("FORBIDDEN", { code: NOT_ENROLLED, message: "The account has no second factor yet." });
            // The library stores a "don't remember me" session for a day; the site promises twelve hours at most.
            const latest = new Date(new Date(session.createdAt).getTime() + SESSION_MAX_SECONDS * 1000);
            return { data: { ...session, expiresAt: session.expiresAt < latest ? session.expiresAt : latest } };
          },
        },
      },
    },
    advanced: {
      useSecureCookies: site.protocol === "https:",
      defaultCookieAttributes: { path: STAFF_COOKIE_PATH, sameSite: "lax", httpOnly: true },
      ipAddress: { disableIpTracking: true },
    },
    plugins: [
      admin({ defaultRole: "user", adminRoles: ["admin"] }),
      twoFactor({
        issuer: getPractice().name,
        accountLockout: { enabled: true, ...CODE_LOCKOUT },
      }),
      passkey({
        rpID: site.hostname,
        rpName: getPractice().name,
        origin: site.origin,
        // A passkey stands in for both password and code, so the device must check it is its owner (PIN or
        // biometrics), not only that someone touched it; the library then refuses an assertion without that check.
        authenticatorSelection: { userVerification: "required", residentKey: "required" },
      }),
      nextCookies(),
    ],
  });
}

export type StaffAuth = Awaited<ReturnType<typeof createAuth>>;
const holder = globalThis as typeof globalThis & { __staffAuth?: Promise<StaffAuth> };

/**
 * One auth instance per server process, on the database it is first given (the process has one). Called through
 * lib/server/auth.ts, from the app's own bundle.
 */
export function staffAuth(store: StaffAuthDatabase): Promise<StaffAuth> {
  holder.__staffAuth ??= createAuth(store).catch((error: unknown) => {
    holder.__staffAuth = undefined;
    throw error;
  });
  return holder.__staffAuth;
}

/** The token of the invite link just made for this user (taken once). */
export function takeInviteToken(userId: string): string | undefined {
  const token = inviteLinks.get(userId);
  inviteLinks.delete(userId);
  return token;
}
