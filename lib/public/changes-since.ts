import type { Confidence, Stage } from "@/lib/status/vocabulary";
import type { PublicAction, PublicPlan } from "./types";

export type StatusAt = { stage: Stage; confidence: Confidence | null } | null;

export type StatusChange = {
  code: string;
  title: string;
  from: StatusAt;
  to: NonNullable<StatusAt>;
  kind: "first_report" | "stage" | "confidence" | "stage_and_confidence";
};

/** An action's published status as it stood at the end of a period: its latest update up to then. */
export function statusAt(action: PublicAction, periodOrder: Map<string, number>, period: string): StatusAt {
  const limit = periodOrder.get(period);
  if (limit === undefined) return null;
  const update = action.updates.find((u) => u.period !== null && (periodOrder.get(u.period) ?? Infinity) <= limit);
  return update ? { stage: update.stage, confidence: update.confidence } : null;
}

/**
 * What changed between the previous closed period and the latest: first reports, and changes of
 * stage or confidence. Empty when fewer than two periods have closed.
 */
export function changesSincePreviousPeriod(plan: PublicPlan): StatusChange[] {
  const { latestClosedPeriod: latest, previousClosedPeriod: previous } = plan;
  if (!latest || !previous) return [];
  const order = new Map(plan.periods.map((p, i) => [p.label, i]));
  const changes: StatusChange[] = [];
  for (const action of plan.actions) {
    const to = statusAt(action, order, latest);
    if (!to) continue;
    const from = statusAt(action, order, previous);
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
