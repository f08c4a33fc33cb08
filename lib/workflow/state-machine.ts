import type { UpdateOperation } from "@/lib/permissions/update-permissions";
import type { UpdateState } from "@/lib/status/vocabulary";

/**
 * The progress-update state machine (PRODUCT.md §5), as data. Permissions and transitions both
 * read this one table, so "may this be edited now?" and "what does submitting lead to?" cannot
 * drift apart.
 */

export const WORKFLOW_EVENTS = [
  "save_draft",
  "submit",
  "withdraw",
  "approve",
  "return",
  "publish",
  "schedule",
] as const;
export type WorkflowEvent = (typeof WORKFLOW_EVENTS)[number];

const TRANSITIONS: Record<UpdateState, Partial<Record<WorkflowEvent, UpdateState>>> = {
  draft: { save_draft: "draft", submit: "submitted", withdraw: "withdrawn" },
  submitted: { withdraw: "withdrawn", approve: "agency_approved", return: "changes_requested" },
  // Once the agency has approved, only TEC (or the agency's approver, returning it) moves it on:
  // the author can no longer withdraw what their agency has vouched for.
  agency_approved: { return: "changes_requested", publish: "published", schedule: "published" },
  // A returned update stays "changes requested" while the author edits it, so the reviewer's
  // reason stays in view until it is resubmitted.
  changes_requested: { save_draft: "changes_requested", submit: "submitted", withdraw: "withdrawn" },
  // Terminal: a withdrawn update is kept for the audit trail; the author starts a new draft.
  withdrawn: {},
  // Terminal: a correction to a published update is a new update, so history is never rewritten.
  // A scheduled update is already "published" (with a future published_at), so it cannot be
  // rescheduled through this table either.
  published: {},
};

/** The state an event leads to, or null when the event is not allowed from `state`. */
export function nextState(state: UpdateState, event: WorkflowEvent): UpdateState | null {
  return TRANSITIONS[state][event] ?? null;
}

/**
 * The permission each event needs. Saving checks "edit_draft" on an existing update; creating a
 * new one (no update yet) checks "create_draft" instead.
 */
export const OPERATION_FOR_EVENT = {
  save_draft: "edit_draft",
  submit: "submit",
  withdraw: "withdraw",
  approve: "approve",
  return: "return",
  publish: "publish",
  schedule: "schedule",
} as const satisfies Record<WorkflowEvent, UpdateOperation>;
