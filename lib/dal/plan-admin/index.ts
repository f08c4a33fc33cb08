import "server-only";
/** The plan editor's pages (/admin/plan): TEC monitors only; every function takes the caller first. */
export {
  getDraftReview,
  getItemForEdit,
  getPlanOverview,
  type ActionEntry,
  type DraftChangeView,
  type ItemForEdit,
  type PlanOverview,
} from "./read";
export { planEntityOf, proposeItemEdit, proposeLifecycle } from "./edit";
export { approvePlanVersion, withdrawProposedChange } from "./decide";
