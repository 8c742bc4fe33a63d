import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";
import prettier from "eslint-config-prettier/flat";
// The same instance eslint-config-next registers, so naming it again here is allowed.
import importPlugin from "eslint-plugin-import";

/**
 * Next's core-web-vitals and TypeScript rules, jsx-a11y's recommended rules on top of the few Next enables,
 * and Prettier's list of rules to switch off (the formatter, not the linter, decides layout).
 */
export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["**/*.tsx"],
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A region that scrolls sideways (a wide table) must take focus so keyboard users can scroll it (WCAG 2.1.1).
      "jsx-a11y/no-noninteractive-tabindex": ["error", { roles: ["tabpanel", "region"] }],
    },
  },
  {
    rules: {
      // A leading underscore marks a value left out on purpose (e.g. taking one field out of an object).
      "@typescript-eslint/no-unused-vars": [
        "warn",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
      // Plain <a> links are chosen on purpose: content pages run no router script, and downloads are route handlers.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  // The house's floors: app/ and pages/ over components/ over lib/, with lib/store/ as the ground. Arrows run down only.
  {
    plugins: { import: importPlugin },
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib",
              from: ["./app", "./components", "./pages"],
              message: "lib/ never imports app/, components/ or pages/: hand what it needs in as a parameter.",
            },
            {
              target: "./components",
              from: ["./app", "./pages"],
              message: "A component never imports a route: take the server action or data as a prop.",
            },
            {
              target: "./lib/store",
              from: "./lib",
              except: ["./store"],
              message: "lib/store/ owns the tables and migrations and imports nothing else from lib/.",
            },
          ],
        },
      ],
    },
  },
  // lib/server/ (the one place the database is opened) is for app/, pages/, scripts/, instrumentation and proxy.ts.
  {
    files: ["lib/**", "components/**"],
    ignores: ["lib/server/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/server/*"],
              message: "lib/ and components/ never reach lib/server/: take the database or service as a parameter.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**"],
    plugins: { import: importPlugin },
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
  // The connection recorder is preloaded with node --require, so it is CommonJS on purpose.
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  prettier,
  globalIgnores([
    ".next/**",
    ".content-collections/**",
    ".e2e/**",
    // Content builds of test fixtures, left behind only by an interrupted test run.
    "tests/.tmp/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
