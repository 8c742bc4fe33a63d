import "server-only";
import nodemailer from "nodemailer";
import type { Notification } from "./notification";

export type Mailer = { send: (notification: Notification) => Promise<void>; close: () => void };

/** Sends staff notifications over SMTP. Messages are plain text; reading local files or URLs into a message is disabled. */
export function createSmtpMailer(settings: { smtpUrl: string; from: string; to: string }): Mailer {
  const transport = nodemailer.createTransport(
    { url: settings.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as never,
    { disableFileAccess: true, disableUrlAccess: true },
  );
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
