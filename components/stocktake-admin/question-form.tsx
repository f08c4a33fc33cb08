"use client";

import { useActionState } from "react";
import { PRIMARY_BUTTON } from "@/components/admin/buttons";
import { TextField, WideSelectField } from "@/components/indicators-admin/fields";
import { ErrorSummary } from "@/components/staff/error-summary";
import { TextAreaField } from "@/components/staff/form-fields";
import { useUiText } from "@/i18n/translated-keys";
import type { FormAction, SimpleFormState } from "@/lib/forms/form-states";
import { QUESTION_FIELDS, type QuestionFormValues } from "@/lib/stocktake/question-input";
import { INITIATIVE_FIELDS, QUESTION_KINDS } from "@/lib/stocktake/vocabulary";

/** A question's wording, kind, limits and the part of the initiative it fills. */
export function QuestionForm({
  saveAction,
  round,
  sectionId,
  questionId,
  initialValues,
}: {
  saveAction: FormAction<SimpleFormState>;
  round: string;
  sectionId: number;
  questionId?: number;
  initialValues: QuestionFormValues;
}) {
  const [state, action, pending] = useActionState<SimpleFormState, FormData>(saveAction, {
    status: "idle",
    attempt: 0,
  });
  const { t } = useUiText("admin.stocktake.question");
  const vocab = useUiText("stocktake.vocabulary");
  const errors = state.fieldErrors ?? {};
  const values: Record<string, string> = { ...initialValues, ...state.values };
  const describe = (key: string) =>
    (QUESTION_FIELDS as readonly string[]).includes(key) ? { label: t(`fields.${key}`), target: key } : null;
  const field = (name: string) => ({
    name,
    label: t(`fields.${name}`),
    errors: errors[name],
    defaultValue: values[name] ?? "",
  });
  return (
    <form key={state.attempt} action={action} noValidate className="mt-6 max-w-3xl">
      <ErrorSummary message={state.message} errors={errors} describe={describe} attempt={state.attempt} />
      <input type="hidden" name="round" value={round} />
      <input type="hidden" name="section" value={String(sectionId)} />
      {questionId && <input type="hidden" name="question" value={String(questionId)} />}
      <div className="space-y-5">
        <TextField {...field("label")} width="w-full" />
        <TextField {...field("labelMi")} width="w-full" lang="mi" />
        <TextAreaField {...field("help")} rows={2} />
        <TextAreaField {...field("helpMi")} rows={2} />
        <WideSelectField
          {...field("kind")}
          options={QUESTION_KINDS.map((k) => [k, vocab.t(`questionKinds.${k}`)] as const)}
        />
        <div className="flex items-start gap-3">
          <input
            type="checkbox"
            id="field-required"
            name="required"
            value="yes"
            defaultChecked={values.required === "yes"}
            className="mt-1 size-6 shrink-0 accent-[var(--color-brand)]"
          />
          <label htmlFor="field-required" className="min-h-6 py-0.5 font-semibold">
            {t("fields.required")}
          </label>
        </div>
        <TextAreaField {...field("options")} rows={4} hint={t("hints.options")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField {...field("maxLength")} hint={t("hints.maxLength")} width="sm:w-32" inputMode="decimal" />
          <TextField {...field("maxChoices")} hint={t("hints.maxChoices")} width="sm:w-32" inputMode="decimal" />
          <TextField {...field("min")} hint={t("hints.minMax")} width="sm:w-48" />
          <TextField {...field("max")} hint={t("hints.minMax")} width="sm:w-48" />
        </div>
        <WideSelectField
          {...field("field")}
          options={[
            ["", vocab.t("initiativeFields.none")],
            ...INITIATIVE_FIELDS.map((f) => [f, vocab.t(`initiativeFields.${f}`)] as const),
          ]}
        />
      </div>
      <div className="mt-8">
        <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
          {questionId ? t("save") : t("create")}
        </button>
      </div>
      <p aria-live="polite" className="mt-2 text-sm">
        {pending ? t("saving") : ""}
      </p>
    </form>
  );
}
