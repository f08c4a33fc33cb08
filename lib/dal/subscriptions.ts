import "server-only";
import { and, asc, desc, eq, inArray, ne } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Locale } from "@/i18n/config";
import { env } from "@/lib/env";
import { normaliseAddress } from "@/lib/mail/address";
import { queueMail } from "@/lib/mail/queue";
import {
  composeSubscriptionMail,
  consentWording,
  describeFollowed,
  subscriptionText,
} from "@/lib/subscriptions/compose-mail";
import { followedColumns, followedFromColumns, type Followed } from "@/lib/subscriptions/scope";
import { checkToken, confirmExpiresAt, hashToken, isWellFormedToken, newToken } from "@/lib/subscriptions/tokens";
import { getDb } from "./db";
import type { Queryable, Tx } from "./updates/tx";

/**
 * Repeated sign-ups for the same thing within this window send no further message, so the form
 * cannot be used to fill someone's inbox; the answer on the page is the same either way.
 */
export const RESEND_WINDOW_MS = 15 * 60 * 1000;

export type SubscribeRequest = {
  /** As typed; normalised here. */
  email: string;
  followed: Followed;
  /** The page the form was on ("/mi/actions/1.4"). */
  pagePath: string;
  language: Locale;
};

export type SubscribeResult = { ok: true } | { ok: false; reason: "not-an-address" | "unknown-target" };

/** What a subscription follows, described for a person; never the address. */
export type FollowedSummary = { followed: Followed; what: string };

/** The title of what is followed (the newest plan's), or null when there is no such thing. */
async function titleOf(db: Queryable, f: Followed): Promise<string | null> {
  if (f.scope === "all") return "";
  if (f.scope === "workstream") {
    const [row] = await db
      .select({ title: t.workstreams.title })
      .from(t.workstreams)
      .where(eq(t.workstreams.number, f.number))
      .orderBy(desc(t.workstreams.id))
      .limit(1);
    return row?.title ?? null;
  }
  const [row] = await db
    .select({ title: t.actions.title })
    .from(t.actions)
    .where(eq(t.actions.code, f.code))
    .orderBy(desc(t.actions.id))
    .limit(1);
  return row?.title ?? null;
}

/** What is followed, in words, with its title from the newest plan. */
export async function followedInWords(db: Queryable, f: Followed, locale: Locale): Promise<string> {
  return describeFollowed(locale, f, (await titleOf(db, f)) ?? "");
}

/** Links are built on the configured public address, never on the request's Host. */
export function siteLink(locale: Locale, path: string): string {
  return `${env().publicUrl}${locale === "mi" ? "/mi" : ""}${path}`;
}

/** A new link token of a purpose; only its hash is stored. */
export async function issueToken(
  tx: Tx,
  fields: { purpose: t.SubscriptionTokenPurpose; addressId: number; subscriptionId?: number; expiresAt?: Date },
  now: Date,
): Promise<string> {
  const token = newToken();
  await tx.insert(t.subscriptionTokens).values({
    tokenHash: hashToken(token),
    purpose: fields.purpose,
    addressId: fields.addressId,
    subscriptionId: fields.subscriptionId ?? null,
    expiresAt: fields.expiresAt ?? null,
    createdAt: now,
  });
  return token;
}

/**
 * Asks for a subscription (double opt-in): records the consent, and mails a confirmation link, or,
 * when the address already follows it, a note saying so. The caller shows the same answer in every
 * case, so the page never tells anyone whether an address is subscribed.
 */
