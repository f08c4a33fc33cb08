import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { visibleAt } from "../visibility";
import { rowsOf } from "@/db/rows";
import { classifyMilestone, milestoneCutoff } from "@/lib/dashboard/milestone-flags";
import { compareActionCodes } from "@/lib/rollup/roll-up";
import type { Stage } from "@/lib/status/vocabulary";
import { readPage, type PageRequest, type Paged } from "@/lib/paging/pages";
import { getDb } from "../db";
import { actionCodeOrder } from "./action-order";
import type { DashboardScope } from "./scope";
import { FINISHED, inScope, statusSource } from "./status-source";

export type MilestoneFlag = "milestones-overdue" | "milestones-slipping";

/**
 * Each action's milestones as rows (action_id, position, title, baseline_due, forecast_due,
 * completed_on; dates as dates; action_stage, the action's published stage): frozen in the snapshot
 * for a closed period, live otherwise.
 */
async function milestoneSource(scope: DashboardScope): Promise<SQL> {
  if (scope.period.closedAt) {
    return sql`
      select s.action_id, m.ord::int as position, m.value->>'title' as title,
             (m.value->>'baselineDue')::date as baseline_due, (m.value->>'forecastDue')::date as forecast_due,
             (m.value->>'completedOn')::date as completed_on, s.payload->>'stage' as action_stage
      from period_snapshots s
      cross join lateral jsonb_array_elements(s.payload->'milestones') with ordinality as m(value, ord)
      where s.period_id = ${scope.period.id}`;
  }
  return sql`
    select m.action_id, m.position, m.title, m.baseline_due, m.forecast_due, m.completed_on, st.stage as action_stage
    from milestones m join (${await statusSource(scope)}) st on st.action_id = m.action_id`;
}

/** The SQL of lib/dashboard/milestone-flags.ts#classifyMilestone, on alias `ms`. */
function flagWhere(flag: MilestoneFlag, cutoff: string): SQL {
  const open = sql`ms.completed_on is null and (ms.action_stage is null or ms.action_stage not in (${FINISHED}))`;
  return flag === "milestones-overdue"
    ? sql`${open} and coalesce(ms.forecast_due, ms.baseline_due) < ${cutoff}::date`
    : sql`${open} and ms.forecast_due > ms.baseline_due`;
}

const eitherFlag = (cutoff: string) =>
  sql`(${flagWhere("milestones-overdue", cutoff)}) or (${flagWhere("milestones-slipping", cutoff)})`;

/** The drill-down condition (alias `a`): the action has a milestone with the flag. */
export async function milestoneFlagCondition(scope: DashboardScope, flag: MilestoneFlag): Promise<SQL> {
  const cutoff = milestoneCutoff(scope.period, scope.now);
  return sql`exists (select 1 from (${await milestoneSource(scope)}) ms where ms.action_id = a.id and ${flagWhere(flag, cutoff)})`;
}

export type MilestoneCounts = {
  workstream: number;
  label: string;
  /** Actions with at least one overdue milestone; actions with at least one slipping one. */
  overdueActions: number;
  slippingActions: number;
  overdueMilestones: number;
  slippingMilestones: number;
};

/** Per workstream, how many actions (and milestones) are overdue or slipping: counted in SQL. */
export async function milestoneCounts(scope: DashboardScope): Promise<MilestoneCounts[]> {
  const db = await getDb();
  const cutoff = milestoneCutoff(scope.period, scope.now);
  const overdue = flagWhere("milestones-overdue", cutoff);
  const slipping = flagWhere("milestones-slipping", cutoff);
  const result = await db.execute(sql`
    select w.number as workstream, w.number::text || '. ' || w.title as label,
      count(distinct a.id) filter (where ${overdue})::int as overdue_actions,
      count(distinct a.id) filter (where ${slipping})::int as slipping_actions,
      count(*) filter (where ${overdue})::int as overdue_milestones,
      count(*) filter (where ${slipping})::int as slipping_milestones
    from actions a
    join (${await milestoneSource(scope)}) ms on ms.action_id = a.id
    join workstreams w on w.id = a.workstream_id
    where ${inScope(scope)} and (${eitherFlag(cutoff)})
    group by w.number, w.title
    order by w.number`);
  return rowsOf<Record<string, string | number>>(result).map((r) => ({
    workstream: Number(r.workstream),
    label: String(r.label),
    overdueActions: Number(r.overdue_actions),
    slippingActions: Number(r.slipping_actions),
    overdueMilestones: Number(r.overdue_milestones),
    slippingMilestones: Number(r.slipping_milestones),
  }));
}

