import { getServices, startServices } from "./lib/server/services";
import { configuredSiteUrl, productionSiteUrlProblem } from "./lib/seo/site-url";
import { resolveAuthSecret } from "./lib/staff/auth-secret";

/**
 * Node-only start-up, imported by instrumentation.ts. Next logs an error thrown at start and serves on
 * regardless, so a failure ends the process here: a site that acknowledges messages it cannot store must not run.
 */
export async function startServer() {
  try {
    const siteUrlProblem = process.env.NODE_ENV === "production" && productionSiteUrlProblem(configuredSiteUrl());
    if (siteUrlProblem) throw new Error(siteUrlProblem);
    await startServices();
    // Staff sign-in's secret is checked now, so a server without it stops with what to set, not on a sign-in. Only
    // checked: the auth instance is made by the app's own bundle, whose error classes its pages and actions test.
    await resolveAuthSecret((await getServices()).store.db);
  } catch (error) {
    console.error(`\nThe server did not start. ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
