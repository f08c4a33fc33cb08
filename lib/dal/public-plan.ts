import "server-only";
import { cachedPublicRead } from "./cached-public-read";
import { asc, eq, inArray } from "drizzle-orm";
import * as t from "@/db/schema";
import { assemblePublicPlan } from "@/lib/public/assemble-public-plan";
import type { PublicPlan } from "@/lib/public/types";
import { getDb } from "./db";
import { loadHistoryDigests, loadLatestAssessments, loadLatestUpdateParts } from "./public-plan-history";

/**
 * Reads the whole public plan (published content only) in a handful of queries, each bounded by the
 * plan's size: of each action's history only its latest update and a few derived values. Reads only: the
 * jobs (lib/jobs) close periods and carry scheduled updates into the plan when their time comes.
 */
export async function loadPublicPlan(now = new Date()): Promise<PublicPlan | null> {
  const db = await getDb();
  const [plan] = await db.select().from(t.plans).orderBy(asc(t.plans.id)).limit(1);
  if (!plan) return null;

  const [versions, agencies, focusAreas, recommendations, workstreams, workstreamRecs, actions] = await Promise.all([
    db.select().from(t.planVersions).where(eq(t.planVersions.planId, plan.id)).orderBy(asc(t.planVersions.effectiveOn)),
    db.select().from(t.agencies).orderBy(asc(t.agencies.acronym)),
    db.select().from(t.focusAreas).where(eq(t.focusAreas.planId, plan.id)),
    db.select().from(t.recommendations).where(eq(t.recommendations.planId, plan.id)),
    db.select().from(t.workstreams).where(eq(t.workstreams.planId, plan.id)),
    db
      .select({
        workstreamId: t.workstreamRecommendations.workstreamId,
        recommendationId: t.workstreamRecommendations.recommendationId,
      })
      .from(t.workstreamRecommendations)
      .innerJoin(t.workstreams, eq(t.workstreams.id, t.workstreamRecommendations.workstreamId))
      .where(eq(t.workstreams.planId, plan.id)),
    db.select().from(t.actions).where(eq(t.actions.planId, plan.id)),
  ]);
  const actionIds = actions.map((a) => a.id);
  const none = actionIds.length === 0;
  const [contributors, actionRecs, dependencies, criteria, milestones, periods] = await Promise.all([
    none ? [] : db.select().from(t.actionContributors).where(inArray(t.actionContributors.actionId, actionIds)),
    none ? [] : db.select().from(t.actionRecommendations).where(inArray(t.actionRecommendations.actionId, actionIds)),
    none ? [] : db.select().from(t.actionDependencies).where(inArray(t.actionDependencies.actionId, actionIds)),
    none ? [] : db.select().from(t.completionCriteria).where(inArray(t.completionCriteria.actionId, actionIds)),
    none ? [] : db.select().from(t.milestones).where(inArray(t.milestones.actionId, actionIds)),
    db.select().from(t.reportingPeriods).orderBy(asc(t.reportingPeriods.startsOn)),
  ]);
  // Each action's history is reduced in the database to a few values per action (lib/dal/public-plan-history.ts):
  // what is read here grows with the plan, never with the number of updates published.
  const [latestClosed, previousClosed] = periods
    .filter((p) => p.closedAt !== null)
    .sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  const [digests, { evidence, completions }, assessments] = await Promise.all([
    none ? [] : loadHistoryDigests(db, plan.id, latestClosed ?? null, previousClosed ?? null),
    none ? { evidence: [], completions: [] } : loadLatestUpdateParts(db, plan.id),
    none ? [] : loadLatestAssessments(db, plan.id),
  ]);

  return assemblePublicPlan(
    {
      plan,
      versions,
      agencies,
      focusAreas,
      recommendations,
      workstreams,
      workstreamRecs,
      actions,
      contributors,
      actionRecs,
      dependencies,
      criteria,
      milestones,
      periods,
      digests,
      evidence,
      completions,
      assessments,
    },
    now,
  );
}

/**
 * The public plan for pages and the API, loaded again whenever the public record changes (on any
 * server) and refreshed in the background every five minutes for what only time changes.
 */
export const getPublicPlan = cachedPublicRead(() => loadPublicPlan(), 300);
