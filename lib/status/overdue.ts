/**
 * Overdue, a system state: derived from dates, never typed. One rule for actions and milestones,
 * used by every page, the API and the downloads.
 *
 * An unfinished action is overdue when its due date (the published forecast, else the baseline) is
 * before today in New Zealand. A finished action (complete, completed – modified) is not, and a
 * not-proceeding action never is, nor are its milestones. A milestone is overdue on the same terms,
 * unless it is completed.
 */

import { daysBetween } from "@/lib/periods/calendar-date";
import { nzDateOf } from "@/lib/periods/nz-time";
import { isFinishedStage, type Stage } from "./vocabulary";

export type DueDates = { baselineDue: string; forecastDue: string | null };

/** Today's date in New Zealand, the day overdue is judged against. */
export function nzToday(now: Date = new Date()): string {
  return nzDateOf(now);
}

function daysPast(dates: DueDates, today: string): number | null {
  const due = dates.forecastDue ?? dates.baselineDue;
  return due < today ? daysBetween(due, today) : null;
}

/** Days an action is past its due date on `today` (YYYY-MM-DD, NZ); null when it is not overdue. */
export function actionOverdueDays(action: DueDates & { stage: Stage | null }, today: string): number | null {
  if (isFinishedStage(action.stage)) return null;
  return daysPast(action, today);
}

/** Days a milestone is past its due date on `today`; null when completed, or its action is finished. */
export function milestoneOverdueDays(
  milestone: DueDates & { completedOn: string | null },
  actionStage: Stage | null,
  today: string,
): number | null {
  if (milestone.completedOn || isFinishedStage(actionStage)) return null;
  return daysPast(milestone, today);
}

/** An action as the public plan holds it: its dates, and its stage as last published. */
export type PlannedAction = DueDates & { status: { stage: Stage | null } };

/** Days a published action is overdue today (or on `today`); null when it is not overdue. */
export function overdueDaysOf(action: PlannedAction, today: string = nzToday()): number | null {
  return actionOverdueDays({ ...action, stage: action.status.stage }, today);
}
