import "server-only";
import { and, eq, gt, isNotNull, ne, sql } from "drizzle-orm";
import * as t from "@/db/schema";
import { refreshSearchDocuments } from "@/db/search/search-documents";
import { recordSystemAudit } from "../audit";
import { publicUpdateAt } from "../visibility";
import { applyPlanChanges, planChangesFor } from "./apply-to-plan";
import { loadUpdate } from "./load";
import type { Queryable, Tx } from "./tx";

export const PLAN_APPLIED_EVENT = "update.plan_applied";

const notYetApplied = sql`not exists (
  select 1 from ${t.auditEvents}
  where ${t.auditEvents.entity} = 'progress_update'
    and ${t.auditEvents.entityId} = ${t.progressUpdates.id}::text
    and ${t.auditEvents.event} = ${PLAN_APPLIED_EVENT}
)`;

/** Scheduled updates whose time has come and whose plan changes are not applied yet. */
export async function scheduledUpdatesDue(db: Queryable, now: Date): Promise<{ id: number; publishedAt: Date }[]> {
  const rows = await db
    .select({ id: t.progressUpdates.id, publishedAt: t.progressUpdates.publishedAt })
    .from(t.progressUpdates)
    .where(and(publicUpdateAt(now), isNotNull(t.progressUpdates.publishAt), notYetApplied));
  return rows.map((r) => ({ id: r.id, publishedAt: r.publishedAt ?? now }));
}

/**
 * Carries a scheduled update's forecast and milestone completions into the plan once its time has
 * come, in the caller's transaction, once (the audit event marks it done, under an advisory lock so
 * two callers cannot both apply). A later update already public wins: an older one never moves the
 * plan back. Returns whether anything was recorded.
 */
export async function applyScheduledUpdate(tx: Tx, id: number, now: Date): Promise<boolean> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`update-apply:${id}`}))`);
  const [still] = await tx
    .select({ id: t.progressUpdates.id })
    .from(t.progressUpdates)
    .where(and(eq(t.progressUpdates.id, id), publicUpdateAt(now), notYetApplied));
  if (!still) return false;
  const loaded = await loadUpdate(tx, id);
  const [later] = await tx
    .select({ id: t.progressUpdates.id })
    .from(t.progressUpdates)
    .where(
      and(
        eq(t.progressUpdates.actionId, loaded.row.actionId),
        ne(t.progressUpdates.id, id),
        publicUpdateAt(now),
        gt(t.progressUpdates.publishedAt, loaded.row.publishedAt ?? now),
      ),
    )
    .limit(1);
  const changes = later ? null : await planChangesFor(tx, loaded);
  await recordSystemAudit(tx, {
    label: "system: scheduled publication",
    entity: "progress_update",
    entityId: id,
    event: PLAN_APPLIED_EVENT,
    after: changes ? { planChanges: changes } : { skipped: "A later update of this action is already public." },
    at: now,
  });
  if (changes) await applyPlanChanges(tx, loaded.action.id, changes, now);
  // Its narrative is public from now on, whether or not a later update kept the plan as it was.
  await refreshSearchDocuments(tx, { actionIds: [loaded.action.id], at: now });
  return true;
}
