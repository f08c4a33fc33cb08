import "server-only";
import { asc, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import type { IndicatorDirection } from "@/lib/status/vocabulary";
import { getDb } from "../db";
import { indicatorNotFound, requireMonitor } from "./access";
import { EMPTY_READINGS, readingsFromRows, readingsStamp, type PeriodReadings } from "./readings";
import { linksOf } from "./snapshot";

export type IndicatorForEdit = {
  id: number;
  /** The optimistic-locking stamp the edit form carries back. */
  updatedAt: string;
  values: {
    code: string;
    title: string;
    titleMi: string | null;
    description: string;
    unit: string;
    direction: IndicatorDirection;
    baselineValue: number;
    baselineDate: string;
    targetValue: number;
    targetDate: string;
    dataSource: string;
    ownerAgencyId: number;
    actionIds: number[];
    recommendationIds: number[];
  };
  /** Periods with readings, oldest first. */
  readings: ({ periodId: number; period: string; closed: boolean } & PeriodReadings)[];
};

/** One indicator by its code (exact, as in its URL), with its links and every period's readings. */
export async function getIndicatorForEdit(actor: Actor, code: string): Promise<IndicatorForEdit> {
  requireMonitor(actor);
  const db = await getDb();
  const [row] = await db.select().from(t.indicators).where(eq(t.indicators.code, code)).limit(1);
  if (!row) throw indicatorNotFound();
  const [links, rows] = await Promise.all([
    linksOf(db, row.id),
    db
      .select({
        periodId: t.reportingPeriods.id,
        period: t.reportingPeriods.label,
        closedAt: t.reportingPeriods.closedAt,
        breakdownKind: t.indicatorReadings.breakdownKind,
        breakdownValue: t.indicatorReadings.breakdownValue,
        value: t.indicatorReadings.value,
        note: t.indicatorReadings.note,
      })
      .from(t.indicatorReadings)
      .innerJoin(t.reportingPeriods, eq(t.reportingPeriods.id, t.indicatorReadings.periodId))
      .where(eq(t.indicatorReadings.indicatorId, row.id))
      .orderBy(asc(t.reportingPeriods.startsOn), asc(t.indicatorReadings.id)),
  ]);
  const byPeriod = new Map<number, { period: string; closed: boolean; rows: typeof rows }>();
  for (const r of rows) {
    const entry = byPeriod.get(r.periodId) ?? { period: r.period, closed: r.closedAt !== null, rows: [] };
    entry.rows.push(r);
    byPeriod.set(r.periodId, entry);
  }
  return {
    id: row.id,
    updatedAt: row.updatedAt.toISOString(),
    values: {
      code: row.code,
      title: row.title,
      titleMi: row.titleMi,
      description: row.description,
      unit: row.unit,
      direction: row.direction as IndicatorDirection,
      baselineValue: row.baselineValue,
      baselineDate: row.baselineDate,
      targetValue: row.targetValue,
      targetDate: row.targetDate,
      dataSource: row.dataSource,
      ownerAgencyId: row.ownerAgencyId,
      ...links,
    },
    readings: [...byPeriod.entries()].map(([periodId, e]) => ({
      periodId,
      period: e.period,
      closed: e.closed,
      ...readingsFromRows(e.rows),
    })),
  };
}

/** The stored readings of one period and the stamp the readings form must carry back. */
export function readingsForPeriod(indicator: IndicatorForEdit, periodId: number) {
  const found = indicator.readings.find((r) => r.periodId === periodId);
  const readings: PeriodReadings = found
    ? { total: found.total, note: found.note, groups: found.groups, regions: found.regions }
    : EMPTY_READINGS;
  return { readings, stamp: readingsStamp(readings) };
}
