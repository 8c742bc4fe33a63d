import { afterEach, describe, expect, it } from "vitest";
import { createSignInLimit, SIGN_IN_LIMITS } from "@/lib/staff/sign-in-limit";
import { openStaffStores, type StaffStores } from "../../support/staff-store";
import { countRows, DATABASES } from "../../support/store-databases";

const T0 = Date.UTC(2026, 11, 7, 18);
let stores: StaffStores;
afterEach(() => stores?.close());

describe.each(DATABASES)("the sign-in limit on %s", (database) => {
  it("lets through exactly the allowed number of a burst of simultaneous attempts on one account", async () => {
    stores = await openStaffStores(database);
    const limit = createSignInLimit(stores.store.db, stores.store.dialect);
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, index) => limit.begin("ana@example.org", `client-${index}`, T0)),
    );
    expect(burst.filter((attempt) => !attempt.limited)).toHaveLength(SIGN_IN_LIMITS.perAccount);
  });

  it("takes back an attempt that succeeded, so correct sign-ins never count", async () => {
    stores = await openStaffStores(database);
    const limit = createSignInLimit(stores.store.db, stores.store.dialect);
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount * 2; i++) {
      const attempt = await limit.begin("ana@example.org", "office", T0 + i);
      expect(attempt.limited).toBe(false);
      if (!attempt.limited) await attempt.succeeded();
    }
    expect(await countRows(stores.store.db, "sign_in_attempts")).toBe(0);
  });

  it("counts failures per account and per client within the window, and forgets them after it", async () => {
    stores = await openStaffStores(database);
    const limit = createSignInLimit(stores.store.db, stores.store.dialect);
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++)
      expect((await limit.begin("Ana@Example.org ", "client-a", T0)).limited).toBe(false);
    expect((await limit.begin("ana@example.org", "client-b", T0 + 1)).limited).toBe(true);
    expect((await limit.begin("sam@example.org", "client-b", T0 + 1)).limited).toBe(false);
    expect((await limit.begin("ana@example.org", "client-b", T0 + SIGN_IN_LIMITS.windowMs + 1)).limited).toBe(false);
  });

  it("keeps another limit's counts apart from the sign-in's", async () => {
    stores = await openStaffStores(database);
    const signIn = createSignInLimit(stores.store.db, stores.store.dialect, { ...SIGN_IN_LIMITS, perClient: 1 });
    const passkey = createSignInLimit(stores.store.db, stores.store.dialect, { ...SIGN_IN_LIMITS, perClient: 1 }, "p:");
    expect((await signIn.begin(undefined, "client", T0)).limited).toBe(false);
    expect((await passkey.begin(undefined, "client", T0)).limited).toBe(false);
    expect((await signIn.begin(undefined, "client", T0)).limited).toBe(true);
  });
});
