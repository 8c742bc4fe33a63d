import { randomBytes } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Database, StoreDialect } from "./schema";

/**
 * The sign-in library's tables as its own generator (better-auth/db/migration getMigrations(), compileMigrations())
 * wrote them for our plugin set (admin, twoFactor, passkey) on each database: user, session, account, verification,
 * twoFactor, passkey. Frozen here as a versioned step so every database gets them the same way and in order.
 * Regenerate for both dialects when the plugin set changes, and add a new step.
 */
const AUTH_TABLES: Record<StoreDialect, string[]> = {
  sqlite: [
    `create table "user" ("id" text not null primary key, "name" text not null, "email" text not null unique, "emailVerified" integer not null, "image" text, "createdAt" date not null, "updatedAt" date not null, "role" text, "banned" integer, "banReason" text, "banExpires" date, "twoFactorEnabled" integer)`,
    `create table "session" ("id" text not null primary key, "expiresAt" date not null, "token" text not null unique, "createdAt" date not null, "updatedAt" date not null, "ipAddress" text, "userAgent" text, "userId" text not null references "user" ("id") on delete cascade, "impersonatedBy" text)`,
    `create table "account" ("id" text not null primary key, "accountId" text not null, "providerId" text not null, "userId" text not null references "user" ("id") on delete cascade, "accessToken" text, "refreshToken" text, "idToken" text, "accessTokenExpiresAt" date, "refreshTokenExpiresAt" date, "scope" text, "password" text, "createdAt" date not null, "updatedAt" date not null)`,
    `create table "verification" ("id" text not null primary key, "identifier" text not null, "value" text not null, "expiresAt" date not null, "createdAt" date not null, "updatedAt" date not null)`,
    `create table "twoFactor" ("id" text not null primary key, "secret" text not null, "backupCodes" text not null, "userId" text not null references "user" ("id") on delete cascade, "verified" integer, "failedVerificationCount" integer, "lockedUntil" date)`,
    `create table "passkey" ("id" text not null primary key, "name" text, "publicKey" text not null, "userId" text not null references "user" ("id") on delete cascade, "credentialID" text not null, "counter" integer not null, "deviceType" text not null, "backedUp" integer not null, "transports" text, "createdAt" date, "aaguid" text)`,
    `create index "session_userId_idx" on "session" ("userId")`,
    `create index "account_userId_idx" on "account" ("userId")`,
    `create index "verification_identifier_idx" on "verification" ("identifier")`,
    `create index "twoFactor_secret_idx" on "twoFactor" ("secret")`,
    `create index "twoFactor_userId_idx" on "twoFactor" ("userId")`,
    `create index "passkey_userId_idx" on "passkey" ("userId")`,
    `create index "passkey_credentialID_idx" on "passkey" ("credentialID")`,
  ],
  postgres: [
    `create table "user" ("id" text not null primary key, "name" text not null, "email" text not null unique, "emailVerified" boolean not null, "image" text, "createdAt" timestamptz default CURRENT_TIMESTAMP not null, "updatedAt" timestamptz default CURRENT_TIMESTAMP not null, "role" text, "banned" boolean, "banReason" text, "banExpires" timestamptz, "twoFactorEnabled" boolean)`,
    `create table "session" ("id" text not null primary key, "expiresAt" timestamptz not null, "token" text not null unique, "createdAt" timestamptz default CURRENT_TIMESTAMP not null, "updatedAt" timestamptz not null, "ipAddress" text, "userAgent" text, "userId" text not null references "user" ("id") on delete cascade, "impersonatedBy" text)`,
    `create table "account" ("id" text not null primary key, "accountId" text not null, "providerId" text not null, "userId" text not null references "user" ("id") on delete cascade, "accessToken" text, "refreshToken" text, "idToken" text, "accessTokenExpiresAt" timestamptz, "refreshTokenExpiresAt" timestamptz, "scope" text, "password" text, "createdAt" timestamptz default CURRENT_TIMESTAMP not null, "updatedAt" timestamptz not null)`,
    `create table "verification" ("id" text not null primary key, "identifier" text not null, "value" text not null, "expiresAt" timestamptz not null, "createdAt" timestamptz default CURRENT_TIMESTAMP not null, "updatedAt" timestamptz default CURRENT_TIMESTAMP not null)`,
    `create table "twoFactor" ("id" text not null primary key, "secret" text not null, "backupCodes" text not null, "userId" text not null references "user" ("id") on delete cascade, "verified" boolean, "failedVerificationCount" integer, "lockedUntil" timestamptz)`,
    `create table "passkey" ("id" text not null primary key, "name" text, "publicKey" text not null, "userId" text not null references "user" ("id") on delete cascade, "credentialID" text not null, "counter" integer not null, "deviceType" text not null, "backedUp" boolean not null, "transports" text, "createdAt" timestamptz, "aaguid" text)`,
    `create index "session_userId_idx" on "session" ("userId")`,
    `create index "account_userId_idx" on "account" ("userId")`,
    `create index "verification_identifier_idx" on "verification" ("identifier")`,
    `create index "twoFactor_secret_idx" on "twoFactor" ("secret")`,
    `create index "twoFactor_userId_idx" on "twoFactor" ("userId")`,
    `create index "passkey_userId_idx" on "passkey" ("userId")`,
    `create index "passkey_credentialID_idx" on "passkey" ("credentialID")`,
  ],
};

/** Migration 3: the library's tables, plus our own for the idle time-out, the sign-in rate limit and codes already used. */
export async function createStaffAuthTables(db: Kysely<Database>, dialect: StoreDialect) {
  for (const statement of AUTH_TABLES[dialect]) await sql.raw(statement).execute(db);
  const time = dialect === "postgres" ? "bigint" : "integer";
  await db.schema
    .createTable("staff_session_activity")
    .addColumn("session_token", "text", (column) => column.primaryKey())
    .addColumn("last_seen_at", time, (column) => column.notNull())
    .execute();
  await db.schema
    .createTable("sign_in_attempts")
    .addColumn("key", "text", (column) => column.notNull())
    .addColumn("at", time, (column) => column.notNull())
    .execute();
  await db.schema.createIndex("sign_in_attempts_by_key").on("sign_in_attempts").columns(["key", "at"]).execute();
  await db.schema
    .createTable("used_totp_codes")
    .addColumn("user_id", "text", (column) => column.notNull())
    .addColumn("code", "text", (column) => column.notNull())
    .addColumn("used_at", time, (column) => column.notNull())
    .addPrimaryKeyConstraint("used_totp_codes_pkey", ["user_id", "code"])
    .execute();
  // Signs the library's cookies and encrypts TOTP secrets; kept in the database so a fresh install needs no set-up.
  await db
    .insertInto("settings")
    .values({ key: "auth_secret", value: randomBytes(32).toString("base64url") })
    .execute();
}
