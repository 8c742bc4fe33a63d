/** Debian's Chromium, since Playwright cannot download its own here; CHROMIUM_PATH points to another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

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
