import "server-only";
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import * as t from "@/db/schema";
import { enqueueJobs } from "@/lib/jobs/enqueue";
import type { Queryable } from "@/lib/dal/updates/tx";
import { normaliseAddress } from "./address";

export const SEND_MAIL = "send-mail";

export type OutgoingMail = {
  /** Names what the message is, so asking twice never sends twice ("invitation:17:3"). */
  idempotencyKey: string;
  to: string;
  purpose: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
};

export type QueuedMail = { id: number; queued: boolean };

/** A Message-ID fixed by the idempotency key, so a message sent again is recognised as the same. */
export function messageIdFor(idempotencyKey: string, host: string): string {
  const digest = createHash("sha256").update(idempotencyKey).digest("base64url").slice(0, 32);
  return `<${digest}@${host}>`;
}

/**
 * Queues a message in the caller's transaction, with its "send-mail" job: it is sent after the
 * transaction commits, or never if it rolls back. A key queued before returns that message
 * (`queued: false`) and nothing new is sent. Throws on an address that is not one.
 */
export async function queueMail(
  tx: Queryable,
  mail: OutgoingMail,
  host: string,
  now = new Date(),
): Promise<QueuedMail> {
  const address = normaliseAddress(mail.to);
  if (address === null) throw new Error("queueMail: not an e-mail address.");
  await tx.insert(t.mailAddresses).values({ address }).onConflictDoNothing({ target: t.mailAddresses.address });
  const [to] = await tx
    .select({ id: t.mailAddresses.id })
    .from(t.mailAddresses)
    .where(eq(t.mailAddresses.address, address));
  const [inserted] = await tx
    .insert(t.mailMessages)
    .values({
      idempotencyKey: mail.idempotencyKey,
      addressId: to!.id,
      purpose: mail.purpose,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html ?? null,
      headers: mail.headers ?? {},
      messageId: messageIdFor(mail.idempotencyKey, host),
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: t.mailMessages.idempotencyKey })
    .returning({ id: t.mailMessages.id });
  if (inserted) {
    await enqueueJobs(tx, SEND_MAIL, [{ key: String(inserted.id), runAfter: now }]);
    return { id: inserted.id, queued: true };
  }
  const [existing] = await tx
    .select({ id: t.mailMessages.id })
    .from(t.mailMessages)
    .where(eq(t.mailMessages.idempotencyKey, mail.idempotencyKey));
  return { id: existing!.id, queued: false };
}
