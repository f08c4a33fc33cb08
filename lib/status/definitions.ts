/**
 * The published meaning of every status the site shows (PRODUCT.md §4). The /status page renders
 * these; every badge links to its entry by its key.
 */
import type { Confidence, Stage, SystemState } from "./vocabulary";

export const STAGE_DEFINITIONS: Record<Stage, string> = {
  not_started: "Work on the action has not begun. Its planned start may still be ahead.",
  underway: "Work has begun and is not yet finished.",
  complete:
    "Every completion criterion agreed in advance has been met, and each has evidence (a link or a document reference).",
  completed_modified:
    "The action finished, but what was delivered differs from what was agreed. Each criterion is met with evidence, and the update explains what changed.",
  not_proceeding:
    "The action has been stopped through a recorded plan change. It stays visible, with the reason it is not going ahead.",
};

export const CONFIDENCE_DEFINITIONS: Record<Confidence, string> = {
  on_track: "Delivery on time and in full looks highly likely; there are no major issues.",
  probable: "Delivery looks likely; issues exist but are being managed.",
  feasible: "Delivery is possible but needs attention; issues need resolving to stay on course.",
  at_risk:
    "Delivery is in doubt; major issues need urgent action. The update must explain why and give a recovery step.",
  unachievable:
    "Delivery as planned is not expected to happen. The update must explain why and give a recovery step or a proposed change to the plan.",
};

export const SYSTEM_STATE_DEFINITIONS: Record<SystemState, string> = {
  not_yet_reported:
    "No progress update for this action has been published yet. It is shown on its own, never counted as 0 % progress.",
  stale:
    "The action is not finished, but no update was published for the latest closed reporting period. Its last published status may be out of date.",
  current:
    "A progress update was published for the latest closed reporting period or later, or the action is finished.",
};

/** Overdue stands beside the other system states: an action can be stale and overdue at once. */
export const OVERDUE_DEFINITION =
  "The action is not finished and its due date (the published forecast, or else the baseline) is before today in New Zealand. The badge says by how many days. Milestones are judged the same way. A finished action is never overdue, and neither is an action that is not proceeding, nor its milestones.";

/** Anchor on /status for a status key, e.g. /status#at_risk. */
export function statusHref(key: Stage | Confidence | SystemState | "no_rating"): string {
  return `/status#${key}`;
}
