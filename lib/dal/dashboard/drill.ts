import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { DrillCriteria } from "@/lib/dashboard/filters";
import { compareActionCodes } from "@/lib/rollup/roll-up";
import {
  CONFIDENCES,
  STAGES,
  SYSTEM_STATES,
  type Confidence,
  type Stage,
  type SystemState,
} from "@/lib/status/vocabulary";
import { COMPLIANCE_STATES } from "@/lib/periods/compliance";
import { readPage, type PageRequest, type Paged } from "@/lib/paging/pages";
import { getDb } from "../db";
import { actionCodeOrder } from "./action-order";
import { complianceSource } from "./compliance-source";
import { flagCondition } from "./flags";
import type { DashboardScope } from "./scope";
import { inScope, statusSource } from "./status-source";

export type DrillAction = {
  code: string;
  title: string;
  workstream: number;
  leadAgency: string;
  stage: Stage | null;
  confidence: Confidence | null;
  systemState: SystemState;
  baselineDue: string;
  forecastDue: string | null;
};

const isOneOf = <T extends string>(list: readonly T[], v: string | undefined): v is T =>
  v !== undefined && (list as readonly string[]).includes(v);

/** The drill-down conditions a number stands for; values outside the vocabulary are ignored. */
export function drillConditions(criteria: DrillCriteria): { where: SQL[]; applied: string[] } {
  const where: SQL[] = [];
  const applied: string[] = [];
  if (isOneOf(SYSTEM_STATES, criteria.state)) {
    where.push(sql`st.system_state = ${criteria.state}`);
    applied.push("state");
  }
  if (isOneOf(STAGES, criteria.stage)) {
    where.push(sql`st.stage = ${criteria.stage}`);
    applied.push("stage");
  }
  // A rating counts only while it is current, as in the mix.
  if (isOneOf(CONFIDENCES, criteria.confidence)) {
    where.push(sql`st.confidence = ${criteria.confidence} and st.system_state = 'current'`);
    applied.push("confidence");
  } else if (criteria.confidence === "no_rating") {
    where.push(sql`st.confidence is null and st.system_state = 'current'`);
    applied.push("confidence");
  }
  // The compliance board's cells and flags: `cs` is the period's compliance source.
  if (isOneOf(COMPLIANCE_STATES, criteria.reporting)) {
    where.push(sql`cs.state = ${criteria.reporting}`);
    applied.push("reporting");
  }
  if (criteria.flag === "submitted-late") {
    where.push(sql`cs.submitted_late`);
    applied.push("flag");
  } else if (criteria.flag === "never-reported") {
    where.push(sql`st.system_state = 'not_yet_reported'`);
    applied.push("flag");
  }
  if (criteria.lead) {
    where.push(sql`ag.slug = ${criteria.lead}`);
    applied.push("lead");
  }
  return { where, applied };
}

/** The actions behind a number (aliases `a`, `st`, `w`, `ag`): the scope plus the number's own conditions. */
async function drillFrom(scope: DashboardScope, criteria: DrillCriteria): Promise<SQL> {
  const { where } = drillConditions(criteria);
  const compliance =
    isOneOf(COMPLIANCE_STATES, criteria.reporting) || criteria.flag === "submitted-late"
      ? sql`join (${await complianceSource(scope)}) cs on cs.action_id = a.id`
      : sql``;
  const flag = await flagCondition(scope, criteria.flag);
  if (flag) where.push(flag);
  return sql`
    from actions a
    join (${await statusSource(scope)}) st on st.action_id = a.id
    ${compliance}
    join workstreams w on w.id = a.workstream_id
    join agencies ag on ag.id = a.lead_agency_id
    where ${sql.join([inScope(scope), ...where], sql` and `)}`;
}

async function readDrill(from: SQL, tail: SQL): Promise<DrillAction[]> {
  const db = await getDb();
  const result = await db.execute(sql`
    select a.code, a.title, w.number as workstream, ag.acronym as lead_agency, st.stage, st.confidence,
           st.system_state, a.baseline_due::text as baseline_due, st.forecast_due
    ${from}
    ${tail}`);
  return rowsOf<{
    code: string;
    title: string;
    workstream: number;
    lead_agency: string;
    stage: Stage | null;
    confidence: Confidence | null;
    system_state: SystemState;
    baseline_due: string;
    forecast_due: string | null;
  }>(result).map((r) => ({
    code: r.code,
    title: r.title,
    workstream: Number(r.workstream),
    leadAgency: r.lead_agency,
    stage: r.stage,
    confidence: r.confidence,
    systemState: r.system_state,
    baselineDue: r.baseline_due,
    forecastDue: r.forecast_due,
  }));
}

/** The actions behind a dashboard number: the scope plus the number's own conditions. */
export async function drillActions(scope: DashboardScope, criteria: DrillCriteria): Promise<DrillAction[]> {
  return (await readDrill(await drillFrom(scope, criteria), sql``)).sort((x, y) => compareActionCodes(x.code, y.code));
}

/** One page of them, by action code: counted and limited in SQL. */
export async function drillActionsPage(
  scope: DashboardScope,
  criteria: DrillCriteria,
  request: PageRequest,
): Promise<Paged<DrillAction>> {
  const db = await getDb();
  const from = await drillFrom(scope, criteria);
  return readPage(
    request,
    async () => Number(rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n ${from}`))[0]?.n ?? 0),
    (limit, offset) => readDrill(from, sql`order by ${actionCodeOrder()} limit ${limit} offset ${offset}`),
  );
}