export async function requestSubscription(req: SubscribeRequest, now = new Date()): Promise<SubscribeResult> {
  const address = normaliseAddress(req.email);
  if (address === null) return { ok: false, reason: "not-an-address" };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const title = await titleOf(tx, req.followed);
    if (title === null) return { ok: false, reason: "unknown-target" } as const;
    await tx.insert(t.mailAddresses).values({ address }).onConflictDoNothing({ target: t.mailAddresses.address });
    const [to] = await tx
      .select({ id: t.mailAddresses.id })
      .from(t.mailAddresses)
      .where(eq(t.mailAddresses.address, address));
    const columns = followedColumns(req.followed);
    await tx
      .insert(t.subscriptions)
      .values({ addressId: to!.id, ...columns, createdAt: now, updatedAt: now })
      .onConflictDoNothing({ target: [t.subscriptions.addressId, t.subscriptions.scope, t.subscriptions.target] });
    // Locked, so two sign-ups at once decide one after the other.
    const [subscription] = await tx
      .select()
      .from(t.subscriptions)
      .where(
        and(
          eq(t.subscriptions.addressId, to!.id),
          eq(t.subscriptions.scope, columns.scope),
          eq(t.subscriptions.target, columns.target),
        ),
      )
      .for("update");
    const what = describeFollowed(req.language, req.followed, title);
    await tx.insert(t.subscriptionConsents).values({
      subscriptionId: subscription!.id,
      ...columns,
      givenAt: now,
      pagePath: req.pagePath,
      wording: consentWording(req.language, what),
      language: req.language,
    });

    const kind = subscription!.state === "confirmed" ? "already" : "confirm";
    const window = Math.floor(now.getTime() / RESEND_WINDOW_MS);
    const idempotencyKey = `subscription-${kind}:${subscription!.id}:${window}`;
    const [sent] = await tx
      .select({ id: t.mailMessages.id })
      .from(t.mailMessages)
      .where(eq(t.mailMessages.idempotencyKey, idempotencyKey));
    if (sent) return { ok: true } as const;

    const ids = { addressId: to!.id, subscriptionId: subscription!.id };
    const confirm =
      kind === "confirm"
        ? await issueToken(tx, { purpose: "confirm", ...ids, expiresAt: confirmExpiresAt(now) }, now)
        : undefined;
    const unsubscribe = await issueToken(tx, { purpose: "unsubscribe", ...ids }, now);
    const manage = await issueToken(tx, { purpose: "manage", addressId: to!.id }, now);
    const mail = composeSubscriptionMail(kind, req.language, what, {
      confirm: confirm ? siteLink(req.language, `/subscribe/confirm/${confirm}`) : undefined,
      unsubscribePage: siteLink(req.language, `/subscribe/unsubscribe/${unsubscribe}`),
      unsubscribePost: `${env().publicUrl}/api/subscriptions/unsubscribe/${unsubscribe}`,
      manage: siteLink(req.language, `/subscribe/manage/${manage}`),
    });
    await queueMail(
      tx,
      { idempotencyKey, to: address, purpose: `subscription-${kind}`, ...mail },
      new URL(env().publicUrl).hostname,
      now,
    );
    return { ok: true } as const;
  });
}

/** A token's row, by the hash of what was in the link; null for anything we did not issue. */
async function tokenRow(
  db: Queryable,
  token: string,
  purpose: t.SubscriptionTokenPurpose | t.SubscriptionTokenPurpose[],
  lock = false,
) {
  if (!isWellFormedToken(token)) return null;
  const purposes = Array.isArray(purpose) ? purpose : [purpose];
  const query = db
    .select()
    .from(t.subscriptionTokens)
    .where(and(eq(t.subscriptionTokens.tokenHash, hashToken(token)), inArray(t.subscriptionTokens.purpose, purposes)));
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

async function subscriptionSummary(db: Queryable, subscriptionId: number, locale: Locale) {
  const [s] = await db.select().from(t.subscriptions).where(eq(t.subscriptions.id, subscriptionId));
  const followed = followedFromColumns(s!.scope, s!.target);
  return { subscription: s!, summary: { followed, what: await followedInWords(db, followed, locale) } };
}

/** ok: it can confirm; used: it did, and `confirmed` says whether the subscription still is. */
export type ConfirmLinkState =
  | { state: "ok"; summary: FollowedSummary }
  | { state: "used"; summary: FollowedSummary; confirmed: boolean }
  | { state: "expired" | "unknown" };

async function usedLink(db: Queryable, subscriptionId: number, locale: Locale): Promise<ConfirmLinkState> {
  const { subscription, summary } = await subscriptionSummary(db, subscriptionId, locale);
  return { state: "used", summary, confirmed: subscription.state === "confirmed" };
}

/** What a confirmation link would do, for the page it opens (which changes nothing). */
export async function confirmationLink(token: string, locale: Locale, now = new Date()): Promise<ConfirmLinkState> {
  const db = await getDb();
  const row = await tokenRow(db, token, "confirm");
  if (!row) return { state: "unknown" };
  const check = checkToken(row, now);
  if (check === "used") return usedLink(db, row.subscriptionId!, locale);
  if (check !== "ok") return { state: check };
  return { state: "ok", summary: (await subscriptionSummary(db, row.subscriptionId!, locale)).summary };
}

/** Confirms the subscription a link names, once, within its 48 hours. */
export async function confirmSubscription(token: string, locale: Locale, now = new Date()): Promise<ConfirmLinkState> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const row = await tokenRow(tx, token, "confirm", true);
    if (!row) return { state: "unknown" } as const;
    const check = checkToken(row, now);
    if (check === "used") return usedLink(tx, row.subscriptionId!, locale);
    if (check !== "ok") return { state: check } as const;
    await tx.update(t.subscriptionTokens).set({ usedAt: now }).where(eq(t.subscriptionTokens.id, row.id));
    await tx
      .update(t.subscriptions)
      .set({ state: "confirmed", confirmedAt: now, unsubscribedAt: null, updatedAt: now })
      .where(eq(t.subscriptions.id, row.subscriptionId!));
    return { state: "ok", summary: (await subscriptionSummary(tx, row.subscriptionId!, locale)).summary } as const;
  });
}

