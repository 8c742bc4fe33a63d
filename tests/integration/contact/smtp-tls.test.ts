import { networkInterfaces } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { buildNotification } from "@/lib/inquiries/notification";
import { createSmtpMailer } from "@/lib/inquiries/mailer";
import { contactFor } from "../../support/contact-fixture";
import { createSmtpSink } from "../../support/smtp-sink";

/** An address of this machine that is not loopback, so the mailer treats a server there as across a network. */
const interfaceAddress = Object.values(networkInterfaces())
  .flat()
  .find((entry) => entry?.family === "IPv4" && !entry.internal)?.address;

const notification = buildNotification(
  { ...contactFor("Ana"), id: 1, reference: "KAP-TLS234", createdAt: Date.now() },
  { details: "none", includeMessage: false, officeLabel: (slug) => slug, siteUrl: new URL("https://practice.test") },
);
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

async function sinkOn(host: string) {
  const sink = createSmtpSink({ host });
  await sink.start();
  stops.push(() => sink.stop());
  return sink;
}
const send = (smtpUrl: string) =>
  createSmtpMailer({ smtpUrl, from: "website@practice.test", to: "staff@practice.test" }).send(notification);

describe("encryption to the mail server (the sink offers no STARTTLS)", () => {
  it.skipIf(!interfaceAddress)("refuses to send over smtp:// in the clear to a server across a network", async () => {
    const sink = await sinkOn(interfaceAddress!);
    await expect(send(sink.url)).rejects.toThrow(/STARTTLS/i);
    expect(sink.received).toHaveLength(0);
  });

  it.skipIf(!interfaceAddress)("sends in the clear there only when SMTP_URL says ?requireTLS=false", async () => {
    const sink = await sinkOn(interfaceAddress!);
    await send(`${sink.url}?requireTLS=false`);
    expect(sink.received).toHaveLength(1);
  });

  it("sends to a relay on this machine (loopback) without TLS", async () => {
    const sink = await sinkOn("127.0.0.1");
    await send(sink.url);
    expect(sink.received).toHaveLength(1);
  });
});
