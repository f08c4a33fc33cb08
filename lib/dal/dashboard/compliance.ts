import "server-only";
import { sql } from "drizzle-orm";
import { cache } from "react";
import { rowsOf } from "@/db/rows";
import { COMPLIANCE_STATES, type ComplianceState } from "@/lib/periods/compliance";
import { compareActionCodes } from "@/lib/rollup/roll-up";
import { readPage, type PageRequest, type Paged } from "@/lib/paging/pages";
import { getDb } from "../db";
import { actionCodeOrder } from "./action-order";
import { complianceSource } from "./compliance-source";
import type { DashboardScope } from "./scope";
import { inScope } from "./status-source";

export type ComplianceCell = {
  code: string;
  title: string;
  state: ComplianceState;
  submittedLate: boolean;
  submittedAt: Date | null;
  publishedAt: Date | null;
};

export type ComplianceAgency = {
  /** The lead agency's slug: what the drill-down filters on. */
  slug: string;
  acronym: string;
  name: string;
  counts: Record<ComplianceState, number>;
  submittedLate: number;
  actions: ComplianceCell[];
};

/** An agency's entry before any of its actions is counted. */
function emptyAgency(r: { slug: string; acronym: string; name: string }) {
  const counts = Object.fromEntries(COMPLIANCE_STATES.map((s) => [s, 0])) as Record<ComplianceState, number>;
  return { slug: r.slug, acronym: r.acronym, name: r.name, counts, submittedLate: 0 };
}

const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));

/**
 * The compliance board: where each action's reporting stands for the period, grouped by lead
 * agency (an action appears once, under its lead). The per-update work is done in SQL; JavaScript
 * receives one row per action.
 */
export async function complianceBoard(scope: DashboardScope): Promise<ComplianceAgency[]> {
  const db = await getDb();
  const result = await db.execute(sql`
    select ag.slug, ag.acronym, ag.name, a.code, a.title, cs.state, cs.submitted_late,
           cs.submitted_at, cs.published_at
    from actions a
    join (${await complianceSource(scope)}) cs on cs.action_id = a.id
    join agencies ag on ag.id = a.lead_agency_id
    where ${inScope(scope)}
    order by ag.acronym`);
  const agencies = new Map<string, ComplianceAgency>();
  for (const r of rowsOf<{
    slug: string;
    acronym: string;
    name: string;
    code: string;
    title: string;
    state: ComplianceState;
    submitted_late: boolean;
    submitted_at: unknown;
    published_at: unknown;
  }>(result)) {
    const agency = agencies.get(r.slug) ?? { ...emptyAgency(r), actions: [] };
    agency.counts[r.state] += 1;
    if (r.submitted_late) agency.submittedLate += 1;
    agency.actions.push({
      code: r.code,
      title: r.title,
      state: r.state,
      submittedLate: Boolean(r.submitted_late),
      submittedAt: date(r.submitted_at),
      publishedAt: date(r.published_at),
    });
    agencies.set(r.slug, agency);
  }
  for (const a of agencies.values()) a.actions.sort((x, y) => compareActionCodes(x.code, y.code));
  return [...agencies.values()];
}

export type ComplianceCounts = Omit<ComplianceAgency, "actions"> & { total: number };

/**
 * The board's counts by lead agency, counted in SQL: one row per agency, whatever the plan's size.
 * Read once per request and scope (the summary and the compliance widget both show them).
 */
export const complianceCounts = cache(async (scope: DashboardScope): Promise<ComplianceCounts[]> => {
  const db = await getDb();
  const result = await db.execute(sql`
    select ag.slug, ag.acronym, ag.name, cs.state, count(*)::int as n,
           count(*) filter (where cs.submitted_late)::int as late
    from actions a
    join (${await complianceSource(scope)}) cs on cs.action_id = a.id
    join agencies ag on ag.id = a.lead_agency_id
    where ${inScope(scope)}
    group by ag.slug, ag.acronym, ag.name, cs.state
    order by ag.acronym`);
  const agencies = new Map<string, ComplianceCounts>();
  for (const r of rowsOf<{
    slug: string;
    acronym: string;
    name: string;
    state: ComplianceState;
    n: number;
    late: number;
  }>(result)) {
    const agency = agencies.get(r.slug) ?? { ...emptyAgency(r), total: 0 };
    agency.counts[r.state] += Number(r.n);
    agency.submittedLate += Number(r.late);
    agency.total += Number(r.n);
    agencies.set(r.slug, agency);
  }
  return [...agencies.values()];
});

export type ComplianceRow = ComplianceCell & { leadAgency: string };

/** Most urgent first: late, then due, then in draft, and so on to not expected. */
const URGENCY = sql.raw(
  `array_position(array['late', 'due', 'draft', 'submitted', 'approved', 'published', 'not_expected'], cs.state)`,
);

/**
 * One page of the board's grid, most urgent first (late, then due, …; submitted late before on
 * time), then by lead agency and action code. Counted and limited in SQL.
 */
export async function complianceGridPage(scope: DashboardScope, request: PageRequest): Promise<Paged<ComplianceRow>> {
  const db = await getDb();
  const from = sql`
    from actions a
    join (${await complianceSource(scope)}) cs on cs.action_id = a.id
    join agencies ag on ag.id = a.lead_agency_id
    where ${inScope(scope)}`;
  return readPage(
    request,
    async () => Number(rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n ${from}`))[0]?.n ?? 0),
    async (limit, offset) => {
      const result = await db.execute(sql`
        select ag.acronym, a.code, a.title, cs.state, cs.submitted_late, cs.submitted_at, cs.published_at
        ${from}
        order by ${URGENCY}, cs.submitted_late desc, ag.acronym, ${actionCodeOrder()}
        limit ${limit} offset ${offset}`);
      return rowsOf<{
        acronym: string;
        code: string;
        title: string;
        state: ComplianceState;
        submitted_late: boolean;
        submitted_at: unknown;
        published_at: unknown;
      }>(result).map((r) => ({
        leadAgency: r.acronym,
        code: r.code,
        title: r.title,
        state: r.state,
        submittedLate: Boolean(r.submitted_late),
        submittedAt: date(r.submitted_at),
        publishedAt: date(r.published_at),
      }));
    },
  );
}
