/** The report's exception rules for one action, read from its snapshot. */

import type { ActionSnapshot } from "@/lib/periods/snapshot";
import { isFinishedStage } from "@/lib/status/vocabulary";

/** Milestones whose forecast is later than their baseline (ISO dates compare as text). */
export function slippedMilestones(s: Pick<ActionSnapshot, "milestones">): string[] {
  return s.milestones.filter((m) => m.forecastDue !== null && m.forecastDue > m.baselineDue).map((m) => m.title);
}

/** Slipped: the action's forecast is later than its baseline, or one of its milestones' is. */
export function isSlipped(s: Pick<ActionSnapshot, "forecastDue" | "baselineDue" | "milestones">): boolean {
  return (s.forecastDue !== null && s.forecastDue > s.baselineDue) || slippedMilestones(s).length > 0;
}

/**
 * Late reporting: nothing submitted by the end of the grace period, or first submitted after it. An
 * action already finished (complete, completed – modified, not proceeding) is no longer expected to
 * report, so having nothing for the period is not late for it; a late submission still counts.
 */
export function isLateReporting(s: Pick<ActionSnapshot, "reporting" | "stage">): boolean {
  return (s.reporting.state === "late" && !isFinished(s)) || s.reporting.submittedLate;
}

/**
 * A finished action with nothing for the period: not expected to report, rather than due or late.
 * Snapshots say so themselves ("not_expected"); older ones said "due" or "late", read the same way.
 */
export function isReportingExpected(s: Pick<ActionSnapshot, "reporting" | "stage">): boolean {
  if (s.reporting.state === "not_expected") return false;
  return !(isFinished(s) && (s.reporting.state === "due" || s.reporting.state === "late"));
}

export function isComplete(s: Pick<ActionSnapshot, "stage">): boolean {
  return s.stage === "complete" || s.stage === "completed_modified";
}

export function isFinished(s: Pick<ActionSnapshot, "stage">): boolean {
  return isFinishedStage(s.stage);
}
