"use client";

import { useActionState } from "react";
import { useUiText } from "@/i18n/translated-keys";
import type { FormAction, IndicatorFormState } from "@/lib/forms/form-states";
import { ErrorSummary } from "@/components/staff/error-summary";
import { DateField, SelectField, TextAreaField } from "@/components/staff/form-fields";
import type { IndicatorFormValues } from "@/lib/indicators/form-values";
import { INDICATOR_FIELDS } from "@/lib/indicators/indicator-input";
import { INDICATOR_DIRECTIONS } from "@/lib/status/vocabulary";
import { CheckboxGroup, TextField, WideSelectField } from "./fields";

/** The form's fields, each named by `admin.indicators.form.fields.<name>`. */
const FIELDS = [...INDICATOR_FIELDS, "actionIds", "recommendationIds"] as const;

export type IndicatorFormProps = {
  /** The route\'s server action that saves the indicator. */
  saveAction: FormAction<IndicatorFormState>;
  /** Absent for a new indicator. */
  indicator?: { id: number; updatedAt: string };
  initialValues: IndicatorFormValues;
  agencies: { id: number; name: string; acronym: string }[];
  actions: { id: number; code: string; title: string }[];
  recommendations: { id: number; number: number; title: string }[];
};

export function IndicatorForm(props: IndicatorFormProps) {
  const [state, action, pending] = useActionState<IndicatorFormState, FormData>(props.saveAction, {
    status: "idle",
    attempt: 0,
  });
  const { t } = useUiText("admin.indicators.form");
  const known = (key: string) => FIELDS.find((f) => f === key);
  const describe = (key: string) => {
    const name = known(key);
    return name ? { label: t(`fields.${name}`), target: key } : null;
  };
  const values = state.values ?? props.initialValues;
  const errors = state.fieldErrors ?? {};
  const field = (name: (typeof FIELDS)[number]) => ({
    name,
    label: t(`fields.${name}`),
    errors: errors[name],
    defaultValue: values.fields[name] ?? "",
  });

  return (
    <form key={state.attempt} action={action} noValidate className="mt-6 max-w-3xl">
      <ErrorSummary message={state.message} errors={errors} describe={describe} attempt={state.attempt} />
      {props.indicator && (
        <>
          <input type="hidden" name="indicatorId" value={String(props.indicator.id)} />
          <input type="hidden" name="updatedAt" value={props.indicator.updatedAt} />
        </>
      )}
      <div className="space-y-5">
        <TextField {...field("code")} width="sm:w-40" hint={t("hints.code")} />
        <TextField {...field("title")} width="w-full" />
        <TextField {...field("titleMi")} width="w-full" lang="mi" hint={t("hints.titleMi")} />
        <TextAreaField {...field("description")} rows={3} hint={t("hints.description")} />
        <TextField {...field("unit")} width="sm:w-40" hint={t("hints.unit")} />
        <SelectField
          {...field("direction")}
          options={INDICATOR_DIRECTIONS.map((d) => [d, t(`directions.${d}`)] as const)}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField {...field("baselineValue")} inputMode="decimal" width="sm:w-56" hint={t("hints.baselineValue")} />
          <DateField {...field("baselineDate")} />
          <TextField {...field("targetValue")} inputMode="decimal" width="sm:w-56" hint={t("hints.targetValue")} />
          <DateField {...field("targetDate")} hint={t("hints.targetDate")} />
        </div>
        <TextField {...field("dataSource")} width="w-full" hint={t("hints.dataSource")} />
        <WideSelectField
          {...field("ownerAgencyId")}
          options={[
            ["", t("chooseAgency")] as const,
            ...props.agencies.map((a) => [String(a.id), `${a.name} (${a.acronym})`] as const),
          ]}
        />
        <CheckboxGroup
          name="actionIds"
          legend={t("fields.actionIds")}
          hint={t("hints.actionIds")}
          options={props.actions.map((a) => ({ value: String(a.id), label: `${a.code} ${a.title}` }))}
          checked={values.actionIds}
          errors={errors}
        />
        <CheckboxGroup
          name="recommendationIds"
          legend={t("fields.recommendationIds")}
          hint={t("hints.recommendationIds")}
          options={props.recommendations.map((r) => ({
            value: String(r.id),
            label: t("recommendation", { number: r.number, title: r.title }),
          }))}
          checked={values.recommendationIds}
          errors={errors}
        />
      </div>
      <div className="mt-8">
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded bg-[var(--color-brand)] px-5 py-2 font-semibold text-white hover:bg-[var(--color-brand-dark)] disabled:opacity-70"
        >
          {props.indicator ? t("save") : t("create")}
        </button>
      </div>
      <p aria-live="polite" className="mt-2 text-sm">
        {pending ? t("saving") : ""}
      </p>
    </form>
  );
}
