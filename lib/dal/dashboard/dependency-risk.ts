import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import { openRisksOf, type ScheduledWithDeps } from "@/lib/dependencies/open-risks";
import { compareActionCodes } from "@/lib/rollup/roll-up";
import { isFinishedStage, type Stage } from "@/lib/status/vocabulary";
import { getDb } from "../db";
import type { DashboardScope } from "./scope";
import { inScope, statusSource } from "./status-source";

type PlanAction = ScheduledWithDeps & { title: string; inScope: boolean };

/**
 * Every action of the plan with its schedule, predecessors and whether it is finished, as published
 * for the period (frozen in the snapshot when it is closed). One row per action: the dependency
 * graph needs the whole plan, whatever the filters.
 */
async function planSchedule(scope: DashboardScope): Promise<PlanAction[]> {
  const db = await getDb();
  const closed = scope.period.closedAt !== null;
  const result = await db.execute(sql`
    select a.code, a.title, st.stage, st.forecast_due, ${inScope(scope)} as in_scope,
      ${
        closed
          ? sql`s.payload->>'baselineStart' as baseline_start, s.payload->>'baselineDue' as baseline_due,
                (s.payload->>'foundational')::boolean as foundational, s.payload->'predecessors' as predecessors`
          : sql`a.baseline_start::text as baseline_start, a.baseline_due::text as baseline_due, a.foundational,
                coalesce(pr.codes, '[]'::jsonb) as predecessors`
      }
    from actions a
    join (${await statusSource(scope)}) st on st.action_id = a.id
    ${
      closed
        ? sql`join period_snapshots s on s.action_id = a.id and s.period_id = ${scope.period.id}`
        : sql`left join (
            select d.action_id, jsonb_agg(p.code) as codes
            from action_dependencies d join actions p on p.id = d.predecessor_id
            group by d.action_id
          ) pr on pr.action_id = a.id`
    }
    where a.plan_id = ${scope.planId}`);
  return rowsOf<{
    code: string;
    title: string;
    stage: Stage | null;
    forecast_due: string | null;
    in_scope: boolean;
    baseline_start: string;
    baseline_due: string;
    foundational: boolean;
    predecessors: string[] | string;
  }>(result).map((r) => ({
    code: r.code,
    title: r.title,
    baselineStart: r.baseline_start,
    baselineDue: r.baseline_due,
    forecastDue: r.forecast_due,
    foundational: Boolean(r.foundational),
    predecessors: typeof r.predecessors === "string" ? (JSON.parse(r.predecessors) as string[]) : r.predecessors,
    finished: isFinishedStage(r.stage),
    inScope: Boolean(r.in_scope),
  }));
}

export type HeldUpSuccessor = { code: string; title: string; startsOn: string };

export type LatePredecessor = {
  code: string;
  title: string;
  foundational: boolean;
  /** Its forecast due date, else its baseline. */
  due: string;
  /** The open successors in the scope that were meant to start before it is due. */
  successors: HeldUpSuccessor[];
};

/**
 * Unfinished predecessors due (forecast, else baseline) after an unfinished successor in the scope
 * was meant to start, foundational ones first, each with the successors it holds up directly.
 */
export async function dependencyRisks(scope: DashboardScope): Promise<LatePredecessor[]> {
  const actions = await planSchedule(scope);
  const byCode = new Map(actions.map((a) => [a.code, a]));
  const late = new Map<string, LatePredecessor>();
  for (const risk of openRisksOf(actions)) {
    const successor = byCode.get(risk.code)!;
    if (!successor.inScope) continue;
    for (const cause of risk.cause) {
      const p = byCode.get(cause.predecessor)!;
      const entry = late.get(p.code) ?? {
        code: p.code,
        title: p.title,
        foundational: p.foundational,
        due: cause.predecessorDue,
        successors: [],
      };
      entry.successors.push({ code: successor.code, title: successor.title, startsOn: successor.baselineStart });
      late.set(p.code, entry);
    }
  }
  return [...late.values()]
    .map((p) => ({ ...p, successors: p.successors.sort((x, y) => compareActionCodes(x.code, y.code)) }))
    .sort((x, y) => Number(y.foundational) - Number(x.foundational) || compareActionCodes(x.code, y.code));
}

/** The successors at risk (each once): what the drill-down flag=dependency-risk lists. */
export async function successorsAtRisk(scope: DashboardScope): Promise<string[]> {
  const codes = new Set((await dependencyRisks(scope)).flatMap((p) => p.successors.map((s) => s.code)));
  return [...codes].sort(compareActionCodes);
}