export type UnsubscribeLinkState = { state: "ok"; what: string; stopped: boolean } | { state: "unknown" };

/** The purposes a one-click unsubscribe link may carry: one subscription, or all of an address's. */
const UNSUBSCRIBE_PURPOSES: t.SubscriptionTokenPurpose[] = ["unsubscribe", "unsubscribe_all"];

/** The subscriptions an unsubscribe token stops: its own, or (a digest's) every one of its address. */
async function subscriptionsStoppedBy(db: Queryable, row: t.SubscriptionToken) {
  return db
    .select({ id: t.subscriptions.id, state: t.subscriptions.state })
    .from(t.subscriptions)
    .where(
      row.subscriptionId === null
        ? eq(t.subscriptions.addressId, row.addressId)
        : eq(t.subscriptions.id, row.subscriptionId),
    );
}

/** What an unsubscribe link names, for its page: a GET changes nothing (mail scanners open links). */
export async function unsubscribeLink(token: string, locale: Locale): Promise<UnsubscribeLinkState> {
  const db = await getDb();
  const row = await tokenRow(db, token, UNSUBSCRIBE_PURPOSES);
  if (!row) return { state: "unknown" };
  const stopped = (await subscriptionsStoppedBy(db, row)).every((s) => s.state === "unsubscribed");
  const what =
    row.subscriptionId === null
      ? subscriptionText(locale)("what.address")
      : (await subscriptionSummary(db, row.subscriptionId, locale)).summary.what;
  return { state: "ok", what, stopped };
}

/** Stops the subscription (or all of them) an unsubscribe link names, at once; again changes nothing. */
export async function unsubscribeByToken(token: string, now = new Date()): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const row = await tokenRow(tx, token, UNSUBSCRIBE_PURPOSES);
    if (!row) return false;
    await stop(
      tx,
      (await subscriptionsStoppedBy(tx, row)).map((s) => s.id),
      now,
    );
    return true;
  });
}

async function stop(tx: Tx, ids: number[], now: Date) {
  if (ids.length === 0) return;
  await tx
    .update(t.subscriptions)
    .set({ state: "unsubscribed", unsubscribedAt: now, updatedAt: now })
    .where(and(inArray(t.subscriptions.id, ids), ne(t.subscriptions.state, "unsubscribed")));
}

export type ManagedSubscription = FollowedSummary & { id: number; state: t.SubscriptionState };

/** Every subscription of the address a manage link belongs to; null for a link we did not issue. */
export async function managedSubscriptions(token: string, locale: Locale): Promise<ManagedSubscription[] | null> {
  const db = await getDb();
  const row = await tokenRow(db, token, "manage");
  if (!row) return null;
  const rows = await db
    .select({
      id: t.subscriptions.id,
      scope: t.subscriptions.scope,
      target: t.subscriptions.target,
      state: t.subscriptions.state,
    })
    .from(t.subscriptions)
    .where(eq(t.subscriptions.addressId, row.addressId))
    .orderBy(asc(t.subscriptions.id));
  return Promise.all(
    rows.map(async (s) => {
      const followed = followedFromColumns(s.scope, s.target);
      return { id: s.id, state: s.state, followed, what: await followedInWords(db, followed, locale) };
    }),
  );
}

/**
 * Stops one subscription, or all, of the address a manage link belongs to. A subscription id of
 * another address is ignored, so a manage link reaches only its own address's subscriptions.
 */
export async function stopManagedSubscriptions(
  token: string,
  which: number | "all",
  now = new Date(),
): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const row = await tokenRow(tx, token, "manage");
    if (!row) return false;
    const own = await tx
      .select({ id: t.subscriptions.id })
      .from(t.subscriptions)
      .where(eq(t.subscriptions.addressId, row.addressId));
    const ids = own.map((s) => s.id).filter((id) => which === "all" || id === which);
    await stop(tx, ids, now);
    return true;
  });
}
