import "server-only";
import { sql } from "drizzle-orm";
import { nzDateOf } from "@/lib/periods/nz-time";
import { actionOverdueDays } from "@/lib/status/overdue";
import { IN_REVIEW_STATES, type Stage } from "@/lib/status/vocabulary";
import { getDb } from "../db";
import { rowsOf } from "@/db/rows";
import { complianceCounts } from "./compliance";
import { indicatorStatuses } from "./indicators";
import type { DashboardScope } from "./scope";
import { inScope, statusSource } from "./status-source";

export type DashboardSummary = {
  actions: number;
  /** Unfinished actions past their due date, by the one overdue rule. */
  overdue: number;
  /** Actions still expected to report that have nothing submitted for the period (due or late). */
  notReported: number;
  /** Updates of the scope's actions waiting for an approver or for TEC. */
  awaitingReview: number;
  /** Indicators whose latest reading is behind the line from baseline to target. */
  indicatorsOffTrack: number;
  indicators: number;
};

/**
 * The scope's actions with the codes of those overdue (as published for the period), by the one
 * overdue rule in lib/status/overdue.ts: the tile and the drill-down list share it.
 */
export async function overdueActionCodes(scope: DashboardScope): Promise<{ total: number; overdue: string[] }> {
  const db = await getDb();
  const rows = rowsOf<{ code: string; baseline_due: string; forecast_due: string | null; stage: Stage | null }>(
    await db.execute(sql`
      select a.code, a.baseline_due::text as baseline_due, st.forecast_due, st.stage
      from actions a join (${await statusSource(scope)}) st on st.action_id = a.id
      where ${inScope(scope)}`),
  );
  const today = nzDateOf(scope.now);
  const overdue = rows.filter(
    (r) =>
      actionOverdueDays({ baselineDue: r.baseline_due, forecastDue: r.forecast_due, stage: r.stage }, today) !== null,
  );
  return { total: rows.length, overdue: overdue.map((r) => r.code) };
}

/** The four numbers the dashboard opens with, each from the same source as the widget it links to. */
export async function dashboardSummary(scope: DashboardScope): Promise<DashboardSummary> {
  const db = await getDb();
  const [status, reviewRows, board, indicators] = await Promise.all([
    overdueActionCodes(scope),
    db.execute(sql`
      select count(*)::int as n from progress_updates pu join actions a on a.id = pu.action_id
      where pu.state in (${sql.join(
        IN_REVIEW_STATES.map((s) => sql`${s}`),
        sql`, `,
      )}) and ${inScope(scope)}`),
    complianceCounts(scope),
    indicatorStatuses(scope),
  ]);
  return {
    actions: status.total,
    overdue: status.overdue.length,
    notReported: board.reduce((n, a) => n + a.counts.due + a.counts.late, 0),
    awaitingReview: rowsOf<{ n: number }>(reviewRows)[0]?.n ?? 0,
    indicatorsOffTrack: indicators.filter((i) => i.verdict && !i.verdict.onTrack).length,
    indicators: indicators.length,
  };
}
