import type { Actor, UserActor } from "@/lib/permissions/actor";
import type { UpdateState } from "@/lib/status/vocabulary";
import { nextState, OPERATION_FOR_EVENT, type WorkflowEvent } from "@/lib/workflow/state-machine";

/**
 * Who may do what to a progress update (PRODUCT.md §6). Pure, so the data access layer, server
 * actions and the UI (to hide buttons) all ask the same question and get the same answer.
 *
 * The rules:
 * - The public (anonymous) may do none of these: it sees published updates through the public
 *   data layer only.
 * - Writing (create_draft): agency staff and agency approvers whose agency is the action's lead or
 *   a contributor. Approvers are members of their agency too, and small agencies need them to
 *   write; the separation of duties is kept by refusing to let anyone review their own update.
 * - Changing an update (edit_draft, submit, withdraw): its author only, and only while the author
 *   still writes for the update's agency and that agency is still on the action. Nobody edits
 *   someone else's draft, not even a colleague at the same agency or an approver.
 * - approve: an agency approver of the update's agency, who is not its author.
 * - return: an agency approver of the update's agency (not its author), or a TEC monitor.
 * - publish, schedule: TEC monitors only.
 * - view_draft (the unpublished update in the staff screens) and view_internal_notes: the author
 *   always; approvers of the update's agency and TEC monitors once it has been put in front of
 *   them (submitted, approved, returned or published). A draft, or an update withdrawn before
 *   review, is the author's alone. Colleagues at the same agency see the published update only.
 * - Admins manage users and agencies: they hold none of these rights unless also given a
 *   reviewing role (one role per user, so in practice a separate account).
 *
 * Mutating operations also check the update's state against the state machine, so `can` answers
 * "may I do this now?". `checkAuthority` answers only "is this person entitled to?", which lets
 * the transition code tell "forbidden" apart from "not possible in this state".
 */

export const UPDATE_OPERATIONS = [
  "create_draft",
  "edit_draft",
  "submit",
  "withdraw",
  "approve",
  "return",
  "publish",
  "schedule",
  "view_draft",
  "view_internal_notes",
] as const;
export type UpdateOperation = (typeof UPDATE_OPERATIONS)[number];

export type PermissionContext = {
  action: { leadAgencyId: number; contributorAgencyIds: number[] };
  /** Absent when creating a new update. */
  update?: { authorId: number | null; agencyId: number; state: UpdateState };
};

export type PermissionResult = { allowed: true } | { allowed: false; reason: string };

type UpdateRef = NonNullable<PermissionContext["update"]>;

const ALLOWED: PermissionResult = { allowed: true };
const refuse = (reason: string): PermissionResult => ({ allowed: false, reason });

/** States in which reviewers (the agency's approvers, TEC monitors) have been shown the update. */
const REVIEWER_VISIBLE_STATES: readonly UpdateState[] = [
  "submitted",
  "agency_approved",
  "changes_requested",
  "published",
];

const STATE_PHRASES: Record<UpdateState, string> = {
  draft: "is still a draft",
  submitted: "is waiting for agency approval",
  agency_approved: "has already been approved by the agency",
  changes_requested: "has been returned for changes",
  withdrawn: "has been withdrawn",
  published: "has already been published",
};

const VERBS: Record<WorkflowEvent, string> = {
  save_draft: "edited",
  submit: "submitted",
  withdraw: "withdrawn",
  approve: "approved",
  return: "returned",
  publish: "published",
  schedule: "scheduled",
};

const EVENT_FOR_OPERATION = Object.fromEntries(
  Object.entries(OPERATION_FOR_EVENT).map(([event, operation]) => [operation, event]),
) as Partial<Record<UpdateOperation, WorkflowEvent>>;

const SIGN_IN = "Sign in with a staff account to work on progress updates.";
const NO_UPDATE = "There is no progress update to act on.";
const AUTHOR_ONLY = "Only the person who wrote this update can change it.";
const REVIEWERS_ONLY =
  "Only the author, approvers at the agency that wrote it and TEC monitors can see this update before it is published.";

function isOnAction(agencyId: number | null, action: PermissionContext["action"]): boolean {
  return agencyId !== null && (action.leadAgencyId === agencyId || action.contributorAgencyIds.includes(agencyId));
}

