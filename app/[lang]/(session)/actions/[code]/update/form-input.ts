import { formDataToObject } from "@/lib/workflow/form-data-to-object";
import type { FieldErrors } from "@/lib/workflow/field-errors";
import type { FormValues } from "@/lib/forms/form-states";

type Row = Record<string, unknown>;

function rows(value: unknown): { row: Row; index: number }[] {
  if (!Array.isArray(value)) return [];
  // Array.from turns holes (rows the browser did not send) into undefined, which are dropped.
  return Array.from(value as unknown[]).flatMap((row, index) =>
    row && typeof row === "object" ? [{ row: row as Row, index }] : [],
  );
}

const filled = (v: unknown) => typeof v === "string" && v.trim() !== "";

/**
 * Turns the posted form into what the update schemas read: only ticked milestones become
 * completions, milestone forecasts left empty are not sent, and empty evidence rows are dropped. Errors come back keyed by the compacted
 * rows, so `errorKeys` maps them to the names of the inputs the person actually sees.
 */
export function updateInputFromForm(formData: FormData): {
  input: Record<string, unknown>;
  errorKeys: (errors: FieldErrors) => FieldErrors;
} {
  const raw = formDataToObject(formData.entries());
  const milestones = rows(raw.milestoneCompletions).filter(({ row }) => filled(row.done));
  const forecasts = rows(raw.milestoneForecasts).filter(({ row }) => filled(row.forecastDue));
  const evidence = rows(raw.evidenceLinks).filter(({ row }) => filled(row.title) || filled(row.url));
  const input = {
    ...raw,
    milestoneCompletions: milestones.map(({ row }) => ({ milestoneId: row.milestoneId, completedOn: row.completedOn })),
    milestoneForecasts: forecasts.map(({ row }) => ({ milestoneId: row.milestoneId, forecastDue: row.forecastDue })),
    evidenceLinks: evidence.map(({ row }) => ({ title: row.title, url: row.url })),
  };
  const remap: Record<string, { index: number }[]> = {
    milestoneCompletions: milestones,
    milestoneForecasts: forecasts,
    evidenceLinks: evidence,
  };

  return {
    input,
    errorKeys(errors) {
      const out: FieldErrors = {};
      for (const [key, messages] of Object.entries(errors)) {
        const [group, index, ...rest] = key.split(".");
        const source = group ? remap[group] : undefined;
        const original = source && index !== undefined ? source[Number(index)] : undefined;
        const field = original ? [group, original.index, ...rest].join(".") : key;
        // A milestone error about its identity belongs to its tick box, or to its forecast's date.
        out[
          field
            .replace(/^(milestoneCompletions\.\d+)\.milestoneId$/, "$1.done")
            .replace(/^(milestoneForecasts\.\d+)\.milestoneId$/, "$1.forecastDue")
        ] = messages;
      }
      return out;
    },
  };
}

/** The posted values, echoed back so a refused form keeps what was typed. */
export function postedValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === "string" && !name.startsWith("$ACTION")) values[name] = value;
  }
  return values;
}
