/**
 * The resilience parts' own look at the database: filling it (as `npm run db:fill` does), picking
 * the actions writers may start an update on, and checking afterwards that what the app
 * acknowledged is there exactly once, with its evidence and audit events, in a possible state.
 */
import postgres from "postgres";
import { openDatabase } from "../../../db/client";
import { fillHistory } from "../../../db/fill/fill-history";
import { migrateDatabase } from "../../../db/migrate";

/** Migrates and fills a new database with a synthetic plan, its history and the demo accounts. */
export async function fillDatabase(url: string, size: { actions: number; periods: number; updatesPerAction: number }) {
  const handle = await openDatabase({ kind: "postgres", url });
  try {
    await migrateDatabase(handle);
    await fillHistory(handle.db, { ...size, seed: 20261122, log: () => undefined });
  } finally {
    await handle.close();
  }
}

export type Target = { code: string; agency: string };

/** Active actions with no open update in the open period, each with its lead agency's slug. */
export async function writableActions(url: string): Promise<Target[]> {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    const rows = await sql<{ code: string; agency: string }[]>`
      select a.code, g.slug as agency
      from actions a join agencies g on g.id = a.lead_agency_id
      where a.plan_state = 'active'
        and not exists (
          select 1 from progress_updates u
          where u.action_id = a.id and u.state in ('draft', 'submitted', 'agency_approved', 'changes_requested')
        )
      order by a.id`;
    return rows.map((r) => ({ code: r.code, agency: r.agency }));
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function highestUpdateId(url: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    const [row] = await sql<{ id: number | null }[]>`select max(id)::int as id from progress_updates`;
    return row?.id ?? 0;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** A submission is known by the token in its narrative, a review step by the update's id. */
export type Acknowledged =
  | { kind: "submitted"; token: string; code: string; agency: string }
  | { kind: "approved" | "published"; updateId: number; code: string };

export type Verdict = { problems: string[]; checked: number };

/**
 * Every acknowledged step is in the database exactly once: the submitted update (found by the
 * token in its narrative) with its evidence and its audit events; an acknowledged approval or
 * publication has moved the update on and left its event. Every update written since `sinceId`
 * is in a state that is possible: stamped for the states it went through, with its creation
 * event, evidence and no duplicate open update for an action.
 */
export async function verifyAcknowledged(url: string, acks: Acknowledged[], sinceId: number): Promise<Verdict> {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  const problems: string[] = [];
  try {
    const rows = await sql<
      { id: number; code: string; state: string; token: string; evidence: number; events: string[] }[]
    >`
      select u.id, a.code, u.state, substring(u.public_narrative from 'rl-[a-z0-9-]+') as token,
        (select count(*)::int from update_evidence e where e.update_id = u.id) as evidence,
        coalesce((select array_agg(ev.event order by ev.id) from audit_events ev
          where ev.entity = 'progress_update' and ev.entity_id = u.id::text), '{}') as events
      from progress_updates u join actions a on a.id = u.action_id
      where u.id > ${sinceId}`;
    const byToken = new Map<string, (typeof rows)[number][]>();
    for (const r of rows) if (r.token) byToken.set(r.token, [...(byToken.get(r.token) ?? []), r]);
    const need: Record<Acknowledged["kind"], { event: string; states: string[] }> = {
      submitted: { event: "update.submitted", states: ["submitted", "agency_approved", "published"] },
      approved: { event: "update.approved", states: ["agency_approved", "published"] },
      published: { event: "update.published", states: ["published"] },
    };
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const ack of acks) {
      const name = ack.kind === "submitted" ? ack.token : `update ${ack.updateId}`;
      const found =
        ack.kind === "submitted" ? (byToken.get(ack.token) ?? []) : [byId.get(ack.updateId)].filter((u) => !!u);
      if (found.length !== 1) {
        problems.push(`${ack.kind} ${name} (action ${ack.code}): ${found.length} updates found, not 1`);
        continue;
      }
      const u = found[0]!;
      if (u.code !== ack.code) problems.push(`${name}: on action ${u.code}, not ${ack.code}`);
      if (!need[ack.kind].states.includes(u.state)) problems.push(`${name}: ${ack.kind} but now ${u.state}`);
      const times = u.events.filter((e) => e === need[ack.kind].event).length;
      if (times !== 1) problems.push(`${name}: ${times} ${need[ack.kind].event} events, not 1`);
    }
    for (const u of rows) {
      if (u.events[0] !== "update.created") problems.push(`update ${u.id}: no update.created event first`);
      if (u.token && u.evidence !== 1) problems.push(`update ${u.id}: ${u.evidence} evidence rows, not 1`);
    }
    const impossible = await sql<{ id: number; state: string }[]>`
      select id, state from progress_updates where id > ${sinceId} and (
        (state in ('submitted', 'agency_approved', 'published') and submitted_at is null)
        or (state in ('agency_approved') and approved_at is null)
        or (state = 'published' and published_at is null)
        or (state <> 'published' and published_at is not null)
        or (state = 'draft' and submitted_at is not null and returned_at is null))`;
    for (const u of impossible) problems.push(`update ${u.id}: impossible ${u.state} (stamps do not match)`);
    const doubled = await sql<{ action_id: number; n: number }[]>`
      select action_id, count(*)::int as n from progress_updates
      where state in ('draft', 'submitted', 'agency_approved', 'changes_requested')
      group by action_id, period_id having count(*) > 1`;
    for (const d of doubled) problems.push(`action ${d.action_id}: ${d.n} open updates in one period`);
    return { problems, checked: acks.length };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
