import { startContactService } from "./lib/contact/service";

/**
 * Node-only start-up, imported by instrumentation.ts. Next logs an error thrown at start and serves on
 * regardless, so a failure ends the process here: a site that acknowledges messages it cannot store must not run.
 */
export async function startServer() {
  try {
    await startContactService();
  } catch (error) {
    console.error(`\nThe server did not start. ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
