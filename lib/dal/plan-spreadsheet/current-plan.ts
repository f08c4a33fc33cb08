import "server-only";
import { asc } from "drizzle-orm";
import * as t from "@/db/schema";
import { validateChanges } from "@/lib/plan-changes";
import {
  dryRun,
  MAX_SHOWN_PROBLEMS,
  type AgencyRef,
  type DryRun,
  type ImportProblem,
  type ImportProgress,
  type PlanSheets,
} from "@/lib/plan-spreadsheet";
import { planChangesFrom, sheetsFromSnapshot, columnOf } from "@/lib/plan-spreadsheet/plan-changes-map";
import type { PlanDiff } from "@/lib/plan-spreadsheet/diff";
import { findDraft, loadPlanSnapshot, proposedChanges } from "../plan-changes";
import type { Queryable } from "../updates/tx";

export type CurrentPlan = { planId: number; sheets: PlanSheets; agencies: AgencyRef[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const isImportId = (id: string) => UUID.test(id);

/**
 * The approved plan in the spreadsheet layout's canonical text (what export writes), read through
 * the plan-change contract's snapshot, so the sheets and the change requests see the same plan.
 */
export async function readCurrentPlan(q: Queryable): Promise<CurrentPlan> {
  const [plan] = await q.select({ id: t.plans.id }).from(t.plans).orderBy(asc(t.plans.id)).limit(1);
  if (!plan) throw new Error("There is no plan in the database.");
  const [snapshot, agencies] = await Promise.all([loadPlanSnapshot(q, plan.id), q.select().from(t.agencies)]);
  return {
    planId: plan.id,
    sheets: sheetsFromSnapshot(snapshot),
    agencies: agencies.map((a) => ({ slug: a.slug, acronym: a.acronym, retired: a.retiredAt !== null })),
  };
}

/**
 * What the plan-change contract says of the changes a comparison would make, after the draft's own
 * pending changes (a stopped action edited, a value the draft already changes), each placed on
 * the sheet and row it came from.
 */
export async function contractProblems(q: Queryable, planId: number, diff: PlanDiff): Promise<ImportProblem[]> {
  const { changes, origins } = planChangesFrom(diff, "Checked before import.");
  if (changes.length === 0) return [];
  const draft = await findDraft(q, planId);
  const existing = draft ? await proposedChanges(q, draft.id) : [];
  const result = validateChanges(await loadPlanSnapshot(q, planId), [...existing, ...changes]);
  if (result.ok) return [];
  return result.problems.map((p) => {
    const origin = origins[p.index - existing.length];
    if (!origin) return { sheet: "draft", row: null, column: null, message: p.message };
    return { sheet: origin.sheet, row: origin.row, column: columnOf(origin.sheet, p.field), message: p.message };
  });
}

/** The dry run against the plan as it is, the contract's own checks included. */
export async function planDryRun(
  q: Queryable,
  bytes: Uint8Array,
  progress: ImportProgress = () => {},
): Promise<{ planId: number; result: DryRun }> {
  const plan = await readCurrentPlan(q);
  const result = await dryRun(bytes, plan, progress);
  if (result.problemTotal === 0) {
    const problems = await contractProblems(q, plan.planId, result.diff);
    result.problems = problems.slice(0, MAX_SHOWN_PROBLEMS);
    result.problemTotal = problems.length;
  }
  return { planId: plan.planId, result };
}
