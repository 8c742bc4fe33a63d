import { describe, expect, it } from "vitest";
import { cpuSlowdownFor, DEFAULT_CPU_SLOWDOWN } from "../../e2e/support/cpu-slowdown";

describe("the Lighthouse CPU slowdown for a host", () => {
  it("follows the calculator's anchor points on slower hosts", () => {
    expect(cpuSlowdownFor(150)).toBe(1);
    expect(cpuSlowdownFor(800)).toBe(2);
    expect(cpuSlowdownFor(1300)).toBe(3);
    expect(cpuSlowdownFor(1050)).toBe(2.5);
    expect(cpuSlowdownFor(1416.5)).toBe(3.5);
  });

  it("keeps Lighthouse's default 4x from a host of about 1,533 upwards, never more", () => {
    expect(cpuSlowdownFor(1533)).toBe(DEFAULT_CPU_SLOWDOWN);
    expect(cpuSlowdownFor(2400)).toBe(DEFAULT_CPU_SLOWDOWN);
  });

  it("refuses a host too slow to emulate a phone, saying so", () => {
    expect(() => cpuSlowdownFor(100)).toThrow(/too slow to emulate a phone/);
    expect(() => cpuSlowdownFor(Number.NaN)).toThrow(/too slow/);
  });
});
