import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

/** What the sender needs of a mail transport (nodemailer's, or a test's). */
export type MailTransport = Pick<Transporter, "sendMail">;

let cached: { url: string; transport: MailTransport } | undefined;

/**
 * The mail server named by SMTP_URL, or null when none is set (mail then stays in the outbox).
 * Time limits keep a silent server from holding the job runner: it fails and is tried again later.
 */
export function configuredTransport(): MailTransport | null {
  const url = env().mail.smtpUrl;
  if (!url) return null;
  if (cached?.url !== url) {
    cached = {
      url,
      transport: nodemailer.createTransport(url, {
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      }),
    };
  }
  return cached.transport;
}

/** The sender every message carries (MAIL_FROM, or no-reply at the public address's host). */
export function mailFrom(): string {
  return env().mail.from;
}
