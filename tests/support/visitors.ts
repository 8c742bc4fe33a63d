/**
 * Many visitors from one test: each posts from its own loopback address (all of 127.0.0.0/8 reaches this machine),
 * which Caddy passes on in X-Forwarded-For, and the site, with TRUST_PROXY=true, rate-limits per address.
 */
export const visitorAddress = (n: number) => `127.0.${1 + Math.floor(n / 250)}.${1 + (n % 250)}`;

/** Runs task(0) … task(count - 1), at most `concurrency` at a time. */
export async function inParallel<T>(count: number, concurrency: number, task: (n: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      for (let n = next++; n < count; n = next++) results[n] = await task(n);
    }),
  );
  return results;
}

/** The references an instance's log says it stored (`[contact] KAP-… stored`). */
export const referencesStoredIn = (log: string) =>
  [...log.matchAll(/\[contact\] (KAP-[0-9A-Z]{6}) stored/g)].map((m) => m[1]!);
