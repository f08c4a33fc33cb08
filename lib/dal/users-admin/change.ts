import "server-only";
import { eq, sql } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import { accountLinkExpiry, newAccountLinkToken, type AccountLinkKind } from "@/lib/people/account-link";
import { parseAccessForm, type FormSource } from "@/lib/people/user-input";
import { requireAdminRight } from "../admin-access";
import { recordAudit } from "../audit";
import { getDb } from "../db";
import { invalidInput, WorkflowError } from "../updates/errors";
import { lockForChange, nextStamp } from "./guard";
import { agencyAssignmentError } from "../agency-assignment";
import { handOnLink, type IssuedLink } from "./invite";

export const USER_ACCESS_CHANGED = "user.access_changed";
export const USER_DISABLED = "user.disabled";
export const USER_ENABLED = "user.enabled";
export const USER_SESSIONS_ENDED = "user.sessions_ended";
export const USER_LINK_ISSUED = "user.link_issued";

export const STALE_USER =
  "Someone else changed this account after you opened it, so your changes were not saved. Open the account again to see it as it is now.";

const bumpSessions = { sessionVersion: sql`${t.users.sessionVersion} + 1` };

/**
 * Changes an account's role and agency. Takes effect on the person's next request (every request
 * reads the role from the database). Refused for one's own role and for the last administrator.
 */
export async function changeUserAccess(
  actor: Actor,
  userId: number,
  expectedUpdatedAt: string,
  form: FormSource,
): Promise<{ changed: boolean }> {
  const admin = requireAdminRight(actor, "manage_users");
  const parsed = parseAccessForm(form);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const target = await lockForChange(tx, admin, userId, parsed.ok ? { role: parsed.data.role } : {});
    if (target.updatedAt.toISOString() !== expectedUpdatedAt) throw new WorkflowError("conflict", STALE_USER);
    const agency = parsed.ok ? await agencyAssignmentError(tx, [parsed.data.agencyId], [target.agencyId]) : null;
    if (!parsed.ok || agency) throw invalidInput(parsed.ok ? { agencyId: [agency!] } : parsed.errors);
    const { role, agencyId } = parsed.data;
    if (role === target.role && agencyId === target.agencyId) return { changed: false };
    const now = nextStamp(target.updatedAt);
    await tx.update(t.users).set({ role, agencyId, updatedAt: now }).where(eq(t.users.id, userId));
    await recordAudit(tx, {
      actor: admin,
      entity: "user",
      entityId: userId,
      event: USER_ACCESS_CHANGED,
      before: { role: target.role, agencyId: target.agencyId },
      after: { role, agencyId },
      at: now,
    });
    return { changed: true };
  });
}

/**
 * Disables an account (refused at sign-in, and every session it has stops counting at once) or
 * enables it again. Asking for the state it is already in writes nothing.
 */
export async function setUserDisabled(actor: Actor, userId: number, disable: boolean): Promise<{ changed: boolean }> {
  const admin = requireAdminRight(actor, "manage_users");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const target = await lockForChange(tx, admin, userId, { disable });
    if ((target.disabledAt !== null) === disable) return { changed: false };
    const now = nextStamp(target.updatedAt);
    await tx
      .update(t.users)
      .set({ disabledAt: disable ? now : null, updatedAt: now, ...(disable ? bumpSessions : {}) })
      .where(eq(t.users.id, userId));
    await recordAudit(tx, {
      actor: admin,
      entity: "user",
      entityId: userId,
      event: disable ? USER_DISABLED : USER_ENABLED,
      before: { disabledAt: target.disabledAt?.toISOString() ?? null },
      after: { disabledAt: disable ? now.toISOString() : null },
      at: now,
    });
    return { changed: true };
  });
}

/** Ends every session of the account: each stops counting on its next request. */
export async function endUserSessions(actor: Actor, userId: number): Promise<void> {
  const admin = requireAdminRight(actor, "manage_users");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const target = await lockForChange(tx, admin, userId, {});
    const now = nextStamp(target.updatedAt);
    await tx
      .update(t.users)
      .set({ ...bumpSessions, updatedAt: now })
      .where(eq(t.users.id, userId));
    await recordAudit(tx, {
      actor: admin,
      entity: "user",
      entityId: userId,
      event: USER_SESSIONS_ENDED,
      before: { sessionVersion: target.sessionVersion },
      after: { sessionVersion: target.sessionVersion + 1 },
      at: now,
    });
  });
}

/**
 * Issues a new one-time link: for an invitation not yet taken up, or to reset an account, mailed or
 * shown as `handOnLink` says. The old link stops working. Resetting an account that has a password also removes that password and
 * ends its sessions, so whoever knew it is out until the link is used.
 */
export async function issueNewLink(actor: Actor, userId: number, now = new Date()): Promise<IssuedLink> {
  const admin = requireAdminRight(actor, "manage_users");
  const db = await getDb();
  const { token, hash } = newAccountLinkToken();
  const expiresAt = accountLinkExpiry(now);
  return db.transaction(async (tx) => {
    const target = await lockForChange(tx, admin, userId, { reset: true });
    if (target.disabledAt) {
      throw new WorkflowError("conflict", "This account is disabled. Enable it first, then issue a new link.");
    }
    // A pending invitation stays an invitation; an account that has had a password is being reset.
    const kind: AccountLinkKind =
      target.passwordHash !== null
        ? "reset"
        : ((target.accountLinkKind as AccountLinkKind | null) ?? (target.lastSignInAt ? "reset" : "invite"));
    const stamp = nextStamp(target.updatedAt);
    await tx
      .update(t.users)
      .set({
        passwordHash: null,
        accountLinkHash: hash,
        accountLinkKind: kind,
        accountLinkExpiresAt: expiresAt,
        updatedAt: stamp,
        ...(kind === "reset" ? bumpSessions : {}),
      })
      .where(eq(t.users.id, userId));
    await recordAudit(tx, {
      actor: admin,
      entity: "user",
      entityId: userId,
      event: USER_LINK_ISSUED,
      before: {
        linkExpiresAt: target.accountLinkExpiresAt?.toISOString() ?? null,
        hadPassword: target.passwordHash !== null,
      },
      after: { kind, linkExpiresAt: expiresAt.toISOString() },
      at: stamp,
    });
    return handOnLink(tx, { userId, email: target.email, name: target.name }, { kind, token, hash, expiresAt }, stamp);
  });
}
