import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { confirmedReference, fillContactForm, likeAPerson, mailFor, serverLog } from "./support/contact";
import { readFileSync } from "node:fs";
import { delayAfterFailures, SLOW_DOWN_AFTER } from "../../lib/staff/session-rules";
import { E2E_CONNECTIONS_LOG, E2E_PORT, E2E_SMTP_PORT, E2E_STAFF_ORIGIN } from "./support/e2e-paths";
import {
  acceptInviteAndEnrol,
  addStaff,
  confirmIdentity,
  enrolNewAdmin,
  auditActions,
  lastCode,
  readStaffDb,
  recoveryCodes,
  signIn,
  signInWithRecoveryCode,
  STAFF_PASSWORD,
  unique,
  virtualAuthenticator,
} from "./support/staff";

// Serial: the last test reads what the server connected to while the others ran. Each test enrols an admin of its
// own (support/staff.ts), so none waits for a fresh authenticator code; axe is slow on a loaded 2-core machine.
test.describe.configure({ mode: "serial", timeout: 120_000 });

async function sendInquiry(page: import("@playwright/test").Page, name: string, message: string) {
  await page.goto(`${E2E_STAFF_ORIGIN}/contact`);
  await fillContactForm(page, {
    name,
    email: `${unique("visitor")}@example.org`,
    contactMethod: "Email",
    office: "Encino",
    message,
  });
  await likeAPerson(page);
  await page.getByRole("button", { name: "Send message" }).click();
  return confirmedReference(page);
}

