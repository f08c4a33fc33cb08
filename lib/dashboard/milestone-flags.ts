/**
 * When a milestone is overdue or slipping, for the dashboard. Dates are NZ calendar dates
 * (YYYY-MM-DD). The SQL of lib/dal/dashboard/milestone-source.ts applies the same rule to count.
 */

import { daysBetween } from "@/lib/periods/calendar-date";
import { nzDateOf } from "@/lib/periods/nz-time";
import { milestoneOverdueDays } from "@/lib/status/overdue";
import { isFinishedStage, type Stage } from "@/lib/status/vocabulary";

export type MilestoneDates = { baselineDue: string; forecastDue: string | null; completedOn: string | null };

/**
 * The day milestones are judged against: today in New Zealand for an open period, the period's
 * last day for a closed one (what was overdue when it ended, not what is overdue now).
 */
export function milestoneCutoff(period: { endsOn: string; closedAt: Date | null }, now: Date): string {
  return period.closedAt ? period.endsOn : nzDateOf(now);
}

export type MilestoneFlags = {
  /** Days past its due date (forecast, else baseline) at the cutoff; null when not overdue. */
  overdueDays: number | null;
  /** Days the forecast is later than the baseline; null when not slipping. */
  slipDays: number | null;
};

/**
 * Overdue: the one rule of lib/status/overdue.ts, on the cutoff day. Slipping: not completed, and
 * forecast later than the baseline. A completed milestone is neither, and so is every milestone of
 * a finished or not-proceeding action.
 */
export function classifyMilestone(m: MilestoneDates, actionStage: Stage | null, cutoff: string): MilestoneFlags {
  if (m.completedOn || isFinishedStage(actionStage)) return { overdueDays: null, slipDays: null };
  return {
    overdueDays: milestoneOverdueDays(m, actionStage, cutoff),
    slipDays: m.forecastDue && m.forecastDue > m.baselineDue ? daysBetween(m.baselineDue, m.forecastDue) : null,
  };
}
