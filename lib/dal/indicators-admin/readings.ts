import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import * as t from "@/db/schema";
import type { ReadingsInput } from "@/lib/indicators/indicator-input";
import { POPULATION_GROUPS, type BreakdownKind, type PopulationGroup } from "@/lib/status/vocabulary";
import type { Queryable } from "../updates/tx";

/** One period's readings of one indicator, as the form and the audit trail show them. */
export type PeriodReadings = {
  total: number | null;
  note: string | null;
  groups: Partial<Record<PopulationGroup, number>>;
  regions: { name: string; value: number }[];
};

export type ReadingRow = { breakdownKind: string; breakdownValue: string; value: number; note: string | null };

export const EMPTY_READINGS: PeriodReadings = { total: null, note: null, groups: {}, regions: [] };

export function readingsFromRows(rows: ReadingRow[]): PeriodReadings {
  const out: PeriodReadings = { total: null, note: null, groups: {}, regions: [] };
  for (const r of rows) {
    if (r.breakdownKind === "total") {
      out.total = r.value;
      out.note = r.note;
    } else if (r.breakdownKind === "population_group") out.groups[r.breakdownValue as PopulationGroup] = r.value;
    else out.regions.push({ name: r.breakdownValue, value: r.value });
  }
  out.regions.sort((a, b) => a.name.localeCompare(b.name, "en-NZ"));
  // A fixed key order, so two equal sets print (and fingerprint) the same.
  out.groups = Object.fromEntries(POPULATION_GROUPS.flatMap((g) => (g in out.groups ? [[g, out.groups[g]]] : [])));
  return out;
}

/** The rows a reading set stands for: the total (with the note), then each group and region. */
export function rowsFromInput(input: ReadingsInput): ReadingRow[] {
  return [
    { breakdownKind: "total", breakdownValue: "", value: input.total, note: input.note },
    ...POPULATION_GROUPS.flatMap((g) => {
      const value = input.groups[g];
      return value === undefined ? [] : [{ breakdownKind: "population_group", breakdownValue: g, value, note: null }];
    }),
    ...input.regions.map((r) => ({ breakdownKind: "region", breakdownValue: r.name, value: r.value, note: null })),
  ];
}

export async function loadReadingRows(q: Queryable, indicatorId: number, periodId: number): Promise<ReadingRow[]> {
  return q
    .select({
      breakdownKind: t.indicatorReadings.breakdownKind,
      breakdownValue: t.indicatorReadings.breakdownValue,
      value: t.indicatorReadings.value,
      note: t.indicatorReadings.note,
    })
    .from(t.indicatorReadings)
    .where(and(eq(t.indicatorReadings.indicatorId, indicatorId), eq(t.indicatorReadings.periodId, periodId)))
    .orderBy(asc(t.indicatorReadings.id));
}

/**
 * A short fingerprint of what is stored for one indicator and period. The readings form carries
 * the one it was opened with; a different one at save time means someone else changed them.
 */
export function readingsStamp(readings: PeriodReadings): string {
  return createHash("sha256").update(JSON.stringify(readings)).digest("hex").slice(0, 20);
}

export const rowKey = (r: { breakdownKind: string; breakdownValue: string }) =>
  `${r.breakdownKind as BreakdownKind}:${r.breakdownValue}`;