test("staff:add → invite link → password → TOTP → inbox → open an inquiry, mark Contacted, add a note → sign out", async ({
  page,
  context,
}) => {
  await enrolNewAdmin(page);

  const canary = `CANARY-${unique("msg")}`;
  const reference = await sendInquiry(page, "Robin Staff-Test", `<script>window.__pwned = true</script> ${canary}`);
  // Quoted-printable wraps long lines with a trailing "=": join them before reading the link.
  const mail = (await mailFor(reference))[0]!.replace(/=\r?\n/g, "");
  expect(mail).toContain(`/staff/inquiries/${reference}`);
  expect(mail).not.toContain(canary);
  expect(mail).not.toContain("Robin Staff-Test");

  await page.goto(`${E2E_STAFF_ORIGIN}/staff`);
  await expect(page).toHaveTitle(/Inbox \(\d+ new\)/);
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(reference);
  await expect(page.getByText(`<script>window.__pwned = true</script> ${canary}`)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  await expect(page.getByRole("link", { name: "Reply by email" })).toHaveAttribute("href", /^mailto:visitor-/);

  await page.getByLabel("Contacted").check();
  await page.getByRole("button", { name: "Save status" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Status changed to Contacted." })).toBeFocused();
  await page.getByLabel("New note").fill("Called back, left a voicemail.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Called back, left a voicemail.")).toBeVisible();
  await expect(page.getByText(/Ana Ruiz, .* PT/)).toBeVisible();
  expect(readStaffDb((db) => db.prepare("SELECT status FROM inquiries WHERE reference = ?").get(reference))).toEqual({
    status: "contacted",
  });
  expect(auditActions(reference)).toEqual(
    expect.arrayContaining(["inquiry-opened", "inquiry-status-changed", "inquiry-note-added"]),
  );

  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name.includes("session_token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/staff" });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
  await page.goto(`${E2E_STAFF_ORIGIN}/staff/inquiries/${reference}`);
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
  expect(serverLog()).not.toContain(canary);
});

test("a cross-site post of a staff action, and a replay after sign-out with the old cookies, change nothing", async ({
  page,
}) => {
  await enrolNewAdmin(page);
  const reference = await sendInquiry(page, "Replay Test", "hello");
  await page.goto(`${E2E_STAFF_ORIGIN}/staff/inquiries/${reference}`);
  const posted = page.waitForRequest((request) => request.method() === "POST" && !!request.headers()["next-action"]);
  await page.getByLabel("Closed").check();
  await page.getByRole("button", { name: "Save status" }).click();
  const request = await posted;
  await expect(page.getByRole("status").filter({ hasText: "Status changed to Closed." })).toBeVisible();
  const headers = await request.allHeaders();
  const body = request.postDataBuffer()!;
  const asNew = Buffer.from(
    body.toString("latin1").replace('"closed"', '"new"').replace("\r\nclosed\r\n", "\r\nnew\r\n"),
    "latin1",
  );
  // A post from another website, with the staff member's own cookies, is refused.
  const crossSite = await page.request.post(request.url(), {
    headers: { ...headers, origin: "https://attacker.example" },
    data: asNew,
  });
  expect(crossSite.status()).toBeGreaterThanOrEqual(400);
  expect(readStaffDb((db) => db.prepare("SELECT status FROM inquiries WHERE reference = ?").get(reference))).toEqual({
    status: "closed",
  });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();

  const replay = await page.request.post(request.url(), {
    headers: { ...headers, cookie: headers.cookie ?? "" },
    data: asNew,
  });
  expect(replay.status()).toBeLessThan(500);
  expect(readStaffDb((db) => db.prepare("SELECT status FROM inquiries WHERE reference = ?").get(reference))).toEqual({
    status: "closed",
  });
});

test("every staff page redirects to sign-in without a session, and the cookie never reaches a public page", async ({
  page,
}) => {
  for (const route of [
    "/staff",
    "/staff/audit",
    "/staff/accounts",
    "/staff/account",
    "/staff/enrol",
    "/staff/inquiries/KAP-2345AB",
    "/staff/export/inquiries",
    "/staff/export/audit",
  ]) {
    await page.goto(`${E2E_STAFF_ORIGIN}${route}`);
    await expect(page, route).toHaveURL(/\/staff\/sign-in$/);
  }
  await enrolNewAdmin(page);
  const cookieHeaders: string[] = [];
  page.on("request", (request) => {
    if (!new URL(request.url()).pathname.startsWith("/staff")) cookieHeaders.push(request.headers().cookie ?? "");
  });
  const response = await page.goto(`${E2E_STAFF_ORIGIN}/faq`);
  expect(response!.headers()["set-cookie"]).toBeUndefined();
  expect(cookieHeaders.filter(Boolean)).toEqual([]);
  await page.goto(`${E2E_STAFF_ORIGIN}/staff/inquiries/KAP-2345AB`);
  await expect(page.getByRole("heading", { level: 1, name: "No such inquiry" })).toBeVisible();
  await page.goto(`${E2E_STAFF_ORIGIN}/staff?status=bogus&page=-3`);
  await expect(page.getByRole("status").filter({ hasText: "does not exist" })).toBeVisible();
});

test("staff pages have no axe violations at 390 and 1280 px", async ({ page }) => {
  await enrolNewAdmin(page);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const route of ["/staff", "/staff/audit", "/staff/accounts", "/staff/account"]) {
      await page.goto(`${E2E_STAFF_ORIGIN}${route}`);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(results.violations.map((violation) => `${route} @${width}: ${violation.id}`)).toEqual([]);
    }
  }
});

