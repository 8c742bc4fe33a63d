/**
 * The staff inbox's queries with 10,000 inquiries stored: the list's first page, a filtered later page, and one
 * inquiry with its notes, each timed over many calls in this process (server time; the queries are synchronous).
 * Run alone with `npx tsx --conditions=react-server bench/inbox.ts`, or as part of npm run bench.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { openInquiryStore } from "../lib/contact/store";
import { createInboxStore } from "../lib/staff/inbox-store";

export type QueryTiming = { query: string; calls: number; p50ms: number; p99ms: number; maxms: number };

const INQUIRIES = Number(process.env.BENCH_INBOX_INQUIRIES ?? 10_000);
const CALLS = Number(process.env.BENCH_INBOX_CALLS ?? 2000);
const OFFICES = ["west-los-angeles", "encino", "telehealth", "no-preference"];
const DAY = 24 * 60 * 60 * 1000;

function percentile(sorted: number[], p: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  if (value === undefined) throw new Error("no timings to take a percentile of: every call failed before it was timed");
  return value;
}

/** The item at i, starting again from the first after the last. */
function cycle<T>(items: readonly T[], i: number): T {
  const item = items[i % items.length];
  if (item === undefined) throw new Error("cycle() needs a list with at least one item");
  return item;
}
const round = (ms: number) => Number(ms.toFixed(3));

function time(query: string, call: (i: number) => unknown): QueryTiming {
  for (let i = 0; i < 50; i++) call(i); // warm up: prepared statements, page cache
  const samples: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const started = performance.now();
    call(i);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return {
    query,
    calls: CALLS,
    p50ms: round(percentile(samples, 50)),
    p99ms: round(percentile(samples, 99)),
    maxms: round(samples.at(-1)!),
  };
}

export function benchInbox(): QueryTiming[] {
  const dataDir = mkdtempSync(path.join(tmpdir(), "kap-bench-inbox-"));
  const store = openInquiryStore(dataDir);
  try {
    const inbox = createInboxStore(store.db);
    const now = Date.now();
    const references: string[] = [];
    store.db.transaction(() => {
      for (let i = 0; i < INQUIRIES; i++) {
        const contact = {
          name: `Visitor ${i}`,
          email: `visitor-${i}@example.org`,
          phone: "+1 310 555 0100",
          contactMethod: "email" as const,
          office: cycle(OFFICES, i),
          heardFrom: "" as const,
          message: "A message of ordinary length. ".repeat(20),
          consent: true as const,
        };
        const { reference } = store.saveInquiry(
          contact,
          `bench-${i}`,
          "bench",
          now - (INQUIRIES - i) * ((180 * DAY) / INQUIRIES),
        );
        references.push(reference);
        if (i % 3 !== 0) inbox.setStatus(reference, i % 2 === 0 ? "contacted" : "closed", now);
        if (i % 5 === 0)
          for (let n = 0; n < 3; n++)
            inbox.addNote(reference, { id: "bench", name: "Bench Staff" }, `Note ${n} on this inquiry.`, now);
      }
    })();
    return [
      time("list: first page, no filter", () => inbox.list({ page: 1 })),
      time("list: status New, office encino, page 3", () => inbox.list({ status: "new", office: "encino", page: 3 })),
      time("list: last page, no filter", () => inbox.list({ page: Math.ceil(INQUIRIES / 50) })),
      time("get: one inquiry with notes", (i) => inbox.get(cycle(references, i * 7919))),
      time("countNew", () => inbox.countNew()),
    ];
  } finally {
    store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`Inbox queries, ${INQUIRIES} inquiries stored:`);
  console.table(benchInbox());
}
