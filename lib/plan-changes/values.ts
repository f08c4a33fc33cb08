import type { FieldType } from "./fields";
import type { FieldValue } from "./types";

/** Equal field values: lists compare as sets (they are kept sorted), text exactly. */
export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (Array.isArray(x) || Array.isArray(y)) {
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    const sx = [...x].sort();
    const sy = [...y].sort();
    return sx.every((v, i) => v === sy[i]);
  }
  return x === y;
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Why a value does not fit its field's type (references are checked against the plan elsewhere), or null. */
export function shapeProblem(type: FieldType, value: FieldValue): string | null {
  switch (type.type) {
    case "text":
      return typeof value === "string" && value.trim() !== "" ? null : "is required";
    case "optionalText":
      return value === null || typeof value === "string" ? null : "must be text or empty";
    case "date":
      return typeof value === "string" && isDate(value) ? null : "must be a date (YYYY-MM-DD)";
    case "integer":
      return typeof value === "number" && Number.isInteger(value) && value > 0
        ? null
        : "must be a whole number above 0";
    case "boolean":
      return typeof value === "boolean" ? null : "must be yes or no";
    case "ref":
      return typeof value === "string" && value !== "" ? null : "is required";
    case "refs":
      if (!Array.isArray(value)) return "must be a list";
      return new Set(value).size === value.length ? null : "lists the same item twice";
  }
}

/** Shows a value in a message: "(empty)" for nothing, lists joined with commas. */
export function showValue(value: FieldValue | undefined): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (Array.isArray(value)) return value.length ? value.join(", ") : "(none)";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}
