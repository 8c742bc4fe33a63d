import { startContactService } from "./lib/contact/service";
import { configuredSiteUrl, productionSiteUrlProblem } from "./lib/seo/site-url";

/**
 * Node-only start-up, imported by instrumentation.ts. Next logs an error thrown at start and serves on
 * regardless, so a failure ends the process here: a site that acknowledges messages it cannot store must not run.
 */
export async function startServer() {
  try {
    const siteUrlProblem = process.env.NODE_ENV === "production" && productionSiteUrlProblem(configuredSiteUrl());
    if (siteUrlProblem) throw new Error(siteUrlProblem);
    await startContactService();
  } catch (error) {
    console.error(`\nThe server did not start. ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
