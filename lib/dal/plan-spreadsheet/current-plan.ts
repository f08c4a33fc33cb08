import "server-only";
import { asc, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import { compareActionCodes } from "@/lib/rollup/compare-action-codes";
import type { AgencyRef, PlanSheets } from "@/lib/plan-spreadsheet";
import type { Queryable } from "../updates/tx";

export type CurrentPlan = { planId: number; sheets: PlanSheets; agencies: AgencyRef[] };

const list = (items: (string | number)[]) =>
  [...new Set(items)]
    .sort((a, b) => (typeof a === "number" && typeof b === "number" ? a - b : String(a) < String(b) ? -1 : 1))
    .join(", ");

function groupBy<T>(rows: T[], key: (r: T) => number, value: (r: T) => string | number) {
  const map = new Map<number, (string | number)[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), value(r)]);
  return (id: number) => list(map.get(id) ?? []);
}

/** The plan as it stands, in the spreadsheet layout's canonical text (what export writes). */
export async function readCurrentPlan(db: Queryable): Promise<CurrentPlan> {
  const [plan] = await db.select({ id: t.plans.id }).from(t.plans).orderBy(asc(t.plans.id)).limit(1);
  if (!plan) throw new Error("There is no plan in the database.");
  const planId = plan.id;
  const [agencies, focus, recs, ws, wsRecs, acts, contributors, actRecs, deps, criteria, milestones] =
    await Promise.all([
      db.select().from(t.agencies),
      db.select().from(t.focusAreas).where(eq(t.focusAreas.planId, planId)).orderBy(asc(t.focusAreas.number)),
      db
        .select()
        .from(t.recommendations)
        .where(eq(t.recommendations.planId, planId))
        .orderBy(asc(t.recommendations.number)),
      db.select().from(t.workstreams).where(eq(t.workstreams.planId, planId)).orderBy(asc(t.workstreams.number)),
      db.select().from(t.workstreamRecommendations),
      db.select().from(t.actions).where(eq(t.actions.planId, planId)),
      db.select().from(t.actionContributors),
      db.select().from(t.actionRecommendations),
      db.select().from(t.actionDependencies),
      db.select().from(t.completionCriteria).orderBy(asc(t.completionCriteria.position)),
      db.select().from(t.milestones).orderBy(asc(t.milestones.position)),
    ]);
  const agencySlug = new Map(agencies.map((a) => [a.id, a.slug]));
  const focusNumber = new Map(focus.map((f) => [f.id, f.number]));
  const recNumber = new Map(recs.map((r) => [r.id, r.number]));
  const wsNumber = new Map(ws.map((w) => [w.id, w.number]));
  const actionCode = new Map(acts.map((a) => [a.id, a.code]));
  const byCode = (a: { action: string }, b: { action: string }) => compareActionCodes(a.action, b.action);
  const wsRecList = groupBy(
    wsRecs,
    (r) => r.workstreamId,
    (r) => recNumber.get(r.recommendationId) ?? 0,
  );
  const actRecList = groupBy(
    actRecs,
    (r) => r.actionId,
    (r) => recNumber.get(r.recommendationId) ?? 0,
  );
  const contributorList = groupBy(
    contributors,
    (r) => r.actionId,
    (r) => agencySlug.get(r.agencyId) ?? "",
  );
  const mine = (actionId: number) => actionCode.has(actionId);

  const sheets: PlanSheets = {
    focus_areas: focus.map((f) => ({
      number: String(f.number),
      title: f.title,
      title_mi: f.titleMi ?? "",
      description: f.description,
    })),
    recommendations: recs.map((r) => ({
      number: String(r.number),
      focus_area: String(focusNumber.get(r.focusAreaId)),
      title: r.title,
      title_mi: r.titleMi ?? "",
      description: r.description,
    })),
    workstreams: ws.map((w) => ({
      number: String(w.number),
      title: w.title,
      title_mi: w.titleMi ?? "",
      description: w.description,
      lead_agency: agencySlug.get(w.leadAgencyId) ?? "",
      recommendations: wsRecList(w.id),
    })),
    actions: acts
      .map((a) => ({
        code: a.code,
        title: a.title,
        title_mi: a.titleMi ?? "",
        description: a.description,
        workstream: String(wsNumber.get(a.workstreamId)),
        recommendations: actRecList(a.id),
        lead_agency: agencySlug.get(a.leadAgencyId) ?? "",
        contributing_agencies: contributorList(a.id),
        foundational: a.foundational ? "yes" : "no",
        baseline_start: a.baselineStart,
        baseline_due: a.baselineDue,
      }))
      .sort((a, b) => compareActionCodes(a.code, b.code)),
    milestones: milestones
      .filter((m) => mine(m.actionId))
      .map((m) => ({
        action: actionCode.get(m.actionId)!,
        position: String(m.position),
        title: m.title,
        title_mi: m.titleMi ?? "",
        baseline_due: m.baselineDue,
        weight: String(m.weight),
      }))
      .sort(byCode),
    completion_criteria: criteria
      .filter((c) => mine(c.actionId))
      .map((c) => ({ action: actionCode.get(c.actionId)!, position: String(c.position), description: c.description }))
      .sort(byCode),
    dependencies: deps
      .filter((d) => mine(d.actionId))
      .map((d) => ({ action: actionCode.get(d.actionId)!, predecessor: actionCode.get(d.predecessorId)! }))
      .sort((a, b) => byCode(a, b) || compareActionCodes(a.predecessor, b.predecessor)),
  };
  return {
    planId,
    sheets,
    agencies: agencies.map((a) => ({ slug: a.slug, acronym: a.acronym, retired: a.retiredAt !== null })),
  };
}
