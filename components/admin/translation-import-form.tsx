"use client";

import { useActionState } from "react";
import { useUiText } from "@/i18n/translated-keys";
import type { FormAction, SimpleFormState } from "@/lib/forms/form-states";
import { ErrorSummary } from "@/components/staff/error-summary";
import { fieldId } from "@/components/staff/form-fields";
import { PRIMARY_BUTTON } from "./buttons";

/** Sends a translated workbook to be checked; the preview page that follows says what it would change. */
export function TranslationImportForm({ checkAction }: { checkAction: FormAction<SimpleFormState> }) {
  const [state, action, pending] = useActionState<SimpleFormState, FormData>(checkAction, {
    status: "idle",
    attempt: 0,
  });
  const { t, lang } = useUiText("admin.translations");
  const errors = state.fieldErrors?.file ?? [];
  const describedBy = ["file-hint", errors.length ? "file-error" : ""].filter(Boolean).join(" ");
  return (
    <form key={state.attempt} action={action} className="mt-4 max-w-2xl">
      <ErrorSummary
        message={state.message}
        errors={state.fieldErrors ?? {}}
        describe={(key) => (key === "file" ? { label: t("fileLabel"), target: "file" } : null)}
        attempt={state.attempt}
      />
      <label htmlFor={fieldId("file")} lang={lang("fileLabel")} className="block font-semibold">
        {t("fileLabel")}
      </label>
      <p id="file-hint" lang={lang("fileHint")} className="mt-1 text-sm text-[var(--color-muted)]">
        {t("fileHint")}
      </p>
      {errors.length > 0 && (
        <p id="file-error" className="mt-1 font-semibold text-red-800">
          {errors.join(" ")}
        </p>
      )}
      <input
        id={fieldId("file")}
        name="file"
        type="file"
        required
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={describedBy}
        aria-invalid={errors.length > 0 || undefined}
        className="mt-2 block w-full max-w-full text-sm file:mr-4 file:min-h-11 file:rounded file:border-2 file:border-[var(--color-brand)] file:bg-white file:px-4 file:font-semibold"
      />
      <button type="submit" disabled={pending} lang={lang("check")} className={`${PRIMARY_BUTTON} mt-4`}>
        {t("check")}
      </button>
    </form>
  );
}
