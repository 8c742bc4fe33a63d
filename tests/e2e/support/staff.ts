import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { base32 } from "@better-auth/utils/base32";
import { createOTP } from "@better-auth/utils/otp";
import { expect, type BrowserContext, type Page } from "@playwright/test";
import { TEST_AUTH_SECRET } from "../../support/auth-secret";
import { E2E_DATA_DIR, E2E_STAFF_ORIGIN } from "./e2e-paths";

export const STAFF_PASSWORD = "correct horse battery staple 42";

/** A label no other test or run has used, for email addresses and names. */
export const unique = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;

/** `npm run staff:add` as staff would run it on the server, against the e2e server's own database. */
export function addStaff(email: string, name: string, role: "admin" | "staff" = "staff"): string {
  const output = execFileSync(
    process.execPath,
    [
      path.resolve("node_modules/tsx/dist/cli.mjs"),
      "--conditions=react-server",
      "scripts/add-staff.ts",
      "--email",
      email,
      "--name",
      name,
      ...(role === "admin" ? ["--admin"] : []),
    ],
    {
      env: { ...process.env, DATA_DIR: E2E_DATA_DIR, SITE_URL: E2E_STAFF_ORIGIN, BETTER_AUTH_SECRET: TEST_AUTH_SECRET },
      encoding: "utf8",
    },
  );
  const link = output.match(/https?:\/\/\S+\/staff\/invite\/\S+/)?.[0];
  if (!link) throw new Error(`staff:add printed no link:\n${output}`);
  return link;
}

/**
 * A code from the secret the set-up page showed (base32, as authenticator apps read it), made with the library
 * the server verifies with, which takes the decoded key.
 */
export const totpCode = (secret: string) =>
  createOTP(new TextDecoder().decode(base32.decode(secret)), { digits: 6, period: 30 }).totp();

/** Invite link → password → authenticator enrolment → inbox; returns the TOTP secret. */
export async function acceptInviteAndEnrol(page: Page, link: string, email: string): Promise<string> {
  await page.goto(link);
  await page.getByLabel("Your email address").fill(email);
  await page.getByLabel("New password", { exact: true }).fill(STAFF_PASSWORD);
  await page.getByLabel("New password again").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Set password and continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Set up your second factor" })).toBeVisible();
  await page.getByLabel("Confirm your password").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await expect(page.getByRole("link", { name: /open the set-up link/ })).toHaveAttribute(
    "href",
    new RegExp(`^otpauth://totp/.*secret=${secret}`),
  );
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  recoveryCodesShown.set(secret, await page.getByTestId("recovery-codes").getByRole("listitem").allTextContents());
  await page.getByLabel("6-digit code your app shows now").fill(await freshCode(secret));
  await page.getByRole("button", { name: "Turn on and go to the inbox" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Inbox/ })).toBeVisible();
  return secret;
}

const lastCodeUsed = new Map<string, string>();
const recoveryCodesShown = new Map<string, string[]>();

/** The ten recovery codes the set-up page showed once, as staff would write them down. */
export const recoveryCodes = (secret: string) => recoveryCodesShown.get(secret) ?? [];

/** The code this test last signed in with, to try it a second time. */
export const lastCode = (secret: string) => lastCodeUsed.get(secret) ?? "";

/** The current code, waiting for the next one if this code was already used: the server refuses a code twice. */
export async function freshCode(secret: string): Promise<string> {
  let code = await totpCode(secret);
  while (code === lastCodeUsed.get(secret)) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    code = await totpCode(secret);
  }
  lastCodeUsed.set(secret, code);
  return code;
}

/**
 * A new admin of the test's own, enrolled and signed in on `page`. An account of its own means the test's first
 * authenticator code is new, so no test waits for the next 30-second code window after another test's sign-in.
 */
export async function enrolNewAdmin(page: Page, name = "Ana Ruiz") {
  const email = `admin-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  const secret = await acceptInviteAndEnrol(page, addStaff(email, name, "admin"), email);
  return { email, name, secret };
}

/** Password, then one of the account's recovery codes instead of an authenticator code. */
export async function signInWithRecoveryCode(page: Page, email: string, code: string) {
  await page.goto(`${E2E_STAFF_ORIGIN}/staff/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Enter your code" })).toBeVisible();
  await page.getByText("Use a recovery code instead").click();
  await page.getByLabel("Recovery code").fill(code);
  await page.getByRole("button", { name: "Sign in with recovery code" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Inbox/ })).toBeVisible();
}

export async function signIn(page: Page, email: string, secret: string, password = STAFF_PASSWORD) {
  await page.goto(`${E2E_STAFF_ORIGIN}/staff/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Enter your code" })).toBeVisible();
  await page.getByLabel("6-digit code from your authenticator app").fill(await freshCode(secret));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Inbox/ })).toBeVisible();
}

/** Password and a new code on the account page, which lets this session add a passkey for a few minutes. */
export async function confirmIdentity(page: Page, secret: string) {
  await page.goto(`${E2E_STAFF_ORIGIN}/staff/account`);
  await page.getByLabel("Your password", { exact: true }).fill(STAFF_PASSWORD);
  await page.getByLabel("6-digit code from your authenticator app").fill(await freshCode(secret));
  await page.getByRole("button", { name: "Confirm it is me" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You have confirmed it is you" })).toBeVisible();
}

export function readStaffDb<T>(query: (db: Database.Database) => T, options: { write?: boolean } = {}): T {
  const db = new Database(path.join(E2E_DATA_DIR, "inquiries.sqlite"), {
    readonly: !options.write,
    fileMustExist: true,
  });
  try {
    return query(db);
  } finally {
    db.close();
  }
}

export const auditActions = (target: string) =>
  readStaffDb((db) =>
    (db.prepare("SELECT action FROM audit_log WHERE target = ? ORDER BY id").all(target) as { action: string }[]).map(
      (row) => row.action,
    ),
  );

/** Chromium's virtual authenticator on this page: a platform passkey device that verifies its owner unless told not to. */
export async function virtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  return {
    /** Whether the device reports that it checked its owner (PIN or biometrics), not only that it was touched. */
    verifiesUser: (isUserVerified: boolean) =>
      cdp.send("WebAuthn.setUserVerified", { authenticatorId, isUserVerified }),
  };
}
