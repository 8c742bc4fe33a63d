import { findTool } from "../../../scripts/ensure-test-tools.mjs";

/**
 * Debian's Chromium, as scripts/ensure-test-tools.mjs finds (or installed) it, since Playwright cannot download its
 * own here; CHROMIUM_PATH points to another.
 */
export const CHROMIUM_PATH = findTool("chromium") ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Root in a container (no sandbox), no GPU, and none of Chromium's own background traffic: the privacy tests count every request. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
