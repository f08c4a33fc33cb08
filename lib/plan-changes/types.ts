/**
 * A change to the plan, as a change request in the draft of the next plan version carries it. The
 * plan editor (/admin/plan) and the spreadsheet import both produce these; lib/plan-changes/validate.ts
 * checks a set against the plan, and lib/dal/plan-changes applies them when the version is approved.
 *
 * Every plan item is named by a stable key, never by a database id (see keys.ts):
 * - focus areas, recommendations, workstreams: their number ("3");
 * - actions: their code ("1.4": workstream 1, action 4). Codes are never reused, so a stopped or
 *   superseded action keeps its code for good;
 * - milestones: action code, "/M" and the milestone's position ("1.4/M2");
 * - completion criteria: action code, "/C" and the criterion's position ("1.4/C1");
 * - dependencies: the dependent action, ":" and the action it waits for ("2.3:1.4" reads "2.3
 *   cannot start until 1.4 has delivered").
 */

import type { ChangeKind, PlanEntity } from "@/lib/status/vocabulary";

export type { ChangeKind, PlanEntity };

/**
 * A field's value, as stored in change requests and compared by the validation: text, a date
 * ("2025-06-30"), a number, a yes/no flag, a reference by stable key ("3", or an agency's slug
 * "moe"), or a list of references (sorted), or null for an empty optional field.
 */
export type FieldValue = string | number | boolean | null | string[];

/** One field's value before and after the change. An `add` has no `before`. */
export type FieldChange = { before?: FieldValue; after: FieldValue };

export type PlanChange = {
  kind: ChangeKind;
  entity: PlanEntity;
  key: string;
  /** The fields this change sets (see FIELDS in fields.ts); for merge and split, `supersededBy`. */
  fields: Record<string, FieldChange>;
  /** Why: required, shown on /changes with the change. */
  reason: string;
  /** A one-line description; made from the change when absent. */
  summary?: string;
};

/** The fields of one plan item, by field name. */
export type ItemFields = Record<string, FieldValue>;

/**
 * The plan as change requests see it: every item by its stable key, with its fields as FieldValues.
 * Actions also carry `planState` ("active" | "not_proceeding" | "superseded") and `supersededBy`.
 */
export type PlanSnapshot = {
  items: Record<Exclude<PlanEntity, "dependency">, Map<string, ItemFields>>;
  /** Dependency keys ("2.3:1.4"). */
  dependencies: Set<string>;
  /** Agencies by slug; retired ones can no longer be assigned. */
  agencies: Map<string, { retired: boolean }>;
  /** Milestone and criterion keys that progress updates have reported against: their history. */
  reported: Set<string>;
};

/** A problem with one change of a set, by its index in the set (and the field, when one is at fault). */
export type ChangeProblem = { index: number; key: string; field?: string; message: string };

export type ValidationResult = { ok: true; plan: PlanSnapshot } | { ok: false; problems: ChangeProblem[] };
