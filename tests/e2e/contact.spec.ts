import { expect, test, type Route } from "@playwright/test";
import { isHydrated, watchPage } from "./support/crawl";
import { confirmedReference, fillContactForm, inquiriesFor, likeAPerson, mailFor } from "./support/contact";

// Each test writes with its own address, so tests running side by side never read each other's inquiries.
const uniqueEmail = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;

test("a visitor fills and sends the form with the keyboard only, and staff are emailed once", async ({
  page,
  baseURL,
}) => {
  const watch = await watchPage(page, baseURL!);
  const email = uniqueEmail("keyboard");
  await page.goto("/contact");
  await page.getByLabel("Your name").focus();
  await page.keyboard.type("Siobhán O'Connor");
  await page.keyboard.press("Tab");
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type("+44 20 7946 0000");
  await page.keyboard.press("Tab"); // into "How should we contact you?": Email is first
  await page.keyboard.press("ArrowRight"); // Phone call
  await expect(page.getByLabel("Phone call")).toBeChecked();
  await page.keyboard.press("Tab"); // into "Which office": West Los Angeles is first
  await page.keyboard.press("ArrowRight");
  await expect(page.getByLabel("Encino", { exact: true })).toBeChecked();
  await page.keyboard.press("Tab"); // how did you hear about us
  await page.keyboard.press("Tab"); // message
  await page.keyboard.type("I would like to know how the first consultation works.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(page.getByLabel("You may contact me about this inquiry")).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Send message" })).toBeFocused();
  await likeAPerson(page);
  await page.keyboard.press("Enter");

  const reference = await confirmedReference(page);
  await expect(page.getByRole("heading", { name: /Thank you, Siobhán/ })).toBeFocused();
  await expect(page.getByRole("status")).toContainText("within one business day");
  expect(inquiriesFor(email)).toEqual([expect.objectContaining({ reference, name: "Siobhán O'Connor" })]);
  expect(await mailFor(reference)).toHaveLength(1);
  expect(watch.cspViolations).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test("errors are shown beside each field, announced, and the first one gets focus", async ({ page }) => {
  await page.goto("/contact");
  await page.getByLabel("Email address").focus();
  await page.keyboard.type("not-an-email");
  await page.getByRole("button", { name: "Send message" }).focus();
  await page.keyboard.press("Enter");

  await expect(page.locator("form").getByRole("alert")).toContainText("fields need your attention");
  const name = page.getByLabel("Your name");
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription(/Enter your name, so we know what to call you/);
  await expect(page.getByLabel("Email address")).toHaveAccessibleDescription(
    /Enter an email address like name@example.com/,
  );
  await expect(page.getByRole("group", { name: "How should we contact you?" })).toHaveAccessibleDescription(
    /Choose how you would like us to contact you/,
  );
  await expect(page.getByLabel("You may contact me about this inquiry")).toHaveAccessibleDescription(/Tick the box/);
});

test("a double click sends one inquiry", async ({ page }) => {
  const email = uniqueEmail("double");
  await page.goto("/contact");
  await fillContactForm(page, { name: "Ana López", email, contactMethod: "Email", office: "No preference" });
  await likeAPerson(page);
  await page.getByRole("button", { name: "Send message" }).dblclick();
  const reference = await confirmedReference(page);
  expect(inquiriesFor(email).map((row) => row.reference)).toEqual([reference]);
});

test("what a visitor enters before the page's JavaScript arrives is kept when it does", async ({ page }) => {
  const email = uniqueEmail("early");
  const held: Route[] = [];
  let holding = true;
  await page.route("**/_next/static/chunks/*.js", (route) => void (holding ? held.push(route) : route.continue()));
  await page.goto("/contact", { waitUntil: "commit" });
  await expect(page.getByRole("button", { name: "Send message" })).toBeVisible();
  await fillContactForm(page, {
    name: "Early Bird",
    email,
    contactMethod: "Phone call",
    phone: "310 555 0142",
    office: "Encino",
  });
  expect(held.length, "the page's scripts were held back while filling").toBeGreaterThan(0);
  holding = false;
  for (const route of held) await route.continue();
  await expect.poll(() => isHydrated(page)).toBe(true);

  await expect(page.getByLabel("Your name")).toHaveValue("Early Bird");
  await expect(page.getByLabel("Phone call")).toBeChecked();
  await expect(page.getByLabel("Encino", { exact: true })).toBeChecked();
  await expect(page.getByLabel("You may contact me about this inquiry")).toBeChecked();
  await likeAPerson(page);
  await page.getByRole("button", { name: "Send message" }).click();
  const reference = await confirmedReference(page);
  expect(inquiriesFor(email).map((row) => row.reference)).toEqual([reference]);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the form posts to the same action and shows the confirmation", async ({ page }) => {
    const email = uniqueEmail("nojs");
    await page.goto("/contact");
    await fillContactForm(page, {
      name: "Mary-Jane Watson",
      email,
      phone: "(818) 555-0102",
      contactMethod: "Text message",
      office: "Telehealth (video)",
      heardFrom: "Friend or family",
    });
    await page.getByRole("button", { name: "Send message" }).click();
    const reference = await confirmedReference(page);
    expect(inquiriesFor(email).map((row) => row.reference)).toEqual([reference]);
    expect(await mailFor(reference)).toHaveLength(1);
  });

  test("a wrong field comes back with its error and everything typed kept", async ({ page }) => {
    const email = uniqueEmail("nojs-error");
    await page.goto("/contact");
    await fillContactForm(page, {
      name: "Zoë D’Arcy",
      email,
      contactMethod: "Phone call",
      office: "Encino",
      message: "Kept after the error.",
    });
    await page.getByRole("button", { name: "Send message" }).click();
    await expect(page.locator("form").getByRole("alert")).toContainText("needs your attention");
    await expect(page.getByLabel("Phone number")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter a phone number so we can call you")).toBeVisible();
    await expect(page.getByLabel("Your name")).toHaveValue("Zoë D’Arcy");
    await expect(page.getByLabel("Anything you would like us to know")).toHaveValue("Kept after the error.");
    expect(inquiriesFor(email)).toEqual([]);
  });
});
