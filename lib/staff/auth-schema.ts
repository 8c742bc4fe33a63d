import { randomBytes } from "node:crypto";
import type { Database } from "better-sqlite3";

/**
 * The sign-in library's tables as its own generator wrote them for our plugin set (user, session, account,
 * verification, twoFactor, passkey), frozen here as a versioned step so every database gets them the same way
 * and in order, plus our own tables for the idle time-out, the sign-in rate limit and codes already used.
 * Regenerate with better-auth's getMigrations() when the plugin set changes, and add a new step.
 */
export function createStaffAuthTables(db: Database) {
  db.exec(`
    create table "user" ("id" text not null primary key, "name" text not null, "email" text not null unique, "emailVerified" integer not null, "image" text, "createdAt" date not null, "updatedAt" date not null, "role" text, "banned" integer, "banReason" text, "banExpires" date, "twoFactorEnabled" integer);
    create table "session" ("id" text not null primary key, "expiresAt" date not null, "token" text not null unique, "createdAt" date not null, "updatedAt" date not null, "ipAddress" text, "userAgent" text, "userId" text not null references "user" ("id") on delete cascade, "impersonatedBy" text);
    create table "account" ("id" text not null primary key, "accountId" text not null, "providerId" text not null, "userId" text not null references "user" ("id") on delete cascade, "accessToken" text, "refreshToken" text, "idToken" text, "accessTokenExpiresAt" date, "refreshTokenExpiresAt" date, "scope" text, "password" text, "createdAt" date not null, "updatedAt" date not null);
    create table "verification" ("id" text not null primary key, "identifier" text not null, "value" text not null, "expiresAt" date not null, "createdAt" date not null, "updatedAt" date not null);
    create table "twoFactor" ("id" text not null primary key, "secret" text not null, "backupCodes" text not null, "userId" text not null references "user" ("id") on delete cascade, "verified" integer, "failedVerificationCount" integer, "lockedUntil" date);
    create table "passkey" ("id" text not null primary key, "name" text, "publicKey" text not null, "userId" text not null references "user" ("id") on delete cascade, "credentialID" text not null, "counter" integer not null, "deviceType" text not null, "backedUp" integer not null, "transports" text, "createdAt" date, "aaguid" text);
    create index "session_userId_idx" on "session" ("userId");
    create index "account_userId_idx" on "account" ("userId");
    create index "verification_identifier_idx" on "verification" ("identifier");
    create index "twoFactor_secret_idx" on "twoFactor" ("secret");
    create index "twoFactor_userId_idx" on "twoFactor" ("userId");
    create index "passkey_userId_idx" on "passkey" ("userId");
    create index "passkey_credentialID_idx" on "passkey" ("credentialID");
    CREATE TABLE staff_session_activity (session_token TEXT PRIMARY KEY, last_seen_at INTEGER NOT NULL);
    CREATE TABLE sign_in_attempts (key TEXT NOT NULL, at INTEGER NOT NULL);
    CREATE INDEX sign_in_attempts_by_key ON sign_in_attempts (key, at);
    CREATE TABLE used_totp_codes (user_id TEXT NOT NULL, code TEXT NOT NULL, used_at INTEGER NOT NULL, PRIMARY KEY (user_id, code));
  `);
  // Signs the library's cookies and encrypts TOTP secrets; kept in the database so a fresh install needs no set-up.
  db.prepare("INSERT INTO settings (key, value) VALUES ('auth_secret', ?)").run(randomBytes(32).toString("base64url"));
}
