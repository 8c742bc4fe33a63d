/**
 * Makes sure a Chromium exists for the end-to-end tests before they start.
 * Debian's package where apt is available (Playwright cannot download browsers on our machines),
 * otherwise Playwright's own download.
 */
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const debianChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const run = (command) => execSync(command, { stdio: "inherit" });

if (existsSync(debianChromium)) {
  console.log(`Chromium found at ${debianChromium}`);
} else if (existsSync("/usr/bin/apt-get") && process.getuid?.() === 0) {
  console.log("Installing Debian's chromium package for the browser tests ...");
  run("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium");
} else if (existsSync("/usr/bin/apt-get")) {
  console.log("Installing Debian's chromium package (needs sudo) ...");
  run("sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium");
} else {
  console.log("No Debian chromium: using Playwright's own browser download.");
  run("npx playwright install chromium");
}
