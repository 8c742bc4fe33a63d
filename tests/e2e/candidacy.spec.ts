import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { candidacy } from "../../.content-collections/generated/index.js";
import { present } from "../support/present";

/**
 * The self-check on /candidacy, driven by keyboard only (Tab, Space, arrow keys, Enter), for each result.
 * Answers are picked from content/candidacy.yaml by their outcome, so clinicians can reword it freely.
 */
const rules = candidacy;
const total = rules.questions.length;
type Outcome = keyof typeof rules.outcomes;
/** Question id → index of the answer to choose; a question left out is skipped. */
type Plan = Record<string, number>;

const calmIndex = (question: (typeof rules.questions)[number]) =>
  question.options.findIndex((o) => o.outcome === "explore" && !o.crisis);
const reassuring: Plan = Object.fromEntries(rules.questions.map((q) => [q.id, calmIndex(q)]));

/** The first answer in the file that leads to `outcome` (and, if asked, shows the crisis line), as a plan. */
function planWith(outcome: Outcome, crisis = false) {
  for (const question of rules.questions) {
    const index = question.options.findIndex((o) => o.outcome === outcome && o.crisis === crisis);
    const option = question.options[index];
    if (option) return { plan: { ...reassuring, [question.id]: index }, question, option };
  }
  throw new Error(`content/candidacy.yaml has no answer leading to ${outcome}${crisis ? " with crisis: true" : ""}`);
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 100) ?? "nothing");

