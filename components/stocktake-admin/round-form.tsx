"use client";

import { useActionState } from "react";
import { PRIMARY_BUTTON } from "@/components/admin/buttons";
import { TextField, WideSelectField } from "@/components/indicators-admin/fields";
import { ErrorSummary } from "@/components/staff/error-summary";
import { TextAreaField } from "@/components/staff/form-fields";
import { useUiText } from "@/i18n/translated-keys";
import type { FormAction, SimpleFormState } from "@/lib/forms/form-states";
import { ROUND_FIELDS, type RoundFormValues } from "@/lib/stocktake/round-input";

/** A round's details; the same form opens a round (with where its questions come from) and edits one. */
export function RoundForm({
  saveAction,
  slug,
  initialValues,
  copyChoices,
}: {
  saveAction: FormAction<SimpleFormState>;
  /** Absent for a new round. */
  slug?: string;
  initialValues: RoundFormValues;
  /** For a new round: the rounds whose questions it may copy. */
  copyChoices?: { slug: string; title: string }[];
}) {
  const [state, action, pending] = useActionState<SimpleFormState, FormData>(saveAction, {
    status: "idle",
    attempt: 0,
  });
  const { t } = useUiText("admin.stocktake.form");
  const errors = state.fieldErrors ?? {};
  const values: Record<string, string> = { copyFrom: "", ...initialValues, ...state.values };
  const describe = (key: string) =>
    (ROUND_FIELDS as readonly string[]).includes(key) || key === "copyFrom"
      ? { label: t(`fields.${key}`), target: key }
      : null;
  const field = (name: string) => ({
    name,
    label: t(`fields.${name}`),
    errors: errors[name],
    defaultValue: values[name] ?? "",
  });
  return (
    <form key={state.attempt} action={action} noValidate className="mt-6 max-w-3xl">
      <ErrorSummary message={state.message} errors={errors} describe={describe} attempt={state.attempt} />
      {slug && <input type="hidden" name="round" value={slug} />}
      <div className="space-y-5">
        {slug ? (
          <p>
            <span className="font-semibold">{t("fields.slug")}:</span> /stocktake/{slug}
          </p>
        ) : (
          <TextField {...field("slug")} hint={t("hints.slug")} />
        )}
        <TextField {...field("title")} width="w-full" />
        <TextField {...field("titleMi")} width="w-full" lang="mi" />
        <TextAreaField {...field("purpose")} rows={3} />
        <TextField {...field("audience")} width="w-full" hint={t("hints.audience")} />
        <TextAreaField {...field("introduction")} rows={6} />
        <TextAreaField {...field("introductionMi")} rows={4} />
        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="mb-2 font-semibold">{t("datesLegend")}</legend>
          <TextField {...field("opensDate")} hint={t("hints.date")} width="sm:w-48" />
          <TextField {...field("opensTime")} hint={t("hints.time")} width="sm:w-32" />
          <TextField {...field("closesDate")} hint={t("hints.date")} width="sm:w-48" />
          <TextField {...field("closesTime")} hint={t("hints.time")} width="sm:w-32" />
        </fieldset>
        <WideSelectField
          {...field("state")}
          options={[
            ["draft", t("states.draft")],
            ["published", t("states.published")],
          ]}
        />
        <TextField
          {...field("overlapThreshold")}
          hint={t("hints.overlapThreshold")}
          width="sm:w-32"
          inputMode="decimal"
        />
        {copyChoices && (
          <WideSelectField
            {...field("copyFrom")}
            options={[["", t("standardQuestions")], ...copyChoices.map((c) => [c.slug, c.title] as const)]}
          />
        )}
      </div>
      <div className="mt-8">
        <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
          {slug ? t("save") : t("create")}
        </button>
      </div>
      <p aria-live="polite" className="mt-2 text-sm">
        {pending ? t("saving") : ""}
      </p>
    </form>
  );
}
