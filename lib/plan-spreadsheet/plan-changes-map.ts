/**
 * The spreadsheet layout and the plan-change contract (lib/plan-changes) side by side: which plan
 * item each sheet's rows are, how a row's key becomes the item's stable key, and which column is
 * which field. Used both ways: the plan (a PlanSnapshot) into sheets for export and comparison, and
 * a comparison's rows into PlanChanges for the draft version.
 */
import {
  criterionKey,
  dependencyKey,
  FIELDS_FOR_KIND,
  KINDS_FOR,
  milestoneKey,
  type ChangeKind,
  type FieldChange,
  type FieldValue,
  type ItemFields,
  type PlanChange,
  type PlanEntity,
  type PlanSnapshot,
} from "@/lib/plan-changes";
import { listItems } from "./cells";
import type { PlanDiff } from "./diff";
import { LAYOUT, SHEET_NAMES, type ColumnKind, type PlanSheets, type SheetName, type SheetRow } from "./layout";

type SheetMap = {
  entity: PlanEntity;
  /** The item's stable key from the row's key columns. */
  key: (row: SheetRow) => string;
  /** The row's key columns from the item's stable key. */
  keyColumns: (key: string) => SheetRow;
  /** Layout column → the contract's field name. */
  fields: Record<string, string>;
};

const byNumber = { key: (r: SheetRow) => r.number!, keyColumns: (k: string) => ({ number: k }) };
const text = { title: "title", title_mi: "titleMi", description: "description" };

export const SHEET_MAP: Record<SheetName, SheetMap> = {
  focus_areas: { entity: "focus_area", ...byNumber, fields: text },
  recommendations: { entity: "recommendation", ...byNumber, fields: { focus_area: "focusArea", ...text } },
  workstreams: {
    entity: "workstream",
    ...byNumber,
    fields: { ...text, lead_agency: "leadAgency", recommendations: "recommendations" },
  },
  actions: {
    entity: "action",
    key: (r) => r.code!,
    keyColumns: (k) => ({ code: k }),
    fields: {
      ...text,
      workstream: "workstream",
      recommendations: "recommendations",
      lead_agency: "leadAgency",
      contributing_agencies: "contributors",
      foundational: "foundational",
      baseline_start: "baselineStart",
      baseline_due: "baselineDue",
    },
  },
  milestones: {
    entity: "milestone",
    key: (r) => milestoneKey(r.action!, Number(r.position)),
    keyColumns: (k) => {
      const [action, position] = k.split("/M") as [string, string];
      return { action, position };
    },
    fields: { title: "title", title_mi: "titleMi", baseline_due: "baselineDue", weight: "weight" },
  },
  completion_criteria: {
    entity: "criterion",
    key: (r) => criterionKey(r.action!, Number(r.position)),
    keyColumns: (k) => {
      const [action, position] = k.split("/C") as [string, string];
      return { action, position };
    },
    fields: { description: "description" },
  },
  dependencies: {
    entity: "dependency",
    key: (r) => dependencyKey(r.action!, r.predecessor!),
    keyColumns: (k) => {
      const [action, predecessor] = k.split(":") as [string, string];
      return { action, predecessor };
    },
    fields: {},
  },
};

const kindOf = (sheet: SheetName, column: string): ColumnKind =>
  LAYOUT[sheet].columns.find((c) => c.key === column)!.kind;

const byNumberOrText = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });

/** A field's value in the layout's canonical text. */
export function cellText(value: FieldValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return [...value].sort(byNumberOrText).join(", ");
  return String(value);
}

/** A canonical cell as the contract's field value. */
export function fieldValue(kind: ColumnKind, text: string): FieldValue {
  switch (kind) {
    case "optionalText":
      return text === "" ? null : text;
    case "boolean":
      return text === "yes";
    case "agencyList":
    case "numberList":
      return listItems(text);
    default:
      return text;
  }
}

/** The weight column is the one number the contract keeps as a number (references stay keys). */
function typedValue(sheet: SheetName, column: string, text: string): FieldValue {
  if (sheet === "milestones" && column === "weight") return Number(text);
  return fieldValue(kindOf(sheet, column), text);
}

/** The plan, every item a row in its sheet, in code order. */
export function sheetsFromSnapshot(plan: PlanSnapshot): PlanSheets {
  const sheets = Object.fromEntries(SHEET_NAMES.map((s) => [s, [] as SheetRow[]])) as unknown as PlanSheets;
  for (const sheet of SHEET_NAMES) {
    const map = SHEET_MAP[sheet];
    const keys = map.entity === "dependency" ? [...plan.dependencies] : [...plan.items[map.entity].keys()];
    for (const key of keys.sort(byNumberOrText)) {
      const fields: ItemFields = map.entity === "dependency" ? {} : plan.items[map.entity].get(key)!;
      const row: SheetRow = { ...map.keyColumns(key) };
      for (const [column, field] of Object.entries(map.fields)) row[column] = cellText(fields[field]);
      sheets[sheet].push(row);
    }
  }
  return sheets;
}

/** Re-phase or re-assign when the changed fields are only dates or only agencies; else change. */
function changeKind(entity: PlanEntity, fields: string[]): ChangeKind {
  for (const kind of ["rephase", "reassign"] as const) {
    const allowed = FIELDS_FOR_KIND[kind];
    if (KINDS_FOR[entity].includes(kind) && allowed && fields.every((f) => allowed.includes(f))) return kind;
  }
  return "change";
}

/** Where each change came from, so a refusal can name the sheet and row. */
export type ChangeOrigin = { sheet: SheetName; row: number };

/** The comparison's new and changed rows as plan changes, in the layout's sheet order. */
export function planChangesFrom(diff: PlanDiff, reason: string): { changes: PlanChange[]; origins: ChangeOrigin[] } {
  const changes: PlanChange[] = [];
  const origins: ChangeOrigin[] = [];
  for (const { sheet, create, change } of diff) {
    const map = SHEET_MAP[sheet];
    for (const c of create) {
      const fields: Record<string, FieldChange> = {};
      for (const [column, field] of Object.entries(map.fields))
        fields[field] = { after: typedValue(sheet, column, c.values[column] ?? "") };
      changes.push({ kind: "add", entity: map.entity, key: map.key(c.values), fields, reason });
      origins.push({ sheet, row: c.row });
    }
    for (const c of change) {
      const fields: Record<string, FieldChange> = {};
      for (const f of c.fields) {
        const field = map.fields[f.column];
        if (field)
          fields[field] = {
            before: typedValue(sheet, f.column, f.before),
            after: typedValue(sheet, f.column, f.after),
          };
      }
      const key = map.key(Object.fromEntries(LAYOUT[sheet].key.map((k, i) => [k, c.key.split("/")[i]!])));
      changes.push({ kind: changeKind(map.entity, Object.keys(fields)), entity: map.entity, key, fields, reason });
      origins.push({ sheet, row: c.row });
    }
  }
  return { changes, origins };
}

/** The layout column of a contract field, for placing a refusal. */
export function columnOf(sheet: SheetName, field: string | undefined): string | null {
  if (!field) return null;
  return Object.entries(SHEET_MAP[sheet].fields).find(([, f]) => f === field)?.[0] ?? null;
}
