import "server-only";
import { passkey } from "@better-auth/passkey";
import { betterAuth } from "better-auth";
import { nextCookies } from "better-auth/next-js";
import { admin, twoFactor } from "better-auth/plugins";
import { getPractice } from "../content";
import { getContactService } from "../contact/service";
import { siteUrl } from "../seo/site-url";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-policy";
import { STAFF_AUTH_BASE_PATH, STAFF_COOKIE_PATH, INVITE_VALID_SECONDS, SESSION_MAX_SECONDS } from "./session-rules";

/** Invite links are made by the same call that would send a reset link; the link is handed back, never emailed. */
const inviteLinks = new Map<string, string>();

async function createAuth() {
  const { store } = await getContactService();
  const site = siteUrl();
  const { value: secret } = await store.db
    .selectFrom("settings")
    .select("value")
    .where("key", "=", "auth_secret")
    .executeTakeFirstOrThrow();
  return betterAuth({
    appName: getPractice().name,
    baseURL: `${site.origin}${STAFF_AUTH_BASE_PATH}`,
    basePath: STAFF_AUTH_BASE_PATH,
    secret,
    // The library's documented Kysely option: its queries run on our own instance, on either database.
    database: { db: store.db, type: store.dialect },
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
    rateLimit: { enabled: true, storage: "memory", window: 60, max: 30 },
    advanced: {
      useSecureCookies: site.protocol === "https:",
      defaultCookieAttributes: { path: STAFF_COOKIE_PATH, sameSite: "lax", httpOnly: true },
      ipAddress: { disableIpTracking: true },
    },
    plugins: [
      admin({ defaultRole: "user", adminRoles: ["admin"] }),
      twoFactor({
        issuer: getPractice().name,
        accountLockout: { enabled: true, maxFailedAttempts: 5, durationSeconds: 900 },
      }),
      passkey({ rpID: site.hostname, rpName: getPractice().name, origin: site.origin }),
      nextCookies(),
    ],
  });
}

type StaffAuth = Awaited<ReturnType<typeof createAuth>>;
const holder = globalThis as typeof globalThis & { __staffAuth?: Promise<StaffAuth> };

/** One auth instance per server process, on the inquiry database. */
export function getAuth(): Promise<StaffAuth> {
  holder.__staffAuth ??= createAuth().catch((error: unknown) => {
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
