import "server-only";
import { sql, type Kysely } from "kysely";
import type { Database } from "../store/schema";

export const AUTH_SECRET_VARIABLE = "BETTER_AUTH_SECRET";
export const AUTH_SECRET_MIN_LENGTH = 32;
const STORED_SECRET_KEY = "auth_secret";
const HOW_TO_SET = `Run \`npm run setup\` once on this server: it writes ${AUTH_SECRET_VARIABLE} to .env.local (or set it in the server's environment yourself, for example with \`openssl rand -base64 32\`), then start again.`;

/** The secret earlier versions kept in the database, before it moved to the environment. */
export async function storedAuthSecret(db: Kysely<Database>): Promise<string | undefined> {
  const row = await db.selectFrom("settings").select("value").where("key", "=", STORED_SECRET_KEY).executeTakeFirst();
  return row?.value;
}

/** Whether anything is encrypted under the secret: an authenticator key and its recovery codes. */
export async function hasEncryptedAuthData(db: Kysely<Database>): Promise<boolean> {
  const { n } = await db
    .selectFrom("twoFactor")
    .select(sql<number>`count(*)`.as("n"))
    .executeTakeFirstOrThrow();
  return Number(n) > 0;
}

/**
 * The sign-in library's secret: it signs the staff cookies and encrypts every authenticator key, so it lives in the
 * environment and never in the database it protects (a backup or a database dump then holds no way past the second
 * factor). An install from before keeps its old secret: once the environment carries the same value, the copy in
 * the database is deleted; a different value is refused while authenticator keys depend on the old one, because
 * every enrolled person would be locked out. Development may still use the stored secret, never production.
 */
export async function resolveAuthSecret(
  db: Kysely<Database>,
  env: Record<string, string | undefined> = process.env,
): Promise<string> {
  const given = env[AUTH_SECRET_VARIABLE]?.trim();
  const stored = await storedAuthSecret(db);
  if (!given) {
    if (env.NODE_ENV !== "production" && stored) return stored;
    throw new Error(`${AUTH_SECRET_VARIABLE} is not set. Staff sign-in needs it. ${HOW_TO_SET}`);
  }
  if (given.length < AUTH_SECRET_MIN_LENGTH)
    throw new Error(
      `${AUTH_SECRET_VARIABLE} must be at least ${AUTH_SECRET_MIN_LENGTH} characters long; it is ${given.length}. ${HOW_TO_SET}`,
    );
  if (stored && stored !== given) {
    if (await hasEncryptedAuthData(db))
      throw new Error(
        `${AUTH_SECRET_VARIABLE} is not the secret this database's authenticator keys were made with, so nobody could finish signing in. Remove it from the environment and .env.local and run \`npm run setup\`: it writes the database's own secret there.`,
      );
  }
  if (stored) await db.deleteFrom("settings").where("key", "=", STORED_SECRET_KEY).execute();
  return given;
}
