"use client";

import { useActionState } from "react";
import { useUiText } from "@/i18n/translated-keys";
import type { FormAction, UpdateFormState } from "@/lib/forms/form-states";
import { evidenceRowCount, type FormValues } from "./update-form-values";
import { formatDate } from "@/lib/format/dates";
import { UPDATE_LIMITS } from "@/lib/workflow/update-fields";
import { CONTENT_FIELD_NAMES, type TextField } from "@/lib/workflow/update-content";
import { CONFIDENCES, STAGES } from "@/lib/status/vocabulary";
import { ErrorSummary } from "./error-summary";
import { useLengthCheck } from "./use-length-check";
import { DateField, SelectField, TextAreaField } from "./form-fields";
import { CriterionRows, EvidenceRows, MilestoneRows, type FormCriterion, type FormMilestone } from "./update-form-rows";

/** The fields with a name of their own, `staff.updateForm.fields.*`: the content and the repeated groups. */
const NAMED = new Set<string>([
  ...CONTENT_FIELD_NAMES,
  "criterionAssessments",
  "milestoneCompletions",
  "milestoneForecasts",
  "evidenceLinks",
]);

type Messages = ReturnType<typeof useUiText>["t"];

/** Readable names for error keys, and the input each should link to. */
function describer(t: Messages) {
  return (key: string): { label: string; target: string } | null => {
    if (NAMED.has(key)) return { label: t(`fields.${key}`), target: key };
    const [group, index, field] = key.split(".");
    const n = Number(index) + 1;
    if (group === "milestoneCompletions") return { label: t("errorLabels.milestone", { n }), target: key };
    if (group === "milestoneForecasts") return { label: t("errorLabels.milestoneForecast", { n }), target: key };
    if (group === "criterionAssessments")
      return {
        label: t("errorLabels.criterion", { n }),
        target: field === "criterionId" ? `${group}.${index}.met` : key,
      };
    if (group === "evidenceLinks") return { label: t("errorLabels.evidenceLink", { n }), target: key };
    return null;
  };
}

export type UpdateFormProps = {
  /** The route's server action that saves or submits the update. */
  action: FormAction<UpdateFormState>;
  actionCode: string;
  baselineDue: string;
  /** The baseline due date is before today (New Zealand): a forecast and an explanation are required. */
  baselinePassed: boolean;
  milestones: FormMilestone[];
  criteria: FormCriterion[];
  update: { id: number; version: number } | null;
  /** The last published update's texts, shown under each field for reference; null when none. */
  lastPublished: Partial<Record<TextField, string | null>> | null;
  initialValues: FormValues;
  requestKey: string;
};

export function UpdateForm(props: UpdateFormProps) {
  const [state, action, pending] = useActionState<UpdateFormState, FormData>(props.action, {
    status: "idle",
    attempt: 0,
    updateId: props.update?.id,
    version: props.update?.version,
  });
  const lengths = useLengthCheck();
  const { t, lang } = useUiText("staff.updateForm");
  const status = useUiText("status");
  /** Text in its own element, marked te reo Māori once translated. */
  const L = (key: string, values?: Record<string, string | number>) => <span lang={lang(key)}>{t(key, values)}</span>;
  const values = state.values ?? props.initialValues;
  const errors = { ...(state.fieldErrors ?? {}), ...lengths.errors };
  const v = (name: string) => values[name] ?? "";
  const field = (name: string) => ({
    name,
    label: L(`fields.${name}`),
    errors: errors[name],
    defaultValue: v(name),
  });
  const long = (name: TextField) => ({
    ...field(name),
    maxLength: UPDATE_LIMITS[name],
    previous: { label: t(`fields.${name}`), text: props.lastPublished?.[name] ?? null },
  });
  const option = (key: string) => [status.t(key), status.lang(key)] as const;

  return (
    <form key={state.attempt} action={action} onSubmit={lengths.onSubmit} noValidate className="mt-6 max-w-3xl">
      <ErrorSummary
        message={state.message}
        errors={errors}
        describe={describer(t)}
        attempt={state.attempt + lengths.attempt}
      />
      <input type="hidden" name="actionCode" value={props.actionCode} />
      <input type="hidden" name="requestKey" value={props.requestKey} />
      {state.updateId && <input type="hidden" name="updateId" value={String(state.updateId)} />}
      {state.version && <input type="hidden" name="version" value={String(state.version)} />}

      <div className="space-y-5">
        <SelectField {...field("stage")} options={STAGES.map((s) => [s, ...option(`stage.${s}`)] as const)} />
        <SelectField
          {...field("confidence")}
          hint={L("hints.confidence")}
          options={[
            ["", t("chooseConfidence"), lang("chooseConfidence")] as const,
            ...CONFIDENCES.map((c) => [c, ...option(`confidence.${c}`)] as const),
          ]}
        />
        <DateField
          {...field("forecastDue")}
          hint={L(props.baselinePassed ? "hints.forecastPassed" : "hints.forecast", {
            date: formatDate(props.baselineDue),
          })}
        />
        <TextAreaField {...long("publicNarrative")} rows={6} hint={L("hints.publicNarrative")} />
        <TextAreaField {...long("explanation")} hint={L("hints.explanation")} />
        <TextAreaField {...long("recoveryStep")} hint={L("hints.recoveryStep")} />
        <TextAreaField {...long("notProceedingReason")} hint={L("hints.notProceedingReason")} />
        <TextAreaField {...long("risks")} />
        <TextAreaField {...long("nextSteps")} />
        <div className="rounded border-2 border-dashed border-amber-800 bg-[var(--color-notice)] p-4">
          <TextAreaField {...long("internalNotes")} label={L("internalNotesLabel")} hint={L("hints.internalNotes")} />
        </div>
      </div>

      <MilestoneRows milestones={props.milestones} values={values} errors={errors} />
      <CriterionRows criteria={props.criteria} values={values} errors={errors} />
      <EvidenceRows count={evidenceRowCount(values)} values={values} errors={errors} />

      <div className="mt-8 flex flex-wrap gap-4">
        <button
          type="submit"
          name="intent"
          value="save"
          disabled={pending}
          lang={lang("saveDraft")}
          className="min-h-11 rounded border-2 border-[var(--color-brand)] bg-white px-5 py-2 font-semibold text-[var(--color-brand)] disabled:opacity-70"
        >
          {t("saveDraft")}
        </button>
        <button
          type="submit"
          name="intent"
          value="submit"
          disabled={pending}
          lang={lang("submit")}
          className="min-h-11 rounded bg-[var(--color-brand)] px-5 py-2 font-semibold text-white hover:bg-[var(--color-brand-dark)] disabled:opacity-70"
        >
          {t("submit")}
        </button>
      </div>
      <p aria-live="polite" lang={pending ? lang("saving") : undefined} className="mt-2 text-sm">
        {pending ? t("saving") : ""}
      </p>
    </form>
  );
}
