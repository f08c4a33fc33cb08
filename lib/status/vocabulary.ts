/**
 * The published status vocabulary (PRODUCT.md §4). The database check constraints, the
 * validation schemas and the labels on the site all read from these lists, so a value can
 * only be added in one place.
 */

export const STAGES = ["not_started", "underway", "complete", "completed_modified", "not_proceeding"] as const;
export type Stage = (typeof STAGES)[number];

/** Delivery confidence, best first (the scale used for NZ Government Targets). */
export const CONFIDENCES = ["on_track", "probable", "feasible", "at_risk", "unachievable"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Derived, never typed: see lib/status/derive-system-state.ts. */
export const SYSTEM_STATES = ["not_yet_reported", "stale", "current"] as const;
export type SystemState = (typeof SYSTEM_STATES)[number];

export const UPDATE_STATES = [
  "draft",
  "submitted",
  "agency_approved",
  "changes_requested",
  "withdrawn",
  "published",
] as const;
export type UpdateState = (typeof UPDATE_STATES)[number];

/**
 * An update still on its way to publication. An action has at most one per reporting period:
 * the database refuses a second (progress_updates_one_open_idx), and every "write an update"
 * link continues the open one.
 */
export const OPEN_UPDATE_STATES = [
  "draft",
  "submitted",
  "changes_requested",
  "agency_approved",
] as const satisfies readonly UpdateState[];
export type OpenUpdateState = (typeof OPEN_UPDATE_STATES)[number];
export const isOpenUpdateState = (state: string): state is OpenUpdateState =>
  (OPEN_UPDATE_STATES as readonly string[]).includes(state);

/** Open updates in front of reviewers: an agency approver, then TEC. */
export const IN_REVIEW_STATES = ["submitted", "agency_approved"] as const satisfies readonly OpenUpdateState[];

export const PROVENANCES = ["confirmed", "illustrative"] as const;
export type Provenance = (typeof PROVENANCES)[number];

export const ROLES = ["agency_staff", "agency_approver", "tec_monitor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const POPULATION_GROUPS = [
  "maori",
  "pacific_peoples",
  "disabled_people",
  "refugee_background",
  "neet_youth",
] as const;
export type PopulationGroup = (typeof POPULATION_GROUPS)[number];

export const BREAKDOWN_KINDS = ["total", "population_group", "region"] as const;
export type BreakdownKind = (typeof BREAKDOWN_KINDS)[number];

export const INDICATOR_DIRECTIONS = ["increase", "decrease", "maintain"] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** What a change request does to a plan item (lib/plan-changes says which kinds fit which items). */
export const CHANGE_KINDS = ["add", "change", "rephase", "reassign", "merge", "split", "stop"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The kinds of plan item a change request can touch. */
export const PLAN_ENTITIES = [
  "focus_area",
  "recommendation",
  "workstream",
  "action",
  "milestone",
  "criterion",
  "dependency",
] as const;
export type PlanEntity = (typeof PLAN_ENTITIES)[number];

/** Proposed in a draft version; approved with it; withdrawn by a monitor before approval. */
export const CHANGE_REQUEST_STATES = ["proposed", "approved", "rejected", "withdrawn"] as const;
export type ChangeRequestState = (typeof CHANGE_REQUEST_STATES)[number];

/** A plan version is a draft (collecting change requests) until approved, then published for good. */
export const PLAN_VERSION_STATES = ["draft", "published"] as const;
export type PlanVersionState = (typeof PLAN_VERSION_STATES)[number];

/**
 * Where an action stands in the approved plan (not its delivery stage): stopped actions are not
 * proceeding, merged or split ones are superseded by others. Both stay visible, and their codes are
 * never reused.
 */
export const ACTION_PLAN_STATES = ["active", "not_proceeding", "superseded"] as const;
export type ActionPlanState = (typeof ACTION_PLAN_STATES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  not_started: "Not started",
  underway: "Underway",
  complete: "Complete",
  completed_modified: "Completed – modified",
  not_proceeding: "Not proceeding",
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  on_track: "On track",
  probable: "Probable",
  feasible: "Feasible",
  at_risk: "At risk",
  unachievable: "Unachievable",
};

export const SYSTEM_STATE_LABELS: Record<SystemState, string> = {
  not_yet_reported: "Not yet reported",
  stale: "Stale",
  current: "Reported",
};

export const POPULATION_GROUP_LABELS: Record<PopulationGroup, string> = {
  maori: "Māori",
  pacific_peoples: "Pacific peoples",
  disabled_people: "Disabled people",
  refugee_background: "Refugee-background people",
  neet_youth: "Young people not in employment, education or training",
};

/** Stages after which an action is no longer expected to report. */
export const FINISHED_STAGES: readonly Stage[] = ["complete", "completed_modified", "not_proceeding"];

/** Finished: complete, completed – modified or not proceeding. Null (never reported) is not finished. */
export function isFinishedStage(stage: Stage | null): boolean {
  return stage !== null && FINISHED_STAGES.includes(stage);
}
