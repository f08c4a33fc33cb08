/**
 * What an import would change, per sheet: rows to create, rows to change (field by field, before →
 * after), rows unchanged, and plan rows the file does not mention (left as they are: stopping or
 * merging an action is a change request of its own, never a missing row).
 */
import { LAYOUT, SHEET_NAMES, rowKey, type PlanSheets, type SheetName, type SheetRow } from "./layout";
import type { CheckedSheets } from "./validate";

export type FieldChange = { column: string; before: string; after: string };
export type SheetDiff = {
  sheet: SheetName;
  create: { row: number; key: string; values: SheetRow }[];
  change: { row: number; key: string; fields: FieldChange[] }[];
  unchanged: number;
  absent: number;
};
export type PlanDiff = SheetDiff[];

export function diffSheet(sheet: SheetName, current: SheetRow[], incoming: CheckedSheets[SheetName]): SheetDiff {
  const byKey = new Map(current.map((r) => [rowKey(sheet, r), r]));
  const diff: SheetDiff = { sheet, create: [], change: [], unchanged: 0, absent: 0 };
  const mentioned = new Set<string>();
  for (const { row, values } of incoming) {
    const key = rowKey(sheet, values);
    mentioned.add(key);
    const before = byKey.get(key);
    if (!before) {
      diff.create.push({ row, key, values });
      continue;
    }
    const fields = LAYOUT[sheet].columns
      .filter((c) => (before[c.key] ?? "") !== (values[c.key] ?? ""))
      .map((c) => ({ column: c.key, before: before[c.key] ?? "", after: values[c.key] ?? "" }));
    if (fields.length === 0) diff.unchanged++;
    else diff.change.push({ row, key, fields });
  }
  diff.absent = [...byKey.keys()].filter((k) => !mentioned.has(k)).length;
  return diff;
}

export function diffPlan(current: PlanSheets, incoming: CheckedSheets): PlanDiff {
  return SHEET_NAMES.map((sheet) => diffSheet(sheet, current[sheet], incoming[sheet]));
}

export function countChanges(diff: PlanDiff): number {
  return diff.reduce((n, s) => n + s.create.length + s.change.length, 0);
}
