/**
 * Lighthouse's mobile preset slows the CPU down 4x, a figure calibrated for a host whose benchmarkIndex is about
 * 1,533 (a high-end desktop); on a slower host the same 4x emulates a much slower phone than intended, and
 * Lighthouse's own docs (docs/throttling.md, "Calibrating the CPU slowdown") say to lower the multiplier there.
 * This is the mapping of Lighthouse's CPU throttling calculator (lighthouse-cpu-throttling-calculator), capped at
 * the default 4x so that a fast host is held to the standard preset, never to a weaker one.
 */
export const DEFAULT_CPU_SLOWDOWN = 4;

/** Hosts slower than this cannot emulate Lighthouse's target phone at all (the calculator gives no multiplier). */
export const SLOWEST_CALIBRATABLE_HOST = 150;

export function cpuSlowdownFor(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex < SLOWEST_CALIBRATABLE_HOST) {
    throw new Error(
      `This host's CPU benchmark (${benchmarkIndex}) is too slow to emulate a phone: run the Lighthouse check on a faster machine.`,
    );
  }
  // The calculator's anchor points: 150 → 1x, 800 → 2x, 1,300 → 3x, 1,533 → 4x, linear between them.
  const calibrated =
    benchmarkIndex >= 1300
      ? 3 + (benchmarkIndex - 1300) / 233
      : benchmarkIndex >= 800
        ? 2 + (benchmarkIndex - 800) / 500
        : 1 + (benchmarkIndex - 150) / 650;
  return Math.min(DEFAULT_CPU_SLOWDOWN, Math.round(calibrated * 100) / 100);
}
