import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { resolveAuthSecret, storedAuthSecret } from "@/lib/staff/auth-secret";
import { openStaffStores, type StaffStores } from "../../support/staff-store";
import { DATABASES } from "../../support/store-databases";

const SECRET = "a-secret-from-the-environment-of-40-chars";
let stores: StaffStores;
afterEach(() => stores?.close());

/** An enrolled person: their authenticator key is encrypted under the secret the database was set up with. */
async function enrolSomeone(stores: StaffStores) {
  const now = new Date().toISOString();
  await sql`INSERT INTO "user" (id, name, email, "emailVerified", "createdAt", "updatedAt") VALUES ('u1', 'Ana', 'ana@example.org', ${stores.store.dialect === "postgres" ? sql`true` : sql`1`}, ${now}, ${now})`.execute(
    stores.store.db,
  );
  await sql`INSERT INTO "twoFactor" (id, secret, "backupCodes", "userId") VALUES ('t1', 'encrypted', 'encrypted', 'u1')`.execute(
    stores.store.db,
  );
}

describe.each(DATABASES)("the sign-in secret on %s", (database) => {
  it("is refused in production when the environment does not set it, saying what to run", async () => {
    stores = await openStaffStores(database);
    await expect(resolveAuthSecret(stores.store.db, { NODE_ENV: "production" })).rejects.toThrow(
      /BETTER_AUTH_SECRET is not set.*npm run setup/,
    );
  });

  it("is refused when too short to be a secret", async () => {
    stores = await openStaffStores(database);
    await expect(
      resolveAuthSecret(stores.store.db, { NODE_ENV: "production", BETTER_AUTH_SECRET: "short" }),
    ).rejects.toThrow(/at least 32 characters/);
  });

  it("moves out of the database: the same value in the environment deletes the stored copy", async () => {
    stores = await openStaffStores(database);
    const stored = await storedAuthSecret(stores.store.db);
    expect(stored).toBeDefined();
    await enrolSomeone(stores);
    await expect(
      resolveAuthSecret(stores.store.db, { NODE_ENV: "production", BETTER_AUTH_SECRET: stored }),
    ).resolves.toBe(stored);
    expect(await storedAuthSecret(stores.store.db)).toBeUndefined();
    // Once moved, production never reads a secret from the database again.
    await expect(resolveAuthSecret(stores.store.db, { NODE_ENV: "production" })).rejects.toThrow(/not set/);
  });

  it("refuses a different secret while authenticator keys depend on the stored one, and keeps the stored copy", async () => {
    stores = await openStaffStores(database);
    await enrolSomeone(stores);
    await expect(
      resolveAuthSecret(stores.store.db, { NODE_ENV: "production", BETTER_AUTH_SECRET: SECRET }),
    ).rejects.toThrow(/not the secret this database's authenticator keys were made with/);
    expect(await storedAuthSecret(stores.store.db)).toBeDefined();
  });

  it("takes a new secret on a database nobody has enrolled on yet, and deletes the unused stored one", async () => {
    stores = await openStaffStores(database);
    await expect(
      resolveAuthSecret(stores.store.db, { NODE_ENV: "production", BETTER_AUTH_SECRET: SECRET }),
    ).resolves.toBe(SECRET);
    expect(await storedAuthSecret(stores.store.db)).toBeUndefined();
  });

  it("lets development use the stored secret when the environment has none", async () => {
    stores = await openStaffStores(database);
    const stored = await storedAuthSecret(stores.store.db);
    await expect(resolveAuthSecret(stores.store.db, { NODE_ENV: "development" })).resolves.toBe(stored);
  });
});
