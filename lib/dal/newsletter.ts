import "server-only";
import { z } from "zod";
import { and, asc, count, eq, isNotNull, isNull, like } from "drizzle-orm";
import * as t from "@/db/schema";
import { env } from "@/lib/env";
import { queueMail } from "@/lib/mail/queue";
import { composeNewsletter, newsletterHtml, newsletterSubject } from "@/lib/newsletter/compose-newsletter";
import { ANONYMOUS, type Actor } from "@/lib/permissions/actor";
import { periodSlug } from "@/lib/periods/period-slug";
import { requireAdminRight } from "./admin-access";
import { recordAudit } from "./audit";
import { getDb } from "./db";
import { loadQuarterlyReport } from "./reports";
import { issueToken, siteLink } from "./subscriptions";
import type { Queryable } from "./updates/tx";
import { WorkflowError, notFound } from "./updates/errors";

const TEST_SENT = "newsletter_test_sent";
const SENT = "newsletter_sent";

/** The idempotency key of one period's newsletter to one address: never twice. */
export const newsletterKey = (periodId: number, addressId: number) => `${newsletterKeyPrefix(periodId)}${addressId}`;
const newsletterKeyPrefix = (periodId: number) => `newsletter:${periodId}:`;

export type NewsletterPeriod = { slug: string; label: string; closedAt: string };

export type NewsletterPreview = {
  period: NewsletterPeriod;
  subject: string;
  /** Newsletter-ready HTML, to copy. */
  html: string;
  /** The same, its headings moved down to sit under the page's "Preview" heading (an h2). */
  previewHtml: string;
  /** Confirmed followers of the whole plan whose address is not refused. */
  recipients: number;
  /** When a test of this period's newsletter was last sent (any monitor), if ever. */
  testSentAt: string | null;
  /** How many have been queued this period's newsletter so far. */
  sent: number;
};

/** Closed periods, newest first: only a closed period's frozen snapshot makes a newsletter. */
export async function listNewsletterPeriods(actor: Actor): Promise<NewsletterPeriod[]> {
  requireAdminRight(actor, "send_newsletter");
  const db = await getDb();
  const rows = await db
    .select({ label: t.reportingPeriods.label, closedAt: t.reportingPeriods.closedAt })
    .from(t.reportingPeriods)
    .where(isNotNull(t.reportingPeriods.closedAt))
    .orderBy(asc(t.reportingPeriods.startsOn));
  return rows
    .reverse()
    .map((r) => ({ slug: periodSlug(r.label), label: r.label, closedAt: r.closedAt!.toISOString() }));
}

/** A period's slug as links and forms carry it ("2026-q3"). */
const SLUG = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/);

async function closedPeriod(db: Queryable, slug: string) {
  if (!SLUG.safeParse(slug).success) throw notFound("closed reporting period");
  const rows = await db
    .select({ id: t.reportingPeriods.id, label: t.reportingPeriods.label, closedAt: t.reportingPeriods.closedAt })
    .from(t.reportingPeriods)
    .where(isNotNull(t.reportingPeriods.closedAt));
  const period = rows.find((r) => periodSlug(r.label) === slug);
  if (!period) throw notFound("closed reporting period");
  return { id: period.id, slug, label: period.label, closedAt: period.closedAt!.toISOString() };
}

/** The public report of the period: the newsletter never says what only staff may read. */
async function publicReportOf(slug: string) {
  if (!SLUG.safeParse(slug).success) throw notFound("closed reporting period");
  const result = await loadQuarterlyReport(ANONYMOUS, slug);
  if (result.status !== "ready") throw notFound("closed reporting period");
  return result.report;
}

/** Everyone following the whole plan, confirmed, at an address no mail server refused. */
function everythingFollowers(db: Queryable) {
  return db
    .select({ subscriptionId: t.subscriptions.id, addressId: t.mailAddresses.id, address: t.mailAddresses.address })
    .from(t.subscriptions)
    .innerJoin(t.mailAddresses, eq(t.mailAddresses.id, t.subscriptions.addressId))
    .where(
      and(eq(t.subscriptions.scope, "all"), eq(t.subscriptions.state, "confirmed"), isNull(t.mailAddresses.refusedAt)),
    )
    .orderBy(asc(t.subscriptions.id));
}

async function lastEvent(db: Queryable, periodId: number, event: string): Promise<Date | null> {
  const rows = await db
    .select({ at: t.auditEvents.occurredAt })
    .from(t.auditEvents)
    .where(
      and(
        eq(t.auditEvents.entity, "newsletter"),
        eq(t.auditEvents.entityId, String(periodId)),
        eq(t.auditEvents.event, event),
      ),
    );
  return rows.reduce<Date | null>((latest, r) => (!latest || r.at > latest ? r.at : latest), null);
}

