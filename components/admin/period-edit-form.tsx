"use client";

import { useActionState } from "react";
import { useUiText } from "@/i18n/translated-keys";
import type { FormAction, PeriodFormState } from "@/lib/forms/form-states";
import { ErrorSummary } from "@/components/staff/error-summary";
import { describedBy, FieldError, INPUT_CLASS } from "@/components/staff/form-fields";
import { PERIOD_DEADLINES } from "@/lib/periods/period-input";
import { PRIMARY_BUTTON } from "./generate-period-form";

/** The fields the error summary links to, each named by `admin.periods.edit.fields.<key>`. */
const FIELDS = PERIOD_DEADLINES.flatMap(({ key }) => [`${key}Date`, `${key}Time`]);

type Props = {
  /** The route\'s server action that saves the deadlines. */
  editAction: FormAction<PeriodFormState>;
  period: { id: number; label: string; updatedAt: string };
  initialValues: Record<string, string>;
  /** The current deadlines as people read them ("14 April 2027, 5:00 pm NZST"), by deadline key. */
  current: Record<string, string>;
};

/** The four deadlines as New Zealand dates and times. Works without JavaScript. */
export function PeriodEditForm({ period, initialValues, current, editAction }: Props) {
  const [state, action, pending] = useActionState<PeriodFormState, FormData>(editAction, {
    status: "idle",
    attempt: 0,
  });
  const { t, lang } = useUiText("admin.periods.edit");
  const describe = (key: string) => (FIELDS.includes(key) ? { label: t(`fields.${key}`), target: key } : null);
  const values = state.values ?? initialValues;
  const errors = state.fieldErrors ?? {};
  return (
    <form key={state.attempt} action={action} noValidate className="mt-4 max-w-3xl">
      <ErrorSummary message={state.message} errors={errors} describe={describe} attempt={state.attempt} />
      <input type="hidden" name="periodId" value={period.id} />
      <input type="hidden" name="periodLabel" value={period.label} />
      <input type="hidden" name="updatedAt" value={period.updatedAt} />
      <p lang={lang("intro")} className="mb-4">
        {t("intro")}
      </p>
      <div className="space-y-5">
        {PERIOD_DEADLINES.map(({ key }) => {
          const date = `${key}Date`;
          const time = `${key}Time`;
          return (
            <fieldset key={key} className="rounded border border-slate-300 p-3">
              <legend lang={lang("legend")} className="px-1 font-semibold">
                {t("legend", { deadline: t(`deadlines.${key}`) })}
              </legend>
              <p id={`field-${key}-now`} className="text-sm text-[var(--color-muted)]">
                {t("now", { when: current[key] ?? "" })}
              </p>
              <div className="mt-2 flex flex-wrap gap-4">
                <div>
                  <label htmlFor={`field-${date}`} lang={lang("date")} className="block">
                    {t("date")}
                  </label>
                  <input
                    type="date"
                    {...describedBy(date, errors[date])}
                    defaultValue={values[date] ?? ""}
                    className={`${INPUT_CLASS} sm:w-56`}
                  />
                  <FieldError name={date} errors={errors[date]} />
                </div>
                <div>
                  <label htmlFor={`field-${time}`} lang={lang("time")} className="block">
                    {t("time")}
                  </label>
                  <input
                    type="time"
                    {...describedBy(time, errors[time])}
                    defaultValue={values[time] ?? ""}
                    className={`${INPUT_CLASS} sm:w-40`}
                  />
                  <FieldError name={time} errors={errors[time]} />
                </div>
              </div>
            </fieldset>
          );
        })}
      </div>
      <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} mt-6`}>
        {t("save")}
      </button>
    </form>
  );
}
