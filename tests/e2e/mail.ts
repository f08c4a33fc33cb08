import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";

/** Where the SMTP server beside the app (playwright.config.ts) writes what it receives. */
const MAIL_DIR = path.join(".data", `e2e-${process.env.E2E_PORT || 3100}`, "mail");

/** The first message to `to`, waiting for the app's job runner (every 15 s) to send it. */
export async function mailTo(to: string): Promise<ParsedMail> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    for (const file of readdirSync(MAIL_DIR).sort()) {
      const mail = await simpleParser(readFileSync(path.join(MAIL_DIR, file)));
      const address = mail.to && !Array.isArray(mail.to) ? mail.to.text : "";
      if (address === to) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("No message arrived at the test mail server within a minute.");
}

/** The first link in the message's plain text whose path starts with `pathPrefix` (e.g. "/subscribe/confirm/"). */
export function linkIn(mail: ParsedMail, pathPrefix: string): string {
  const match = new RegExp(`https?://[^\\s]+${pathPrefix.replace(/[/.]/g, "\\$&")}[A-Za-z0-9_-]+`).exec(
    mail.text ?? "",
  );
  if (!match) throw new Error(`No ${pathPrefix}… link in the message.`);
  return match[0];
}
