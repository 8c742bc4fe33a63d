/**
 * Preloaded into the e2e production server (NODE_OPTIONS=--require): writes every outbound connection the
 * server attempts, and every name it looks up, to RECORD_CONNECTIONS_TO, one line each, so a test can prove the
 * server talks to nothing but the SMTP server (no telemetry, no fonts, no update checks).
 */
const { appendFileSync } = require("node:fs");
const net = require("node:net");
const dns = require("node:dns");

const file = process.env.RECORD_CONNECTIONS_TO;
if (file) {
  const record = (line) => appendFileSync(file, `${line}\n`);
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function recordedConnect(...args) {
    // net.connect() hands the socket its arguments already normalised, as an array whose first item is the options.
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const options = typeof first === "object" && first !== null ? first : { port: args[0], host: args[1] };
    const target = options.path ? `unix:${options.path}` : `tcp:${options.host ?? "localhost"}:${options.port}`;
    record(target);
    return connect.apply(this, args);
  };
  const lookup = dns.lookup;
  dns.lookup = function recordedLookup(hostname, ...rest) {
    record(`dns:${hostname}`);
    return lookup.call(this, hostname, ...rest);
  };
  const promisesLookup = dns.promises.lookup;
  dns.promises.lookup = function recordedPromisesLookup(hostname, ...rest) {
    record(`dns:${hostname}`);
    return promisesLookup.call(this, hostname, ...rest);
  };
}
