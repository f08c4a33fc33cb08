/** Plan changes: the contract the plan editor and the spreadsheet import share (types.ts explains the keys). */
export type {
  ChangeKind,
  ChangeProblem,
  FieldChange,
  FieldValue,
  ItemFields,
  PlanChange,
  PlanEntity,
  PlanSnapshot,
  ValidationResult,
} from "./types";
export { FIELDS, FIELDS_FOR_KIND, KINDS_FOR, fieldsOf, type FieldType } from "./fields";
export { criterionKey, dependencyKey, milestoneKey, parseKey, actionOfKey, KEY_EXAMPLES } from "./keys";
export { validateChanges } from "./validate";
export { clonePlan, emptyPlan } from "./snapshot";
export { describeChange } from "./describe";
export { sameValue, showValue } from "./values";
