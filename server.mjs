/**
 * `npm start`: Next's production server, behind a few lines of our own for one reason. Next passes on an
 * X-Forwarded-For header a visitor sent, so without a proxy of ours in front nobody knows the visitor's
 * real address. This records the TCP connection's address under a header name no client can set (it is
 * overwritten here on every request); lib/contact/client-address.ts decides which address to believe.
 */
import { createServer } from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const app = next({ dev: false, hostname, port });

try {
  await app.prepare();
} catch (error) {
  console.error(`\nThe server did not start: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
}

const handle = app.getRequestHandler();
const server = createServer((request, response) => {
  request.headers["x-beck-socket-address"] = request.socket.remoteAddress ?? "unknown";
  handle(request, response);
});

server.listen(port, hostname, () => console.log(`Ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
