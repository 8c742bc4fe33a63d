/**
 * Two production instances behind Caddy over HTTPS on one throwaway PostgreSQL cluster (each describe a database of
 * its own): inquiries sent through the proxy reach both, each is stored and emailed once, the rate limit counts
 * across both, kill -9 of one loses nothing, and so does PostgreSQL stopped as in a crash and started again.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acknowledgedReference, COULD_NOT_SAVE, hiddenFields, inquiryForm } from "../support/contact-post";
import { startProxyStack, type ProxyStack } from "../support/proxy-stack";
import { startPostgresCluster, type PostgresCluster } from "../support/postgres-cluster";
import { sharedPostgresDatabase, type SharedStore } from "../support/shared-store";
import { inParallel, referencesStoredIn, visitorAddress } from "../support/visitors";

const INQUIRIES = 200;
const RATE_LIMIT_MAX = 3;
const PAUSED = "we have paused the form for you";
const TRIGGER_SECRET = randomBytes(32).toString("hex");

const subjectsOf = (stack: ProxyStack, mails = stack.sink.received) => mails.map((mail) => mail.parsed.subject ?? "");
const countsOf = (values: string[]) =>
  values.reduce((counts, value) => counts.set(value, (counts.get(value) ?? 0) + 1), new Map<string, number>());

let cluster: PostgresCluster;

beforeAll(async () => {
  cluster = await startPostgresCluster();
});

afterAll(() => {
  cluster?.remove();
});

describe("two instances behind Caddy", () => {
  let store: SharedStore;
  let stack: ProxyStack;
  let hidden: [string, string][];

  beforeAll(async () => {
    store = sharedPostgresDatabase(cluster);
    stack = await startProxyStack({
      instances: 2,
      env: { ...store.env, RATE_LIMIT_MAX: String(RATE_LIMIT_MAX), OUTBOX_TRIGGER_SECRET: TRIGGER_SECRET },
    });
    hidden = hiddenFields((await stack.client.request("/contact")).body);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it(`${INQUIRIES} inquiries through the proxy, a share through each instance, give ${INQUIRIES} rows and ${INQUIRIES} staff emails, none twice`, async () => {
    const answers = await inParallel(INQUIRIES, 20, (n) =>
      stack.client.postForm("/contact", inquiryForm(hidden, `load-${n}`), { from: visitorAddress(n) }),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    const references = answers.map((answer) => acknowledgedReference(answer.body));
    expect(references.filter((reference) => reference === null)).toHaveLength(0);
    expect(new Set(references).size).toBe(INQUIRIES);

    const perInstance = stack.instances.map((instance) => referencesStoredIn(instance.output()).length);
    expect(
      perInstance.every((count) => count > 0),
      `stored per instance: ${perInstance.join(", ")}`,
    ).toBe(true);
    expect(perInstance.reduce((a, b) => a + b)).toBe(INQUIRIES);

    expect((await store.storedReferences()).toSorted()).toEqual(references.toSorted());

    await stack.sink.waitFor(INQUIRIES, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 2500)); // more outbox passes: a second copy would come now
    const subjects = subjectsOf(stack);
    expect(subjects.toSorted()).toEqual(references.map((reference) => `New inquiry ${reference}`).toSorted());
    expect(new Set(stack.sink.received.map((mail) => mail.parsed.messageId)).size).toBe(INQUIRIES);
  });

  it(`the rate limit (${RATE_LIMIT_MAX} per visitor) holds across both instances, whatever X-Forwarded-For the visitor sends`, async () => {
    const visitor = "127.0.99.1";
    const before = stack.instances.map((instance) => instance.output().length);
    const answers = [];
    for (let n = 0; n < 2 * RATE_LIMIT_MAX; n++) {
      answers.push(
        await stack.client.postForm("/contact", inquiryForm(hidden, `limited-${n}`), {
          from: visitor,
          // Caddy replaces this with the address the connection came from.
          headers: { "x-forwarded-for": `198.51.100.${n}` },
        }),
      );
    }
    const accepted = answers.filter((answer) => acknowledgedReference(answer.body));
    const paused = answers.filter((answer) => answer.body.includes(PAUSED));
    expect(accepted).toHaveLength(RATE_LIMIT_MAX);
    expect(paused).toHaveLength(RATE_LIMIT_MAX);
    // Each instance answered some of them: a limit counted per instance would have let up to twice as many through.
    const answeredBy = stack.instances.map((instance, index) =>
      /\[contact\] (KAP-\w{6} stored|rate limit reached)/.test(instance.output().slice(before[index])),
    );
    expect(answeredBy).toEqual([true, true]);
  });

  it("sets the staff side's cookies Secure, with the __Secure- prefix, over HTTPS", async () => {
    // The passkey sign-in's first step needs no account and sets the library's challenge cookie.
    const answer = await stack.client.request("/staff/api/auth/passkey/generate-authenticate-options");
    expect(answer.status).toBe(200);
    const cookies = [answer.headers["set-cookie"] ?? []].flat();
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) {
      expect(cookie).toMatch(/^__Secure-better-auth\./);
      expect(cookie).toMatch(/;\s*Secure(;|$)/i);
      expect(cookie).toMatch(/;\s*HttpOnly(;|$)/i);
      expect(cookie).toMatch(/;\s*Path=\/staff(;|$)/i);
    }
  });

  it("runs an outbox pass from outside only for a caller with OUTBOX_TRIGGER_SECRET", async () => {
    const trigger = (authorization?: string) =>
      stack.client.request("/outbox/deliver", { method: "POST", headers: authorization ? { authorization } : {} });
    for (const refused of [undefined, "Bearer wrong", `Basic ${TRIGGER_SECRET}`, `Bearer ${TRIGGER_SECRET.slice(1)}`]) {
      const answer = await trigger(refused);
      expect(answer.status, String(refused)).toBe(401);
      expect(answer.body).not.toMatch(/sent/);
    }
    const allowed = await trigger(`Bearer ${TRIGGER_SECRET}`);
    expect(allowed.status).toBe(200);
    expect(allowed.body).toMatch(/^sent \d+\n$/);
  });
});

describe("kill -9 of one of two instances", () => {
  let store: SharedStore;
  let stack: ProxyStack;

  beforeAll(async () => {
    store = sharedPostgresDatabase(cluster);
    // A slow mail server, so the instance killed is in the middle of sending the notifications it has leased.
    stack = await startProxyStack({ instances: 2, env: store.env, smtpAcceptAfterMs: 300 });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it("loses no acknowledged inquiry, and the other instance sends the notifications the dead one had leased", async () => {
    const hidden = hiddenFields((await stack.client.request("/contact")).body);
    const [doomed] = stack.instances;
    const acknowledged: string[] = [];
    let finished = false;
    const sending = inParallel(40, 4, async (n) => {
      const answer = await stack.client
        .postForm("/contact", inquiryForm(hidden, `kill-${n}`), { from: visitorAddress(n) })
        .catch(() => null);
      const reference = answer && acknowledgedReference(answer.body);
      if (reference) acknowledged.push(reference);
    }).finally(() => (finished = true));
    // Killed in the middle of the run, at a moment both instances are each sending a notification (an outbox sends
    // one at a time), so one of the two held by the mail server is the dead instance's, leased and half-sent.
    while (acknowledged.length < 12 || stack.sink.held().length < 2) {
      if (finished) throw new Error("every inquiry was answered before both instances were sending at once");
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    doomed!.process.kill("SIGKILL");
    const inFlight = stack.sink.held().map((mail) => mail.parsed.subject!.replace("New inquiry ", ""));
    await sending;
    await doomed!.stop();
    expect(doomed!.process.signalCode).toBe("SIGKILL");
    expect(acknowledged.length).toBeGreaterThan(12);

    const stored = new Set(await store.storedReferences());
    expect(acknowledged.filter((reference) => !stored.has(reference))).toEqual([]);

    // The lease (OUTBOX_LEASE_SECONDS=10 in the stack) must end before the survivor may send what the dead one held.
    // The dead one's half-sent copy reaches the mail server anyway, so every inquiry can have a copy before the lease
    // ends: the wait is also for the survivor's resend, or the assertions below would run before it could happen.
    const emailed = () => new Set(subjectsOf(stack));
    const copiesNow = () => countsOf(subjectsOf(stack));
    /** The notifications in flight at the kill that have arrived twice. */
    const resentIn = (copies: Map<string, number>) =>
      inFlight.filter((reference) => copies.get(`New inquiry ${reference}`) === 2);
    const deadline = Date.now() + 45_000;
    while (
      (acknowledged.some((reference) => !emailed().has(`New inquiry ${reference}`)) ||
        resentIn(copiesNow()).length === 0) &&
      Date.now() < deadline
    )
      await new Promise((resolve) => setTimeout(resolve, 250));
    expect(acknowledged.filter((reference) => !emailed().has(`New inquiry ${reference}`))).toEqual([]);

    // The dead instance's copy reached the mail server, but the instance died before it heard "accepted" and
    // could mark it sent: once the lease ended, the survivor sent it again, with the same Message-ID, so the
    // second copy is recognisably the same message. Nothing else arrives twice.
    const copies = copiesNow();
    const resent = resentIn(copies);
    expect(resent, `in flight at the kill: ${inFlight.join(", ")}`).toHaveLength(1);
    const [deadLog, survivorLog] = stack.instances.map((instance) => instance.output());
    expect(deadLog).not.toContain(`[contact] ${resent[0]} notification sent`);
    expect(survivorLog).toContain(`[contact] ${resent[0]} notification sent`);
    expect([...copies].filter(([subject, count]) => count > 1 && subject !== `New inquiry ${resent[0]}`)).toEqual([]);
    for (const [subject] of copies) {
      const ids = new Set(
        stack.sink.received.filter((mail) => mail.parsed.subject === subject).map((mail) => mail.parsed.messageId),
      );
      expect(ids.size, subject).toBe(1);
    }
  });
});

