"use client";

import { useActionState } from "react";
import type { FormAction, IndicatorFormState } from "@/lib/forms/form-states";
import { ErrorSummary } from "@/components/staff/error-summary";
import { DateField, SelectField, TextAreaField } from "@/components/staff/form-fields";
import { INDICATOR_DIRECTION_LABELS } from "@/lib/indicators/indicator-input";
import type { IndicatorFormValues } from "@/lib/indicators/form-values";
import { INDICATOR_DIRECTIONS } from "@/lib/status/vocabulary";
import { CheckboxGroup, TextField, WideSelectField } from "./fields";

const LABELS: Record<string, string> = {
  code: "Code",
  title: "Title",
  titleMi: "Title in te reo Māori",
  description: "What it measures",
  unit: "Unit",
  direction: "Better direction",
  baselineValue: "Baseline value",
  baselineDate: "Baseline date",
  targetValue: "Target value",
  targetDate: "Target date",
  dataSource: "Data source",
  ownerAgencyId: "Owner agency",
  actionIds: "Linked actions",
  recommendationIds: "Linked recommendations",
};

function describe(key: string) {
  return LABELS[key] ? { label: LABELS[key], target: key } : null;
}

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
  const values = state.values ?? props.initialValues;
  const errors = state.fieldErrors ?? {};
  const field = (name: string) => ({
    name,
    label: LABELS[name] ?? name,
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
        <TextField
          {...field("code")}
          width="sm:w-40"
          hint="Letters, digits, dots and hyphens, like I1 or R2. It appears in the indicator's web address."
        />
        <TextField {...field("title")} width="w-full" />
        <TextField {...field("titleMi")} width="w-full" lang="mi" hint="Optional." />
        <TextAreaField {...field("description")} rows={3} hint="Public: one or two sentences in plain language." />
        <TextField {...field("unit")} width="sm:w-40" hint="For example %, people or days." />
        <SelectField
          {...field("direction")}
          options={INDICATOR_DIRECTIONS.map((d) => [d, INDICATOR_DIRECTION_LABELS[d]] as const)}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField {...field("baselineValue")} inputMode="decimal" width="sm:w-56" hint="A number, like 12.5." />
          <DateField {...field("baselineDate")} />
          <TextField {...field("targetValue")} inputMode="decimal" width="sm:w-56" hint="A number, like 40." />
          <DateField {...field("targetDate")} hint="After the baseline date." />
        </div>
        <TextField {...field("dataSource")} width="w-full" hint="Where the figures come from." />
        <WideSelectField
          {...field("ownerAgencyId")}
          options={[
            ["", "Choose an agency"] as const,
            ...props.agencies.map((a) => [String(a.id), `${a.name} (${a.acronym})`] as const),
          ]}
        />
        <CheckboxGroup
          name="actionIds"
          legend={LABELS.actionIds!}
          hint="The actions meant to move this indicator. Tick any that apply."
          options={props.actions.map((a) => ({ value: String(a.id), label: `${a.code} ${a.title}` }))}
          checked={values.actionIds}
          errors={errors}
        />
        <CheckboxGroup
          name="recommendationIds"
          legend={LABELS.recommendationIds!}
          hint="Tick any that apply."
          options={props.recommendations.map((r) => ({
            value: String(r.id),
            label: `Recommendation ${r.number}: ${r.title}`,
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
          {props.indicator ? "Save changes" : "Create indicator"}
        </button>
      </div>
      <p aria-live="polite" className="mt-2 text-sm">
        {pending ? "Saving…" : ""}
      </p>
    </form>
  );
}