async function tabUntil(page: Page, isTarget: () => Promise<boolean>, what: string, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (await isTarget()) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${what}; focus is on ${await focused(page)}`);
}

const selfCheck = (page: Page) => page.getByRole("region", { name: /Self-check/ });
const isFocused = (locator: ReturnType<Page["locator"]>) => () =>
  locator.evaluate((el) => el === document.activeElement);

/** Answers one question: Tab into its radio group, Space or arrow keys to choose, Tab to Next, Enter. */
async function answerByKeyboard(page: Page, position: number, choice: number | undefined) {
  const question = present(rules.questions[position], `question ${position + 1} in content/candidacy.yaml`);
  const radios = selfCheck(page).getByRole("radio");
  if (choice !== undefined) {
    // Tab enters a radio group once: on its checked answer, or on the first when none is checked.
    const focusedIndex = () =>
      radios.evaluateAll((inputs) => inputs.indexOf(document.activeElement as HTMLInputElement));
    await tabUntil(page, async () => (await focusedIndex()) >= 0, `the answers of "${question.prompt}"`);
    const start = await focusedIndex();
    if (choice === start) await page.keyboard.press("Space");
    for (let i = 0; i < Math.abs(choice - start); i++)
      await page.keyboard.press(choice > start ? "ArrowDown" : "ArrowUp");
    await expect(radios.nth(choice)).toBeChecked();
  }
  const next = selfCheck(page).getByRole("button", { name: position === total - 1 ? "See my result" : "Next" });
  await tabUntil(page, isFocused(next), "the Next button");
  await page.keyboard.press("Enter");
}

async function openSelfCheck(page: Page) {
  await page.goto("/candidacy");
  await page.waitForLoadState("networkidle");
  // Requests from here on would mean an answer (or the fact of answering) left the browser.
  const requests: string[] = [];
  page.on("request", (request) => requests.push(`${request.method()} ${request.url()}`));
  return requests;
}

async function completeByKeyboard(page: Page, plan: Plan) {
  for (let position = 0; position < total; position++) {
    if (position > 0)
      await expect(
        page.getByRole("heading", { name: new RegExp(`^Question ${position + 1} of ${total}`) }),
      ).toBeFocused();
    await answerByKeyboard(page, position, plan[present(rules.questions[position], `question ${position + 1}`).id]);
  }
}

const talkFirst = planWith("talk-first");
const notNow = planWith("not-now");
const crisis = planWith("not-now", true);
const firstQuestion = present(rules.questions[0], "a first question in content/candidacy.yaml");
const firstReassuring = present(
  firstQuestion.options[present(reassuring[firstQuestion.id], "its calmest answer")],
  "its calmest answer",
);
const scenarios: { name: string; outcome: Outcome; plan: Plan; reason: string; crisis: boolean }[] = [
  { name: "worth exploring", outcome: "explore", plan: reassuring, reason: firstReassuring.guidance, crisis: false },
  {
    name: "talk with a clinician first",
    outcome: "talk-first",
    plan: talkFirst.plan,
    reason: talkFirst.option.guidance,
    crisis: false,
  },
  {
    name: "likely not the right fit now",
    outcome: "not-now",
    plan: notNow.plan,
    reason: notNow.option.guidance,
    crisis: false,
  },
  {
    name: "not now, with crisis resources",
    outcome: "not-now",
    plan: crisis.plan,
    reason: crisis.option.guidance,
    crisis: true,
  },
];

for (const scenario of scenarios) {
  test(`keyboard only: the self-check reaches "${scenario.name}" without a single request`, async ({ page }) => {
    const requests = await openSelfCheck(page);
    await completeByKeyboard(page, scenario.plan);

    const text = rules.outcomes[scenario.outcome];
    const result = page.getByRole("region", { name: text.title });
    await expect(result).toBeFocused();
    await expect(result.getByRole("listitem").filter({ hasText: scenario.reason })).toHaveCount(1);
    await expect(result).toContainText(rules.disclaimer);
    await expect(result.getByRole("link", { name: text.action.label })).toHaveAttribute("href", text.action.href);
    await expect(result.getByRole("complementary", { name: "Crisis support" })).toHaveCount(scenario.crisis ? 1 : 0);
    if (scenario.crisis)
      await expect(result.getByRole("complementary", { name: "Crisis support" })).toContainText(/988[\s\S]*911/);
    const axe = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(requests).toEqual([]);
  });
}

test("a skipped safety question asks for a conversation first and names the question", async ({ page }) => {
  const skipped = rules.questions.find((question) => question.required)!;
  const { [skipped.id]: _left, ...plan } = reassuring;
  const requests = await openSelfCheck(page);
  await completeByKeyboard(page, plan);
  const result = page.getByRole("region", { name: rules.outcomes["talk-first"].title });
  await expect(result).toBeFocused();
  await expect(result).toContainText(skipped.prompt);
  expect(requests).toEqual([]);
});

test("Back keeps answers, Change my answers returns to the last question, Start again clears everything", async ({
  page,
}) => {
  const requests = await openSelfCheck(page);
  await answerByKeyboard(page, 0, 1);
  await answerByKeyboard(page, 1, 2);
  const back = selfCheck(page).getByRole("button", { name: "Back" });
  await tabUntil(page, isFocused(back), "the Back button");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: new RegExp(`^Question 2 of ${total}`) })).toBeFocused();
  await expect(selfCheck(page).getByRole("radio").nth(2)).toBeChecked();
  await tabUntil(page, isFocused(back), "the Back button");
  await page.keyboard.press("Enter");
  await expect(selfCheck(page).getByRole("radio").nth(1)).toBeChecked();

  await completeByKeyboard(page, reassuring);
  const change = page.getByRole("button", { name: "Change my answers" });
  await tabUntil(page, isFocused(change), "Change my answers");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: new RegExp(`^Question ${total} of ${total}`) })).toBeFocused();
  await answerByKeyboard(page, total - 1, undefined);
  const restart = page.getByRole("button", { name: "Start again" });
  await tabUntil(page, isFocused(restart), "Start again");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: new RegExp(`^Question 1 of ${total}`) })).toBeFocused();
  await expect(selfCheck(page).getByRole("radio", { checked: true })).toHaveCount(0);
  expect(requests).toEqual([]);
});

test("the result fits a 320px screen without scrolling sideways", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await openSelfCheck(page);
  await completeByKeyboard(page, planWith("not-now", true).plan);
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});

test("without JavaScript the page shows every question as a checklist with the guidance for each answer", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/candidacy");
  await expect(page.getByText(new RegExp(`Question 1 of ${total}`))).toBeHidden();
  await expect(page.getByRole("button", { name: "Next" })).toBeHidden();
  await expect(page.getByText("your answers stay in this browser")).toBeVisible();
  for (const question of rules.questions) {
    const group = page.getByRole("group", { name: question.prompt });
    await expect(group, question.id).toBeVisible();
    for (const option of question.options) {
      await expect(
        group.getByRole("radio", { name: option.label, exact: true }),
        `${question.id}: ${option.id}`,
      ).toBeVisible();
      await expect(group.getByText(option.guidance), `${question.id}: ${option.id}`).toBeVisible();
    }
  }
  for (const outcome of Object.values(rules.outcomes))
    await expect(page.getByText(outcome.title, { exact: true })).toBeVisible();
  await context.close();
});
