import "server-only";
import { and, eq, gt, isNotNull, ne, sql } from "drizzle-orm";
import { revalidateTag } from "next/cache";
import * as t from "@/db/schema";
import { recordSystemAudit } from "../audit";
import { getDb } from "../db";
import { publicUpdateAt } from "../visibility";
import { PUBLIC_PLAN_TAG } from "../cache-tags";
import { applyPlanChanges, planChangesFor } from "./apply-to-plan";
import { loadUpdate } from "./load";

export const PLAN_APPLIED_EVENT = "update.plan_applied";

const notYetApplied = sql`not exists (
  select 1 from ${t.auditEvents}
  where ${t.auditEvents.entity} = 'progress_update'
    and ${t.auditEvents.entityId} = ${t.progressUpdates.id}::text
    and ${t.auditEvents.event} = ${PLAN_APPLIED_EVENT}
)`;

/**
 * Scheduled updates whose time has come carry their forecast and milestone completions into the
 * plan here, once each (the audit event marks it done, under an advisory lock so two callers
 * cannot both apply). A later update already public wins: an older one never moves the plan back.
 * Idempotent and cheap when nothing is due, so any staff page may call it.
 */
export async function applyDueScheduledUpdates(
  now = new Date(),
  { revalidate = true }: { revalidate?: boolean } = {},
): Promise<number> {
  const db = await getDb();
  const due = await db
    .select({ id: t.progressUpdates.id })
    .from(t.progressUpdates)
    .where(and(publicUpdateAt(now), isNotNull(t.progressUpdates.publishAt), notYetApplied));
  let applied = 0;
  for (const { id } of due) {
    const done = await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`update-apply:${id}`}))`);
      const [still] = await tx
        .select({ id: t.progressUpdates.id })
        .from(t.progressUpdates)
        .where(and(eq(t.progressUpdates.id, id), notYetApplied));
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
      return true;
    });
    if (done) applied++;
  }
  // Not from inside the cached public read itself: it is refreshing already.
  if (applied > 0 && revalidate) revalidateTag(PUBLIC_PLAN_TAG, { expire: 0 });
  return applied;
}
