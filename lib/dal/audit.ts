import "server-only";
import { eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { UserActor } from "@/lib/permissions/actor";
import type { Tx } from "./updates/tx";

export type AuditEntry = {
  actor: UserActor;
  entity: string;
  entityId: string | number;
  event: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  at?: Date;
};

/**
 * Appends one audit event inside the caller's transaction, so the change and its record commit
 * or fail together. The label is read in the same transaction: the trail still says who acted
 * after the account is disabled or renamed.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const [user] = await tx
    .select({ email: t.users.email, role: t.users.role })
    .from(t.users)
    .where(eq(t.users.id, entry.actor.userId));
  await tx.insert(t.auditEvents).values({
    occurredAt: entry.at ?? new Date(),
    actorId: entry.actor.userId,
    actorLabel: user ? `${user.email} (${user.role})` : `user ${entry.actor.userId}`,
    entity: entry.entity,
    entityId: String(entry.entityId),
    event: entry.event,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
  });
}

/**
 * Appends many audit events by one actor in the caller's transaction, in a few multi-row inserts
 * (an import's thousands of change requests), with the actor's label read once.
 */
export async function recordAudits(tx: Tx, actor: UserActor, entries: Omit<AuditEntry, "actor">[]): Promise<void> {
  if (entries.length === 0) return;
  const [user] = await tx
    .select({ email: t.users.email, role: t.users.role })
    .from(t.users)
    .where(eq(t.users.id, actor.userId));
  const actorLabel = user ? `${user.email} (${user.role})` : `user ${actor.userId}`;
  const rows = entries.map((entry) => ({
    occurredAt: entry.at ?? new Date(),
    actorId: actor.userId,
    actorLabel,
    entity: entry.entity,
    entityId: String(entry.entityId),
    event: entry.event,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
  }));
  for (let i = 0; i < rows.length; i += AUDIT_CHUNK)
    await tx.insert(t.auditEvents).values(rows.slice(i, i + AUDIT_CHUNK));
}

/** Rows per multi-row insert: well under PostgreSQL's 65,535 parameters a statement. */
const AUDIT_CHUNK = 500;

/** For work done by the system itself (a scheduled publication coming due), not by a person. */
export async function recordSystemAudit(tx: Tx, entry: Omit<AuditEntry, "actor"> & { label: string }): Promise<void> {
  await tx.insert(t.auditEvents).values({
    occurredAt: entry.at ?? new Date(),
    actorLabel: entry.label,
    entity: entry.entity,
    entityId: String(entry.entityId),
    event: entry.event,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
  });
}
