import path from "node:path";
import { defineConfig } from "vitest/config";

const shared = {
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // lib/ server modules import "server-only", which refuses to load outside React's server runtime.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
};

export default defineConfig({
  ...shared,
  test: {
    environment: "node",
    testTimeout: 60_000,
    projects: [
      // Project settings do not inherit the root's testTimeout: some unit tests spawn the real content build as a
      // command, which takes over vitest's default 5 s on a cold clone.
      { ...shared, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], testTimeout: 60_000 } },
      // Integration tests start real servers and real databases (SQLite files, one throwaway PostgreSQL cluster for
      // the run); some need the production build.
      {
        ...shared,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/postgres-global-setup.ts"],
          testTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
