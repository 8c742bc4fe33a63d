import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { E2E_PORT, E2E_STAFF_ORIGIN } from "./support/e2e-paths";
import {
  addStaff,
  auditActions,
  enrolNewAdmin,
  freshCode,
  readStaffDb,
  recoveryCodes,
  signInWithRecoveryCode,
  STAFF_PASSWORD,
  unique,
  virtualAuthenticator,
} from "./support/staff";

/**
 * The ways into the staff side other than password and code, each as the security review reproduced it against
 * a production server: every one must now be shut.
 */
test.describe.configure({ mode: "serial", timeout: 120_000 });

const HOUR_MS = 3_600_000;

const userIdOf = (email: string) =>
  readStaffDb((db) => (db.prepare(`SELECT id FROM "user" WHERE email = ?`).get(email) as { id: string }).id);
const sessionsOf = (userId: string) =>
  readStaffDb(
    (db) =>
      db.prepare(`SELECT token, createdAt, expiresAt FROM session WHERE userId = ?`).all(userId) as {
        token: string;
        createdAt: string;
        expiresAt: string;
      }[],
  );
const passkeyCount = (userId: string) =>
  (readStaffDb((db) => db.prepare(`SELECT COUNT(*) AS n FROM passkey WHERE userId = ?`).get(userId)) as { n: number })
    .n;

/** The session token in this browser's cookie (its value is the token, a dot, then the signature). */
async function browserSessionToken(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((found) => found.name === "better-auth.session_token");
  if (!cookie) throw new Error("this browser holds no staff session cookie");
  return decodeURIComponent(cookie.value).split(".")[0]!;
}

async function setPassword(page: Page, link: string, email: string) {
  await page.goto(link);
  await page.getByLabel("Your email address").fill(email);
  await page.getByLabel("New password", { exact: true }).fill(STAFF_PASSWORD);
  await page.getByLabel("New password again").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Set password and continue" }).click();
}

