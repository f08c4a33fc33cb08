import "server-only";
import { asc, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { PermissionContext } from "@/lib/permissions/update-permissions";
import type { UpdateState } from "@/lib/status/vocabulary";
import type { ActionForValidation } from "@/lib/workflow/update-input";
import { notFound } from "./errors";
import type { Queryable } from "./tx";

export type ActionRecord = {
  id: number;
  code: string;
  title: string;
  leadAgencyId: number;
  baselineStart: string;
  baselineDue: string;
  forecastDue: string | null;
  contributorAgencyIds: number[];
  criteria: { id: number; position: number; description: string }[];
  milestones: {
    id: number;
    position: number;
    title: string;
    baselineDue: string;
    forecastDue: string | null;
    completedOn: string | null;
  }[];
};

export type UpdateRow = typeof t.progressUpdates.$inferSelect;

export type LoadedUpdate = { row: UpdateRow; action: ActionRecord; permission: PermissionContext };

async function loadActionWhere(q: Queryable, where: ReturnType<typeof eq>): Promise<ActionRecord | null> {
  const [action] = await q.select().from(t.actions).where(where).orderBy(asc(t.actions.planId)).limit(1);
  if (!action) return null;
  const [contributors, criteria, milestones] = await Promise.all([
    q
      .select({ agencyId: t.actionContributors.agencyId })
      .from(t.actionContributors)
      .where(eq(t.actionContributors.actionId, action.id)),
    q
      .select({
        id: t.completionCriteria.id,
        position: t.completionCriteria.position,
        description: t.completionCriteria.description,
      })
      .from(t.completionCriteria)
      .where(eq(t.completionCriteria.actionId, action.id))
      .orderBy(asc(t.completionCriteria.position)),
    q
      .select({
        id: t.milestones.id,
        position: t.milestones.position,
        title: t.milestones.title,
        baselineDue: t.milestones.baselineDue,
        forecastDue: t.milestones.forecastDue,
        completedOn: t.milestones.completedOn,
      })
      .from(t.milestones)
      .where(eq(t.milestones.actionId, action.id))
      .orderBy(asc(t.milestones.position)),
  ]);
  return {
    id: action.id,
    code: action.code,
    title: action.title,
    leadAgencyId: action.leadAgencyId,
    baselineStart: action.baselineStart,
    baselineDue: action.baselineDue,
    forecastDue: action.forecastDue,
    contributorAgencyIds: contributors.map((c) => c.agencyId),
    criteria,
    milestones,
  };
}

export const loadActionByCode = (q: Queryable, code: string) => loadActionWhere(q, eq(t.actions.code, code));

export function permissionContext(action: ActionRecord, row?: UpdateRow): PermissionContext {
  return {
    action: { leadAgencyId: action.leadAgencyId, contributorAgencyIds: action.contributorAgencyIds },
    update: row ? { authorId: row.authorId, agencyId: row.agencyId, state: row.state as UpdateState } : undefined,
  };
}

export function forValidation(action: ActionRecord): ActionForValidation {
  return {
    baselineDue: action.baselineDue,
    forecastDue: action.forecastDue,
    criteria: action.criteria,
    milestones: action.milestones,
  };
}

/** The update with its action; "not found" when either is missing. */
export async function loadUpdate(q: Queryable, updateId: number): Promise<LoadedUpdate> {
  if (!Number.isSafeInteger(updateId) || updateId <= 0 || updateId > 2_147_483_647) throw notFound();
  const [row] = await q.select().from(t.progressUpdates).where(eq(t.progressUpdates.id, updateId));
  if (!row) throw notFound();
  const action = await loadActionWhere(q, eq(t.actions.id, row.actionId));
  if (!action) throw notFound();
  return { row, action, permission: permissionContext(action, row) };
}

export type UpdateChildren = {
  evidenceLinks: { title: string; url: string }[];
  milestoneCompletions: { milestoneId: number; completedOn: string }[];
  milestoneForecasts: { milestoneId: number; forecastDue: string }[];
  criterionAssessments: {
    criterionId: number;
    met: boolean;
    evidenceUrl: string | null;
    evidenceReference: string | null;
  }[];
};

export async function loadChildren(q: Queryable, updateId: number): Promise<UpdateChildren> {
  const [evidence, completions, assessments, forecasts] = await Promise.all([
    q.select().from(t.updateEvidence).where(eq(t.updateEvidence.updateId, updateId)).orderBy(asc(t.updateEvidence.id)),
    q.select().from(t.updateMilestoneCompletions).where(eq(t.updateMilestoneCompletions.updateId, updateId)),
    q.select().from(t.updateCriterionAssessments).where(eq(t.updateCriterionAssessments.updateId, updateId)),
    q.select().from(t.updateMilestoneForecasts).where(eq(t.updateMilestoneForecasts.updateId, updateId)),
  ]);
  return {
    // The form only writes links with a URL; document-only evidence (seeded) has no link to show.
    evidenceLinks: evidence.flatMap((e) => (e.url ? [{ title: e.title, url: e.url }] : [])),
    milestoneCompletions: completions.map((c) => ({ milestoneId: c.milestoneId, completedOn: c.completedOn })),
    milestoneForecasts: forecasts.map((f) => ({ milestoneId: f.milestoneId, forecastDue: f.forecastDue })),
    criterionAssessments: assessments.map((a) => ({
      criterionId: a.criterionId,
      met: a.met,
      evidenceUrl: a.evidenceUrl,
      evidenceReference: a.evidenceReference,
    })),
  };
}