function isWriter(actor: UserActor): boolean {
  return actor.role === "agency_staff" || actor.role === "agency_approver";
}

function isAuthor(actor: UserActor, update: UpdateRef): boolean {
  return update.authorId !== null && update.authorId === actor.userId;
}

function isApproverOf(actor: UserActor, update: UpdateRef): boolean {
  return actor.role === "agency_approver" && actor.agencyId === update.agencyId;
}

/** Whether the author may still write for this update: same agency, and that agency still on the action. */
function checkAuthorStanding(actor: UserActor, context: PermissionContext, update: UpdateRef): PermissionResult {
  if (!isAuthor(actor, update)) return refuse(AUTHOR_ONLY);
  if (!isWriter(actor) || actor.agencyId !== update.agencyId) {
    return refuse("You no longer write for the agency this update belongs to, so you cannot change it.");
  }
  if (!isOnAction(actor.agencyId, context.action)) {
    return refuse(
      "Your agency is no longer the lead or a contributor on this action, so you cannot change its update.",
    );
  }
  return ALLOWED;
}

function checkReviewer(actor: UserActor, update: UpdateRef, verb: "approve" | "return"): PermissionResult {
  if (actor.role === "tec_monitor" && verb === "return") return ALLOWED;
  if (!isApproverOf(actor, update)) {
    return refuse(
      verb === "approve"
        ? "Only an approver at the agency that wrote this update can approve it."
        : "Only an approver at the agency that wrote this update, or a TEC monitor, can return it.",
    );
  }
  // Four eyes: the agency check means nothing if the author can sign off their own words.
  if (isAuthor(actor, update)) return refuse(`You wrote this update, so another approver must ${verb} it.`);
  return ALLOWED;
}

function checkViewer(actor: UserActor, update: UpdateRef, operation: "view_draft" | "view_internal_notes") {
  if (isAuthor(actor, update)) return ALLOWED;
  const isReviewer = actor.role === "tec_monitor" || isApproverOf(actor, update);
  if (isReviewer && REVIEWER_VISIBLE_STATES.includes(update.state)) return ALLOWED;
  if (isReviewer) return refuse("Only the author can see this update until it is submitted.");
  return refuse(
    operation === "view_internal_notes"
      ? "Internal notes are only for the author, approvers at the agency that wrote the update and TEC monitors."
      : REVIEWERS_ONLY,
  );
}

/** Whether the actor is entitled to the operation, leaving aside whether the update's state allows it now. */
export function checkAuthority(actor: Actor, operation: UpdateOperation, context: PermissionContext): PermissionResult {
  if (actor.kind === "anonymous") return refuse(SIGN_IN);

  if (operation === "create_draft") {
    if (!isWriter(actor)) return refuse("Only agency staff and agency approvers can write progress updates.");
    if (!isOnAction(actor.agencyId, context.action)) {
      return refuse("Your agency is not the lead or a contributor on this action, so you cannot write updates for it.");
    }
    return ALLOWED;
  }

  const update = context.update;
  if (!update) return refuse(NO_UPDATE);

  switch (operation) {
    case "edit_draft":
    case "submit":
    case "withdraw":
      return checkAuthorStanding(actor, context, update);
    case "approve":
    case "return":
      return checkReviewer(actor, update, operation);
    case "publish":
    case "schedule":
      return actor.role === "tec_monitor" ? ALLOWED : refuse(`Only TEC monitors can ${operation} progress updates.`);
    case "view_draft":
    case "view_internal_notes":
      return checkViewer(actor, update, operation);
  }
}

/** Why the update's state rules out an operation the actor is otherwise entitled to, or null if it does not. */
export function stateRefusal(operation: UpdateOperation, state: UpdateState): string | null {
  const event = EVENT_FOR_OPERATION[operation];
  if (!event || nextState(state, event) !== null) return null;
  return `This update ${STATE_PHRASES[state]}, so it cannot be ${VERBS[event]}.`;
}

/** May the actor do this to this update now? The reason, when refused, is a sentence for the user. */
export function can(actor: Actor, operation: UpdateOperation, context: PermissionContext): PermissionResult {
  const authority = checkAuthority(actor, operation, context);
  if (!authority.allowed || !context.update) return authority;
  const blocked = stateRefusal(operation, context.update.state);
  return blocked === null ? ALLOWED : refuse(blocked);
}
