/**
 * Requests to the site through the proxy over HTTPS, verifying the certificate against one given root (Caddy's
 * local CA) instead of the machine's trust store, which the tests must not depend on or change.
 */
import { readFileSync } from "node:fs";
import { Agent, request } from "node:https";

export type HttpsAnswer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

export type HttpsClient = {
  request(
    path: string,
    init?: { method?: string; headers?: Record<string, string>; body?: Buffer },
  ): Promise<HttpsAnswer>;
  /** Posts a FormData as a browser posts a form with files: multipart/form-data. */
  postForm(path: string, form: FormData, headers?: Record<string, string>): Promise<HttpsAnswer>;
  close(): void;
};

export function createHttpsClient(origin: string, rootCertificatePath: string): HttpsClient {
  const agent = new Agent({ ca: readFileSync(rootCertificatePath), keepAlive: true, maxSockets: 64 });
  const base = new URL(origin);
  const send: HttpsClient["request"] = (path, init = {}) =>
    new Promise((resolve, reject) => {
      const outgoing = request(
        new URL(path, base),
        { method: init.method ?? "GET", headers: init.headers, agent },
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
    async postForm(path, form, headers = {}) {
      // Response serialises a FormData exactly as fetch would send it, boundary and all.
      const encoded = new Response(form);
      const body = Buffer.from(await encoded.arrayBuffer());
      return send(path, {
        method: "POST",
        body,
        headers: {
          ...headers,
          "content-type": encoded.headers.get("content-type")!,
          "content-length": String(body.length),
        },
      });
    },
    close: () => agent.destroy(),
  };
}
