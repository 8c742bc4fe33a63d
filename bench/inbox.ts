/**
 * The staff inbox's queries with 10,000 inquiries stored: the list's first page, a filtered later page, and one
 * inquiry with its notes, each timed over many calls in this process (server time, one query at a time).
 * Run alone with `npx tsx --conditions=react-server bench/inbox.ts`, or as part of npm run bench.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { newReference } from "../lib/inquiries/reference";
import { openInquiryStore } from "../lib/inquiries/store";
import { createInboxStore } from "../lib/inquiries/inbox";

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

async function time(query: string, call: (i: number) => Promise<unknown>): Promise<QueryTiming> {
  for (let i = 0; i < 50; i++) await call(i); // warm up: statement cache, page cache
  const samples: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const started = performance.now();
    await call(i);
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

export async function benchInbox(): Promise<QueryTiming[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "kap-bench-inbox-"));
  const store = await openInquiryStore(dataDir);
  try {
    const inbox = createInboxStore(store);
    const now = Date.now();
    const references: string[] = [];
    // Seeded in one transaction, as rows the contact form would have stored.
    await store.db.transaction().execute(async (transaction) => {
      const seeding = createInboxStore({ db: transaction, dialect: store.dialect });
      for (let i = 0; i < INQUIRIES; i++) {
        const reference = newReference();
        const createdAt = now - (INQUIRIES - i) * ((180 * DAY) / INQUIRIES);
        const { id } = await transaction
          .insertInto("inquiries")
          .values({
            reference,
            idempotency_key: `bench-${i}`,
            created_at: createdAt,
            client_hash: "bench",
            name: `Visitor ${i}`,
            email: `visitor-${i}@example.org`,
            phone: "+1 310 555 0100",
            contact_method: "email",
            office: cycle(OFFICES, i),
            heard_from: "",
            message: "A message of ordinary length. ".repeat(20),
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await transaction.insertInto("outbox").values({ inquiry_id: id, next_attempt_at: createdAt }).execute();
        references.push(reference);
        if (i % 3 !== 0) await seeding.setStatus(reference, i % 2 === 0 ? "contacted" : "closed", now);
        if (i % 5 === 0)
          for (let n = 0; n < 3; n++)
            await seeding.addNote(reference, { id: "bench", name: "Bench Staff" }, `Note ${n} on this inquiry.`, now);
      }
    });
    return [
      await time("list: first page, no filter", () => inbox.list({ page: 1 })),
      await time("list: status New, office encino, page 3", () =>
        inbox.list({ status: "new", office: "encino", page: 3 }),
      ),
      await time("list: last page, no filter", () => inbox.list({ page: Math.ceil(INQUIRIES / 50) })),
      await time("get: one inquiry with notes", (i) => inbox.get(cycle(references, i * 7919))),
      await time("countNew", () => inbox.countNew()),
    ];
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`Inbox queries, ${INQUIRIES} inquiries stored:`);
  console.table(await benchInbox());
}
