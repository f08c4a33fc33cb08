"use server";

import { redirect } from "@/i18n/navigation";
import { authorizedAction } from "@/lib/dal/authorize";
import { createIndicator, recordReadings, updateIndicator } from "@/lib/dal/indicators-admin";
import { isWorkflowError } from "@/lib/dal/updates";
import type { IndicatorFormState, ReadingsFormState } from "@/lib/forms/form-states";
import { postedIndicatorValues, postedReadingsValues } from "@/lib/indicators/form-values";

const editUrl = (code: string) => `/admin/indicators/${encodeURIComponent(code)}`;
const positiveInt = (v: FormDataEntryValue | null) => {
  const n = Number(v);
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
};

/** Keeps the person's answers beside the refusal, so nothing they typed is lost. */
function refused<S extends { attempt: number }>(previous: S, error: unknown, values: unknown) {
  if (!isWorkflowError(error)) throw error;
  return {
    ...previous,
    status: "error" as const,
    code: error.code,
    message: error.message,
    fieldErrors: error.fieldErrors,
    values,
    attempt: previous.attempt + 1,
  };
}

/** "Save" on the new-indicator form and on the edit form (which carries the indicator and its stamp). */
export const saveIndicatorAction = authorizedAction<IndicatorFormState>(async (actor, formData, previous) => {
  const indicatorId = positiveInt(formData.get("indicatorId"));
  let target: string;
  try {
    if (indicatorId === 0) {
      const created = await createIndicator(actor, formData);
      target = `${editUrl(created.code)}?done=created`;
    } else {
      const saved = await updateIndicator(actor, indicatorId, String(formData.get("updatedAt") ?? ""), formData);
      target = `${editUrl(saved.code)}?done=${saved.changed ? "updated" : "unchanged"}`;
    }
  } catch (error) {
    return refused(previous, error, postedIndicatorValues(formData)) as IndicatorFormState;
  }
  return redirect(target);
});

/** "Save readings" for one indicator and period. */
export const saveReadingsAction = authorizedAction<ReadingsFormState>(async (actor, formData, previous) => {
  let target: string;
  try {
    const saved = await recordReadings(
      actor,
      positiveInt(formData.get("indicatorId")),
      String(formData.get("readingsStamp") ?? ""),
      formData,
    );
    target = `${editUrl(saved.code)}?period=${saved.periodId}&done=${saved.changed ? "readings" : "readings-unchanged"}#readings`;
  } catch (error) {
    return refused(previous, error, postedReadingsValues(formData)) as ReadingsFormState;
  }
  return redirect(target);
});
