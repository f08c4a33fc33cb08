import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import * as t from "@/db/schema";
import { compareActionCodes } from "@/lib/rollup/compare-action-codes";
import { complianceOf, type PeriodDeadlines } from "@/lib/periods/compliance";
import { isFinishedStage, type Stage, type UpdateState } from "@/lib/status/vocabulary";
import { visibleAt } from "../visibility";
import type { Queryable } from "../updates/tx";

export type ActionToUpdate = { id: number; code: string; title: string; leadAgencyId: number };

/** Compliance states in which an action's update for the period is still to be written. */
const STILL_TO_WRITE = new Set(["due", "draft", "late"]);

/**
 * The actions whose update for the period is still to be written (nothing submitted yet, and not
 * finished), led by the given agencies or by any. Decided by `complianceOf`, the compliance board's
 * own rule, so a reminder never disagrees with the board.
 */
export async function actionsNeedingUpdate(
  q: Queryable,
  period: PeriodDeadlines & { id: number },
  now: Date,
  agencyIds?: number[],
): Promise<ActionToUpdate[]> {
  const [plan] = await q.select({ id: t.plans.id }).from(t.plans).orderBy(asc(t.plans.id)).limit(1);
  if (!plan || agencyIds?.length === 0) return [];
  const actions = await q
    .select({
      id: t.actions.id,
      code: t.actions.code,
      title: t.actions.title,
      leadAgencyId: t.actions.leadAgencyId,
      stage: sql<Stage | null>`(select pu.stage from progress_updates pu
        where pu.action_id = ${t.actions.id} and ${visibleAt("pu", now)}
        order by pu.published_at desc, pu.id desc limit 1)`,
    })
    .from(t.actions)
    .where(and(eq(t.actions.planId, plan.id), agencyIds ? inArray(t.actions.leadAgencyId, agencyIds) : undefined));
  if (actions.length === 0) return [];
  const updates = await q
    .select({
      actionId: t.progressUpdates.actionId,
      state: t.progressUpdates.state,
      submittedAt: t.progressUpdates.submittedAt,
      publishedAt: t.progressUpdates.publishedAt,
    })
    .from(t.progressUpdates)
    .where(
      and(
        eq(t.progressUpdates.periodId, period.id),
        inArray(
          t.progressUpdates.actionId,
          actions.map((a) => a.id),
        ),
      ),
    );
  return actions
    .filter((a) => {
      const mine = updates.filter((u) => u.actionId === a.id).map((u) => ({ ...u, state: u.state as UpdateState }));
      return STILL_TO_WRITE.has(complianceOf(mine, period, now, { finished: isFinishedStage(a.stage) }).state);
    })
    .map(({ id, code, title, leadAgencyId }) => ({ id, code, title, leadAgencyId }))
    .sort((x, y) => compareActionCodes(x.code, y.code));
}

/** The people of the given agencies who write updates and want reminders: active, reminders on. */
export async function editorsOf(q: Queryable, agencyIds: number[]) {
  if (agencyIds.length === 0) return [];
  return q
    .select({ id: t.users.id, email: t.users.email, name: t.users.name, agencyId: t.users.agencyId })
    .from(t.users)
    .where(
      and(
        inArray(t.users.agencyId, agencyIds),
        inArray(t.users.role, ["agency_staff", "agency_approver"]),
        isNull(t.users.disabledAt),
        isNull(t.users.remindersOffAt),
      ),
    )
    .orderBy(asc(t.users.id));
}
