import type { Actor } from "@/lib/permissions/actor";
import { checkAuthority, stateRefusal, type PermissionContext } from "@/lib/permissions/update-permissions";
import type { UpdateState } from "@/lib/status/vocabulary";
import { nextState, OPERATION_FOR_EVENT, type WorkflowEvent } from "./state-machine";

export { nextState, OPERATION_FOR_EVENT, WORKFLOW_EVENTS, type WorkflowEvent } from "./state-machine";

/** Timestamps the caller writes onto the update row; absent ones are left as they are. */
export type TransitionStamps = {
  submittedAt?: Date;
  approvedAt?: Date;
  returnedAt?: Date;
  publishedAt?: Date;
  publishAt?: Date;
};

export type TransitionResult =
  | { ok: true; state: UpdateState; stamps: TransitionStamps }
  | { ok: false; code: "forbidden" | "invalid_transition"; message: string };

export type TransitionDetails = {
  /** Required for "schedule": when the update should appear to the public. */
  publishAt?: Date;
  /** Required for "return": what the author needs to change. */
  returnReason?: string;
};

const invalid = (message: string): TransitionResult => ({ ok: false, code: "invalid_transition", message });

/**
 * Decides one workflow step: who is asking first (so a refusal never reveals the state of an
 * update the caller may not touch), then whether the state allows it. Returns the new state and the
 * timestamps to record; the caller writes them, with the audit event, in one transaction.
 *
 * Saving with no update in the context creates a new draft.
 */
export function applyTransition(
  actor: Actor,
  event: WorkflowEvent,
  context: PermissionContext,
  now: Date,
  details: TransitionDetails = {},
): TransitionResult {
  const creating = event === "save_draft" && !context.update;
  const operation = creating ? "create_draft" : OPERATION_FOR_EVENT[event];

  const authority = checkAuthority(actor, operation, context);
  if (!authority.allowed) return { ok: false, code: "forbidden", message: authority.reason };
  const current = context.update?.state;
  if (current === undefined) {
    // checkAuthority already refuses every other operation when there is no update.
    return { ok: true, state: "draft", stamps: {} };
  }
  const state = nextState(current, event);
  if (state === null) return invalid(stateRefusal(operation, current) ?? "This step is not possible now.");

  switch (event) {
    case "save_draft":
    case "withdraw":
      return { ok: true, state, stamps: {} };
    case "submit":
      return { ok: true, state, stamps: { submittedAt: now } };
    case "approve":
      return { ok: true, state, stamps: { approvedAt: now } };
    case "return":
      if (!details.returnReason?.trim()) return invalid("Say what needs to change before returning the update.");
      return { ok: true, state, stamps: { returnedAt: now } };
    case "publish":
      return { ok: true, state, stamps: { publishedAt: now } };
    case "schedule": {
      const at = details.publishAt;
      if (!at || Number.isNaN(at.getTime())) return invalid("Choose when the update should be published.");
      // A time in the past would publish at once while claiming to be scheduled: use "publish".
      if (at.getTime() <= now.getTime()) return invalid("Choose a publication time in the future.");
      // Stored as published with published_at in the future: the public-visibility rule
      // (db/visibility.ts) keeps it hidden until then.
      return { ok: true, state, stamps: { publishAt: at, publishedAt: at } };
    }
  }
}
