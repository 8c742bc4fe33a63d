/**
 * The production set-up on one machine: N instances of the production build (server.mjs, as `npm start` runs it)
 * sharing one NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, a real SMTP server, and Caddy with deploy/Caddyfile in front over
 * HTTPS. Needs `npm run build` first. stop() ends everything it started and removes its folders.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startCaddy, type RunningCaddy } from "./caddy";
import { createHttpsClient, type HttpsClient } from "./https-client";
import { freePort } from "./postgres-cluster";
import { startProductionServer, type ProductionServer } from "./production-server";
import { createSmtpSink } from "./smtp-sink";

export type ProxyStackOptions = {
  instances: number;
  /** Settings for every instance, on top of the stack's own (DATABASE_URL goes here). */
  env?: Record<string, string>;
  /** Caddy's ports; free ones unless given (the Observatory needs 80 and 443, see its test). */
  httpPort?: number;
  httpsPort?: number;
  /** Makes the SMTP server slow to accept each message (see createSmtpSink). */
  smtpAcceptAfterMs?: number;
};

export type ProxyStack = {
  caddy: RunningCaddy;
  instances: ProductionServer[];
  /** The settings every instance was started with, to start one again. */
  instanceEnv: Record<string, string>;
  sink: ReturnType<typeof createSmtpSink>;
  /** A client that trusts Caddy's local CA and nothing else. */
  client: HttpsClient;
  stop(): Promise<void>;
};

export async function startProxyStack(options: ProxyStackOptions): Promise<ProxyStack> {
  const folder = mkdtempSync(path.join(tmpdir(), "kap-proxy-stack-"));
  const sink = createSmtpSink({ acceptAfterMs: options.smtpAcceptAfterMs });
  const instances: ProductionServer[] = [];
  let caddy: RunningCaddy | undefined;
  let client: HttpsClient | undefined;
  const stop = async () => {
    client?.close();
    await caddy?.stop();
    await Promise.all(instances.map((instance) => instance.stop()));
    await sink.stop();
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await sink.start();
    const httpPort = options.httpPort ?? (await freePort());
    const httpsPort = options.httpsPort ?? (await freePort());
    const instanceEnv = {
      // The address visitors use, through Caddy over HTTPS: the staff cookies are then Secure, as in production.
      SITE_URL: `https://localhost${httpsPort === 443 ? "" : `:${httpsPort}`}`,
      // One key for all: a server action's ID and its encrypted arguments, made by one instance, open on another.
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      TRUST_PROXY: "true",
      DATA_DIR: path.join(folder, "data"),
      SMTP_URL: sink.url,
      CONTACT_TO: "staff@practice.test",
      CONTACT_FROM: "website@practice.test",
      MIN_FILL_SECONDS: "0",
      // The load tests store more inquiries in a minute than the site accepts in an hour from everyone together.
      INQUIRIES_PER_HOUR_MAX: "100000",
      OUTBOX_POLL_SECONDS: "1",
      OUTBOX_RETRY_BASE_SECONDS: "1",
      OUTBOX_LEASE_SECONDS: "10",
      ...options.env,
    };
    for (let index = 0; index < options.instances; index++) {
      instances.push(await startProductionServer(await freePort(), instanceEnv));
    }
    caddy = await startCaddy({
      upstreams: instances.map((instance) => new URL(instance.url).host),
      httpPort,
      httpsPort,
    });
    client = createHttpsClient(caddy.origin, caddy.rootCertificatePath);
    return { caddy, instances, instanceEnv, sink, client, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
