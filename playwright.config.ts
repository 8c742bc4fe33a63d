import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./tests/e2e/support/chromium";
import { E2E_PORT } from "./tests/e2e/support/e2e-paths";

/**
 * End-to-end tests run against `npm start` of the production build (`npm run test:e2e` builds first), with a
 * real SMTP server beside it (tests/e2e/support/serve.ts).
 * Browser: Debian's Chromium where present (Playwright cannot download its own here), else Playwright's.
 */
const port = E2E_PORT;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      ...(existsSync(CHROMIUM_PATH) ? { executablePath: CHROMIUM_PATH } : {}),
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    // Loads every page once per width and records what the page-wide checks need (tests/e2e/crawl.setup.ts).
    { name: "crawl", use: { ...devices["Desktop Chrome"] }, testMatch: /crawl\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: /lighthouse\.spec\.ts/,
      dependencies: ["crawl"],
    },
    // Lighthouse measures speed, so it runs alone, after everything else, with no other test sharing the CPU.
    { name: "lighthouse", testMatch: /lighthouse\.spec\.ts/, dependencies: ["chromium"] },
  ],
  webServer: {
    command: "npx tsx tests/e2e/support/serve.ts",
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
