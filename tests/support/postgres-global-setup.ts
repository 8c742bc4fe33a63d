/**
 * Vitest globalSetup for the integration tests: one throwaway PostgreSQL cluster for the whole run, with one
 * database for the tests, its URL handed to the test files through provide/inject, removed when the run ends.
 * Each test makes a schema of its own in it (tests/support/store-databases.ts).
 */
import type { TestProject } from "vitest/node";
import { startPostgresCluster } from "./postgres-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    /** postgres://… of the run's test database. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const cluster = await startPostgresCluster();
  project.provide("postgresUrl", cluster.createDatabase("kap_tests"));
  return () => cluster.remove();
}
