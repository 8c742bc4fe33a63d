/**
 * A TCP relay on a free loopback port in front of a real server, for tests of a database that stops answering:
 * `cut()` drops every connection and refuses new ones (as a server that went away), `restore()` listens again.
 */
import { createConnection, createServer, type Socket } from "node:net";

export async function startTcpRelay(targetPort: number, targetHost = "127.0.0.1") {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = createConnection({ port: targetPort, host: targetHost });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        const address = server.address();
        resolve(typeof address === "object" && address ? address.port : port);
      });
    });
  const port = await listen(0);
  return {
    port,
    /** Drops every connection through the relay and stops listening: connecting is refused. */
    async cut() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
    /** Listens again on the same port. */
    async restore() {
      await listen(port);
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
