import { actionOverdueDays, type PlannedAction } from "@/lib/status/overdue";

/**
 * How delivery stands, in five parts that add up to every action once: the answer to "how is it going"
 * that the overview opens with. Overdue follows the one rule of lib/status/overdue.ts.
 */
export type DeliverySummary = {
  total: number;
  complete: number;
  /** Reported, not finished, not past its due date. */
  onSchedule: number;
  /** Reported, not finished, past its due date. */
  overdue: number;
  /** No published update yet (`overdue` does not count these; `neverReportedOverdue` does). */
  neverReported: number;
  neverReportedOverdue: number;
  notProceeding: number;
};

export function deliverySummary(actions: readonly PlannedAction[], today: string): DeliverySummary {
  const summary: DeliverySummary = {
    total: actions.length,
    complete: 0,
    onSchedule: 0,
    overdue: 0,
    neverReported: 0,
    neverReportedOverdue: 0,
    notProceeding: 0,
  };
  for (const a of actions) {
    const stage = a.status.stage;
    const late = actionOverdueDays({ ...a, stage }, today) !== null;
    if (stage === "complete" || stage === "completed_modified") summary.complete += 1;
    else if (stage === "not_proceeding") summary.notProceeding += 1;
    else if (stage === null) {
      summary.neverReported += 1;
      if (late) summary.neverReportedOverdue += 1;
    } else if (late) summary.overdue += 1;
    else summary.onSchedule += 1;
  }
  return summary;
}
