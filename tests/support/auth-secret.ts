/**
 * The staff sign-in secret every test server runs with (production refuses to start without one). A fixed value,
 * so a test's own commands (npm run staff:add) and its server agree; it protects only throwaway test databases.
 */
export const TEST_AUTH_SECRET = "test-only-sign-in-secret-never-used-in-production";
