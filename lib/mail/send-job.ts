import "server-only";
import { eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { JobKind } from "@/lib/jobs/kind";
import { withoutAddress } from "./address";
import { SEND_MAIL } from "./queue";
import { configuredTransport, mailFrom, type MailTransport } from "./transport";

/** What a sent message's stored text becomes. */
export const SENT_TEXT_REMOVED = "(Sent. The text is not kept: it may hold one-time links.)";
/** What a refused message's stored text becomes: it will never be sent, and may hold a one-time link. */
export const REFUSED_TEXT_REMOVED = "(Not sent. The text is not kept: it may hold one-time links.)";
const withoutText = { textBody: REFUSED_TEXT_REMOVED, htmlBody: null };

/** A reply code of 5xx is the server saying "never": no such mailbox, address refused. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown })?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

/**
 * Sends one queued message (the job's key is its id). Its job row and message row are locked in
 * one transaction that marks both done, so two runners never send it at once and a sent message is
 * not sent again. A server that is down or says "later" (4xx) makes the job fail and be retried with
 * a growing wait; a permanent refusal (5xx) marks the address refused, and nothing more is sent to
 * it. A runner killed after the mail server accepted the message but before its transaction
 * committed sends it again when its claim lapses, with the same Message-ID. Nothing this logs or
 * stores carries the address.
 */
export function sendMailJob(transportOf: () => MailTransport | null = configuredTransport): JobKind {
  return {
    kind: SEND_MAIL,
    // Messages queue their own job when they are queued.
    async due() {
      return [];
    },
    async run(tx, key, now) {
      const [row] = await tx
        .select({ message: t.mailMessages, address: t.mailAddresses })
        .from(t.mailMessages)
        .innerJoin(t.mailAddresses, eq(t.mailAddresses.id, t.mailMessages.addressId))
        .where(eq(t.mailMessages.id, Number.parseInt(key, 10)))
        .for("update");
      if (!row || row.message.state !== "queued") return false;
      const { message, address } = row;
      const finish = (state: t.MailState, fields: Partial<t.MailMessage> = {}) =>
        tx
          .update(t.mailMessages)
          .set({ state, updatedAt: now, ...fields })
          .where(eq(t.mailMessages.id, message.id));
      if (address.refusedAt) {
        await finish("refused", { lastReply: "Not sent: this address was refused before.", ...withoutText });
        return false;
      }
      const transport = transportOf();
      if (!transport) {
        await finish("kept");
        return false;
      }
      try {
        const info = await transport.sendMail({
          from: mailFrom(),
          to: address.address,
          subject: message.subject,
          text: message.textBody,
          html: message.htmlBody ?? undefined,
          headers: message.headers,
          messageId: message.messageId,
        });
        // Messages carry one-time links whose tokens are stored only as hashes: once the mail server
        // has the message, the database keeps its subject and delivery, not its text.
        await finish("sent", {
          sentAt: now,
          lastReply: withoutAddress(String(info.response ?? ""), address.address),
          textBody: SENT_TEXT_REMOVED,
          htmlBody: null,
        });
        return false;
      } catch (error) {
        const reply = withoutAddress(error instanceof Error ? error.message : String(error), address.address);
        if (!isPermanent(error)) throw new Error(reply);
        await tx
          .update(t.mailAddresses)
          .set({ refusedAt: now, refusedReason: reply, updatedAt: now })
          .where(eq(t.mailAddresses.id, address.id));
        await finish("refused", { lastReply: reply, ...withoutText });
        return false;
      }
    },
  };
}
