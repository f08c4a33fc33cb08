"use server";

import { redirect } from "@/i18n/navigation";
import { setPasswordWithLink } from "@/lib/dal/account-links";
import { authorizedAction } from "@/lib/dal/authorize";
import { isWorkflowError } from "@/lib/dal/updates";
import type { SimpleFormState } from "@/lib/forms/form-states";

/**
 * "Set my password", with the one-time link's token. Whoever holds the link may use it: the
 * caller's own session plays no part. Refusals come back as form state; passwords are never echoed.
 */
export const setPasswordAction = authorizedAction<SimpleFormState>(async (_actor, formData, previous) => {
  try {
    await setPasswordWithLink(String(formData.get("token") ?? ""), formData);
  } catch (error) {
    if (!isWorkflowError(error)) throw error;
    return {
      status: "error",
      code: error.code,
      message: error.message,
      fieldErrors: error.fieldErrors,
      attempt: previous.attempt + 1,
    };
  }
  return redirect("/login?password=set");
});
