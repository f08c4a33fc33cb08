"use server";

import { redirect } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { authorizedAction } from "@/lib/dal/authorize";
import type { UpdateFormState } from "@/lib/forms/form-states";
import { createDraft, isWorkflowError, saveDraft, submitUpdate } from "@/lib/dal/updates";
import { postedValues, updateInputFromForm } from "./form-input";

const positiveInt = (v: FormDataEntryValue | null) => {
  const n = Number(v);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

/** "Save draft" and "Submit for approval" on the update form. The DAL decides who may do what. */
export const saveUpdateAction = authorizedAction<UpdateFormState>(async (actor, formData, previous) => {
  const code = String(formData.get("actionCode") ?? "");
  const intent = formData.get("intent") === "submit" ? "submit" : "save";
  const { input, errorKeys } = updateInputFromForm(formData);
  let updateId = positiveInt(formData.get("updateId"));
  let version = positiveInt(formData.get("version")) ?? 0;
  let created = false;

  try {
    if (updateId === null) {
      const requestKey = String(formData.get("requestKey") ?? "");
      const result = await createDraft(actor, code, input, { requestKey });
      updateId = result.updateId;
      // A repeat of this very form (double click) continues from the draft's first version, so
      // the submit below is recognised as the same step rather than refused as stale.
      version = 1;
      created = !result.replayed;
    }
    if (intent === "submit") await submitUpdate(actor, updateId, version, input);
    else if (!created && positiveInt(formData.get("updateId")) !== null)
      await saveDraft(actor, updateId, version, input);
  } catch (error) {
    if (!isWorkflowError(error)) throw error;
    const savedFirst = created && error.code !== "forbidden";
    const t = await getTranslations("staff.updatePage");
    return {
      status: "error",
      code: error.code,
      message: savedFirst ? t("savedNotSubmitted", { reason: error.message }) : error.message,
      fieldErrors: errorKeys(error.fieldErrors),
      values: postedValues(formData),
      updateId: updateId ?? undefined,
      version: created ? 1 : version,
      attempt: previous.attempt + 1,
    };
  }
  return redirect(`/my?done=${intent === "submit" ? "submitted" : "saved"}&action=${encodeURIComponent(code)}`);
}, keepTyped);

/** A refusal for any other reason (the database away) still shows the form as it was posted. */
function keepTyped(formData: FormData, previous: UpdateFormState): Partial<UpdateFormState> {
  return { values: postedValues(formData), attempt: previous.attempt + 1 };
}
