import "server-only";
import { and, count, desc, eq, sql } from "drizzle-orm";
import * as t from "@/db/schema";
import { env } from "@/lib/env";
import { SEND_MAIL } from "@/lib/mail/queue";
import { ACCOUNT_LINK_PURPOSE } from "@/lib/people/account-link";
import type { Actor } from "@/lib/permissions/actor";
import { clampPage } from "@/lib/paging/pages";
import { requireAdminRight } from "./admin-access";
import { getDb } from "./db";

export const OUTBOX_PAGE_SIZE = 25;

/**
 * What the outbox shows of a mailed one-time link while it waits to be sent: the link is for its
 * person, and the administrator who issued it was told it was mailed, not shown it.
 */
export const LINK_TEXT_HIDDEN = "(A one-time account link for its recipient only: not shown here.)";

export type OutboxRow = {
  id: number;
  queuedAt: string;
  to: string;
  purpose: string;
  subject: string;
  text: string;
  state: t.MailState;
  sentAt: string | null;
  /** The mail server's last reply (address taken out). */
  reply: string | null;
  /** From the message's send job: tries so far, when it tries again, and why the last try failed. */
  attempts: number;
  nextTry: string | null;
  lastError: string | null;
};

/** A page of every queued message, newest first, with how its delivery went: administrators only. */
export async function listOutbox(
  actor: Actor,
  page: number,
): Promise<{ rows: OutboxRow[]; total: number; page: number; pageSize: number; mailServer: boolean }> {
  requireAdminRight(actor, "read_outbox");
  const db = await getDb();
  const [totals] = await db.select({ n: count() }).from(t.mailMessages);
  const total = totals?.n ?? 0;
  const current = clampPage(page, total, OUTBOX_PAGE_SIZE);
  const rows = await db
    .select({ message: t.mailMessages, address: t.mailAddresses.address, job: t.jobs })
    .from(t.mailMessages)
    .innerJoin(t.mailAddresses, eq(t.mailAddresses.id, t.mailMessages.addressId))
    .leftJoin(t.jobs, and(eq(t.jobs.kind, SEND_MAIL), eq(t.jobs.key, sql`${t.mailMessages.id}::text`)))
    .orderBy(desc(t.mailMessages.createdAt), desc(t.mailMessages.id))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((current - 1) * OUTBOX_PAGE_SIZE);
  const mailServer = env().mail.smtpUrl !== undefined;
  return {
    mailServer,
    total,
    page: current,
    pageSize: OUTBOX_PAGE_SIZE,
    rows: rows.map(({ message: m, address, job }) => ({
      id: m.id,
      queuedAt: m.createdAt.toISOString(),
      to: address,
      purpose: m.purpose,
      subject: m.subject,
      text: mailServer && m.purpose === ACCOUNT_LINK_PURPOSE ? LINK_TEXT_HIDDEN : m.textBody,
      // A message whose job ran out of attempts is still "queued" in its own row.
      state: job?.state === "failed" && m.state === "queued" ? "failed" : m.state,
      sentAt: m.sentAt?.toISOString() ?? null,
      reply: m.lastReply,
      attempts: job?.attempts ?? 0,
      nextTry: m.state === "queued" && job?.state === "queued" && job.attempts > 0 ? job.runAfter.toISOString() : null,
      lastError: job?.lastError ?? null,
    })),
  };
}
