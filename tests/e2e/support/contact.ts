import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, type Page } from "@playwright/test";
import { E2E_DATA_DIR, E2E_MAIL_DIR, E2E_SERVER_LOG } from "./e2e-paths";

export type ContactValues = {
  name: string;
  email: string;
  phone?: string;
  contactMethod: string;
  office: string;
  heardFrom?: string;
  message?: string;
};

/** The server ignores forms sent faster than a person could fill them: MIN_FILL_SECONDS is 1 s in these tests. */
export const likeAPerson = (page: Page) => page.waitForTimeout(1200);

/** Fills the contact form the way a person would see it: by label. */
export async function fillContactForm(page: Page, values: ContactValues) {
  await page.getByLabel("Your name").fill(values.name);
  await page.getByLabel("Email address").fill(values.email);
  if (values.phone) await page.getByLabel("Phone number").fill(values.phone);
  await page
    .getByRole("group", { name: "How should we contact you?" })
    .getByLabel(values.contactMethod, { exact: true })
    .check();
  await page
    .getByRole("group", { name: "Which office would suit you?" })
    .getByLabel(values.office, { exact: true })
    .check();
  if (values.heardFrom) await page.getByLabel("How did you hear about us?").selectOption({ label: values.heardFrom });
  if (values.message) await page.getByLabel("Anything you would like us to know").fill(values.message);
  await page.getByLabel("You may contact me about this inquiry").check();
}

/** Rows the e2e server stored for one email address, read from its real database file. */
export function inquiriesFor(email: string): { reference: string; name: string; message: string }[] {
  const db = new Database(path.join(E2E_DATA_DIR, "inquiries.sqlite"), { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT reference, name, message FROM inquiries WHERE email = ?").all(email) as {
      reference: string;
      name: string;
      message: string;
    }[];
  } finally {
    db.close();
  }
}

export function sentMail(): string[] {
  if (!existsSync(E2E_MAIL_DIR)) return [];
  return readdirSync(E2E_MAIL_DIR).map((file) => readFileSync(path.join(E2E_MAIL_DIR, file), "utf8"));
}

/** Waits for the outbox to deliver the notification carrying this reference, and returns every copy of it. */
export async function mailFor(reference: string): Promise<string[]> {
  await expect
    .poll(() => sentMail().filter((mail) => mail.includes(reference)).length, { timeout: 15_000 })
    .toBeGreaterThan(0);
  return sentMail().filter((mail) => mail.includes(reference));
}

export const serverLog = () => readFileSync(E2E_SERVER_LOG, "utf8");

const REFERENCE = /KAP-[2-9A-HJKMNP-Z]{6}/;

/** The reference the confirmation (a status region) shows, e.g. KAP-7QX2MD. */
export async function confirmedReference(page: Page): Promise<string> {
  const confirmation = page.getByRole("status").filter({ hasText: "Your message reached us" });
  await expect(confirmation).toContainText(REFERENCE, { timeout: 15_000 });
  return (await confirmation.textContent())!.match(REFERENCE)![0];
}
