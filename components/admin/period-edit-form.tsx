"use client";

import { useActionState } from "react";
import type { FormAction, PeriodFormState } from "@/lib/forms/form-states";
import { ErrorSummary } from "@/components/staff/error-summary";
import { describedBy, FieldError, INPUT_CLASS } from "@/components/staff/form-fields";
import { PERIOD_DEADLINES } from "@/lib/periods/period-input";
import { PRIMARY_BUTTON } from "./generate-period-form";

const NAMES: Record<string, string> = {
  opensDate: "Opening date",
  opensTime: "Opening time",
  dueDate: "Due date",
  dueTime: "Due time",
  graceDate: "Grace period end date",
  graceTime: "Grace period end time",
  closesDate: "Closing date",
  closesTime: "Closing time",
};

function describe(key: string) {
  return NAMES[key] ? { label: NAMES[key], target: key } : null;
}

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
  const values = state.values ?? initialValues;
  const errors = state.fieldErrors ?? {};
  return (
    <form key={state.attempt} action={action} noValidate className="mt-4 max-w-3xl">
      <ErrorSummary message={state.message} errors={errors} describe={describe} attempt={state.attempt} />
      <input type="hidden" name="periodId" value={period.id} />
      <input type="hidden" name="periodLabel" value={period.label} />
      <input type="hidden" name="updatedAt" value={period.updatedAt} />
      <p className="mb-4">
        Enter every date and time in New Zealand time. Daylight saving is applied for you: a deadline at 17:00 stays at
        17:00 on New Zealand clocks whichever side of a clock change it falls. The deadlines must be in order: opens,
        due, grace period ends, closes.
      </p>
      <div className="space-y-5">
        {PERIOD_DEADLINES.map(({ key, label }) => {
          const date = `${key}Date`;
          const time = `${key}Time`;
          return (
            <fieldset key={key} className="rounded border border-slate-300 p-3">
              <legend className="px-1 font-semibold">{label} (New Zealand time)</legend>
              <p id={`field-${key}-now`} className="text-sm text-[var(--color-muted)]">
                Now: {current[key]}
              </p>
              <div className="mt-2 flex flex-wrap gap-4">
                <div>
                  <label htmlFor={`field-${date}`} className="block">
                    Date
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
                  <label htmlFor={`field-${time}`} className="block">
                    Time
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
        Save deadlines
      </button>
    </form>
  );
}
