/**
 * Requests to the site through the proxy over HTTPS, verifying the certificate against one given root (Caddy's
 * local CA) instead of the machine's trust store, which the tests must not depend on or change.
 */
import { readFileSync } from "node:fs";
import { Agent, request } from "node:https";

export type HttpsAnswer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** `from`: the loopback address to connect from (127.x.y.z), so that one test can be several visitors. */
export type RequestInit = { method?: string; headers?: Record<string, string>; body?: Buffer; from?: string };

export type HttpsClient = {
  request(path: string, init?: RequestInit): Promise<HttpsAnswer>;
  /** Posts a FormData as a browser posts a form: multipart/form-data, with the site's own Origin. */
  postForm(path: string, form: FormData, init?: Omit<RequestInit, "body" | "method">): Promise<HttpsAnswer>;
  close(): void;
};

export function createHttpsClient(origin: string, rootCertificatePath: string): HttpsClient {
  const agent = new Agent({ ca: readFileSync(rootCertificatePath), keepAlive: true, maxSockets: 64 });
  const base = new URL(origin);
  const send: HttpsClient["request"] = (path, init = {}) =>
    new Promise((resolve, reject) => {
      const outgoing = request(
        new URL(path, base),
        { method: init.method ?? "GET", headers: init.headers, agent, localAddress: init.from },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks).toString("utf8"),
            }),
          );
          response.on("error", reject);
        },
      );
      outgoing.on("error", reject);
      outgoing.end(init.body);
    });
  return {
    request: send,
    async postForm(path, form, init = {}) {
      // Response serialises a FormData exactly as fetch would send it, boundary and all.
      const encoded = new Response(form);
      const body = Buffer.from(await encoded.arrayBuffer());
      return send(path, {
        ...init,
        method: "POST",
        body,
        headers: {
          origin: base.origin,
          ...init.headers,
          "content-type": encoded.headers.get("content-type")!,
          "content-length": String(body.length),
        },
      });
    },
    close: () => agent.destroy(),
  };
}
