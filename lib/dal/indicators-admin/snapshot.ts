import "server-only";
import { asc, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Queryable } from "../updates/tx";

export type IndicatorRow = typeof t.indicators.$inferSelect;

/** What the audit trail records of an indicator: its fields and its links, nothing internal. */
export type IndicatorSnapshot = {
  code: string;
  title: string;
  titleMi: string | null;
  description: string;
  unit: string;
  direction: string;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  targetDate: string;
  dataSource: string;
  ownerAgencyId: number;
  actionIds: number[];
  recommendationIds: number[];
};

export async function linksOf(q: Queryable, indicatorId: number) {
  const [actions, recs] = await Promise.all([
    q
      .select({ id: t.indicatorActions.actionId })
      .from(t.indicatorActions)
      .where(eq(t.indicatorActions.indicatorId, indicatorId))
      .orderBy(asc(t.indicatorActions.actionId)),
    q
      .select({ id: t.indicatorRecommendations.recommendationId })
      .from(t.indicatorRecommendations)
      .where(eq(t.indicatorRecommendations.indicatorId, indicatorId))
      .orderBy(asc(t.indicatorRecommendations.recommendationId)),
  ]);
  return { actionIds: actions.map((a) => a.id), recommendationIds: recs.map((r) => r.id) };
}

export function snapshotOf(
  row: IndicatorRow,
  links: { actionIds: number[]; recommendationIds: number[] },
): IndicatorSnapshot {
  return {
    code: row.code,
    title: row.title,
    titleMi: row.titleMi,
    description: row.description,
    unit: row.unit,
    direction: row.direction,
    baselineValue: row.baselineValue,
    baselineDate: row.baselineDate,
    targetValue: row.targetValue,
    targetDate: row.targetDate,
    dataSource: row.dataSource,
    ownerAgencyId: row.ownerAgencyId,
    actionIds: links.actionIds,
    recommendationIds: links.recommendationIds,
  };
}

export const sameSnapshot = (a: IndicatorSnapshot, b: IndicatorSnapshot) => JSON.stringify(a) === JSON.stringify(b);
