import "server-only";
import { and, desc, eq, like, or } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor, UserActor } from "@/lib/permissions/actor";
import { receivesReminders } from "@/lib/permissions/reminder-permissions";
import type { Role } from "@/lib/status/vocabulary";
import { recordAudit } from "./audit";
import { getDb } from "./db";
import { REMINDER_PURPOSE } from "./reminders/send";
import { forbidden } from "./updates/errors";

export const USER_REMINDERS_OFF = "user.reminders_off";
export const USER_REMINDERS_ON = "user.reminders_on";

/** How many of the newest audit events and reminders the account page lists. */
export const ACCOUNT_LIST_LIMIT = 50;

/** Everything Mahere holds about one person, for that person. Never a password hash or a link's hash. */
export type MyAccount = {
  name: string;
  email: string;
  role: Role;
  agency: { acronym: string; name: string } | null;
  createdAt: string;
  hasPassword: boolean;
  linkExpiresAt: string | null;
  lastSignInAt: string | null;
  /** How often every session of the account was ended (signed out everywhere, reset, disabled). */
  sessionsEnded: number;
  failedSignIns: { count: number; lastAt: string | null };
  receivesReminders: boolean;
  remindersOffAt: string | null;
  reminders: { subject: string; queuedAt: string; state: t.MailState }[];
  auditEvents: { occurredAt: string; event: string; entity: string; entityId: string }[];
};

/** The text as a LIKE pattern that matches only itself ("_" is a wildcard, and may be in an address). */
const literalForLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function signedIn(actor: Actor): UserActor {
  if (actor.kind !== "user") throw forbidden("Sign in to see your account.");
  return actor;
}

/** The caller's own account, and nobody else's: there is no id to ask with. */
export async function getMyAccount(actor: Actor): Promise<MyAccount> {
  const me = signedIn(actor);
  const db = await getDb();
  const [row] = await db
    .select({ user: t.users, agency: t.agencies })
    .from(t.users)
    .leftJoin(t.agencies, eq(t.agencies.id, t.users.agencyId))
    .where(eq(t.users.id, me.userId));
  if (!row) throw forbidden("Sign in to see your account.");
  const { user, agency } = row;
  const [throttles, reminders, auditEvents] = await Promise.all([
    db
      .select()
      .from(t.signInThrottle)
      .where(
        or(
          eq(t.signInThrottle.key, `email:${user.email}`),
          like(t.signInThrottle.key, `account:${literalForLike(user.email)}|ip:%`),
        ),
      ),
    db
      .select({ subject: t.mailMessages.subject, createdAt: t.mailMessages.createdAt, state: t.mailMessages.state })
      .from(t.mailMessages)
      .innerJoin(t.mailAddresses, eq(t.mailAddresses.id, t.mailMessages.addressId))
      .where(and(eq(t.mailAddresses.address, user.email), eq(t.mailMessages.purpose, REMINDER_PURPOSE)))
      .orderBy(desc(t.mailMessages.createdAt), desc(t.mailMessages.id))
      .limit(ACCOUNT_LIST_LIMIT),
    db
      .select({
        occurredAt: t.auditEvents.occurredAt,
        event: t.auditEvents.event,
        entity: t.auditEvents.entity,
        entityId: t.auditEvents.entityId,
      })
      .from(t.auditEvents)
      .where(eq(t.auditEvents.actorId, user.id))
      .orderBy(desc(t.auditEvents.occurredAt), desc(t.auditEvents.id))
      .limit(ACCOUNT_LIST_LIMIT),
  ]);
  const lastFailure = throttles.reduce<Date | null>(
    (last, r) => (last === null || r.lastFailureAt > last ? r.lastFailureAt : last),
    null,
  );
  return {
    name: user.name,
    email: user.email,
    role: user.role as Role,
    agency: agency && { acronym: agency.acronym, name: agency.name },
    createdAt: user.createdAt.toISOString(),
    hasPassword: user.passwordHash !== null,
    linkExpiresAt: user.accountLinkExpiresAt?.toISOString() ?? null,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    sessionsEnded: user.sessionVersion,
    failedSignIns: { count: throttles.reduce((n, r) => n + r.failures, 0), lastAt: lastFailure?.toISOString() ?? null },
    receivesReminders: receivesReminders(me),
    remindersOffAt: user.remindersOffAt?.toISOString() ?? null,
    reminders: reminders.map((r) => ({ subject: r.subject, queuedAt: r.createdAt.toISOString(), state: r.state })),
    auditEvents: auditEvents.map((e) => ({ ...e, occurredAt: e.occurredAt.toISOString() })),
  };
}

/**
 * Turns the caller's reminder e-mails off or on; the reminder jobs skip anyone whose are off.
 * Asking for what is already so writes nothing.
 */
export async function setMyReminders(actor: Actor, on: boolean, now = new Date()): Promise<{ changed: boolean }> {
  const me = signedIn(actor);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ remindersOffAt: t.users.remindersOffAt, updatedAt: t.users.updatedAt })
      .from(t.users)
      .where(eq(t.users.id, me.userId))
      .for("update");
    if (!user) throw forbidden("Sign in to change your reminders.");
    if ((user.remindersOffAt === null) === on) return { changed: false };
    const stamp = new Date(Math.max(now.getTime(), user.updatedAt.getTime() + 1));
    await tx
      .update(t.users)
      .set({ remindersOffAt: on ? null : now, updatedAt: stamp })
      .where(eq(t.users.id, me.userId));
    await recordAudit(tx, {
      actor: me,
      entity: "user",
      entityId: me.userId,
      event: on ? USER_REMINDERS_ON : USER_REMINDERS_OFF,
      before: { remindersOffAt: user.remindersOffAt?.toISOString() ?? null },
      after: { remindersOffAt: on ? null : now.toISOString() },
      at: now,
    });
    return { changed: true };
  });
}
