"use client";

import { useActionState } from "react";
import { useUiText } from "@/i18n/translated-keys";
import type { FormAction, PeriodFormState } from "@/lib/forms/form-states";
import { describedBy, FieldError, INPUT_CLASS } from "@/components/staff/form-fields";

const DANGER_BUTTON =
  "min-h-11 rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-70";

/** Closing is deliberate: the monitor types the period's name before the button does anything. */
export function PeriodCloseForm({
  period,
  closeAction,
}: {
  period: { id: number; label: string };
  closeAction: FormAction<PeriodFormState>;
}) {
  const [state, action, pending] = useActionState<PeriodFormState, FormData>(closeAction, {
    status: "idle",
    attempt: 0,
  });
  const { t, lang } = useUiText("admin.periods.close");
  const errors = state.fieldErrors?.confirmLabel;
  // Not remounted after a refusal, so the alert below is announced when its text arrives.
  const message = state.status === "error" ? state.message : "";
  return (
    <form action={action} noValidate className="mt-4 max-w-xl space-y-3">
      <input type="hidden" name="periodId" value={period.id} />
      <div>
        <label htmlFor="field-confirmLabel" lang={lang("confirm")} className="block font-semibold">
          {t("confirm", { period: period.label })}
        </label>
        <input
          type="text"
          autoComplete="off"
          spellCheck={false}
          {...describedBy("confirmLabel", errors)}
          defaultValue={state.values?.confirmLabel ?? ""}
          className={`${INPUT_CLASS} sm:w-56`}
        />
        <FieldError name="confirmLabel" errors={errors} />
      </div>
      <button type="submit" disabled={pending} className={DANGER_BUTTON}>
        {t("button", { period: period.label })}
      </button>
      <p role="alert" className="font-semibold text-red-800 empty:hidden">
        {message}
      </p>
    </form>
  );
}
