import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { LOCAL_SITE_URL } from "../../lib/seo/site-url";
import { TEST_AUTH_SECRET } from "./auth-secret";

export type ProductionServer = { url: string; process: ChildProcess; output: () => string; stop: () => Promise<void> };

/**
 * Starts `npm start`'s server (server.mjs over the existing production build) on its own port with the given
 * settings, and waits until it answers. For tests and benchmarks that need a server of their own to load or kill.
 */
export async function startProductionServer(
  port: number,
  env: Record<string, string>,
  /** The folder the server runs in, which holds the build it serves: this project's root unless given. */
  cwd: string = process.cwd(),
): Promise<ProductionServer> {
  const child = spawn(process.execPath, [path.resolve("server.mjs")], {
    cwd,
    // A production server refuses to start without SITE_URL or the sign-in secret; a test may override either.
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      SITE_URL: LOCAL_SITE_URL,
      BETTER_AUTH_SECRET: TEST_AUTH_SECRET,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}:\n${output}`);
    if (
      await fetch(`${url}/`).then(
        (response) => response.ok,
        () => false,
      )
    )
      break;
    if (tries > 150) throw new Error(`the server did not answer on ${url}:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
