"use client";

import { useActionState } from "react";
import { useUiText } from "@/i18n/translated-keys";
import type { FormAction, ReadingsFormState } from "@/lib/forms/form-states";
import { ErrorSummary } from "@/components/staff/error-summary";
import { FieldError, fieldId, TextAreaField } from "@/components/staff/form-fields";
import { regionRowCount, type ReadingsFormValues } from "@/lib/indicators/form-values";
import { POPULATION_GROUPS } from "@/lib/status/vocabulary";
import { TextField } from "./fields";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A field key's readable name and the field the error summary links to. */
function describer(t: Translate, group: Translate) {
  return (key: string): { label: string; target: string } | null => {
    if (key === "total" || key === "note" || key === "region") return { label: t(`fields.${key}`), target: key };
    if (key === "periodId") return { label: t("fields.periodId"), target: "period" };
    const g = POPULATION_GROUPS.find((p) => `group.${p}` === key);
    if (g) return { label: group(g), target: key };
    const region = /^region\.(\d+)\.(name|value)$/.exec(key);
    if (region) {
      const number = Number(region[1]) + 1;
      return { label: t(region[2] === "name" ? "fields.regionName" : "fields.regionValue", { number }), target: key };
    }
    return null;
  };
}

export type ReadingsFormProps = {
  /** The route\'s server action that records the readings. */
  saveAction: FormAction<ReadingsFormState>;
  indicatorId: number;
  unit: string;
  period: { id: number; label: string };
  stamp: string;
  initialValues: ReadingsFormValues;
};

/** One period's total, population-group and region values; an emptied box removes that value. */
export function ReadingsForm(props: ReadingsFormProps) {
  const [state, action, pending] = useActionState<ReadingsFormState, FormData>(props.saveAction, {
    status: "idle",
    attempt: 0,
  });
  const { t, lang } = useUiText("admin.indicators.readingsForm");
  const groups = useUiText("staff.populationGroups");
  const describe = describer(t, groups.t);
  const values = state.values ?? props.initialValues;
  const errors = state.fieldErrors ?? {};
  const v = (name: string) => values[name] ?? "";
  const rows = regionRowCount(values);

  return (
    <form key={state.attempt} action={action} noValidate className="mt-4 max-w-3xl">
      <ErrorSummary message={state.message} errors={errors} describe={describe} attempt={state.attempt} />
      <input type="hidden" name="indicatorId" value={String(props.indicatorId)} />
      <input type="hidden" name="periodId" value={String(props.period.id)} />
      <input type="hidden" name="readingsStamp" value={props.stamp} />
      <div className="space-y-5">
        <TextField
          name="total"
          label={t("total", { period: props.period.label, unit: props.unit })}
          hint={t("totalHint")}
          inputMode="decimal"
          width="sm:w-56"
          errors={errors.total}
          defaultValue={v("total")}
        />
        <fieldset className="rounded border-2 border-slate-300 p-4">
          <legend lang={lang("byGroup")} className="px-1 font-semibold">
            {t("byGroup")}
          </legend>
          <p lang={lang("byGroupHint")} className="text-sm text-[var(--color-muted)]">
            {t("byGroupHint")}
          </p>
          <div className="mt-2 grid gap-4 sm:grid-cols-2">
            {POPULATION_GROUPS.map((g) => (
              <TextField
                key={g}
                name={`group.${g}`}
                label={groups.t(g)}
                inputMode="decimal"
                width="sm:w-40"
                errors={errors[`group.${g}`]}
                defaultValue={v(`group.${g}`)}
              />
            ))}
          </div>
        </fieldset>
        <fieldset id={fieldId("region")} tabIndex={-1} className="rounded border-2 border-slate-300 p-4">
          <legend lang={lang("byRegion")} className="px-1 font-semibold">
            {t("byRegion")}
          </legend>
          <p lang={lang("byRegionHint")} className="text-sm text-[var(--color-muted)]">
            {t("byRegionHint")}
          </p>
          <FieldError name="region" errors={errors.region} />
          <ol className="mt-2 space-y-3">
            {Array.from({ length: rows }, (_, i) => (
              <li key={i} className="grid gap-3 sm:grid-cols-[1fr_12rem]">
                <TextField
                  name={`region.${i}.name`}
                  label={t("fields.regionName", { number: i + 1 })}
                  width="w-full"
                  errors={errors[`region.${i}.name`]}
                  defaultValue={v(`region.${i}.name`)}
                />
                <TextField
                  name={`region.${i}.value`}
                  label={t("fields.regionValue", { number: i + 1 })}
                  inputMode="decimal"
                  width="w-full"
                  errors={errors[`region.${i}.value`]}
                  defaultValue={v(`region.${i}.value`)}
                />
              </li>
            ))}
          </ol>
        </fieldset>
        <TextAreaField
          name="note"
          label={t("note")}
          hint={t("noteHint")}
          rows={2}
          errors={errors.note}
          defaultValue={v("note")}
        />
      </div>
      <div className="mt-6">
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded bg-[var(--color-brand)] px-5 py-2 font-semibold text-white hover:bg-[var(--color-brand-dark)] disabled:opacity-70"
        >
          {t("save", { period: props.period.label })}
        </button>
      </div>
      <p aria-live="polite" className="mt-2 text-sm">
        {pending ? t("saving") : ""}
      </p>
    </form>
  );
}