async function passwordStep(page: Page, email: string) {
  await page.goto(`${E2E_STAFF_ORIGIN}/staff/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Continue" }).click();
}

/**
 * Signs in again with the next unused recovery code: a full sign-in, so the session may add a passkey, without
 * waiting for the authenticator's next 30-second code.
 */
async function signInAgain(page: Page, person: { email: string; secret: string }): Promise<string> {
  const code = recoveryCodes(person.secret).shift();
  if (!code) throw new Error("this test used up the account's recovery codes");
  await signInWithRecoveryCode(page, person.email, code);
  return code;
}

async function addPasskey(page: Page) {
  await page.goto(`${E2E_STAFF_ORIGIN}/staff/account`);
  await page.getByRole("button", { name: "Add a passkey" }).click();
}

test("the right password of an account that has not finished setting up makes no session, and says why", async ({
  page,
  browser,
}) => {
  const email = `${unique("unenrolled")}@example.org`;
  await setPassword(page, addStaff(email, "Una Enrolled"), email);
  await expect(page.getByRole("heading", { level: 1, name: "Set up your second factor" })).toBeVisible();
  const userId = userIdOf(email);
  const ownersSessions = sessionsOf(userId).map((session) => session.token);

  // Someone else who knows the password, in a browser of their own.
  const intruder = await browser.newContext();
  const intruderPage = await intruder.newPage();
  await passwordStep(intruderPage, email);
  await expect(intruderPage.getByRole("main").getByRole("alert")).toContainText("has not finished setting up");
  expect((await intruder.cookies()).map((cookie) => cookie.name)).not.toContain("better-auth.session_token");
  expect(sessionsOf(userId).map((session) => session.token)).toEqual(ownersSessions);
  await intruderPage.goto(`${E2E_STAFF_ORIGIN}/staff/enrol`);
  await expect(intruderPage).toHaveURL(/\/staff\/sign-in$/);
  expect(auditActions(userId)).not.toContain("two-factor-enrolled");
  await intruder.close();
});

test("sessions are stored for 12 hours, and one past its idle or absolute limit gets the sign-in page everywhere, never a 500", async ({
  page,
  context,
}) => {
  const admin = await enrolNewAdmin(page);
  const usedRecoveryCode = await signInAgain(page, admin);
  const userId = userIdOf(admin.email);
  const token = await browserSessionToken(context);
  const session = sessionsOf(userId).find((found) => found.token === token);
  expect(session).toBeDefined();
  expect(Date.parse(session!.expiresAt) - Date.parse(session!.createdAt)).toBeLessThanOrEqual(12 * HOUR_MS);

  // Idle for 31 minutes: aged in the database as test set-up, as the review did.
  readStaffDb(
    (db) =>
      db
        .prepare(`UPDATE staff_session_activity SET last_seen_at = ? WHERE session_token = ?`)
        .run(Date.now() - 31 * 60_000, token),
    { write: true },
  );
  const registerOptions = await page.request.get(
    `${E2E_STAFF_ORIGIN}/staff/api/auth/passkey/generate-register-options`,
  );
  expect(registerOptions.status()).toBe(401);
  expect(sessionsOf(userId).map((found) => found.token)).not.toContain(token);

  // Thirteen hours after sign-in, with the page, its layout and its metadata all reading the session at once.
  await signInAgain(page, admin);
  const freshToken = await browserSessionToken(context);
  readStaffDb(
    (db) =>
      db
        .prepare(`UPDATE session SET createdAt = ? WHERE token = ?`)
        .run(new Date(Date.now() - 13 * HOUR_MS).toISOString(), freshToken),
    { write: true },
  );
  const answers = await Promise.all(
    ["/staff", "/staff/account", "/staff/audit", "/staff/accounts"].map((route) =>
      context.request.get(`${E2E_STAFF_ORIGIN}${route}`, { maxRedirects: 0 }),
    ),
  );
  expect(answers.map((answer) => answer.status())).toEqual([307, 307, 307, 307]);
  for (const answer of answers) expect(answer.headers().location).toMatch(/\/staff\/sign-in(\?ended=timeout)?$/);
  expect(answers.some((answer) => answer.headers().location?.endsWith("?ended=timeout"))).toBe(true);
  expect(sessionsOf(userId).map((found) => found.token)).not.toContain(freshToken);

  // A recovery code works once.
  await passwordStep(page, admin.email);
  await page.getByText("Use a recovery code instead").click();
  await page.getByLabel("Recovery code").fill(usedRecoveryCode);
  await page.getByRole("button", { name: "Sign in with recovery code" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("did not work");
});

test("a passkey needs the device to verify its owner: one that only senses a touch is neither added nor let in", async ({
  page,
  context,
}) => {
  const authenticator = await virtualAuthenticator(context, page);
  const admin = await enrolNewAdmin(page);
  const userId = userIdOf(admin.email);
  await signInAgain(page, admin);
  await authenticator.verifiesUser(false);
  await addPasskey(page);
  await expect(page.getByRole("alert").filter({ hasText: "The passkey was not added" })).toBeVisible();
  expect(passkeyCount(userId)).toBe(0);

  await authenticator.verifiesUser(true);
  await page.reload();
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Passkey added" })).toBeVisible();
  expect(passkeyCount(userId)).toBe(1);

  await page.getByRole("button", { name: "Sign out" }).click();
  await authenticator.verifiesUser(false);
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Signing in with a passkey did not work" })).toBeVisible();
  await page.goto(`${E2E_STAFF_ORIGIN}/staff`);
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
});

test("a new password, an admin ending sessions and disabling an account each remove passkeys and the sessions they made", async ({
  page,
  context,
  browser,
}) => {
  await virtualAuthenticator(context, page);
  const person = await enrolNewAdmin(page, "Pia Person");
  const userId = userIdOf(person.email);
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await enrolNewAdmin(adminPage, "Ada Admin");
  const changeFor = async (change: string) => {
    await adminPage.goto(`${E2E_STAFF_ORIGIN}/staff/accounts`);
    await adminPage.getByLabel("Change for Pia Person").selectOption(change);
    await adminPage
      .getByRole("listitem")
      .filter({ hasText: person.email })
      .getByRole("button", { name: "Apply" })
      .click();
    await expect(adminPage.getByRole("status").filter({ hasText: person.email })).toBeVisible();
  };

  // An admin ends every session: the passkey goes with them.
  await signInAgain(page, person);
  await addPasskey(page);
  await expect(page.getByRole("status").filter({ hasText: "Passkey added" })).toBeVisible();
  await changeFor("end-sessions");
  expect(passkeyCount(userId)).toBe(0);
  expect(sessionsOf(userId)).toEqual([]);

  // Disabled: signed out, no passkey, and the password no longer gets as far as the code.
  await signInAgain(page, person);
  await addPasskey(page);
  await expect(page.getByRole("status").filter({ hasText: "Passkey added" })).toBeVisible();
  await changeFor("disable");
  expect(passkeyCount(userId)).toBe(0);
  expect(sessionsOf(userId)).toEqual([]);
  await passwordStep(page, person.email);
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Enter your code" })).toHaveCount(0);
  await changeFor("enable");

  // A new password signs out the other sessions and removes the passkeys.
  await signInAgain(page, person);
  await addPasskey(page);
  await expect(page.getByRole("status").filter({ hasText: "Passkey added" })).toBeVisible();
  const otherContext = await browser.newContext();
  const otherPage = await otherContext.newPage();
  await signInAgain(otherPage, person);
  await page.goto(`${E2E_STAFF_ORIGIN}/staff/account`);
  await page.getByLabel("Current password").fill(STAFF_PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill(`${STAFF_PASSWORD} again`);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "passkeys removed" })).toBeVisible();
  expect(passkeyCount(userId)).toBe(0);
  await otherPage.goto(`${E2E_STAFF_ORIGIN}/staff`);
  await expect(otherPage).toHaveURL(/\/staff\/sign-in/);
  await otherContext.close();
  expect(auditActions(person.email)).toEqual(
    expect.arrayContaining(["sessions-revoked", "staff-disabled", "staff-enabled"]),
  );
  await adminContext.close();
});

test("five wrong authenticator codes lock the account for 15 minutes, even against the right code", async ({
  browser,
}) => {
  // An address of this test's own, so its failures count against no other test's sign-ins.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77" } });
  const page = await context.newPage();
  const person = await enrolNewAdmin(page, "Lou Locked");
  const userId = userIdOf(person.email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await passwordStep(page, person.email);
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByLabel("6-digit code from your authenticator app").fill("000000");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    // The answer to the previous try is still on the page, so wait for the server to have counted this one.
    await expect
      .poll(() =>
        readStaffDb(
          (db) =>
            (
              db.prepare(`SELECT failedVerificationCount AS n FROM twoFactor WHERE userId = ?`).get(userId) as {
                n: number;
              }
            ).n,
        ),
      )
      .toBe(attempt + 1);
  }
  await passwordStep(page, person.email);
  await page.getByLabel("6-digit code from your authenticator app").fill(await freshCode(person.secret));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("locked for 15 minutes");
  await page.goto(`${E2E_STAFF_ORIGIN}/staff`);
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
  await context.close();
});

test("an invite link stops working after 24 hours", async ({ page }) => {
  const email = `${unique("late")}@example.org`;
  const link = addStaff(email, "Lou Late");
  readStaffDb(
    (db) =>
      db
        .prepare(`UPDATE verification SET expiresAt = ? WHERE identifier LIKE 'reset-password:%' AND value = ?`)
        .run(new Date(Date.now() - 1000).toISOString(), userIdOf(email)),
    { write: true },
  );
  await setPassword(page, link, email);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("expired or was already used");
});

test("a new invite link voids the older one, and finishing set-up voids every link", async ({ page, browser }) => {
  const email = `${unique("relinked")}@example.org`;
  const firstLink = addStaff(email, "Lee Seven");
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await enrolNewAdmin(adminPage);
  await adminPage.goto(`${E2E_STAFF_ORIGIN}/staff/accounts`);
  await adminPage.getByLabel("Change for Lee Seven").selectOption("new-link");
  await adminPage.getByRole("listitem").filter({ hasText: email }).getByRole("button", { name: "Apply" }).click();
  const status = await adminPage.getByRole("status").filter({ hasText: "New link for" }).textContent();
  const secondLink = status?.match(/https?:\/\/\S+\/staff\/invite\/\S+/)?.[0];
  expect(secondLink).toBeDefined();
  await adminContext.close();

  await setPassword(page, firstLink, email);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("expired or was already used");
  await setPassword(page, secondLink!, email);
  await expect(page.getByRole("heading", { level: 1, name: "Set up your second factor" })).toBeVisible();
  expect(
    readStaffDb((db) =>
      db
        .prepare(`SELECT COUNT(*) AS n FROM verification WHERE identifier LIKE 'reset-password:%' AND value = ?`)
        .get(userIdOf(email)),
    ),
  ).toEqual({ n: 0 });
});

test("an export started from another website downloads nothing and records nothing", async ({ page }) => {
  const admin = await enrolNewAdmin(page);
  // 127.0.0.1 and localhost are different sites to the browser: a page on one links to the other's export.
  const attacker = `http://127.0.0.1:${E2E_PORT}/attacker-page`;
  await page.route(attacker, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<a id="go" href="${E2E_STAFF_ORIGIN}/staff/export/inquiries">Win a prize</a>`,
    }),
  );
  await page.goto(attacker);
  const [answer] = await Promise.all([
    page.waitForResponse((response) => response.url().endsWith("/staff/export/inquiries")),
    page.click("#go"),
  ]);
  expect(answer.status()).toBe(403);
  expect(answer.headers()["content-disposition"]).toBeUndefined();
  const entries = readStaffDb(
    (db) =>
      db
        .prepare(`SELECT action FROM audit_log WHERE actor_email = ? AND action = 'inquiries-exported'`)
        .all(admin.email) as unknown[],
  );
  expect(entries).toEqual([]);

  // From the inbox itself, the same download works; page and file are kept by no cache, and the page's scripts
  // run only by this response's nonce.
  const inbox = await page.goto(`${E2E_STAFF_ORIGIN}/staff`);
  expect(inbox!.headers()["cache-control"]).toBe("private, no-store");
  const scriptPolicy = /script-src ([^;]+)/.exec(inbox!.headers()["content-security-policy"] ?? "")?.[1] ?? "";
  expect(scriptPolicy).toMatch(/^'self' 'nonce-[A-Za-z0-9+/=_-]{16,}' 'strict-dynamic'$/);
  const nonce = /'nonce-([^']+)'/.exec(scriptPolicy)![1];
  const scripts = page.locator("script[src]");
  expect(await scripts.count()).toBeGreaterThan(0);
  for (const script of await scripts.all()) expect(await script.evaluate((element) => element.nonce)).toBe(nonce);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download all inquiries (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^inquiries-\d{4}-\d{2}-\d{2}\.csv$/);
  const file = await page.request.get(`${E2E_STAFF_ORIGIN}/staff/export/inquiries`);
  expect(file.headers()["cache-control"]).toBe("private, no-store");
});
