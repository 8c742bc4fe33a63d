import { expect, test } from "@playwright/test";

test("the skip link is the first stop and moves focus to the main content", async ({ page }) => {
  await page.goto("/articles");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test("header links work with Tab and Enter on a wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const label of ["Articles", "FAQ", "Is KAP right for me?", "Locations", "Contact"]) {
    const link = nav.getByRole("link", { name: label, exact: true });
    const href = await link.getAttribute("href");
    await page.goto("/");
    for (let i = 0; i < 20 && !(await link.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press("Tab");
    await expect(link).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  }
});

test("the phone menu opens from the keyboard, keeps focus inside, and returns it on Escape", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const menuButton = page.getByRole("button", { name: "Menu" });
  await menuButton.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Menu" });
  await expect(dialog).toBeVisible();
  // A modal <dialog> makes the page behind it inert: Tab cycles through the dialog and the browser's own
  // controls (document.body is active while focus is in the browser's toolbar), never the page behind.
  let cameBackInside = 0;
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const where = await dialog.evaluate((el) =>
      el.contains(document.activeElement)
        ? "dialog"
        : document.activeElement === document.body
          ? "browser"
          : document.activeElement?.outerHTML.slice(0, 80),
    );
    expect(["dialog", "browser"], `focus reached the page behind the menu after ${i + 1} Tab presses`).toContain(where);
    if (where === "dialog" && i > 6) cameBackInside++;
  }
  expect(cameBackInside, "Tab should cycle back into the menu").toBeGreaterThan(0);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(menuButton).toBeFocused();

  await page.keyboard.press("Enter");
  await dialog.getByRole("link", { name: "FAQ" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/faq$/);
  await expect(page.getByRole("dialog", { name: "Menu" })).toBeHidden();
});

test("focus is always visible", async ({ page }) => {
  await page.goto("/");
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe("none");
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});
