import "server-only";
import nodemailer from "nodemailer";
import { canonicalAddress } from "../security/ip-address";
import type { Notification } from "./notification";

export type Mailer = { send: (notification: Notification) => Promise<void>; close: () => void };

function isLoopback(hostname: string): boolean {
  const address = canonicalAddress(hostname);
  return hostname === "localhost" || address === "0:0:0:0:0:0:0:1" || !!address?.startsWith("127.");
}

/**
 * The transport's settings. An smtp:// server must switch to TLS (STARTTLS) before the message goes: otherwise
 * someone on the path can strip the offer and read it. A relay on this machine (loopback) is exempt, as its
 * traffic never crosses a network; `?requireTLS=false` on SMTP_URL opts out for another server (nodemailer reads
 * the URL's parameters after these settings).
 */
export function smtpTransportOptions(smtpUrl: string) {
  const url = new URL(smtpUrl);
  return {
    url: smtpUrl,
    requireTLS: url.protocol === "smtp:" && !isLoopback(url.hostname),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  };
}

/** Sends staff notifications over SMTP. Messages are plain text; reading local files or URLs into a message is disabled. */
export function createSmtpMailer(settings: { smtpUrl: string; from: string; to: string }): Mailer {
  const transport = nodemailer.createTransport(smtpTransportOptions(settings.smtpUrl) as never, {
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    async send(notification) {
      await transport.sendMail({
        from: settings.from,
        to: settings.to,
        replyTo: notification.replyTo,
        subject: notification.subject,
        text: notification.text,
        messageId: notification.messageId,
      });
    },
    close: () => transport.close(),
  };
}
