import { afterEach, describe, expect, it } from "vitest";
import { delayAfterFailures, SLOW_DOWN_AFTER } from "@/lib/staff/session-rules";
import { createSignInLimit, SIGN_IN_LIMITS } from "@/lib/staff/sign-in-limit";
import { openStaffStores, type StaffStores } from "../../support/staff-store";
import { countRows, DATABASES } from "../../support/store-databases";

const T0 = Date.UTC(2026, 11, 7, 18);
let stores: StaffStores;
afterEach(() => stores?.close());

describe.each(DATABASES)("the sign-in limit on %s", (database) => {
  it("lets through exactly the allowed number of a burst of simultaneous attempts", async () => {
    stores = await openStaffStores(database);
    const limit = createSignInLimit(stores.store.db, stores.store.dialect);
    const burst = await Promise.all(
      Array.from({ length: SIGN_IN_LIMITS.perClient * 2 }, (_, index) =>
        limit.begin(`person-${index}@example.org`, "one-client", T0),
      ),
    );
    expect(burst.filter((attempt) => !attempt.limited)).toHaveLength(SIGN_IN_LIMITS.perClient);
  });

  it("slows an account down as its failures grow, instead of locking its owner out", async () => {
    stores = await openStaffStores(database);
    const limit = createSignInLimit(stores.store.db, stores.store.dialect);
    const delays: number[] = [];
    for (let failure = 0; failure < SLOW_DOWN_AFTER + 3; failure++) {
      const attempt = await limit.begin("ana@example.org", `guesser-${failure}`, T0 + failure);
      if (attempt.limited) throw new Error("an account must be slowed, not locked, this early");
      delays.push(attempt.delayMs);
    }
    expect(delays).toEqual([0, 0, 0, 1_000, 2_000, 4_000]);
    expect(delayAfterFailures(40)).toBe(60_000);
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
    const strict = createSignInLimit(stores.store.db, stores.store.dialect, { ...SIGN_IN_LIMITS, perAccount: 5 });
    for (let i = 0; i < 5; i++) expect((await strict.begin("Ana@Example.org ", "client-a", T0)).limited).toBe(false);
    expect((await strict.begin("ana@example.org", "client-b", T0 + 1)).limited).toBe(true);
    expect((await strict.begin("sam@example.org", "client-b", T0 + 1)).limited).toBe(false);
    expect((await strict.begin("ana@example.org", "client-b", T0 + SIGN_IN_LIMITS.windowMs + 1)).limited).toBe(false);
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