export type FlaggedMilestone = {
  code: string;
  actionTitle: string;
  workstream: number;
  milestone: string;
  baselineDue: string;
  forecastDue: string | null;
  overdueDays: number | null;
  slipDays: number | null;
  explanation: string | null;
  recoveryStep: string | null;
};

/** The overdue or slipping milestones of the scope (aliases `a`, `ms`, `w`). */
async function flaggedFrom(scope: DashboardScope, cutoff: string): Promise<SQL> {
  return sql`
    from actions a
    join (${await milestoneSource(scope)}) ms on ms.action_id = a.id
    join workstreams w on w.id = a.workstream_id
    where ${inScope(scope)} and (${eitherFlag(cutoff)})`;
}

/** The explanation and recovery step of action `f.action_id`'s latest published update as the period sees it (alias `u`). */
function whyOf(scope: DashboardScope): SQL {
  return scope.period.closedAt
    ? sql`left join lateral (
        select s.payload->'update'->>'explanation' as explanation, s.payload->'update'->>'recoveryStep' as recovery_step
        from period_snapshots s where s.period_id = ${scope.period.id} and s.action_id = f.action_id) u on true`
    : sql`left join lateral (
        select pu.explanation, pu.recovery_step from progress_updates pu
        where pu.action_id = f.action_id and ${visibleAt("pu", scope.now)}
        order by pu.published_at desc, pu.id desc limit 1) u on true`;
}

/** Longest overdue first (earliest forecast, else baseline, due date), then by action code and milestone. */
const PAGE_ORDER = (ms: string, a: string) =>
  sql`coalesce(${sql.raw(ms)}.forecast_due, ${sql.raw(ms)}.baseline_due), ${actionCodeOrder(a)}, ${sql.raw(ms)}.position`;

/**
 * The flagged milestones with their action's latest explanation and recovery step, all of them or
 * one page (in PAGE_ORDER). The page is chosen first, so only its actions' updates are read.
 */
async function readFlagged(
  scope: DashboardScope,
  cutoff: string,
  page: { limit: number; offset: number } | null,
): Promise<(FlaggedMilestone & { position: number })[]> {
  const db = await getDb();
  const result = await db.execute(sql`
    select f.code, f.action_title, f.workstream, f.position, f.milestone, f.baseline_due::text as baseline_due,
           f.forecast_due::text as forecast_due, f.action_stage, u.explanation, u.recovery_step
    from (
      select a.id as action_id, a.code, a.title as action_title, w.number as workstream, ms.position,
             ms.title as milestone, ms.baseline_due, ms.forecast_due, ms.action_stage
      ${await flaggedFrom(scope, cutoff)}
      ${page ? sql`order by ${PAGE_ORDER("ms", "a")} limit ${page.limit} offset ${page.offset}` : sql``}
    ) f
    ${whyOf(scope)}
    ${page ? sql`order by ${PAGE_ORDER("f", "f")}` : sql``}`);
  return rowsOf<Record<string, string | number | null>>(result).map((r) => {
    const m = { baselineDue: String(r.baseline_due), forecastDue: (r.forecast_due as string | null) ?? null };
    const flags = classifyMilestone({ ...m, completedOn: null }, (r.action_stage as Stage | null) ?? null, cutoff);
    return {
      code: String(r.code),
      actionTitle: String(r.action_title),
      workstream: Number(r.workstream),
      milestone: String(r.milestone),
      ...m,
      ...flags,
      explanation: (r.explanation as string | null) || null,
      recoveryStep: (r.recovery_step as string | null) || null,
      position: Number(r.position),
    };
  });
}

/**
 * Every overdue or slipping milestone in the scope, with the explanation and recovery step of the
 * action's latest published update (from the snapshot for a closed period).
 */
export async function flaggedMilestones(scope: DashboardScope): Promise<FlaggedMilestone[]> {
  const cutoff = milestoneCutoff(scope.period, scope.now);
  return (await readFlagged(scope, cutoff, null))
    .sort((x, y) => compareActionCodes(x.code, y.code) || x.position - y.position)
    .map(({ position: _p, ...m }) => m);
}

/**
 * One page of them, the longest overdue first (earliest forecast, else baseline, due date), then
 * by action code and milestone: counted and limited in SQL.
 */
export async function flaggedMilestonesPage(
  scope: DashboardScope,
  request: PageRequest,
): Promise<Paged<FlaggedMilestone>> {
  const db = await getDb();
  const cutoff = milestoneCutoff(scope.period, scope.now);
  const page = await readPage(
    request,
    async () =>
      Number(
        rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n ${await flaggedFrom(scope, cutoff)}`))[0]
          ?.n ?? 0,
      ),
    (limit, offset) => readFlagged(scope, cutoff, { limit, offset }),
  );
  return { ...page, rows: page.rows.map(({ position: _p, ...m }) => m) };
}
