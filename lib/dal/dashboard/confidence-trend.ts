import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import { confidenceCategory, MIX_ORDER, type ConfidenceCategory } from "@/lib/rollup/roll-up";
import type { Confidence, SystemState } from "@/lib/status/vocabulary";
import { cachedPublicRead } from "../cached-public-read";
import { getDb } from "../db";
import type { DashboardScope, ScopePeriod } from "./scope";
import { inScope, statusSource } from "./status-source";

export type TrendRow = {
  period: ScopePeriod;
  /** True for the period being reported on now, counted live rather than from a snapshot. */
  live: boolean;
  total: number;
  byConfidence: Record<ConfidenceCategory, number>;
};

/** The period reported on now: the oldest one not closed that has begun. */
export function livePeriod(scope: DashboardScope): ScopePeriod | null {
  return scope.periods.find((p) => !p.closedAt && p.phase !== "upcoming") ?? null;
}

type Counted = { period_id: number; system_state: SystemState; confidence: Confidence | null; n: number };
type Slice = Pick<DashboardScope, "planId" | "workstreamId" | "agencyId">;

/** The confidence mix of the slice's actions in every closed period, counted in SQL per period. */
async function loadFrozenCounts(slice: Slice): Promise<Counted[]> {
  const db = await getDb();
  return rowsOf<Counted>(
    await db.execute(sql`
      select s.period_id, s.payload->>'systemState' as system_state, s.payload->>'confidence' as confidence,
             count(*)::int as n
      from period_snapshots s
      join actions a on a.id = s.action_id
      where ${inScope(slice)}
      group by 1, 2, 3`),
  );
}

/**
 * Snapshots never change once frozen, so each slice's counts are kept in this server's memory while
 * the public record is unchanged: freezing a period, or moving an action to another workstream or
 * agency, changes it (db/migrations/0007_public_revision.sql) and the counts are read again. One
 * entry per slice: at most (workstreams + 1) × (agencies + 1).
 */
const frozenReads = new Map<string, () => Promise<Counted[]>>();
function frozenCounts({ planId, workstreamId, agencyId }: Slice): Promise<Counted[]> {
  const key = `${planId}|${workstreamId}|${agencyId}`;
  let read = frozenReads.get(key);
  if (!read) {
    read = cachedPublicRead(() => loadFrozenCounts({ planId, workstreamId, agencyId }), 3600);
    frozenReads.set(key, read);
  }
  return read();
}

/**
 * The confidence mix of the scope's actions in every closed period (from its snapshot, counted in
 * SQL per period) and in the period reported on now (live), oldest first.
 */
export async function confidenceTrend(scope: DashboardScope): Promise<TrendRow[]> {
  const db = await getDb();
  const current = livePeriod(scope);
  const [frozen, live] = await Promise.all([
    frozenCounts(scope),
    current
      ? db.execute(sql`
          select ${current.id}::int as period_id, st.system_state, st.confidence, count(*)::int as n
          from actions a join (${await statusSource({ ...scope, period: current })}) st on st.action_id = a.id
          where ${inScope(scope)}
          group by 1, 2, 3`)
      : Promise.resolve([]),
  ]);
  const rows = new Map<number, TrendRow>();
  for (const r of [...frozen, ...rowsOf<Counted>(live)]) {
    const period = scope.periods.find((p) => p.id === Number(r.period_id));
    if (!period) continue;
    const row = rows.get(period.id) ?? {
      period,
      live: period.id === current?.id,
      total: 0,
      byConfidence: Object.fromEntries(MIX_ORDER.map((k) => [k, 0])) as Record<ConfidenceCategory, number>,
    };
    const n = Number(r.n);
    row.total += n;
    row.byConfidence[confidenceCategory({ systemState: r.system_state, confidence: r.confidence })] += n;
    rows.set(period.id, row);
  }
  return [...rows.values()].sort((x, y) => x.period.startsOn.localeCompare(y.period.startsOn));
}
