import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/permissions/actor";
import { getDb } from "../db";
import { requireMonitor } from "./access";

export type ManagedIndicator = {
  code: string;
  title: string;
  unit: string;
  ownerAgency: string;
  /** The total of the most recent period with one; null when none has been recorded. */
  latestReading: { period: string; value: number } | null;
};

/** Every indicator for the management list, ordered by code as people read it (I2 before I10). */
export async function listIndicatorsForManagement(actor: Actor): Promise<ManagedIndicator[]> {
  requireMonitor(actor);
  const db = await getDb();
  const [indicators, totals] = await Promise.all([
    db
      .select({
        id: t.indicators.id,
        code: t.indicators.code,
        title: t.indicators.title,
        unit: t.indicators.unit,
        agency: t.agencies.name,
      })
      .from(t.indicators)
      .innerJoin(t.agencies, eq(t.agencies.id, t.indicators.ownerAgencyId))
      .orderBy(asc(t.indicators.code)),
    db
      .selectDistinctOn([t.indicatorReadings.indicatorId], {
        indicatorId: t.indicatorReadings.indicatorId,
        value: t.indicatorReadings.value,
        period: t.reportingPeriods.label,
      })
      .from(t.indicatorReadings)
      .innerJoin(t.reportingPeriods, eq(t.reportingPeriods.id, t.indicatorReadings.periodId))
      .where(eq(t.indicatorReadings.breakdownKind, "total"))
      .orderBy(t.indicatorReadings.indicatorId, desc(t.reportingPeriods.startsOn)),
  ]);
  const latest = new Map(totals.map((r) => [r.indicatorId, { period: r.period, value: r.value }]));
  return indicators
    .map((i) => ({
      code: i.code,
      title: i.title,
      unit: i.unit,
      ownerAgency: i.agency,
      latestReading: latest.get(i.id) ?? null,
    }))
    .sort((a, b) => a.code.localeCompare(b.code, "en-NZ", { numeric: true }));
}
