/**
 * Runs once when the production server starts. Opening the inquiry store here means a bad setting or an
 * unwritable DATA_DIR stops the server at start with a message, and unsent notifications go out at once.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServer } = await import("./instrumentation-node");
  await startServer();
}
