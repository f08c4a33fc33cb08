import "server-only";
import { and, asc, eq, gte, isNull, notExists, sql } from "drizzle-orm";
import * as t from "@/db/schema";
import { env } from "@/lib/env";
import { composeDigest, type DigestEntry } from "@/lib/digest/compose-digest";
import { digestDayOf, digestKey } from "@/lib/digest/schedule";
import { queueMail } from "@/lib/mail/queue";
import type { Actor } from "@/lib/permissions/actor";
import { covers, followedFromColumns } from "@/lib/subscriptions/scope";
import { requireAdminRight } from "./admin-access";
import { recordAudit } from "./audit";
import { getDb } from "./db";
import { followedInWords, issueToken, siteLink } from "./subscriptions";
import type { Tx } from "./updates/tx";
import { publicUpdateAt } from "./visibility";

/** Addresses with at least one confirmed subscription that no mail server has refused. */
async function followingAddresses(tx: Tx): Promise<number[]> {
  const rows = await tx
    .selectDistinct({ id: t.mailAddresses.id })
    .from(t.subscriptions)
    .innerJoin(t.mailAddresses, eq(t.mailAddresses.id, t.subscriptions.addressId))
    .where(and(eq(t.subscriptions.state, "confirmed"), isNull(t.mailAddresses.refusedAt)))
    .orderBy(asc(t.mailAddresses.id));
  return rows.map((r) => r.id);
}

type Candidate = DigestEntry & { updateId: number; workstream: number };

/**
 * The published updates (public at `now`) the address has not had in any digest, since the
 * earliest of its confirmations; the caller keeps those each subscription covers.
 */
async function updatesNotYetSent(tx: Tx, addressId: number, since: Date, now: Date): Promise<Candidate[]> {
  const pu = t.progressUpdates;
  const rows = await tx
    .select({
      updateId: pu.id,
      actionCode: t.actions.code,
      actionTitle: t.actions.title,
      workstream: t.workstreams.number,
      publishedAt: pu.publishedAt,
      stage: pu.stage,
      confidence: pu.confidence,
      narrative: pu.publicNarrative,
    })
    .from(pu)
    .innerJoin(t.actions, eq(t.actions.id, pu.actionId))
    .innerJoin(t.workstreams, eq(t.workstreams.id, t.actions.workstreamId))
    .where(
      and(
        publicUpdateAt(now),
        gte(pu.publishedAt, since),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(t.digestItems)
            .where(and(eq(t.digestItems.addressId, addressId), eq(t.digestItems.updateId, pu.id))),
        ),
      ),
    )
    .orderBy(asc(pu.publishedAt), asc(pu.id));
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt! }));
}

/**
 * Queues one address's digest of `day`, unless it has had that day's already or has nothing new.
 * The address row is locked first, so two servers (or the schedule and an operator) deciding at
 * once decide one after the other: the second finds the day's digest, or the updates already
 * recorded as sent. Returns whether a digest was queued.
 */
async function queueDigestFor(tx: Tx, addressId: number, day: string, now: Date): Promise<boolean> {
  const [address] = await tx
    .select({ address: t.mailAddresses.address, refusedAt: t.mailAddresses.refusedAt })
    .from(t.mailAddresses)
    .where(eq(t.mailAddresses.id, addressId))
    .for("update");
  if (!address || address.refusedAt) return false;
  const key = digestKey(day, addressId);
  const [already] = await tx
    .select({ id: t.mailMessages.id })
    .from(t.mailMessages)
    .where(eq(t.mailMessages.idempotencyKey, key));
  if (already) return false;

  const subscriptions = (
    await tx
      .select()
      .from(t.subscriptions)
      .where(and(eq(t.subscriptions.addressId, addressId), eq(t.subscriptions.state, "confirmed")))
      .orderBy(asc(t.subscriptions.id))
  ).map((s) => ({ followed: followedFromColumns(s.scope, s.target), confirmedAt: s.confirmedAt ?? now }));
  if (subscriptions.length === 0) return false;
  const since = new Date(Math.min(...subscriptions.map((s) => s.confirmedAt.getTime())));
  // An update reaches the address when a subscription covers it and was confirmed before it was published.
  const entries = (await updatesNotYetSent(tx, addressId, since, now)).filter((u) =>
    subscriptions.some(
      (s) =>
        covers(s.followed, { code: u.actionCode, workstream: u.workstream }) &&
        s.confirmedAt.getTime() <= u.publishedAt.getTime(),
    ),
  );
  if (entries.length === 0) return false;

  const following = await Promise.all(subscriptions.map((s) => followedInWords(tx, s.followed, "en")));
  const unsubscribe = await issueToken(tx, { purpose: "unsubscribe_all", addressId }, now);
  const manage = await issueToken(tx, { purpose: "manage", addressId }, now);
  const publicUrl = env().publicUrl;
  const mail = composeDigest({
    day,
    entries,
    following,
    publicUrl,
    links: {
      unsubscribePage: siteLink("en", `/subscribe/unsubscribe/${unsubscribe}`),
      unsubscribePost: `${publicUrl}/api/subscriptions/unsubscribe/${unsubscribe}`,
      manage: siteLink("en", `/subscribe/manage/${manage}`),
    },
  });
  const queued = await queueMail(
    tx,
    { idempotencyKey: key, to: address.address, purpose: "digest", ...mail },
    new URL(publicUrl).hostname,
    now,
  );
  await tx
    .insert(t.digestItems)
    .values(entries.map((e) => ({ addressId, updateId: e.updateId, messageId: queued.id, day, createdAt: now })));
  return true;
}

/**
 * Queues the digest of `day` for every confirmed follower with news, in the caller's transaction:
 * at most one a day per address, and no update in two digests to the same address. Returns how
 * many digests were queued.
 */
export async function queueDigests(tx: Tx, day: string, now: Date): Promise<number> {
  let queued = 0;
  for (const addressId of await followingAddresses(tx)) {
    if (await queueDigestFor(tx, addressId, day, now)) queued++;
  }
  return queued;
}

/**
 * An administrator sends what is due now instead of at the daily time: today's digests (New Zealand
 * day) to everyone who has news and has not had today's. Audited; the job runner sends them.
 */
export async function sendDigestsNow(actor: Actor, now = new Date()): Promise<{ day: string; queued: number }> {
  const user = requireAdminRight(actor, "read_outbox");
  const db = await getDb();
  const { day } = digestDayOf(now);
  return db.transaction(async (tx) => {
    const queued = await queueDigests(tx, day, now);
    await recordAudit(tx, {
      actor: user,
      entity: "digest",
      entityId: day,
      event: "digests_sent_now",
      after: { queued },
      at: now,
    });
    return { day, queued };
  });
}
