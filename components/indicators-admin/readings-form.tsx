"use client";

import { useActionState } from "react";
import type { FormAction, ReadingsFormState } from "@/lib/forms/form-states";
import { ErrorSummary } from "@/components/staff/error-summary";
import { FieldError, fieldId, TextAreaField } from "@/components/staff/form-fields";
import { regionRowCount, type ReadingsFormValues } from "@/lib/indicators/form-values";
import { POPULATION_GROUP_LABELS, POPULATION_GROUPS } from "@/lib/status/vocabulary";
import { TextField } from "./fields";

function describe(key: string): { label: string; target: string } | null {
  if (key === "total") return { label: "Total", target: key };
  if (key === "note") return { label: "Note", target: key };
  if (key === "periodId") return { label: "Reporting period", target: "period" };
  if (key === "region") return { label: "Regions", target: "region" };
  const group = /^group\.(.+)$/.exec(key)?.[1];
  if (group && group in POPULATION_GROUP_LABELS) {
    return { label: POPULATION_GROUP_LABELS[group as keyof typeof POPULATION_GROUP_LABELS], target: key };
  }
  const region = /^region\.(\d+)\.(name|value)$/.exec(key);
  if (region) return { label: `Region ${Number(region[1]) + 1} ${region[2]}`, target: key };
  return null;
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
          label={`Total for ${props.period.label} (${props.unit})`}
          hint="A number, like 41.5."
          inputMode="decimal"
          width="sm:w-56"
          errors={errors.total}
          defaultValue={v("total")}
        />
        <fieldset className="rounded border-2 border-slate-300 p-4">
          <legend className="px-1 font-semibold">By population group (optional)</legend>
          <p className="text-sm text-[var(--color-muted)]">Leave a box empty when there is no figure for that group.</p>
          <div className="mt-2 grid gap-4 sm:grid-cols-2">
            {POPULATION_GROUPS.map((g) => (
              <TextField
                key={g}
                name={`group.${g}`}
                label={POPULATION_GROUP_LABELS[g]}
                inputMode="decimal"
                width="sm:w-40"
                errors={errors[`group.${g}`]}
                defaultValue={v(`group.${g}`)}
              />
            ))}
          </div>
        </fieldset>
        <fieldset id={fieldId("region")} tabIndex={-1} className="rounded border-2 border-slate-300 p-4">
          <legend className="px-1 font-semibold">By region (optional)</legend>
          <p className="text-sm text-[var(--color-muted)]">
            One region a row. Clear both boxes of a row to remove that region&rsquo;s value.
          </p>
          <FieldError name="region" errors={errors.region} />
          <ol className="mt-2 space-y-3">
            {Array.from({ length: rows }, (_, i) => (
              <li key={i} className="grid gap-3 sm:grid-cols-[1fr_12rem]">
                <TextField
                  name={`region.${i}.name`}
                  label={`Region ${i + 1} name`}
                  width="w-full"
                  errors={errors[`region.${i}.name`]}
                  defaultValue={v(`region.${i}.name`)}
                />
                <TextField
                  name={`region.${i}.value`}
                  label={`Region ${i + 1} value`}
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
          label="Note (optional)"
          hint="Public: shown beside the total, for example that the figure is provisional."
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
          Save readings for {props.period.label}
        </button>
      </div>
      <p aria-live="polite" className="mt-2 text-sm">
        {pending ? "Saving…" : ""}
      </p>
    </form>
  );
}
