/**
 * The API's view of actions: a flat summary for lists (and CSV rows), and the full record for
 * GET /api/v1/actions/{code}. Built only from the PublicPlan, which holds published content only.
 */
import type { PublicAction, PublicPlan } from "@/lib/public/types";
import { milestoneOverdueDays, nzToday, overdueDaysOf } from "@/lib/status/overdue";
import type { ApiActionDetail, ApiActionSummary, ApiLinkedAction } from "./openapi/schemas";

/** `today` is the New Zealand date overdue is judged on (today unless a test says otherwise). */
export function toActionSummary(a: PublicAction, today: string = nzToday()): ApiActionSummary {
  return {
    code: a.code,
    title: a.title,
    titleMi: a.titleMi,
    workstream: a.workstream,
    leadAgency: a.leadAgency,
    contributingAgencies: a.contributingAgencies,
    foundational: a.foundational,
    stage: a.status.stage,
    confidence: a.status.confidence,
    systemState: a.status.systemState,
    // Not yet reported is never 0 %: it has no progress to show.
    progress: a.status.systemState === "not_yet_reported" ? null : (a.progress?.percent ?? null),
    baselineDue: a.baselineDue,
    forecastDue: a.forecastDue,
    overdueDays: overdueDaysOf(a, today),
    provenance: a.provenance,
  };
}

const effectiveDue = (a: PublicAction) => a.forecastDue ?? a.baselineDue;

/** ISO dates compare correctly as strings. */
function slips(predecessor: PublicAction, successor: PublicAction): boolean {
  return effectiveDue(predecessor) > successor.baselineStart;
}

function linked(other: PublicAction, slipWarning: boolean): ApiLinkedAction {
  return {
    code: other.code,
    title: other.title,
    baselineStart: other.baselineStart,
    baselineDue: other.baselineDue,
    forecastDue: other.forecastDue,
    slipWarning,
  };
}

/** The newest of an action's updates that come with it; the rest are paged at /api/v1/updates?action=… */
export const ACTION_UPDATES = 20;

/** The newest updates read for the action, their total, and the address of the rest (null when none are left). */
export type ActionUpdates = Pick<ApiActionDetail, "updates" | "updatesTotal" | "moreUpdates">;

export function toActionDetail(
  a: PublicAction,
  plan: PublicPlan,
  updates: ActionUpdates,
  today: string = nzToday(),
): ApiActionDetail {
  const byCode = new Map(plan.actions.map((x) => [x.code, x]));
  const find = (codes: string[]) => codes.map((c) => byCode.get(c)).filter((x): x is PublicAction => !!x);
  return {
    ...toActionSummary(a, today),
    description: a.description,
    sourceUrl: a.sourceUrl,
    baselineStart: a.baselineStart,
    slipDays: a.slipDays,
    recommendations: a.recommendations,
    milestones: a.milestones.map((m) => ({ ...m, overdueDays: milestoneOverdueDays(m, a.status.stage, today) })),
    criteria: a.criteria,
    predecessors: find(a.predecessors).map((p) => linked(p, slips(p, a))),
    successors: find(a.successors).map((s) => linked(s, slips(a, s))),
    status: a.status,
    ...updates,
  };
}
