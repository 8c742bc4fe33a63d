/**
 * `npm start`: Next's production server, behind a few lines of our own for two reasons. Next passes on an
 * X-Forwarded-For header a visitor sent, so without a proxy of ours in front nobody knows the visitor's
 * real address. This records the TCP connection's address under a header name no client can set (it is
 * overwritten here on every request); lib/contact/client-address.ts decides which address to believe.
 * And a stop signal ends the process only after the requests in progress and the services (see stop()).
 */
import { createServer } from "node:http";
import next from "next";
import { buildProblem } from "./lib/build-check.mjs";
import { listenHost } from "./lib/listen-host.mjs";

const port = Number(process.env.PORT ?? 3000);
const { hostname, warning } = listenHost();
if (warning) console.warn(`[server] ${warning}`);

const problem = buildProblem();
if (problem) {
  console.error(`\nThe server did not start: ${problem}\n`);
  process.exit(1);
}
const app = next({ dev: false, hostname, port });

try {
  await app.prepare();
} catch (error) {
  console.error(`\nThe server did not start: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
}

const handle = app.getRequestHandler();
let stopping = false;
const server = createServer((request, response) => {
  request.headers["x-beck-socket-address"] = request.socket.remoteAddress ?? "unknown";
  // server.close() closes only the connections idle at that moment; a kept-alive one idles once its answer is out.
  response.once("finish", () => stopping && setImmediate(() => server.closeIdleConnections()));
  handle(request, response).catch((error) => {
    console.error(
      `[server] a request failed outside Next's own error handling (${error instanceof Error ? error.name : "error"})`,
    );
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});

server.listen(port, hostname, () =>
  console.log(`Ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`),
);

/** Registered by lib/server-stop.ts inside Next's bundle: the outbox, the daily reminder, the running mark, the database. */
const SERVER_STOP_HOOKS = Symbol.for("beck-kap.server-stop-hooks");
/** A request still open after this long (a stalled upload, a hung client) is cut off so that the process can end. */
const GRACE_MS = 10_000;

/**
 * On SIGTERM (systemctl stop, a deploy) or Ctrl-C: stop accepting connections, let requests in progress finish,
 * so a message being sent is stored and answered, then stop the services and exit 0.
 */
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`[server] ${signal}: accepting no new connections; finishing the requests in progress`);
  const cutOff = setTimeout(() => server.closeAllConnections(), GRACE_MS);
  cutOff.unref();
  await new Promise((resolve) => {
    server.close(resolve);
    server.closeIdleConnections();
  });
  clearTimeout(cutOff);
  try {
    for (const hook of globalThis[SERVER_STOP_HOOKS] ?? []) await hook();
  } catch (error) {
    console.error(`[server] stopping did not finish cleanly: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  console.log("[server] stopped");
  process.exit(0);
}

for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => void stop(signal));
