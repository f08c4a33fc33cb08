import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import { confidenceCategory, MIX_ORDER, type ConfidenceCategory, type StageCategory } from "@/lib/rollup/roll-up";
import { STAGES, type Confidence, type Stage, type SystemState } from "@/lib/status/vocabulary";
import { getDb } from "../db";
import type { DashboardScope } from "./scope";
import { inScope, statusSource } from "./status-source";

export type MixGroup = "workstream" | "agency";

export type MixRow = {
  /** The workstream number or the lead agency's slug: what the drill-down filters on. */
  key: string;
  label: string;
  total: number;
  byConfidence: Record<ConfidenceCategory, number>;
  byStage: Record<StageCategory, number>;
};

const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const STAGE_CATEGORIES: readonly StageCategory[] = [...STAGES, "not_yet_reported"];

/**
 * The status mix of the scope's actions by workstream or by lead agency, counted in SQL (one row
 * per group and status combination). An action counts once: under its primary workstream, or
 * under its lead agency.
 */
export async function statusMix(scope: DashboardScope, by: MixGroup): Promise<MixRow[]> {
  const db = await getDb();
  const group =
    by === "workstream"
      ? sql`w.number::text as key, w.number::text || '. ' || w.title as label, w.number as ord`
      : sql`ag.slug as key, ag.acronym as label, ag.acronym as ord`;
  const result = await db.execute(sql`
    select ${group}, st.stage, st.confidence, st.system_state, count(*)::int as n
    from actions a
    join (${await statusSource(scope)}) st on st.action_id = a.id
    join workstreams w on w.id = a.workstream_id
    join agencies ag on ag.id = a.lead_agency_id
    where ${inScope(scope)}
    group by 1, 2, 3, 4, 5, 6
    order by 3`);
  const rows = new Map<string, MixRow>();
  for (const r of rowsOf<{
    key: string;
    label: string;
    stage: Stage | null;
    confidence: Confidence | null;
    system_state: SystemState;
    n: number;
  }>(result)) {
    const row = rows.get(r.key) ?? {
      key: r.key,
      label: r.label,
      total: 0,
      byConfidence: zeroes(MIX_ORDER),
      byStage: zeroes(STAGE_CATEGORIES),
    };
    const n = Number(r.n);
    row.total += n;
    row.byConfidence[confidenceCategory({ systemState: r.system_state, confidence: r.confidence })] += n;
    row.byStage[r.stage ?? "not_yet_reported"] += n;
    rows.set(r.key, row);
  }
  return [...rows.values()];
}
