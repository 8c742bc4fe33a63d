import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { CADDYFILE, caddyEnvironment, caddyProgram, validateCaddyfile } from "../support/caddy";

type AdaptedServer = { listen: string[]; routes: unknown[] };

/** The JSON config Caddy makes of deploy/Caddyfile, with these placeholders set. */
function adapted(env: Record<string, string>): { apps: { http: { servers: Record<string, AdaptedServer> } } } {
  const json = execFileSync(caddyProgram(), ["adapt", "--config", CADDYFILE, "--adapter", "caddyfile"], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "ignore"],
  });
  return JSON.parse(json);
}

const TEST_SETTINGS = { upstreams: ["127.0.0.1:4001", "127.0.0.1:4002"], httpPort: 8080, httpsPort: 8443 };

describe("deploy/Caddyfile", () => {
  it("is valid as shipped, for the practice's domain with automatic HTTPS", () => {
    expect(validateCaddyfile({})).toContain("Valid configuration");
    const server = Object.values(adapted({}).apps.http.servers)[0]!;
    expect(server.listen).toEqual([":443"]);
    const text = JSON.stringify(server.routes);
    expect(text).toContain('"host":["kap.example.com"]');
    expect(text).toMatch(/"active":\{[^}]*"uri":"\/healthz"/);
    expect(text).toContain('"upstreams":[{"dial":"127.0.0.1:3000"},{"dial":"127.0.0.1:3001"}]');
  });

  it("is valid with the placeholders the tests set, on localhost over loopback only", () => {
    const env = caddyEnvironment(TEST_SETTINGS, "/nonexistent-test-folder");
    expect(validateCaddyfile(env)).toContain("Valid configuration");
    const server = Object.values(adapted(env).apps.http.servers)[0]!;
    expect(server.listen).toEqual(["127.0.0.1:8443"]);
    expect(JSON.stringify(server.routes)).toContain(
      '"upstreams":[{"dial":"127.0.0.1:4001"},{"dial":"127.0.0.1:4002"}]',
    );
  });
});