/** The newsletter of a closed period: its HTML to copy, who it would go to, and how far it got. */
export async function previewNewsletter(actor: Actor, slug: string): Promise<NewsletterPreview> {
  requireAdminRight(actor, "send_newsletter");
  const db = await getDb();
  const { id, ...period } = await closedPeriod(db, slug);
  const report = await publicReportOf(slug);
  const [recipients, testSentAt, [sent]] = await Promise.all([
    everythingFollowers(db),
    lastEvent(db, id, TEST_SENT),
    db
      .select({ n: count() })
      .from(t.mailMessages)
      .where(like(t.mailMessages.idempotencyKey, `${newsletterKeyPrefix(id)}%`)),
  ]);
  return {
    period,
    subject: newsletterSubject(report),
    html: newsletterHtml(report, env().publicUrl),
    previewHtml: newsletterHtml(report, env().publicUrl, 2),
    recipients: recipients.length,
    testSentAt: testSentAt?.toISOString() ?? null,
    sent: sent?.n ?? 0,
  };
}

const host = () => new URL(env().publicUrl).hostname;

/** Sends the newsletter to the monitor's own address, marked as a test, as often as asked. Audited. */
export async function sendNewsletterTest(actor: Actor, slug: string, now = new Date()): Promise<void> {
  const user = requireAdminRight(actor, "send_newsletter");
  const db = await getDb();
  const report = await publicReportOf(slug);
  await db.transaction(async (tx) => {
    const period = await closedPeriod(tx, slug);
    const [me] = await tx.select({ email: t.users.email }).from(t.users).where(eq(t.users.id, user.userId));
    const publicUrl = env().publicUrl;
    const signUp = siteLink("en", "/subscribe");
    const mail = composeNewsletter(
      report,
      publicUrl,
      { unsubscribePage: signUp, unsubscribePost: null, manage: signUp },
      true,
    );
    await queueMail(
      tx,
      {
        idempotencyKey: `newsletter-test:${period.id}:${user.userId}:${now.getTime()}`,
        to: me!.email,
        purpose: "newsletter-test",
        ...mail,
      },
      host(),
      now,
    );
    await recordAudit(tx, { actor: user, entity: "newsletter", entityId: period.id, event: TEST_SENT, at: now });
  });
}

/**
 * Queues the newsletter of a closed period to every confirmed follower of the whole plan, each
 * with its own unsubscribe and manage links; refused until a test has been sent. An address that
 * has had this period's newsletter is skipped, so sending again reaches only those who joined
 * since. Audited. Returns how many were queued.
 */
export async function sendNewsletter(actor: Actor, slug: string, now = new Date()): Promise<number> {
  const user = requireAdminRight(actor, "send_newsletter");
  const db = await getDb();
  const report = await publicReportOf(slug);
  return db.transaction(async (tx) => {
    const period = await closedPeriod(tx, slug);
    if (!(await lastEvent(tx, period.id, TEST_SENT))) {
      throw new WorkflowError("conflict", "Send a test to yourself first, and read it, before sending to everyone.");
    }
    const publicUrl = env().publicUrl;
    let queued = 0;
    for (const follower of await everythingFollowers(tx)) {
      const key = newsletterKey(period.id, follower.addressId);
      const [already] = await tx
        .select({ id: t.mailMessages.id })
        .from(t.mailMessages)
        .where(eq(t.mailMessages.idempotencyKey, key));
      if (already) continue;
      const ids = { addressId: follower.addressId, subscriptionId: follower.subscriptionId };
      const unsubscribe = await issueToken(tx, { purpose: "unsubscribe", ...ids }, now);
      const manage = await issueToken(tx, { purpose: "manage", addressId: follower.addressId }, now);
      const mail = composeNewsletter(report, publicUrl, {
        unsubscribePage: siteLink("en", `/subscribe/unsubscribe/${unsubscribe}`),
        unsubscribePost: `${publicUrl}/api/subscriptions/unsubscribe/${unsubscribe}`,
        manage: siteLink("en", `/subscribe/manage/${manage}`),
      });
      const result = await queueMail(
        tx,
        { idempotencyKey: key, to: follower.address, purpose: "newsletter", ...mail },
        host(),
        now,
      );
      if (result.queued) queued++;
    }
    await recordAudit(tx, {
      actor: user,
      entity: "newsletter",
      entityId: period.id,
      event: SENT,
      after: { period: period.label, queued },
      at: now,
    });
    return queued;
  });
}
