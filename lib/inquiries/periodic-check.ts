import "server-only";

/** How often every instance asks whether a once-a-day job is due. */
export const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * A job every instance asks about on a timer: one check at a time, and never a rejected promise (it runs from a
 * timer), so a failure is told to `onFailure` and answered with `failed`. `stop()` waits for a check in progress.
 */
export function createPeriodicCheck<Outcome>({
  run,
  failed,
  onFailure,
  everyMs = CHECK_EVERY_MS,
}: {
  run: (now: number) => Promise<Outcome>;
  failed: Outcome;
  onFailure: (reason: string) => void;
  everyMs?: number;
}) {
  let timer: NodeJS.Timeout | undefined;
  let checking: Promise<Outcome> | undefined;

  function check(now = Date.now()): Promise<Outcome> {
    checking ??= run(now)
      .catch((error: unknown): Outcome => {
        onFailure((error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error)));
        return failed;
      })
      .finally(() => (checking = undefined));
    return checking;
  }

  return {
    check,
    /** Checks every `everyMs` from now on; the first check is the caller's to make. */
    schedule() {
      timer ??= setInterval(() => void check(), everyMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await checking;
    },
  };
}