test("failed sign-ins slow an account down without locking its owner out, and say nothing about whether it exists", async ({
  page,
}) => {
  const tryPassword = async (email: string, password: string) => {
    await page.goto(`${E2E_STAFF_ORIGIN}/staff/sign-in`);
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(password);
    const started = Date.now();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(
      page
        .getByRole("main")
        .getByRole("alert")
        .or(page.getByRole("heading", { name: "Enter your code" })),
    ).toBeVisible({
      timeout: 15_000,
    });
    return Date.now() - started;
  };
  const email = `${unique("nobody")}@example.org`;
  const messages: string[] = [];
  const took: number[] = [];
  for (let attempt = 0; attempt <= SLOW_DOWN_AFTER + 2; attempt++) {
    took.push(await tryPassword(email, "wrong password here"));
    messages.push((await page.getByRole("main").getByRole("alert").textContent()) ?? "");
  }
  expect(messages[0]).toContain("do not match an active staff account");
  expect(messages.every((message) => message === messages[0])).toBe(true);
  // The answers after that many failures came no sooner than the server's waits (a floor, whatever the load).
  expect(took[SLOW_DOWN_AFTER + 2]).toBeGreaterThanOrEqual(delayAfterFailures(SLOW_DOWN_AFTER + 2));
  // What was typed into "Email" is kept in the audit log only when it names an account.
  expect(
    readStaffDb((db) =>
      db.prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE actor_email = ? OR detail LIKE ?`).get(email, `%${email}%`),
    ),
  ).toEqual({ n: 0 });

  // A real account someone is guessing at: its owner's right password still works, after the same wait.
  const limited = `${unique("limited")}@example.org`;
  await acceptInviteAndEnrol(page, addStaff(limited, "Lee Limited"), limited);
  await page.getByRole("button", { name: "Sign out" }).click();
  for (let attempt = 0; attempt < SLOW_DOWN_AFTER + 2; attempt++) await tryPassword(limited, "not the password at all");
  const ownersWait = await tryPassword(limited, STAFF_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Enter your code" })).toBeVisible();
  expect(ownersWait).toBeGreaterThanOrEqual(delayAfterFailures(SLOW_DOWN_AFTER + 2));
});

test("a passkey is added only after password and code again, is audited, listed, signs in, and can be removed", async ({
  page,
  context,
}) => {
  const email = `${unique("passkey")}@example.org`;
  await virtualAuthenticator(context, page);
  const secret = await acceptInviteAndEnrol(page, addStaff(email, "Pat Key"), email);
  // A live session alone cannot start adding a passkey: the library's endpoint refuses without a fresh step-up.
  const refused = await page.request.get(`${E2E_STAFF_ORIGIN}/staff/api/auth/passkey/generate-register-options`);
  expect(refused.status()).toBe(403);
  expect((await refused.json()).code).toBe("STEP_UP_REQUIRED");
  await page.goto(`${E2E_STAFF_ORIGIN}/staff/account`);
  await expect(page.getByRole("button", { name: "Add a passkey" })).toHaveCount(0);
  await confirmIdentity(page, secret);
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Passkey added" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Remove Passkey added/ })).toHaveCount(1);
  const userId = readStaffDb(
    (db) => (db.prepare(`SELECT id FROM "user" WHERE email = ?`).get(email) as { id: string }).id,
  );
  expect(auditActions(userId)).toEqual(expect.arrayContaining(["identity-confirmed", "passkey-added"]));

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
  const signInAnswer = page.waitForResponse((response) => response.url().endsWith("/passkey/verify-authentication"));
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  // The session token travels in its HttpOnly cookie only, never in a body a page script could read.
  expect(JSON.stringify(await (await signInAnswer).json())).not.toMatch(/"token"/);
  await expect(page.getByRole("heading", { level: 1, name: /^Inbox/ })).toBeVisible();

  await page.goto(`${E2E_STAFF_ORIGIN}/staff/account`);
  await page.getByRole("button", { name: /^Remove Passkey added/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Passkey removed" })).toBeVisible();
  expect(readStaffDb((db) => db.prepare(`SELECT COUNT(*) AS n FROM passkey WHERE userId = ?`).get(userId))).toEqual({
    n: 0,
  });
  expect(auditActions(userId)).toContain("passkey-removed");
});

test("an authenticator code works once: the same code is refused, the next one signs in", async ({ page }) => {
  // Enrolment signs in with the code the app showed; that code must not sign in a second time.
  const admin = await enrolNewAdmin(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
  const code = lastCode(admin.secret);
  expect(code).toMatch(/^\d{6}$/);
  await page.getByLabel("Email address").fill(admin.email);
  await page.getByLabel("Password").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("6-digit code from your authenticator app").fill(code);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // The code is still inside the library's window, so only the used-code check can refuse it.
  await expect(page.getByRole("main").getByRole("alert")).toContainText("already used");
  await page.goto(`${E2E_STAFF_ORIGIN}/staff`);
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
  // The next code the app shows signs in (the spec's one wait for a new 30-second window).
  await signIn(page, admin.email, admin.secret);
});

test("a staff member who is not an admin reaches no admin page or export, and is signed out when an admin ends their sessions", async ({
  page,
}) => {
  const email = `${unique("staff")}@example.org`;
  await acceptInviteAndEnrol(page, addStaff(email, "Sam Staff"), email);
  for (const route of ["/staff/audit", "/staff/accounts", "/staff/export/inquiries", "/staff/export/audit"]) {
    await page.goto(`${E2E_STAFF_ORIGIN}${route}`);
    await expect(page, route).toHaveURL(/\/staff\?notice=admins-only$/);
  }
  await expect(page.getByRole("status").filter({ hasText: "for admins only" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Audit log" })).toHaveCount(0);

  // An admin ends this person's sessions: their next request is signed out, and their data stays unread.
  const adminPage = await page.context().browser()!.newPage();
  await enrolNewAdmin(adminPage);
  await adminPage.goto(`${E2E_STAFF_ORIGIN}/staff/accounts`);
  await adminPage.getByLabel("Change for Sam Staff").selectOption("end-sessions");
  await adminPage.getByRole("listitem").filter({ hasText: email }).getByRole("button", { name: "Apply" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: `Every session of ${email} has ended` })).toBeVisible();
  await adminPage.close();
  await page.goto(`${E2E_STAFF_ORIGIN}/staff`);
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
});

test("an action on an inquiry another staff member just erased changes nothing and says so", async ({
  page,
  context,
}) => {
  await enrolNewAdmin(page);
  const reference = await sendInquiry(page, "Erase Test", "please forget me");
  await page.goto(`${E2E_STAFF_ORIGIN}/staff/inquiries/${reference}`);
  const other = await context.newPage();
  await other.goto(`${E2E_STAFF_ORIGIN}/staff/inquiries/${reference}`);
  await other.getByLabel("I understand this cannot be undone").check();
  await other.getByRole("button", { name: "Erase this inquiry" }).click();
  await expect(
    other.getByRole("status").filter({ hasText: `Inquiry ${reference} and its notes were erased.` }),
  ).toBeVisible();
  await page.getByLabel("Closed").check();
  await page.getByRole("button", { name: "Save status" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("no longer exists");
  expect(
    readStaffDb((db) => db.prepare("SELECT COUNT(*) AS n FROM inquiries WHERE reference = ?").get(reference)),
  ).toEqual({ n: 0 });
  expect(auditActions(reference)).toEqual(expect.arrayContaining(["inquiry-opened", "inquiry-deleted"]));
});

test("with JavaScript off, staff sign in with a recovery code, open an inquiry and change its status", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const visitor = await browser.newPage();
  const reference = await sendInquiry(visitor, "No Script Test", "hello from a plain form");
  const admin = await enrolNewAdmin(visitor);
  await visitor.close();
  // A recovery code, as written down at enrolment: an authenticator code would need the next 30-second window.
  const [recoveryCode] = recoveryCodes(admin.secret);
  expect(recoveryCode).toBeTruthy();
  await signInWithRecoveryCode(page, admin.email, recoveryCode!);
  await page.goto(`${E2E_STAFF_ORIGIN}/staff/inquiries/${reference}`);
  await page.getByLabel("Contacted").check();
  await page.getByRole("button", { name: "Save status" }).click();
  await expect(
    page.getByRole("main").getByRole("status").filter({ hasText: "Status changed to Contacted." }),
  ).toBeVisible();
  expect(readStaffDb((db) => db.prepare("SELECT status FROM inquiries WHERE reference = ?").get(reference))).toEqual({
    status: "contacted",
  });
  await context.close();
});

test("while staff signed in, read and answered, the server connected to nothing but the SMTP server", () => {
  const attempts = readFileSync(E2E_CONNECTIONS_LOG, "utf8").split("\n").filter(Boolean);
  expect(attempts.length, "the recorder saw the server send mail at least once").toBeGreaterThan(0);
  // Besides the SMTP server, only the server's own address: Next's production server makes requests to itself.
  const allowed = new Set([
    `tcp:127.0.0.1:${E2E_SMTP_PORT}`,
    `tcp:localhost:${E2E_SMTP_PORT}`,
    `tcp:127.0.0.1:${E2E_PORT}`,
    "dns:localhost",
    "dns:127.0.0.1",
  ]);
  expect([...new Set(attempts)].filter((attempt) => !allowed.has(attempt))).toEqual([]);
});
