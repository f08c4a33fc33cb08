import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { checkOneOf, timestamps } from "./columns";

/**
 * Every address Mahere writes to, once, normalised (trimmed, lower case). An address a mail server
 * refused for good (a permanent 5xx: no such mailbox) is marked and not written to again.
 */
export const mailAddresses = pgTable(
  "mail_addresses",
  {
    id: serial().primaryKey(),
    address: text().notNull(),
    refusedAt: timestamp({ withTimezone: true }),
    /** The mail server's reply when it refused the address, with the address itself taken out. */
    refusedReason: text(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("mail_addresses_address_idx").on(t.address),
    check("mail_addresses_normalised_check", sql`${t.address} = lower(btrim(${t.address}))`),
  ],
);

/**
 * queued: waiting for the job runner; sent: a mail server accepted it; kept: no mail server is
 * configured (the demo), so it stays in the outbox for administrators to read; refused: the
 * address was refused for good; failed: out of attempts (the job says why).
 */
export const MAIL_STATES = ["queued", "sent", "kept", "refused", "failed"] as const;
export type MailState = (typeof MAIL_STATES)[number];

/**
 * A message to one address, queued in the same transaction as whatever it is about and sent by the
 * job runner ("send-mail" jobs, keyed by the message's id). `idempotencyKey` names what the message
 * is ("digest:2027-05-01:42"): queueing the same key again returns the first message, so nothing is
 * sent twice however often it is asked. `messageId` is fixed when the message is queued, so a
 * message sent again after a server died mid-send carries the same Message-ID, which mail systems
 * recognise as the same message.
 */
export const mailMessages = pgTable(
  "mail_messages",
  {
    id: serial().primaryKey(),
    idempotencyKey: text().notNull(),
    addressId: integer()
      .notNull()
      .references(() => mailAddresses.id, { onDelete: "restrict" }),
    /** What it is for: "test", "invitation", "digest", "reminder", … */
    purpose: text().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    htmlBody: text(),
    /** Extra headers (List-Unsubscribe, List-Unsubscribe-Post), name → value. */
    headers: jsonb().$type<Record<string, string>>().notNull().default({}),
    messageId: text().notNull(),
    state: text().$type<MailState>().notNull().default("queued"),
    sentAt: timestamp({ withTimezone: true }),
    /** The mail server's last reply, with the address taken out. */
    lastReply: text(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("mail_messages_idempotency_key_idx").on(t.idempotencyKey),
    index("mail_messages_created_at_idx").on(t.createdAt),
    checkOneOf("mail_messages_state_check", t.state, MAIL_STATES),
  ],
);

export type MailMessage = typeof mailMessages.$inferSelect;
