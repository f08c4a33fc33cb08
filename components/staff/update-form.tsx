"use client";

import { useActionState } from "react";
import type { FormAction, UpdateFormState } from "@/lib/forms/form-states";
import { evidenceRowCount, type FormValues } from "./update-form-values";
import { formatDate } from "@/lib/format/dates";
import { UPDATE_LIMITS } from "@/lib/workflow/update-fields";
import { CONTENT_FIELD_NAMES, CONTENT_FIELDS, type TextField } from "@/lib/workflow/update-content";
import { CONFIDENCE_LABELS, CONFIDENCES, STAGE_LABELS, STAGES } from "@/lib/status/vocabulary";
import { ErrorSummary } from "./error-summary";
import { useLengthCheck } from "./use-length-check";
import { DateField, SelectField, TextAreaField } from "./form-fields";
import { CriterionRows, EvidenceRows, MilestoneRows, type FormCriterion, type FormMilestone } from "./update-form-rows";

const LABELS: Record<string, string> = {
  ...Object.fromEntries(CONTENT_FIELD_NAMES.map((n) => [n, CONTENT_FIELDS[n].label])),
  criterionAssessments: "Completion criteria",
  milestoneCompletions: "Milestones",
  milestoneForecasts: "Milestone forecasts",
  evidenceLinks: "Evidence links",
};

/** Readable names for error keys, and the input each should link to. */
function describe(key: string): { label: string; target: string } | null {
  if (LABELS[key]) return { label: LABELS[key], target: key };
  const [group, index, field] = key.split(".");
  const n = Number(index) + 1;
  if (group === "milestoneCompletions") return { label: `Milestone ${n}`, target: key };
  if (group === "milestoneForecasts") return { label: `Milestone ${n} forecast`, target: key };
  if (group === "criterionAssessments")
    return { label: `Criterion ${n}`, target: field === "criterionId" ? `${group}.${index}.met` : key };
  if (group === "evidenceLinks") return { label: `Evidence link ${n}`, target: key };
  return null;
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
  const values = state.values ?? props.initialValues;
  const errors = { ...(state.fieldErrors ?? {}), ...lengths.errors };
  const v = (name: string) => values[name] ?? "";
  const field = (name: string) => ({ name, label: LABELS[name] ?? name, errors: errors[name], defaultValue: v(name) });
  const long = (name: TextField) => ({
    ...field(name),
    maxLength: UPDATE_LIMITS[name],
    previous: { label: CONTENT_FIELDS[name].label, text: props.lastPublished?.[name] ?? null },
  });

  return (
    <form key={state.attempt} action={action} onSubmit={lengths.onSubmit} noValidate className="mt-6 max-w-3xl">
      <ErrorSummary
        message={state.message}
        errors={errors}
        describe={describe}
        attempt={state.attempt + lengths.attempt}
      />
      <input type="hidden" name="actionCode" value={props.actionCode} />
      <input type="hidden" name="requestKey" value={props.requestKey} />
      {state.updateId && <input type="hidden" name="updateId" value={String(state.updateId)} />}
      {state.version && <input type="hidden" name="version" value={String(state.version)} />}

      <div className="space-y-5">
        <SelectField {...field("stage")} options={STAGES.map((s) => [s, STAGE_LABELS[s]] as const)} />
        <SelectField
          {...field("confidence")}
          hint="Needed until the action is finished. Leave it unchosen only for a finished action (no rating)."
          options={[
            ["", "Choose a confidence"] as const,
            ...CONFIDENCES.map((c) => [c, CONFIDENCE_LABELS[c]] as const),
          ]}
        />
        <DateField
          {...field("forecastDue")}
          hint={
            props.baselinePassed
              ? `The baseline due date, ${formatDate(props.baselineDue)}, has passed: give the date you now expect the action to finish, and explain the delay below.`
              : `Baseline due date: ${formatDate(props.baselineDue)}. A later forecast needs an explanation and a recovery step.`
          }
        />
        <TextAreaField
          {...long("publicNarrative")}
          rows={6}
          hint="Published on the public site exactly as written, as plain text: what has happened since the last update."
        />
        <TextAreaField
          {...long("explanation")}
          hint="Public. Needed for at risk, unachievable, a forecast later than the baseline, or completed – modified."
        />
        <TextAreaField {...long("recoveryStep")} hint="Public. What is being done to bring delivery back on track." />
        <TextAreaField {...long("notProceedingReason")} hint="Public. Needed when the stage is not proceeding." />
        <TextAreaField {...long("risks")} />
        <TextAreaField {...long("nextSteps")} />
        <div className="rounded border-2 border-dashed border-amber-800 bg-[var(--color-notice)] p-4">
          <TextAreaField
            {...long("internalNotes")}
            label="Internal notes (never published)"
            hint="Seen only by you, your agency's approvers and TEC monitors. Never shown on the public site."
          />
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
          className="min-h-11 rounded border-2 border-[var(--color-brand)] bg-white px-5 py-2 font-semibold text-[var(--color-brand)] disabled:opacity-70"
        >
          Save draft
        </button>
        <button
          type="submit"
          name="intent"
          value="submit"
          disabled={pending}
          className="min-h-11 rounded bg-[var(--color-brand)] px-5 py-2 font-semibold text-white hover:bg-[var(--color-brand-dark)] disabled:opacity-70"
        >
          Submit for approval
        </button>
      </div>
      <p aria-live="polite" className="mt-2 text-sm">
        {pending ? "Saving…" : ""}
      </p>
    </form>
  );
}
