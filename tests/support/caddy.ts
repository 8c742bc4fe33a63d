/**
 * Caddy from Debian's package, running deploy/Caddyfile itself (not a copy written for the tests) on localhost,
 * where Caddy's own CA signs the certificate. Its data (that CA, the certificate) and config folders are a
 * temporary folder, so a run touches neither the machine's Caddy nor its trust store, and is removed afterwards.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findTool, missingMessage } from "../../scripts/ensure-test-tools.mjs";
import { createHttpsClient } from "./https-client";

export const CADDYFILE = path.resolve(import.meta.dirname, "../../deploy/Caddyfile");

export type CaddySettings = {
  /** host:port of each instance behind the proxy. */
  upstreams: string[];
  httpPort: number;
  httpsPort: number;
  /** How often Caddy asks each instance's /healthz. */
  healthInterval?: string;
};

export type RunningCaddy = {
  /** https://localhost[:port] */
  origin: string;
  /** http://localhost[:port], which Caddy redirects to {@link RunningCaddy.origin}. */
  httpOrigin: string;
  /** PEM of the root certificate of Caddy's local CA: trust it to verify the site's certificate. */
  rootCertificatePath: string;
  output: () => string;
  stop: () => Promise<void>;
};

/** The placeholders deploy/Caddyfile reads, for a run on localhost that keeps to itself. */
export function caddyEnvironment(settings: CaddySettings, folder: string): Record<string, string> {
  return {
    SITE_ADDRESS: "localhost",
    UPSTREAMS: settings.upstreams.join(" "),
    HTTP_PORT: String(settings.httpPort),
    HTTPS_PORT: String(settings.httpsPort),
    HEALTH_INTERVAL: settings.healthInterval ?? "1s",
    // No admin endpoint: another Caddy on this machine may hold the default one, and nothing here reloads.
    CADDY_ADMIN: "off",
    // Loopback only: a test server is nobody else's business.
    CADDY_BIND: "127.0.0.1",
    XDG_DATA_HOME: path.join(folder, "data"),
    XDG_CONFIG_HOME: path.join(folder, "config"),
  };
}

/** The caddy program scripts/ensure-test-tools.mjs finds (or installed); throws, saying how to install it. */
export function caddyProgram(): string {
  const caddy = findTool("caddy");
  if (!caddy) throw new Error(missingMessage(["caddy"]));
  return caddy;
}

/** `caddy validate` on deploy/Caddyfile with these placeholders; returns its output, throws when it is invalid. */
export function validateCaddyfile(env: Record<string, string>): string {
  const result = spawnSync(caddyProgram(), ["validate", "--config", CADDYFILE, "--adapter", "caddyfile"], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`caddy validate refused deploy/Caddyfile:\n${output}`);
  return output;
}

const portSuffix = (port: number, standard: number) => (port === standard ? "" : `:${port}`);

export async function startCaddy(settings: CaddySettings): Promise<RunningCaddy> {
  const caddy = caddyProgram();
  const folder = mkdtempSync(path.join(tmpdir(), "kap-caddy-"));
  const env = caddyEnvironment(settings, folder);
  const child = spawn(caddy, ["run", "--config", CADDYFILE, "--adapter", "caddyfile"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const rootCertificatePath = path.join(env.XDG_DATA_HOME!, "caddy", "pki", "authorities", "local", "root.crt");
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
    rmSync(folder, { recursive: true, force: true });
  };
  const origin = `https://localhost${portSuffix(settings.httpsPort, 443)}`;
  // Caddy makes its CA's root first, then obtains the site's certificate from that CA in the background: ready
  // once a health check through it, with the certificate verified, reaches an instance.
  const deadline = Date.now() + 20_000;
  for (let answered = false; !answered;) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(
        `${child.exitCode !== null ? `Caddy exited with code ${child.exitCode}` : "Caddy did not serve the site over HTTPS within 20 s"}:\n${output}`,
      );
    }
    if (existsSync(rootCertificatePath)) {
      const client = createHttpsClient(origin, rootCertificatePath);
      answered = await client.request("/healthz").then(
        (answer) => answer.status === 200,
        () => false,
      );
      client.close();
    }
    if (!answered) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    httpOrigin: `http://localhost${portSuffix(settings.httpPort, 80)}`,
    rootCertificatePath,
    output: () => output,
    stop,
  };
}
