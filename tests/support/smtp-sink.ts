import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { raw: string; parsed: ParsedMail };

/**
 * A real SMTP server on this machine for tests (on loopback unless `host` says otherwise): accepts every message
 * (no auth, no TLS) and keeps it.
 * stop() and start() again on the same port simulate the mail server going down and coming back.
 * With acceptAfterMs, each message is accepted only after that delay, like a slow mail server; meanwhile it is
 * in `held`, so a test can see which notifications are in the middle of being sent.
 */
export function createSmtpSink(
  options: { port?: number; saveTo?: string; acceptAfterMs?: number; host?: string } = {},
) {
  const host = options.host ?? "127.0.0.1";
  const received: ReceivedMail[] = [];
  const held = new Set<ReceivedMail>();
  let server: SMTPServer | undefined;
  let port = options.port ?? 0;

  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", async () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          const mail = { raw, parsed: await simpleParser(raw) };
          if (options.acceptAfterMs) {
            held.add(mail);
            await new Promise((resolve) => setTimeout(resolve, options.acceptAfterMs));
            held.delete(mail);
          }
          received.push(mail);
          if (options.saveTo) {
            mkdirSync(options.saveTo, { recursive: true });
            writeFileSync(path.join(options.saveTo, `${Date.now()}-${received.length}.eml`), raw);
          }
          callback();
        });
      },
    });

  return {
    received,
    /** Messages received in full and not yet accepted (with acceptAfterMs). */
    held: () => [...held],
    get url() {
      return `smtp://${host}:${port}`;
    },
    async start() {
      server = create();
      await new Promise<void>((resolve, reject) => {
        server!.once("error", reject);
        server!.listen(port, host, () => resolve());
      });
      port = (server.server.address() as { port: number }).port;
    },
    async stop() {
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      server = undefined;
    },
    /** Waits until at least `count` messages arrived, or fails after the timeout. */
    async waitFor(count: number, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} message(s), got ${received.length}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return received;
    },
  };
}
