import { defineConfig } from "vitest/config";
import shared from "./vitest.config.js";

/**
 * `npm run test:proxy`: the production build behind Caddy over HTTPS (tests/proxy/), after `npm run build`.
 * One file at a time: each starts its own instances and Caddy, and the Observatory's Caddy needs ports 80 and 443.
 */
export default defineConfig({
  resolve: shared.resolve,
  test: {
    name: "proxy",
    environment: "node",
    include: ["tests/proxy/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
