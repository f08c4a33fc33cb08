import type { UpdateFormContext } from "@/lib/dal/updates";
import { contentFormValues, pickContent } from "@/lib/workflow/update-content";
import type { FormValues } from "@/lib/forms/form-states";

export type { FormValues };

export const EVIDENCE_ROWS_MIN = 3;

/**
 * Flattens an update into form values. Milestones and criteria are indexed by their position in
 * the action's list, so a field's name never changes between renders or after an error.
 */
export function initialFormValues(context: UpdateFormContext): FormValues {
  const v = context.values;
  const values: FormValues = contentFormValues(pickContent(v));
  context.action.milestones.forEach((m, i) => {
    const done = v.milestoneCompletions.find((c) => c.milestoneId === m.id);
    values[`milestoneCompletions.${i}.milestoneId`] = String(m.id);
    const forecast = v.milestoneForecasts.find((f) => f.milestoneId === m.id);
    values[`milestoneForecasts.${i}.milestoneId`] = String(m.id);
    values[`milestoneForecasts.${i}.forecastDue`] = forecast?.forecastDue ?? "";
    if (done) {
      values[`milestoneCompletions.${i}.done`] = "on";
      values[`milestoneCompletions.${i}.completedOn`] = done.completedOn;
    }
  });
  context.action.criteria.forEach((c, i) => {
    const a = v.criterionAssessments.find((x) => x.criterionId === c.id);
    values[`criterionAssessments.${i}.criterionId`] = String(c.id);
    if (a?.met) values[`criterionAssessments.${i}.met`] = "on";
    values[`criterionAssessments.${i}.evidenceUrl`] = a?.evidenceUrl ?? "";
    values[`criterionAssessments.${i}.evidenceReference`] = a?.evidenceReference ?? "";
  });
  v.evidenceLinks.forEach((e, i) => {
    values[`evidenceLinks.${i}.title`] = e.title;
    values[`evidenceLinks.${i}.url`] = e.url;
  });
  return values;
}

/** How many evidence rows to show: every filled one and at least one empty, never fewer than three. */
export function evidenceRowCount(values: FormValues): number {
  let filled = 0;
  for (const key of Object.keys(values)) {
    const match = /^evidenceLinks\.(\d+)\./.exec(key);
    if (match && values[key]) filled = Math.max(filled, Number(match[1]) + 1);
  }
  return Math.max(EVIDENCE_ROWS_MIN, filled + 1);
}
