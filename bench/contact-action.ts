/**
 * Posts inquiries to the contact action the way the form does without JavaScript (multipart, with the
 * action's hidden fields read from the page), each one different so every post stores a new inquiry.
 */
import { acknowledgedReference, hiddenFields, inquiryForm } from "../tests/support/contact-post";

export type LoadResult = {
  scenario: string;
  requestsPerSecond: number;
  p50ms: number;
  p99ms: number;
  errors: number;
  requests: number;
};

function percentile(sorted: number[], p: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  if (value === undefined) throw new Error("no timings to take a percentile of: every call failed before it was timed");
  return value;
}

/**
 * `bases`: one instance, or several of the same build, which the posts take in turn (round robin, as a load
 * balancer would, without measuring one). Returns the timings and the references the site acknowledged.
 */
export async function loadContactAction(
  bases: string[],
  connections: number,
  total: number,
  scenario = `contact action POST (${total} inquiries)`,
): Promise<LoadResult & { acknowledged: string[] }> {
  const hidden = hiddenFields(await (await fetch(`${bases[0]}/contact`)).text());
  const acknowledged: string[] = [];
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const post = async (n: number) => {
    const form = inquiryForm(hidden, `bench-${n}`, "Bench Visitor");
    const base = bases[n % bases.length]!;
    const started = performance.now();
    const response = await fetch(`${base}/contact`, { method: "POST", body: form, headers: { origin: base } });
    const body = await response.text();
    latencies.push(performance.now() - started);
    const reference = response.ok && acknowledgedReference(body);
    if (reference) acknowledged.push(reference);
    else errors++;
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < total) await post(next++);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    scenario,
    requestsPerSecond: Math.round(total / seconds),
    p50ms: Math.round(percentile(latencies, 50)),
    p99ms: Math.round(percentile(latencies, 99)),
    errors,
    requests: total,
    acknowledged,
  };
}
