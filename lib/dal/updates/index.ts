/** The progress-update workflow: every function takes the caller (Actor) first and checks it. */
export { createDraft } from "./create-draft";
export { saveDraft } from "./save-draft";
export { submitUpdate } from "./submit";
export { withdrawUpdate } from "./withdraw";
export { approveUpdate } from "./approve";
export { returnForChanges } from "./return-for-changes";
export { publishUpdate } from "./publish";
export { scheduleUpdate } from "./schedule";
export { viewUpdate, type UpdateView } from "./view-update";
export {
  getNewUpdateForm,
  getUpdateForEdit,
  type ExistingUpdate,
  type UpdateFormContext,
  type UpdateValues,
} from "./form-context";
export { WorkflowError, isWorkflowError, type WorkflowErrorCode } from "./errors";
export type { MutationResult } from "./result";
