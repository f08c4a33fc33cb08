import { z } from "zod";

const EMAIL = z.email();

/**
 * An e-mail address as Mahere stores it: trimmed and in lower case, so one person is one address
 * however they typed it. Null when it is not an address.
 */
export function normaliseAddress(raw: string): string | null {
  const address = raw.normalize("NFC").trim().toLowerCase();
  return address.length <= 254 && EMAIL.safeParse(address).success ? address : null;
}

/**
 * A mail server's reply or error with the address taken out, fit for a log line, a job's last error
 * or the outbox: servers often quote the recipient ("<ana@example.org>: mailbox unavailable").
 */
export function withoutAddress(text: string, address: string): string {
  if (!address) return text;
  const escaped = address.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.replace(new RegExp(escaped, "gi"), "[recipient]");
}
