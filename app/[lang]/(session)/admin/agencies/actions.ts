"use server";

import { redirect } from "@/i18n/navigation";
import { authorizedAction } from "@/lib/dal/authorize";
import { createAgency, setAgencyRetired, updateAgency } from "@/lib/dal/agencies-admin";
import { isWorkflowError } from "@/lib/dal/updates";
import type { SimpleFormState } from "@/lib/forms/form-states";
import { postedAgencyValues } from "@/lib/people/agency-input";

const positiveInt = (v: FormDataEntryValue | null) => {
  const n = Number(v);
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
};

/** "Add agency" and "Save changes": the data access layer checks the caller and every answer. */
export const saveAgencyAction = authorizedAction<SimpleFormState>(async (actor, formData, previous) => {
  const agencyId = positiveInt(formData.get("agencyId"));
  let target: string;
  try {
    if (agencyId === 0) {
      const { id } = await createAgency(actor, formData);
      target = `/admin/agencies/${id}?done=created`;
    } else {
      const { changed } = await updateAgency(actor, agencyId, String(formData.get("updatedAt") ?? ""), formData);
      target = `/admin/agencies/${agencyId}?done=${changed ? "updated" : "unchanged"}`;
    }
  } catch (error) {
    if (!isWorkflowError(error)) throw error;
    return {
      status: "error",
      code: error.code,
      message: error.message,
      fieldErrors: error.fieldErrors,
      values: postedAgencyValues(formData),
      attempt: previous.attempt + 1,
    };
  }
  return redirect(target);
});

/** "Retire" and "Bring back": which one is in the form, never inferred. */
export const retireAgencyAction = authorizedAction<SimpleFormState>(async (actor, formData) => {
  const agencyId = positiveInt(formData.get("agencyId"));
  const retire = formData.get("retire") === "yes";
  await setAgencyRetired(actor, agencyId, retire);
  return redirect(`/admin/agencies/${agencyId}?done=${retire ? "retired" : "unretired"}`);
});
