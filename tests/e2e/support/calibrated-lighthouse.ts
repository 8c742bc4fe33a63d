import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import lighthouse from "lighthouse";
import type { Result } from "lighthouse";
import { throttling } from "lighthouse/core/config/constants.js";
import { cpuSlowdownFor, DEFAULT_CPU_SLOWDOWN } from "./cpu-slowdown";
import { E2E_DIR } from "./e2e-paths";

const ARTIFACTS_DIR = path.join(E2E_DIR, "lighthouse-artifacts");

/** Lighthouse's mobile preset (emulated phone, simulated slow 4G), with a given CPU slowdown. */
function mobileConfig(categories: string[], cpuSlowdownMultiplier: number) {
  return {
    extends: "lighthouse:default",
    settings: { onlyCategories: categories, throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier } },
  };
}

export type CalibratedRun = { lhr: Result | undefined; benchmarkIndex: number; cpuSlowdown: number };

/**
 * One Lighthouse run in two steps, with Lighthouse's own gather and audit modes: load the page (with simulated
 * throttling nothing is slowed while loading), read the CPU benchmark Lighthouse took of this host at the start of
 * that very load, then compute the scores with the CPU slowdown calibrated for it.
 */
export async function calibratedLighthouseRun(url: string, port: number, categories: string[]): Promise<CalibratedRun> {
  rmSync(ARTIFACTS_DIR, { recursive: true, force: true });
  await lighthouse(
    url,
    { port, logLevel: "error", gatherMode: ARTIFACTS_DIR },
    mobileConfig(categories, DEFAULT_CPU_SLOWDOWN),
  );
  const file = path.join(ARTIFACTS_DIR, "artifacts.json");
  const artifacts = JSON.parse(readFileSync(file, "utf8"));
  const benchmarkIndex: number = artifacts.BenchmarkIndex;
  const cpuSlowdown = cpuSlowdownFor(benchmarkIndex);
  // Lighthouse audits only with the settings it gathered with. In simulated mode the slowdown is used while
  // gathering only to cap requestIdleCallback deadlines, which 4x keeps at their strictest; the scores come from
  // the audit step, so the saved settings are brought in line with the calibrated slowdown.
  artifacts.settings.throttling.cpuSlowdownMultiplier = cpuSlowdown;
  writeFileSync(file, JSON.stringify(artifacts));
  const run = await lighthouse(
    url,
    { logLevel: "error", auditMode: ARTIFACTS_DIR, output: "json" },
    mobileConfig(categories, cpuSlowdown),
  );
  return { lhr: run?.lhr, benchmarkIndex, cpuSlowdown };
}
