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

export async function loadContactAction(base: string, connections: number, total: number): Promise<LoadResult> {
  const hidden = hiddenFields(await (await fetch(`${base}/contact`)).text());
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const post = async (n: number) => {
    const form = inquiryForm(hidden, `bench-${n}`, "Bench Visitor");
    const started = performance.now();
    const response = await fetch(`${base}/contact`, { method: "POST", body: form, headers: { origin: base } });
    const body = await response.text();
    latencies.push(performance.now() - started);
    if (!response.ok || !acknowledgedReference(body)) errors++;
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
    scenario: `contact action POST (${total} inquiries)`,
    requestsPerSecond: Math.round(total / seconds),
    p50ms: Math.round(percentile(latencies, 50)),
    p99ms: Math.round(percentile(latencies, 99)),
    errors,
    requests: total,
  };
}
