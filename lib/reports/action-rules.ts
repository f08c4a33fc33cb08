/** The report's exception rules for one action, read from its snapshot. */

import type { ActionSnapshot } from "@/lib/periods/snapshot";
import { FINISHED_STAGES } from "@/lib/status/vocabulary";

/** Milestones whose forecast is later than their baseline (ISO dates compare as text). */
export function slippedMilestones(s: Pick<ActionSnapshot, "milestones">): string[] {
  return s.milestones.filter((m) => m.forecastDue !== null && m.forecastDue > m.baselineDue).map((m) => m.title);
}

/** Slipped: the action's forecast is later than its baseline, or one of its milestones' is. */
export function isSlipped(s: Pick<ActionSnapshot, "forecastDue" | "baselineDue" | "milestones">): boolean {
  return (s.forecastDue !== null && s.forecastDue > s.baselineDue) || slippedMilestones(s).length > 0;
}

/** Late reporting: nothing submitted by the end of the grace period, or first submitted after it. */
export function isLateReporting(s: Pick<ActionSnapshot, "reporting">): boolean {
  return s.reporting.state === "late" || s.reporting.submittedLate;
}

export function isComplete(s: Pick<ActionSnapshot, "stage">): boolean {
  return s.stage === "complete" || s.stage === "completed_modified";
}

export function isFinished(s: Pick<ActionSnapshot, "stage">): boolean {
  return s.stage !== null && FINISHED_STAGES.includes(s.stage);
}
