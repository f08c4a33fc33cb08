import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { cache } from "react";
import { rowsOf } from "@/db/rows";
import { FINISHED_STAGES } from "@/lib/status/vocabulary";
import { cachedPublicRead } from "../cached-public-read";
import { getDb } from "../db";
import { visibleAt } from "../visibility";
import type { DashboardScope } from "./scope";

/** The finished stages as an SQL list, for `stage in (${FINISHED})`. */
export const FINISHED = sql.raw(FINISHED_STAGES.map((s) => `'${s}'`).join(", "));

/**
 * The actions in the scope (alias `a`): the plan, and the workstream and agency filters. An agency
 * filter takes the actions it leads or contributes to.
 */
export function inScope(scope: Pick<DashboardScope, "planId" | "workstreamId" | "agencyId">): SQL {
  const parts = [sql`a.plan_id = ${scope.planId}`];
  if (scope.workstreamId !== null) parts.push(sql`a.workstream_id = ${scope.workstreamId}`);
  if (scope.agencyId !== null) {
    parts.push(sql`(a.lead_agency_id = ${scope.agencyId} or exists (
      select 1 from action_contributors ac where ac.action_id = a.id and ac.agency_id = ${scope.agencyId}))`);
  }
  return sql.join(parts, sql` and `);
}

/**
 * Every action's live published status at `now`: its latest published update is one probe of the
 * partial index on (action_id, published_at desc), so the cost grows with the actions, not with the
 * history. Stale when nothing published since the latest closed period began reports on it (the
 * probe stops at the first such update).
 */
function liveStatusQuery(now: string): SQL {
  return sql`
    select a.id as action_id, u.stage, u.confidence,
      case
        when u.stage is null then 'not_yet_reported'
        when u.stage in (${FINISHED}) then 'current'
        when lc.starts_on is null then 'current'
        when exists (
          select 1 from progress_updates cu
          where cu.action_id = a.id and ${visibleAt("cu", now)}
            -- nothing published before the period began reports on it: keeps the index range short
            and cu.published_at >= (lc.starts_on::timestamp at time zone 'Pacific/Auckland')
            and (cu.period_id in (select cp.id from reporting_periods cp where cp.starts_on >= lc.starts_on)
                 or (cu.period_id is null and (cu.published_at at time zone 'Pacific/Auckland')::date >= lc.starts_on))
        ) then 'current'
        else 'stale'
      end as system_state,
      a.forecast_due::text as forecast_due,
      u.published_at as last_published_at, up.label as last_period_label
    from actions a
    left join lateral (
      select pu.stage, pu.confidence, pu.published_at, pu.period_id from progress_updates pu
      where pu.action_id = a.id and ${visibleAt("pu", now)}
      order by pu.published_at desc, pu.id desc limit 1
    ) u on true
    left join reporting_periods up on up.id = u.period_id
    left join lateral (
      select rp.starts_on from reporting_periods rp
      where rp.closed_at is not null order by rp.starts_on desc limit 1
    ) lc on true`;
}

/**
 * Every action's live status at `now`, one PostgreSQL array (in its text form) per column, to hand
 * back as parameters: each widget's query reads them with `unnest`, which costs a fraction of
 * reading the same rows from JSON (each query parses them again).
 */
async function loadLiveStatus(now: string): Promise<StatusColumns> {
  const db = await getDb();
  return columnsOf(
    await db.execute(sql`
      select ${arrayColumns(["action_id", "stage", "confidence", "system_state", "forecast_due", "last_published_at", "last_period_label"])}
      from (${liveStatusQuery(now)}) s`),
  );
}

type StatusColumns = Record<
  "action_id" | "stage" | "confidence" | "system_state" | "forecast_due" | "last_published_at" | "last_period_label",
  string
>;

/**
 * The live status at this moment, kept in this server's memory while the public record is unchanged
 * (`cachedPublicRead`): it reads published updates, the plan's forecast dates and which periods are
 * closed, and every change to those raises the public revision, as does a scheduled update coming
 * into view. Most dashboard requests then skip the thousand index probes.
 */
const presentLiveStatus = cachedPublicRead(() => loadLiveStatus(new Date().toISOString()), 300);

/**
 * A request asking about another moment (a clock given to the scope) reads it once per request
 * (React `cache`: the summary and most widgets read it).
 */
const liveStatusAt = cache(loadLiveStatus);

/**
 * Each action's published status for the chosen period, as rows (action_id, stage, confidence,
 * system_state, forecast_due): frozen in the snapshot for a closed period, live for an open one.
 */
export async function statusSource(scope: DashboardScope): Promise<SQL> {
  if (scope.period.closedAt) {
    return sql`
      select s.action_id, s.payload->>'stage' as stage, s.payload->>'confidence' as confidence,
             s.payload->>'systemState' as system_state, s.payload->>'forecastDue' as forecast_due
      from period_snapshots s where s.period_id = ${scope.period.id}`;
  }
  return liveStatusSource(scope);
}

/**
 * Every action's live status at the scope's moment (see `statusSource`): from this server's memory
 * when the scope looks at the present, else read once per request.
 */
export async function liveStatusSource(
  scope: Pick<DashboardScope, "now" | "present">,
  { lastPublished = false } = {},
): Promise<SQL> {
  const c = await (scope.present ? presentLiveStatus() : liveStatusAt(scope.now.toISOString()));
  // Each query sends the arrays it reads, so the latest update's time and period (only the
  // unreported list reads them) go only when asked for, and stay text until then.
  if (lastPublished) {
    return sql`
      select st.action_id, st.last_published_at::timestamptz as last_published_at, st.last_period_label
      from unnest(${c.action_id}::int[], ${c.last_published_at}::text[], ${c.last_period_label}::text[])
        as st(action_id, last_published_at, last_period_label)`;
  }
  return sql`
    select * from unnest(${c.action_id}::int[], ${c.stage}::text[], ${c.confidence}::text[],
      ${c.system_state}::text[], ${c.forecast_due}::text[])
      as st(action_id, stage, confidence, system_state, forecast_due)`;
}

/**
 * `array_agg` of each named column of the subquery `s`, as the arrays' text (empty when there are no
 * rows). Aggregates of one query see the rows in the same order, so the arrays stay aligned.
 */
export function arrayColumns(columns: readonly string[]): SQL {
  return sql.raw(columns.map((c) => `coalesce(array_agg(s.${c})::text, '{}') as ${c}`).join(", "));
}

/** The one row of an `arrayColumns` query. */
export function columnsOf<K extends string>(result: unknown): Record<K, string> {
  return rowsOf<Record<K, string>>(result)[0]!;
}
