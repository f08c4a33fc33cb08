import { isFinishedStage, type Stage } from "@/lib/status/vocabulary";

/** Where an action's update for the open period stands, from the point of view of one writer. */
export type PeriodTaskState =
  "to_write" | "draft" | "changes_requested" | "submitted" | "agency_approved" | "scheduled" | "published";

export type PeriodTask = {
  state: PeriodTaskState;
  /** The period's open update, when there is one. */
  open: { id: number; mine: boolean; agencyName: string; returnReason: string | null } | null;
};

/** The one link's wording, a key of `staff.taskLink` in the message catalogue. */
export type PeriodTaskLinkKey =
  "writeFurther" | "write" | "seeWhoIsWriting" | "continueDraft" | "fixAndResubmit" | "viewSubmitted";

export type PeriodTaskLink = {
  key: PeriodTaskLinkKey;
  href: string;
  /** Who is writing the open update, for `seeWhoIsWriting`. */
  agency?: string;
};

/**
 * The one link each action offers for this period: it continues the open update instead of
 * starting another (an action has one open update per period). Once this period's update is
 * published, a further one (a correction, or news) may still be written; none while one waits to
 * appear at its scheduled time.
 */
export function periodTaskLink(code: string, task: PeriodTask): PeriodTaskLink | null {
  const base = `/actions/${encodeURIComponent(code)}/update`;
  const { open } = task;
  if (task.state === "scheduled") return null;
  if (task.state === "published") return { key: "writeFurther", href: base };
  if (!open) return { key: "write", href: base };
  if (!open.mine) return { key: "seeWhoIsWriting", href: base, agency: open.agencyName };
  if (task.state === "draft") return { key: "continueDraft", href: `${base}?update=${open.id}` };
  if (task.state === "changes_requested") return { key: "fixAndResubmit", href: `${base}?update=${open.id}` };
  return { key: "viewSubmitted", href: base };
}

/** Actions whose published stage is finished are not expected to report, so the to-do list folds them away. */
export const isFinishedAction = (publishedStage: Stage | null) => isFinishedStage(publishedStage);
