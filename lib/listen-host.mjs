/**
 * The address `npm start` listens on. Plain JavaScript: server.mjs runs without a TypeScript loader.
 * With TRUST_PROXY=true the site believes X-Forwarded-For from its proxy, so by default it listens on loopback only,
 * where Caddy on the same machine reaches it and nobody else does.
 */
export function listenHost(env = process.env) {
  if (env.HOST) return { hostname: env.HOST };
  if (env.TRUST_PROXY !== "true") return { hostname: "0.0.0.0" };
  const remote = (env.TRUSTED_PROXIES ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part && !/^(127\.|::1$|::ffff:127\.|localhost$)/i.test(part));
  return {
    hostname: "127.0.0.1",
    warning:
      remote.length > 0
        ? `TRUSTED_PROXIES names a proxy on another machine (${remote.join(", ")}), but with TRUST_PROXY=true and no HOST the server listens on 127.0.0.1 only, where it cannot reach. Set HOST to this machine's private address (or 0.0.0.0 behind a firewall that admits only the proxy).`
        : undefined,
  };
}
