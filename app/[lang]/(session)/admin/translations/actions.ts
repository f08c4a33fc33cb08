"use server";

import { redirect } from "@/i18n/navigation";
import { authorizedAction } from "@/lib/dal/authorize";
import { applyTranslationImport, checkTranslationImport } from "@/lib/dal/translations-admin";
import { isWorkflowError } from "@/lib/dal/updates";
import type { SimpleFormState } from "@/lib/forms/form-states";

/** "Check the file": the dry run, kept for the preview page; nothing the site shows changes. */
export const checkTranslationsAction = authorizedAction<SimpleFormState>(async (actor, formData, previous) => {
  const posted = formData.get("file");
  const file =
    posted instanceof File
      ? { name: posted.name, bytes: new Uint8Array(await posted.arrayBuffer()) }
      : { name: "", bytes: new Uint8Array() };
  let id: string;
  try {
    ({ id } = await checkTranslationImport(actor, file));
  } catch (error) {
    if (!isWorkflowError(error)) throw error;
    const { code, message, fieldErrors } = error;
    return { status: "error", code, message, fieldErrors, attempt: previous.attempt + 1 };
  }
  return redirect(`/admin/translations/imports/${id}`);
});

/** "Apply these changes": the import named in the form, applied in one transaction. */
export const applyTranslationsAction = authorizedAction<SimpleFormState>(async (actor, formData) => {
  await applyTranslationImport(actor, String(formData.get("importId") ?? ""));
  return redirect("/admin/translations?done=applied");
});
