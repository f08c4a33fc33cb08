import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { visibleAt } from "../visibility";
import type { DashboardScope } from "./scope";
import { FINISHED } from "./status-source";

/**
 * Each action's reporting for the scope's period, as rows (action_id, state, submitted_late,
 * submitted_at, published_at), for every action of the plan. A closed period reads what its
 * snapshot froze; an open one is worked out from the period's updates (one pass over the index on
 * (period_id, action_id)) by the rules of `complianceOf` in lib/periods/compliance.ts:
 * the most advanced non-withdrawn update decides (a published update not yet visible counts as
 * approved), nothing submitted by the end of grace is late, a first submission after it is
 * flagged late, and an action already finished with nothing for the period is not expected to report.
 */
export function complianceSource(scope: DashboardScope): SQL {
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
  const now = scope.now.toISOString();
  const grace = period.graceUntil.toISOString();
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
        from progress_updates pu where pu.period_id = ${period.id}
      ) ru
      group by ru.action_id
    ) r on r.action_id = a.id
    left join lateral (
      select pu.stage from progress_updates pu
      where pu.action_id = a.id and ${visibleAt("pu", now)}
      order by pu.published_at desc, pu.id desc limit 1
    ) lp on true
    where a.plan_id = ${scope.planId}`;
}