// Last in the file: it stops the cluster every describe shares.
describe("PostgreSQL stopped as in a crash (pg_ctl stop -m immediate) and started again", () => {
  let store: SharedStore;
  let stack: ProxyStack;

  beforeAll(async () => {
    store = sharedPostgresDatabase(cluster);
    stack = await startProxyStack({ instances: 2, env: store.env });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it("loses no acknowledged inquiry, and while it is down the form says it could not save and keeps the message", async () => {
    const hidden = hiddenFields((await stack.client.request("/contact")).body);
    const post = (label: string, n: number) =>
      stack.client.postForm("/contact", inquiryForm(hidden, label), { from: visitorAddress(n) });
    const before = await inParallel(10, 5, (n) => post(`before-${n}`, n));
    const acknowledged = before.map((answer) => acknowledgedReference(answer.body));
    expect(acknowledged.filter((reference) => reference === null)).toHaveLength(0);

    cluster.crash();
    // Through both instances: Caddy sends every request elsewhere once both fail their health checks (deploy/Caddyfile).
    const during = await inParallel(4, 2, (n) => post(`during-${n}`, 100 + n));
    for (const answer of during) {
      expect(answer.status).toBe(200);
      expect(answer.body).toContain(COULD_NOT_SAVE);
      expect(answer.body).toMatch(/Inquiry during-\d/); // what the visitor typed, back in the form
    }
    await new Promise((resolve) => setTimeout(resolve, 2500)); // every health check has failed by now
    expect((await stack.client.request("/healthz")).status).toBe(503);
    expect((await stack.client.request("/")).status).toBe(200);
    expect((await post("during-late", 110)).body).toContain(COULD_NOT_SAVE);

    cluster.start();
    let after: string | null = null;
    for (const deadline = Date.now() + 30_000; !after && Date.now() < deadline;) {
      after = acknowledgedReference((await post(`after`, 120)).body);
      if (!after) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(after, "the form did not store again within 30 s of PostgreSQL's restart").not.toBeNull();

    const stored = await store.storedReferences();
    expect(stored.toSorted()).toEqual([...(acknowledged as string[]), after!].toSorted());
  });
});
