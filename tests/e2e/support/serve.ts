/**
 * Playwright's web server: `npm start` (server.mjs, as in production) with a real SMTP server beside it.
 * Mail is saved to .e2e/mail and the server's output to .e2e/server.log, so tests can check that a canary
 * a visitor typed reaches neither. Settings are the production defaults except where a test needs room:
 * many submissions come from one address (127.0.0.1), so the rate limits are raised here and tested in
 * tests/integration with their real values.
 */
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { TEST_AUTH_SECRET } from "../../support/auth-secret";
import { createSmtpSink } from "../../support/smtp-sink";
import {
  E2E_CONNECTIONS_LOG,
  E2E_DATA_DIR,
  E2E_DIR,
  E2E_STAFF_ORIGIN,
  E2E_MAIL_DIR,
  E2E_PORT,
  E2E_SERVER_LOG,
  E2E_SMTP_PORT,
} from "./e2e-paths";

rmSync(E2E_DIR, { recursive: true, force: true });
mkdirSync(E2E_DIR, { recursive: true });

const sink = createSmtpSink({ port: E2E_SMTP_PORT, saveTo: E2E_MAIL_DIR });
await sink.start();

const log = createWriteStream(E2E_SERVER_LOG);
const server = spawn(process.execPath, ["server.mjs"], {
  env: {
    ...process.env,
    PORT: String(E2E_PORT),
    // Staff pages, invite links and passkeys use the address the browser sees (a passkey needs a host name, not an IP).
    SITE_URL: E2E_STAFF_ORIGIN,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require ${path.resolve("tests/e2e/support/record-connections.cjs")}`]
      .filter(Boolean)
      .join(" "),
    RECORD_CONNECTIONS_TO: E2E_CONNECTIONS_LOG,
    HOST: "127.0.0.1",
    DATA_DIR: E2E_DATA_DIR,
    SMTP_URL: sink.url,
    CONTACT_TO: "staff@practice.test",
    CONTACT_FROM: "website@practice.test",
    BETTER_AUTH_SECRET: TEST_AUTH_SECRET,
    // Requests from this machine may name their client in X-Forwarded-For, as through Caddy: a test that must not
    // share the one address every other test counts under (a sign-in lockout) sends an address of its own.
    TRUST_PROXY: "true",
    RATE_LIMIT_MAX: "1000",
    INQUIRIES_PER_HOUR_MAX: "1000",
    MIN_FILL_SECONDS: "1",
    OUTBOX_POLL_SECONDS: "1",
  },
  stdio: ["ignore", "pipe", "pipe"],
});
for (const stream of [server.stdout, server.stderr]) {
  stream.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    log.write(chunk);
  });
}
server.on("exit", (code) => {
  log.end();
  void sink.stop().then(() => process.exit(code ?? 1));
});
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => server.kill(signal));
