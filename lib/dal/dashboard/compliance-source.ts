import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "../db";
import { visibleAt } from "../visibility";
import type { DashboardScope } from "./scope";
import { arrayColumns, columnsOf, FINISHED, liveStatusSource } from "./status-source";

/**
 * An open period's reporting, worked out from the period's updates (one pass over the index on
 * (period_id, action_id)) and each action's live stage, by the rules of `complianceOf` in
 * lib/periods/compliance.ts.
 */
async function liveComplianceQuery(
  planId: number,
  periodId: number,
  grace: string,
  now: string,
  present: boolean,
): Promise<SQL> {
  return sql`
    select a.id as action_id,
      case when coalesce(r.best, 0) = 0 and lp.stage in (${FINISHED}) then 'not_expected'
           when coalesce(r.best, 0) <= 1 and ${now}::timestamptz >= ${grace}::timestamptz
                and not coalesce(lp.stage in (${FINISHED}), false) then 'late'
           else (array['due', 'draft', 'submitted', 'approved', 'published'])[coalesce(r.best, 0) + 1]
      end as state,
      coalesce(r.first_submitted > ${grace}::timestamptz, false) as submitted_late,
      r.first_submitted as submitted_at, r.published_at
    from actions a
    left join (
      select ru.action_id, max(ru.rank) as best,
        min(ru.submitted_at) filter (where ru.rank >= 2) as first_submitted,
        max(ru.published_at) filter (where ru.rank = 4) as published_at
      from (
        select pu.action_id, pu.submitted_at, pu.published_at,
          case
            when ${visibleAt("pu", now)} then 4
            when pu.state in ('published', 'agency_approved') then 3
            when pu.state = 'submitted' then 2
            when pu.state in ('draft', 'changes_requested') then 1
            else 0
          end as rank
        from progress_updates pu where pu.period_id = ${periodId}
      ) ru
      group by ru.action_id
    ) r on r.action_id = a.id
    left join (${await liveStatusSource({ now: new Date(now), present })}) lp on lp.action_id = a.id
    where a.plan_id = ${planId}`;
}

type ComplianceColumns = Record<"action_id" | "state" | "submitted_late" | "submitted_at" | "published_at", string>;

/**
 * The live rows once per request (the summary and the compliance widget both count them), one
 * array per column (see `arrayColumns`). Keyed by values: `cache` matches objects by identity.
 */
const liveCompliance = cache(async (planId: number, periodId: number, grace: string, now: string, present: boolean) => {
  const db = await getDb();
  const query = await liveComplianceQuery(planId, periodId, grace, now, present);
  return columnsOf<keyof ComplianceColumns>(
    await db.execute(sql`
        select ${arrayColumns(["action_id", "state", "submitted_late", "submitted_at", "published_at"])}
        from (${query}) s`),
  );
});

/**
 * Each action's reporting for the scope's period, as rows (action_id, state, submitted_late,
 * submitted_at, published_at), for every action of the plan. A closed period reads what its
 * snapshot froze; an open one is worked out live, once per request: the most advanced non-withdrawn
 * update decides (a published update not yet visible counts as approved), nothing submitted by the
 * end of grace is late, a first submission after it is flagged late, and an action already finished
 * with nothing for the period is not expected to report.
 */
export async function complianceSource(scope: DashboardScope): Promise<SQL> {
  const { period } = scope;
  if (period.closedAt) {
    const closedAt = period.closedAt.toISOString();
    return sql`
      select s.action_id, s.payload->'reporting'->>'state' as state,
             coalesce((s.payload->'reporting'->>'submittedLate')::boolean, false) as submitted_late,
             (select min(pu.submitted_at) from progress_updates pu
               where pu.period_id = s.period_id and pu.action_id = s.action_id
                 and pu.submitted_at <= ${closedAt}::timestamptz
                 and pu.state in ('submitted', 'agency_approved', 'published')) as submitted_at,
             case when s.payload->'update'->>'periodLabel' = ${period.label}
                  then (s.payload->'update'->>'publishedAt')::timestamptz end as published_at
      from period_snapshots s where s.period_id = ${period.id}`;
  }
  const c = await liveCompliance(
    scope.planId,
    period.id,
    period.graceUntil.toISOString(),
    scope.now.toISOString(),
    scope.present,
  );
  // Timestamps stay text until a query reads them (only the grid's page does).
  return sql`
    select cs.action_id, cs.state, cs.submitted_late, cs.submitted_at::timestamptz as submitted_at,
      cs.published_at::timestamptz as published_at
    from unnest(${c.action_id}::int[], ${c.state}::text[], ${c.submitted_late}::boolean[], ${c.submitted_at}::text[],
      ${c.published_at}::text[]) as cs(action_id, state, submitted_late, submitted_at, published_at)`;
}
