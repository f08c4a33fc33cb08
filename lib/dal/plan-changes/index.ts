import "server-only";
/**
 * Plan versions and change requests. The contract the plan editor (/admin/plan) and the spreadsheet
 * import share: both turn edits into PlanChanges (lib/plan-changes) and call addChangesToDraft inside
 * their transaction; approveDraft applies a draft to the plan and publishes it.
 */
export { loadPlanSnapshot } from "./load-snapshot";
export {
  addChangesToDraft,
  findDraft,
  loadDraftedPlan,
  nextVersion,
  PlanChangesRefused,
  proposedChanges,
  withdrawChange,
  type DraftVersion,
  type ProposedChange,
} from "./draft";
export { approveDraft, type ApproveInput } from "./approve";
