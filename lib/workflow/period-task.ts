import { isFinishedStage, type Stage } from "@/lib/status/vocabulary";

/** Where an action's update for the open period stands, from the point of view of one writer. */
export type PeriodTaskState =
  "to_write" | "draft" | "changes_requested" | "submitted" | "agency_approved" | "scheduled" | "published";

export type PeriodTask = {
  state: PeriodTaskState;
  /** The period's open update, when there is one. */
  open: { id: number; mine: boolean; agencyName: string; returnReason: string | null } | null;
};

/** How staff pages name where an update stands (the to-do, the author's list, the review card). */
export const PERIOD_TASK_LABELS: Record<PeriodTaskState, string> = {
  to_write: "Not started",
  draft: "Draft in progress",
  changes_requested: "Returned for changes",
  submitted: "Submitted, awaiting agency approval",
  agency_approved: "Approved by the agency, awaiting TEC",
  scheduled: "Approved, publication scheduled",
  published: "Published",
};

/**
 * The one link each action offers for this period: it continues the open update instead of
 * starting another (an action has one open update per period). Once this period's update is
 * published, a further one (a correction, or news) may still be written; none while one waits to
 * appear at its scheduled time.
 */
export function periodTaskLink(code: string, task: PeriodTask): { label: string; href: string } | null {
  const base = `/actions/${encodeURIComponent(code)}/update`;
  const { open } = task;
  if (task.state === "scheduled") return null;
  if (task.state === "published") return { label: "Write a further update", href: base };
  if (!open) return { label: "Write an update", href: base };
  if (!open.mine) return { label: `See who is writing it (${open.agencyName})`, href: base };
  if (task.state === "draft") return { label: "Continue draft", href: `${base}?update=${open.id}` };
  if (task.state === "changes_requested")
    return { label: "Returned: fix and resubmit", href: `${base}?update=${open.id}` };
  return { label: "View submitted", href: base };
}

/** Actions whose published stage is finished are not expected to report, so the to-do list folds them away. */
export const isFinishedAction = (publishedStage: Stage | null) => isFinishedStage(publishedStage);
