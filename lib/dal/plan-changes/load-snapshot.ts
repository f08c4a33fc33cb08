import "server-only";
import { eq, inArray } from "drizzle-orm";
import * as t from "@/db/schema";
import { criterionKey, dependencyKey, emptyPlan, milestoneKey, type PlanSnapshot } from "@/lib/plan-changes";
import type { Queryable } from "../updates/tx";

const sorted = (values: Iterable<string>) => [...values].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));

/** The live (approved) plan, every item by its stable key with its fields as change requests name them. */
export async function loadPlanSnapshot(q: Queryable, planId: number): Promise<PlanSnapshot> {
  const [agencies, focusAreas, recommendations, workstreams, workstreamRecs, actions] = await Promise.all([
    q.select().from(t.agencies),
    q.select().from(t.focusAreas).where(eq(t.focusAreas.planId, planId)),
    q.select().from(t.recommendations).where(eq(t.recommendations.planId, planId)),
    q.select().from(t.workstreams).where(eq(t.workstreams.planId, planId)),
    q
      .select({
        workstreamId: t.workstreamRecommendations.workstreamId,
        recommendationId: t.workstreamRecommendations.recommendationId,
      })
      .from(t.workstreamRecommendations)
      .innerJoin(t.workstreams, eq(t.workstreams.id, t.workstreamRecommendations.workstreamId))
      .where(eq(t.workstreams.planId, planId)),
    q.select().from(t.actions).where(eq(t.actions.planId, planId)),
  ]);
  const ids = actions.map((a) => a.id);
  const none = ids.length === 0;
  const [contributors, actionRecs, dependencies, milestones, criteria, reported] = await Promise.all([
    none ? [] : q.select().from(t.actionContributors).where(inArray(t.actionContributors.actionId, ids)),
    none ? [] : q.select().from(t.actionRecommendations).where(inArray(t.actionRecommendations.actionId, ids)),
    none ? [] : q.select().from(t.actionDependencies).where(inArray(t.actionDependencies.actionId, ids)),
    none ? [] : q.select().from(t.milestones).where(inArray(t.milestones.actionId, ids)),
    none ? [] : q.select().from(t.completionCriteria).where(inArray(t.completionCriteria.actionId, ids)),
    none ? emptyReported : reportedItems(q, ids),
  ]);

  const agencySlug = new Map(agencies.map((a) => [a.id, a.slug]));
  const focusNumber = new Map(focusAreas.map((f) => [f.id, String(f.number)]));
  const recNumber = new Map(recommendations.map((r) => [r.id, String(r.number)]));
  const workstreamNumber = new Map(workstreams.map((w) => [w.id, String(w.number)]));
  const actionCode = new Map(actions.map((a) => [a.id, a.code]));
  const grouped = <R>(rows: R[], by: (r: R) => number, value: (r: R) => string | undefined) => {
    const map = new Map<number, string[]>();
    for (const r of rows) {
      const v = value(r);
      if (v !== undefined) map.set(by(r), [...(map.get(by(r)) ?? []), v]);
    }
    return (id: number) => sorted(map.get(id) ?? []);
  };
  const recsOfWorkstream = grouped(
    workstreamRecs,
    (r) => r.workstreamId,
    (r) => recNumber.get(r.recommendationId),
  );
  const recsOfAction = grouped(
    actionRecs,
    (r) => r.actionId,
    (r) => recNumber.get(r.recommendationId),
  );
  const contributorsOf = grouped(
    contributors,
    (r) => r.actionId,
    (r) => agencySlug.get(r.agencyId),
  );

  const plan = emptyPlan();
  for (const a of agencies) plan.agencies.set(a.slug, { retired: a.retiredAt !== null });
  for (const f of focusAreas) {
    plan.items.focus_area.set(String(f.number), { title: f.title, titleMi: f.titleMi, description: f.description });
  }
  for (const r of recommendations) {
    plan.items.recommendation.set(String(r.number), {
      focusArea: focusNumber.get(r.focusAreaId) ?? null,
      title: r.title,
      titleMi: r.titleMi,
      description: r.description,
    });
  }
  for (const w of workstreams) {
    plan.items.workstream.set(String(w.number), {
      title: w.title,
      titleMi: w.titleMi,
      description: w.description,
      leadAgency: agencySlug.get(w.leadAgencyId) ?? null,
      recommendations: recsOfWorkstream(w.id),
    });
  }
  for (const a of actions) {
    plan.items.action.set(a.code, {
      title: a.title,
      titleMi: a.titleMi,
      description: a.description,
      workstream: workstreamNumber.get(a.workstreamId) ?? null,
      recommendations: recsOfAction(a.id),
      leadAgency: agencySlug.get(a.leadAgencyId) ?? null,
      contributors: contributorsOf(a.id),
      foundational: a.foundational,
      baselineStart: a.baselineStart,
      baselineDue: a.baselineDue,
      planState: a.planState,
      supersededBy: sorted(a.supersededBy),
    });
  }
  for (const m of milestones) {
    if (reported.milestones.has(m.id)) plan.reported.add(milestoneKey(actionCode.get(m.actionId)!, m.position));
    plan.items.milestone.set(milestoneKey(actionCode.get(m.actionId)!, m.position), {
      title: m.title,
      titleMi: m.titleMi,
      baselineDue: m.baselineDue,
      weight: m.weight,
    });
  }
  for (const c of criteria) {
    if (reported.criteria.has(c.id)) plan.reported.add(criterionKey(actionCode.get(c.actionId)!, c.position));
    plan.items.criterion.set(criterionKey(actionCode.get(c.actionId)!, c.position), { description: c.description });
  }
  for (const d of dependencies) {
    plan.dependencies.add(dependencyKey(actionCode.get(d.actionId)!, actionCode.get(d.predecessorId)!));
  }
  return plan;
}

const emptyReported = { milestones: new Set<number>(), criteria: new Set<number>() };

/** The milestones and criteria of these actions that any progress update, in any state, has reported on. */
async function reportedItems(q: Queryable, actionIds: number[]) {
  const [completions, forecasts, assessments] = await Promise.all([
    q
      .selectDistinct({ id: t.updateMilestoneCompletions.milestoneId })
      .from(t.updateMilestoneCompletions)
      .innerJoin(t.milestones, eq(t.milestones.id, t.updateMilestoneCompletions.milestoneId))
      .where(inArray(t.milestones.actionId, actionIds)),
    q
      .selectDistinct({ id: t.updateMilestoneForecasts.milestoneId })
      .from(t.updateMilestoneForecasts)
      .innerJoin(t.milestones, eq(t.milestones.id, t.updateMilestoneForecasts.milestoneId))
      .where(inArray(t.milestones.actionId, actionIds)),
    q
      .selectDistinct({ id: t.updateCriterionAssessments.criterionId })
      .from(t.updateCriterionAssessments)
      .innerJoin(t.completionCriteria, eq(t.completionCriteria.id, t.updateCriterionAssessments.criterionId))
      .where(inArray(t.completionCriteria.actionId, actionIds)),
  ]);
  return {
    milestones: new Set([...completions, ...forecasts].map((r) => r.id)),
    criteria: new Set(assessments.map((r) => r.id)),
  };
}
