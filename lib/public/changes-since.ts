import type { PublicPlan, StatusAt } from "./types";

export type { StatusAt } from "./types";

export type StatusChange = {
  code: string;
  title: string;
  from: StatusAt;
  to: NonNullable<StatusAt>;
  kind: "first_report" | "stage" | "confidence" | "stage_and_confidence";
};

/**
 * What changed between the previous closed period and the latest: first reports, and changes of
 * stage or confidence. Empty when fewer than two periods have closed.
 */
export function changesSincePreviousPeriod(plan: PublicPlan): StatusChange[] {
  const { latestClosedPeriod: latest, previousClosedPeriod: previous } = plan;
  if (!latest || !previous) return [];
  const changes: StatusChange[] = [];
  for (const action of plan.actions) {
    const to = action.closedStatus.latest;
    if (!to) continue;
    const from = action.closedStatus.previous;
    const stageChanged = from?.stage !== to.stage;
    const confidenceChanged = from?.confidence !== to.confidence;
    if (from && !stageChanged && !confidenceChanged) continue;
    changes.push({
      code: action.code,
      title: action.title,
      from,
      to,
      kind: !from
        ? "first_report"
        : stageChanged && confidenceChanged
          ? "stage_and_confidence"
          : stageChanged
            ? "stage"
            : "confidence",
    });
  }
  return changes;
}
