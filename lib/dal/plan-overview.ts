import "server-only";
import { asc, count, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Provenance } from "@/lib/status/vocabulary";
import { getDb } from "./db";

export type PlanOverview = {
  title: string;
  titleMi: string | null;
  strategyTitle: string;
  strategyTitleMi: string | null;
  startsOn: string;
  endsOn: string;
  approvedOn: string | null;
  approvedBy: string | null;
  focusAreas: {
    number: number;
    title: string;
    description: string;
    provenance: Provenance;
    recommendations: { number: number; title: string; provenance: Provenance }[];
  }[];
  workstreams: {
    number: number;
    title: string;
    provenance: Provenance;
    leadAgency: { slug: string; acronym: string; name: string; nameMi: string | null };
    actionCount: number;
  }[];
  /** How many plan items on this page are illustrative demo content rather than confirmed facts. */
  illustrativeCount: number;
};

/** The public shape of the plan for the overview page; null when no plan has been loaded. */
export async function getPlanOverview(): Promise<PlanOverview | null> {
  const db = await getDb();
  const [plan] = await db.select().from(t.plans).orderBy(asc(t.plans.id)).limit(1);
  if (!plan) return null;

  const [focusAreas, recommendations, workstreams] = await Promise.all([
    db.select().from(t.focusAreas).where(eq(t.focusAreas.planId, plan.id)).orderBy(asc(t.focusAreas.number)),
    db
      .select()
      .from(t.recommendations)
      .where(eq(t.recommendations.planId, plan.id))
      .orderBy(asc(t.recommendations.number)),
    db
      .select({
        number: t.workstreams.number,
        title: t.workstreams.title,
        provenance: t.workstreams.provenance,
        agencySlug: t.agencies.slug,
        agencyAcronym: t.agencies.acronym,
        agencyName: t.agencies.name,
        agencyNameMi: t.agencies.nameMi,
        actionCount: count(t.actions.id),
      })
      .from(t.workstreams)
      .innerJoin(t.agencies, eq(t.agencies.id, t.workstreams.leadAgencyId))
      .leftJoin(t.actions, eq(t.actions.workstreamId, t.workstreams.id))
      .where(eq(t.workstreams.planId, plan.id))
      .groupBy(t.workstreams.id, t.agencies.id)
      .orderBy(asc(t.workstreams.number)),
  ]);

  const provenances = [...focusAreas, ...recommendations, ...workstreams].map((i) => i.provenance);
  return {
    title: plan.title,
    titleMi: plan.titleMi,
    strategyTitle: plan.strategyTitle,
    strategyTitleMi: plan.strategyTitleMi,
    startsOn: plan.startsOn,
    endsOn: plan.endsOn,
    approvedOn: plan.approvedOn,
    approvedBy: plan.approvedBy,
    focusAreas: focusAreas.map((f) => ({
      number: f.number,
      title: f.title,
      description: f.description,
      provenance: f.provenance as Provenance,
      recommendations: recommendations
        .filter((r) => r.focusAreaId === f.id)
        .map((r) => ({ number: r.number, title: r.title, provenance: r.provenance as Provenance })),
    })),
    workstreams: workstreams.map((w) => ({
      number: w.number,
      title: w.title,
      provenance: w.provenance as Provenance,
      leadAgency: { slug: w.agencySlug, acronym: w.agencyAcronym, name: w.agencyName, nameMi: w.agencyNameMi },
      actionCount: Number(w.actionCount),
    })),
    illustrativeCount: provenances.filter((p) => p === "illustrative").length,
  };
}
