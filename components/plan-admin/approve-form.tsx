"use client";

import { useActionState } from "react";
import { TextField } from "@/components/indicators-admin/fields";
import { ErrorSummary } from "@/components/staff/error-summary";
import { describedBy, FieldError, FieldLabel, INPUT_CLASS } from "@/components/staff/form-fields";
import { useUiText } from "@/i18n/translated-keys";
import type { FormAction, SimpleFormState } from "@/lib/forms/form-states";
import { PRIMARY_BUTTON } from "@/components/admin/buttons";

const FIELDS = ["approvingBody", "approvedOn", "summary"] as const;

/** The approving body and date: approving publishes the draft version and every change in it. */
export function ApproveVersionForm({ action: serverAction }: { action: FormAction<SimpleFormState> }) {
  const [state, action, pending] = useActionState<SimpleFormState, FormData>(serverAction, {
    status: "idle",
    attempt: 0,
  });
  const { t } = useUiText("admin.plan.draft");
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const describe = (key: string) => {
    const name = FIELDS.find((f) => f === key);
    return name ? { label: t(name), target: name } : null;
  };
  return (
    <form key={state.attempt} action={action} noValidate className="mt-4 max-w-3xl">
      <ErrorSummary message={state.message} errors={errors} describe={describe} attempt={state.attempt} />
      <div className="space-y-5">
        <TextField
          name="approvingBody"
          label={t("approvingBody")}
          hint={t("approvingBodyHint")}
          errors={errors.approvingBody}
          defaultValue={values.approvingBody ?? ""}
          width="w-full"
        />
        <TextField
          name="approvedOn"
          label={t("approvedOn")}
          hint="YYYY-MM-DD"
          errors={errors.approvedOn}
          defaultValue={values.approvedOn ?? ""}
          width="sm:w-48"
        />
        <div>
          <FieldLabel name="summary" label={t("summary")} />
          <textarea
            {...describedBy("summary", errors.summary)}
            rows={3}
            defaultValue={values.summary ?? ""}
            className={INPUT_CLASS}
          />
          <FieldError name="summary" errors={errors.summary} />
        </div>
      </div>
      <button type="submit" disabled={pending} className={`mt-6 ${PRIMARY_BUTTON}`}>
        {t("approve")}
      </button>
      <p aria-live="polite" className="mt-2 text-sm">
        {pending ? t("approving") : ""}
      </p>
    </form>
  );
}
