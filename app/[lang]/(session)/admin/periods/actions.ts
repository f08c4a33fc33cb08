"use server";

import { redirect } from "@/i18n/navigation";
import { authorizedAction, type ActionState } from "@/lib/dal/authorize";
import { closePeriod, editPeriod, generateNextPeriod } from "@/lib/dal/periods";
import { isWorkflowError } from "@/lib/dal/updates";
import type { PeriodFormState } from "@/lib/forms/form-states";
import { PERIOD_DEADLINES } from "@/lib/periods/period-input";

const FIELDS = PERIOD_DEADLINES.flatMap(({ key }) => [`${key}Date`, `${key}Time`]);

const periodId = (formData: FormData) => Number(formData.get("periodId"));

const done = (what: string, label: string) =>
  redirect(`/admin/periods?done=${what}&period=${encodeURIComponent(label)}`);

export const generatePeriodAction = authorizedAction<ActionState>(async (actor) => {
  const { label } = await generateNextPeriod(actor);
  return done("generated", label);
  return { status: "idle" };
});

/** Saves the four deadlines, entered as New Zealand dates and times. */
export const editPeriodAction = authorizedAction<PeriodFormState>(async (actor, formData, previous) => {
  const values = Object.fromEntries(FIELDS.map((k) => [k, String(formData.get(k) ?? "")]));
  const label = String(formData.get("periodLabel") ?? "");
  const attempt = previous.attempt + 1;
  try {
    await editPeriod(actor, periodId(formData), values, String(formData.get("updatedAt") ?? ""));
  } catch (error) {
    if (!isWorkflowError(error)) throw error;
    return {
      status: "error",
      code: error.code,
      message: error.message,
      fieldErrors: error.fieldErrors,
      values,
      attempt,
    };
  }
  return done("edited", label);
  return { status: "idle", attempt };
});

/** Closes the period now, once the monitor has typed its name to confirm. */
export const closePeriodAction = authorizedAction<PeriodFormState>(async (actor, formData, previous) => {
  const typed = String(formData.get("confirmLabel") ?? "");
  const attempt = previous.attempt + 1;
  let label: string;
  try {
    ({ label } = await closePeriod(actor, periodId(formData), typed));
  } catch (error) {
    if (!isWorkflowError(error)) throw error;
    return {
      status: "error",
      code: error.code,
      message: error.message,
      fieldErrors: error.fieldErrors,
      values: { confirmLabel: typed },
      attempt,
    };
  }
  return done("closed", label);
  return { status: "idle", attempt };
});
