import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import { compareActionCodes } from "@/lib/rollup/compare-action-codes";
import type { Actor } from "@/lib/permissions/actor";
import { assignableAgency } from "../agency-assignment";
import { getDb } from "../db";
import { requireMonitor } from "./access";
import { currentPlanId } from "./references";

export type IndicatorFormOptions = {
  agencies: { id: number; name: string; acronym: string }[];
  actions: { id: number; code: string; title: string }[];
  recommendations: { id: number; number: number; title: string }[];
  /** Newest first; closed periods are frozen and cannot take readings. */
  periods: { id: number; label: string; closed: boolean }[];
};

/**
 * The choices the indicator forms offer: agencies that may be assigned (active ones, and the owner
 * the indicator already has, retired or not), the current plan's actions and recommendations, periods.
 */
export async function getIndicatorFormOptions(actor: Actor, ownerAgencyId?: number): Promise<IndicatorFormOptions> {
  requireMonitor(actor);
  const db = await getDb();
  const planId = (await currentPlanId(db)) ?? -1;
  const [agencies, actions, recommendations, periods] = await Promise.all([
    db
      .select({ id: t.agencies.id, name: t.agencies.name, acronym: t.agencies.acronym })
      .from(t.agencies)
      .where(assignableAgency(ownerAgencyId === undefined ? [] : [ownerAgencyId]))
      .orderBy(asc(t.agencies.name)),
    db
      .select({ id: t.actions.id, code: t.actions.code, title: t.actions.title })
      .from(t.actions)
      .where(eq(t.actions.planId, planId)),
    db
      .select({ id: t.recommendations.id, number: t.recommendations.number, title: t.recommendations.title })
      .from(t.recommendations)
      .where(eq(t.recommendations.planId, planId))
      .orderBy(asc(t.recommendations.number)),
    db
      .select({ id: t.reportingPeriods.id, label: t.reportingPeriods.label, closedAt: t.reportingPeriods.closedAt })
      .from(t.reportingPeriods)
      .orderBy(desc(t.reportingPeriods.startsOn)),
  ]);
  return {
    agencies,
    actions: actions.sort((a, b) => compareActionCodes(a.code, b.code)),
    recommendations,
    periods: periods.map((p) => ({ id: p.id, label: p.label, closed: p.closedAt !== null })),
  };
}
