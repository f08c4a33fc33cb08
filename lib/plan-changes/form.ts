import { FIELDS, FIELDS_FOR_KIND, type FieldType } from "./fields";
import type { ChangeKind, FieldValue, ItemFields, PlanChange, PlanEntity } from "./types";
import { sameValue } from "./values";

/** What a plan item's edit form shows: one string per field, a list for tick-box groups. */
export type ItemFormValues = Record<string, string | string[]>;

/** A plan item's fields as its form shows them. */
export function formValuesOf(entity: PlanEntity, fields: ItemFields | null): ItemFormValues {
  const values: ItemFormValues = {};
  for (const [name, type] of Object.entries(FIELDS[entity] as Record<string, FieldType>)) {
    const value = fields?.[name] ?? null;
    if (type.type === "refs") values[name] = Array.isArray(value) ? value : [];
    else if (type.type === "boolean") values[name] = value === true ? "yes" : "";
    else values[name] = value === null ? "" : String(value);
  }
  return values;
}

/** Reads one posted field as its type's value; an unreadable number stays text for the validation to refuse. */
function readField(type: FieldType, raw: string | string[] | undefined): FieldValue {
  if (type.type === "refs") return [...new Set(Array.isArray(raw) ? raw : raw ? [raw] : [])].sort();
  const text = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  switch (type.type) {
    case "boolean":
      return text === "yes" || text === "on";
    case "optionalText":
      return text === "" ? null : text;
    case "integer":
      return /^\d+$/.test(text) ? Number(text) : text;
    default:
      return text;
  }
}

/**
 * The change a submitted edit form asks for: every field whose value differs from the plan's (as
 * the draft leaves it). Adding when there is no item yet; otherwise a re-phase when only dates
 * move, a re-assignment when only the agencies do, and a plain change for anything else. Null when
 * nothing differs.
 */
export function changeFromForm(
  entity: PlanEntity,
  key: string,
  current: ItemFields | null,
  posted: ItemFormValues,
  reason: string,
): PlanChange | null {
  const fields: PlanChange["fields"] = {};
  for (const [name, type] of Object.entries(FIELDS[entity] as Record<string, FieldType>)) {
    const after = readField(type, posted[name]);
    if (!current) {
      fields[name] = { after };
    } else if (!sameValue(after, current[name])) {
      fields[name] = { before: current[name] ?? null, after };
    }
  }
  if (current && Object.keys(fields).length === 0) return null;
  return { kind: current ? kindOf(Object.keys(fields)) : "add", entity, key, fields, reason: reason.trim() };
}

function kindOf(changed: string[]): ChangeKind {
  for (const kind of ["rephase", "reassign"] as const) {
    if (changed.every((f) => FIELDS_FOR_KIND[kind]!.includes(f))) return kind;
  }
  return "change";
}
