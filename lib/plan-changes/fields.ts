import type { ChangeKind, PlanEntity } from "./types";

/**
 * How a field's value is written: text (required, non-empty), optional text (null when empty), a
 * date, a positive whole number, a yes/no flag, or a reference by stable key to another item
 * ("ref") or a sorted list of them ("refs").
 */
export type FieldType =
  | { type: "text" }
  | { type: "optionalText" }
  | { type: "date" }
  | { type: "integer" }
  | { type: "boolean" }
  | { type: "ref"; to: "focus_area" | "workstream" | "agency" }
  | { type: "refs"; to: "recommendation" | "agency" };

const text = { type: "text" } as const;
const optionalText = { type: "optionalText" } as const;
const date = { type: "date" } as const;

/** The editable fields of each kind of item, in the order forms and spreadsheets show them. */
export const FIELDS = {
  focus_area: { title: text, titleMi: optionalText, description: text },
  recommendation: {
    focusArea: { type: "ref", to: "focus_area" },
    title: text,
    titleMi: optionalText,
    description: text,
  },
  workstream: {
    title: text,
    titleMi: optionalText,
    description: text,
    leadAgency: { type: "ref", to: "agency" },
    recommendations: { type: "refs", to: "recommendation" },
  },
  action: {
    title: text,
    titleMi: optionalText,
    description: text,
    workstream: { type: "ref", to: "workstream" },
    recommendations: { type: "refs", to: "recommendation" },
    leadAgency: { type: "ref", to: "agency" },
    contributors: { type: "refs", to: "agency" },
    foundational: { type: "boolean" },
    baselineStart: date,
    baselineDue: date,
  },
  milestone: { title: text, titleMi: optionalText, baselineDue: date, weight: { type: "integer" } },
  criterion: { description: text },
  dependency: {},
} as const satisfies Record<PlanEntity, Record<string, FieldType>>;

export type FieldName<E extends PlanEntity> = keyof (typeof FIELDS)[E] & string;

export function fieldsOf(entity: PlanEntity): Record<string, FieldType> {
  return FIELDS[entity];
}

/** Which kinds of change each kind of item takes. */
export const KINDS_FOR: Record<PlanEntity, readonly ChangeKind[]> = {
  focus_area: ["add", "change"],
  recommendation: ["add", "change"],
  workstream: ["add", "change", "reassign"],
  action: ["add", "change", "rephase", "reassign", "merge", "split", "stop"],
  milestone: ["add", "change", "rephase", "stop"],
  criterion: ["add", "change", "stop"],
  dependency: ["add", "stop"],
};

/**
 * The fields a kind of change may set; `null` means any editable field. A re-phase moves dates, a
 * re-assignment moves the lead (and contributing) agencies; merge and split set `supersededBy` (the
 * code, or for a split the codes, that take the action over); a stop sets nothing.
 */
export const FIELDS_FOR_KIND: Record<ChangeKind, readonly string[] | null> = {
  add: null,
  change: null,
  rephase: ["baselineStart", "baselineDue"],
  reassign: ["leadAgency", "contributors"],
  merge: ["supersededBy"],
  split: ["supersededBy"],
  stop: [],
};
