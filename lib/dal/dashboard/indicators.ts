import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { cache } from "react";
import { rowsOf } from "@/db/rows";
import { trajectoryVerdict, type TrajectoryVerdict } from "@/lib/dashboard/trajectory";
import { INDICATOR_DIRECTIONS, POPULATION_GROUPS, type IndicatorDirection } from "@/lib/status/vocabulary";
import { getDb } from "../db";
import type { DashboardScope } from "./scope";
import { inScope } from "./status-source";

export type IndicatorPoint = { period: string; endsOn: string; value: number };
export type IndicatorBreakdown = { period: string; entries: { key: string; value: number }[] };

export type IndicatorStatus = {
  id: number;
  code: string;
  title: string;
  unit: string;
  direction: IndicatorDirection;
  baseline: { value: number; date: string };
  target: { value: number; date: string };
  /** Total readings up to the selected period, oldest first. */
  series: IndicatorPoint[];
  latest: IndicatorPoint | null;
  /** The latest reading against the straight line from baseline to target (lib/dashboard/trajectory.ts). */
  verdict: TrajectoryVerdict | null;
  /** The latest breakdowns reported up to the selected period. */
  populationGroups: IndicatorBreakdown | null;
  regions: IndicatorBreakdown | null;
};

/**
 * Every reading up to the selected period as rows (indicator_id, label, starts_on, ends_on, kind,
 * key, value): from the period snapshots when the selected period is closed, live otherwise.
 */
function readingSource(scope: DashboardScope): SQL {
  const upTo = sql`p.starts_on <= ${scope.period.startsOn}::date`;
  if (scope.period.closedAt) {
    return sql`
      select s.indicator_id, p.label, p.starts_on, p.ends_on::text as ends_on, r->>'breakdownKind' as kind,
             r->>'breakdownValue' as key, (r->>'value')::numeric as value
      from period_indicator_snapshots s
      join reporting_periods p on p.id = s.period_id
      cross join lateral jsonb_array_elements(s.payload->'readings') r
      where ${upTo}`;
  }
  return sql`
    select r.indicator_id, p.label, p.starts_on, p.ends_on::text as ends_on, r.breakdown_kind as kind,
           r.breakdown_value as key, r.value
    from indicator_readings r join reporting_periods p on p.id = r.period_id
    where ${upTo}`;
}

/** The indicators' definitions (as frozen for a closed period); with a filter, those linked to an action in it. */
function definitions(scope: DashboardScope): SQL {
  const linked =
    scope.workstreamId !== null || scope.agencyId !== null
      ? sql`and exists (select 1 from indicator_actions ia join actions a on a.id = ia.action_id
                        where ia.indicator_id = i.id and ${inScope(scope)})`
      : sql``;
  if (scope.period.closedAt) {
    return sql`
      select i.id, s.payload->>'code' as code, s.payload->>'title' as title, s.payload->>'unit' as unit,
             s.payload->>'direction' as direction,
             (s.payload->'baseline'->>'value')::numeric as baseline_value, s.payload->'baseline'->>'date' as baseline_date,
             (s.payload->'target'->>'value')::numeric as target_value, s.payload->'target'->>'date' as target_date
      from period_indicator_snapshots s join indicators i on i.id = s.indicator_id
      where s.period_id = ${scope.period.id} ${linked}`;
  }
  return sql`
    select i.id, i.code, i.title, i.unit, i.direction, i.baseline_value, i.baseline_date::text as baseline_date,
           i.target_value, i.target_date::text as target_date
    from indicators i where true ${linked}`;
}

type Json<T> = T | string;
const parsed = <T>(v: Json<T> | null): T | null => (typeof v === "string" ? (JSON.parse(v) as T) : v);

/**
 * Each indicator with its latest value against baseline and target, on track or not, its trend
 * and its latest breakdowns: readings aggregated per indicator in SQL. Read once per request and
 * scope (the summary and the indicators widget both show them).
 */
export const indicatorStatuses = cache(async (scope: DashboardScope): Promise<IndicatorStatus[]> => {
  const db = await getDb();
  const result = await db.execute(sql`
    with src as (${readingSource(scope)}),
    latest_breakdown as (
      select indicator_id, kind, max(starts_on) as starts_on from src where kind <> 'total' group by 1, 2
    ),
    breakdowns as (
      select src.indicator_id, src.kind, min(src.label) as label,
             jsonb_agg(jsonb_build_object('key', src.key, 'value', src.value) order by src.key) as entries
      from src join latest_breakdown lb using (indicator_id, kind, starts_on)
      group by 1, 2
    )
    select d.*,
      (select jsonb_agg(jsonb_build_object('period', src.label, 'endsOn', src.ends_on, 'value', src.value)
                        order by src.starts_on)
       from src where src.indicator_id = d.id and src.kind = 'total') as series,
      (select jsonb_build_object('period', b.label, 'entries', b.entries) from breakdowns b
       where b.indicator_id = d.id and b.kind = 'population_group') as groups,
      (select jsonb_build_object('period', b.label, 'entries', b.entries) from breakdowns b
       where b.indicator_id = d.id and b.kind = 'region') as regions
    from (${definitions(scope)}) d
    order by d.code`);
  type Row = {
    id: number;
    code: string;
    title: string;
    unit: string;
    direction: string;
    baseline_value: string | number;
    baseline_date: string;
    target_value: string | number;
    target_date: string;
    series: Json<IndicatorPoint[]> | null;
    groups: Json<IndicatorBreakdown> | null;
    regions: Json<IndicatorBreakdown> | null;
  };
  const rank = (k: string) => (POPULATION_GROUPS as readonly string[]).indexOf(k);
  return rowsOf<Row>(result).map((r) => {
    const direction = (INDICATOR_DIRECTIONS as readonly string[]).includes(r.direction)
      ? (r.direction as IndicatorDirection)
      : "maintain";
    const baseline = { value: Number(r.baseline_value), date: r.baseline_date };
    const target = { value: Number(r.target_value), date: r.target_date };
    const series = (parsed(r.series) ?? []).map((p) => ({ ...p, value: Number(p.value) }));
    const latest = series.at(-1) ?? null;
    const groups = parsed(r.groups);
    if (groups) groups.entries.sort((x, y) => rank(x.key) - rank(y.key));
    return {
      id: Number(r.id),
      code: r.code,
      title: r.title,
      unit: r.unit,
      direction,
      baseline,
      target,
      series,
      latest,
      verdict: latest
        ? trajectoryVerdict(direction, baseline, target, { value: latest.value, date: latest.endsOn })
        : null,
      populationGroups: groups,
      regions: parsed(r.regions),
    };
  });
});
