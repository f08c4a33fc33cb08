import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import { compareActionCodes } from "@/lib/rollup/roll-up";
import { readPage, type PageRequest, type Paged } from "@/lib/paging/pages";
import { getDb } from "../db";
import { actionCodeOrder } from "./action-order";
import type { DashboardScope } from "./scope";
import { inScope, liveStatusSource, statusSource } from "./status-source";

export type UnreportedAction = {
  code: string;
  title: string;
  workstream: number;
  leadAgency: string;
  systemState: "stale" | "not_yet_reported";
  lastPublishedAt: Date | null;
  lastPeriod: string | null;
  /** Reporting periods due since the last published update (or since the action began), up to this one. */
  periodsMissed: number;
};

export type UnreportedByWorkstream = { number: number; title: string; stale: number; notYetReported: number };

/**
 * Each action's latest published update as the period sees it: (action_id, published_at,
 * period_label). Live, the status rows carry it (kept with them, sent only here).
 */
async function lastPublished(scope: DashboardScope): Promise<SQL> {
  if (scope.period.closedAt) {
    return sql`
      select s.action_id, (s.payload->'update'->>'publishedAt')::timestamptz as published_at,
             s.payload->'update'->>'periodLabel' as period_label
      from period_snapshots s where s.period_id = ${scope.period.id}`;
  }
  return sql`
    select st.action_id, st.last_published_at as published_at, st.last_period_label as period_label
    from (${await liveStatusSource(scope, { lastPublished: true })}) st`;
}

/** The stale and never-reported actions of the scope (alias `a`), with `lu` (last published) and `missed`. */
async function unreportedFrom(scope: DashboardScope): Promise<SQL> {
  return sql`
    from actions a
    join (${await statusSource(scope)}) st on st.action_id = a.id
    join (${await lastPublished(scope)}) lu on lu.action_id = a.id
    left join reporting_periods lpp on lpp.label = lu.period_label
    join workstreams w on w.id = a.workstream_id
    join agencies ag on ag.id = a.lead_agency_id
    where ${inScope(scope)} and st.system_state in ('stale', 'not_yet_reported')`;
}

async function readUnreported(scope: DashboardScope, tail: SQL): Promise<UnreportedAction[]> {
  const db = await getDb();
  const at = (scope.period.closedAt ?? scope.now).toISOString();
  const result = await db.execute(sql`
    select * from (
      select a.code, a.title, w.number as workstream, ag.acronym as lead_agency, st.system_state,
        lu.published_at, lu.period_label,
        (select count(*)::int from reporting_periods rp
          where rp.starts_on <= ${scope.period.startsOn}::date
            and rp.due_at <= ${at}::timestamptz
            and rp.ends_on >= a.baseline_start
            and (lu.published_at is null
                 or rp.starts_on > coalesce(lpp.starts_on, (lu.published_at at time zone 'Pacific/Auckland')::date))
        ) as missed
      ${await unreportedFrom(scope)}
    ) a
    ${tail}`);
  return rowsOf<{
    code: string;
    title: string;
    workstream: number;
    lead_agency: string;
    system_state: "stale" | "not_yet_reported";
    published_at: unknown;
    period_label: string | null;
    missed: number;
  }>(result).map((r) => ({
    code: r.code,
    title: r.title,
    workstream: Number(r.workstream),
    leadAgency: r.lead_agency,
    systemState: r.system_state,
    lastPublishedAt: r.published_at ? new Date(r.published_at as string) : null,
    lastPeriod: r.period_label,
    periodsMissed: Number(r.missed),
  }));
}

/**
 * The stale and never-reported actions of the scope, with when each last published and how many
 * reporting periods have come due since. Frozen in the snapshot for a closed period, live otherwise.
 */
export async function unreportedActions(scope: DashboardScope): Promise<UnreportedAction[]> {
  return (await readUnreported(scope, sql``)).sort((x, y) => compareActionCodes(x.code, y.code));
}

/** One page of them, the most periods missed first (then by action code): counted and limited in SQL. */
export async function unreportedPage(scope: DashboardScope, request: PageRequest): Promise<Paged<UnreportedAction>> {
  const db = await getDb();
  return readPage(
    request,
    async () =>
      Number(
        rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n ${await unreportedFrom(scope)}`))[0]?.n ??
          0,
      ),
    (limit, offset) =>
      readUnreported(scope, sql`order by a.missed desc, ${actionCodeOrder()} limit ${limit} offset ${offset}`),
  );
}

/** The counts by workstream (every workstream in the scope, zeroes included), counted in SQL. */
export async function unreportedByWorkstream(scope: DashboardScope): Promise<UnreportedByWorkstream[]> {
  const db = await getDb();
  const result = await db.execute(sql`
    select w.number, w.title,
      count(*) filter (where st.system_state = 'stale')::int as stale,
      count(*) filter (where st.system_state = 'not_yet_reported')::int as not_yet_reported
    from actions a
    join (${await statusSource(scope)}) st on st.action_id = a.id
    join workstreams w on w.id = a.workstream_id
    where ${inScope(scope)}
    group by w.number, w.title
    order by w.number`);
  return rowsOf<{ number: number; title: string; stale: number; not_yet_reported: number }>(result).map((r) => ({
    number: Number(r.number),
    title: r.title,
    stale: Number(r.stale),
    notYetReported: Number(r.not_yet_reported),
  }));
}
