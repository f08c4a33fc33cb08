"use client";

import type { ReactNode } from "react";
import { useUiText } from "@/i18n/translated-keys";
import { formatDate } from "@/lib/format/dates";
import { describedBy, FieldError, fieldId, INPUT_CLASS } from "./form-fields";

type Values = Record<string, string>;
type Errors = Record<string, string[]>;

export type FormMilestone = {
  id: number;
  title: string;
  baselineDue: string;
  forecastDue?: string | null;
  completedOn: string | null;
};
export type FormCriterion = { id: number; position: number; description: string };

const LEGEND = "text-xl font-bold";
const BOX = "mt-6 rounded border-2 border-slate-300 p-4";

/**
 * The `staff.updateForm` messages of one group. `en(key)` marks the English a message carries (a
 * title, a description) as English once a translator has put the rest of that message in te reo Māori.
 */
function useRowText(group: string) {
  const { t, lang } = useUiText(`staff.updateForm.${group}`);
  const en = (key: string) =>
    function English(chunks: ReactNode) {
      return lang(key) ? <span lang="en-NZ">{chunks}</span> : chunks;
    };
  return { t, lang, en };
}

function Check({
  name,
  label,
  lang,
  values,
  errors,
}: {
  name: string;
  label: ReactNode;
  lang?: string;
  values: Values;
  errors: Errors;
}) {
  return (
    <div className="flex items-start gap-3">
      <input
        type="checkbox"
        {...describedBy(name, errors[name])}
        defaultChecked={values[name] === "on"}
        className="mt-1 size-6 shrink-0 accent-[var(--color-brand)]"
      />
      <label htmlFor={fieldId(name)} lang={lang} className="font-semibold">
        {label}
      </label>
    </div>
  );
}

function Small({
  name,
  label,
  lang,
  type,
  values,
  errors,
}: {
  name: string;
  label: string;
  lang?: string;
  type: string;
  values: Values;
  errors: Errors;
}) {
  return (
    <div>
      <label htmlFor={fieldId(name)} lang={lang} className="block text-sm font-semibold">
        {label}
      </label>
      <input
        type={type}
        {...describedBy(name, errors[name])}
        defaultValue={values[name] ?? ""}
        className={INPUT_CLASS}
      />
      <FieldError name={name} errors={errors[name]} />
    </div>
  );
}

/** A tick and a date for each milestone not yet done; progress is derived from these, never typed. */
export function MilestoneRows({
  milestones,
  values,
  errors,
}: {
  milestones: FormMilestone[];
  values: Values;
  errors: Errors;
}) {
  const { t, lang, en } = useRowText("milestones");
  return (
    <fieldset id={fieldId("milestoneCompletions")} className={BOX}>
      <legend lang={lang("legend")} className={LEGEND}>
        {t("legend")}
      </legend>
      <p lang={lang("intro")} className="text-sm text-[var(--color-muted)]">
        {t("intro")}
      </p>
      <ol className="mt-3 space-y-4">
        {milestones.map((m, i) => {
          const base = `milestoneCompletions.${i}`;
          if (m.completedOn) {
            return (
              <li key={m.id} lang={lang("alreadyCompleted")}>
                {t.rich("alreadyCompleted", {
                  title: m.title,
                  date: formatDate(m.completedOn),
                  strong: (chunks) => (
                    <span lang={lang("alreadyCompleted") && "en-NZ"} className="font-semibold">
                      {chunks}
                    </span>
                  ),
                })}
              </li>
            );
          }
          return (
            <li key={m.id} className="space-y-2">
              <input type="hidden" name={`${base}.milestoneId`} value={String(m.id)} />
              <Check
                name={`${base}.done`}
                label={t.rich("done", {
                  title: m.title,
                  date: formatDate(m.forecastDue ?? m.baselineDue),
                  en: en("done"),
                })}
                lang={lang("done")}
                values={values}
                errors={errors}
              />
              <FieldError name={`${base}.done`} errors={errors[`${base}.done`]} />
              <div className="flex flex-wrap gap-4 pl-9">
                <div className="sm:w-64">
                  <Small
                    name={`${base}.completedOn`}
                    label={t("completedOn")}
                    lang={lang("completedOn")}
                    type="date"
                    values={values}
                    errors={errors}
                  />
                </div>
                <div className="sm:w-64">
                  <input
                    type="hidden"
                    name={`milestoneForecasts.${i}.milestoneId`}
                    value={values[`milestoneForecasts.${i}.milestoneId`] ?? String(m.id)}
                  />
                  <Small
                    name={`milestoneForecasts.${i}.forecastDue`}
                    label={t("forecastDue")}
                    lang={lang("forecastDue")}
                    type="date"
                    values={values}
                    errors={errors}
                  />
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}

/** Each agreed completion criterion: met or not, with the evidence that shows it. */
export function CriterionRows({
  criteria,
  values,
  errors,
}: {
  criteria: FormCriterion[];
  values: Values;
  errors: Errors;
}) {
  const { t, lang, en } = useRowText("criteria");
  if (criteria.length === 0) return null;
  return (
    <fieldset id={fieldId("criterionAssessments")} className={BOX}>
      <legend lang={lang("legend")} className={LEGEND}>
        {t("legend")}
      </legend>
      <p lang={lang("intro")} className="text-sm text-[var(--color-muted)]">
        {t("intro")}
      </p>
      <FieldError name="criterionAssessments" errors={errors.criterionAssessments} />
      <ol className="mt-3 space-y-5">
        {criteria.map((c, i) => {
          const base = `criterionAssessments.${i}`;
          return (
            <li key={c.id} className="space-y-2">
              <input type="hidden" name={`${base}.criterionId`} value={String(c.id)} />
              <Check
                name={`${base}.met`}
                label={t.rich("met", { description: c.description, en: en("met") })}
                lang={lang("met")}
                values={values}
                errors={errors}
              />
              <FieldError name={`${base}.met`} errors={errors[`${base}.met`]} />
              <div className="grid gap-3 pl-9 sm:grid-cols-2">
                <Small
                  name={`${base}.evidenceUrl`}
                  label={t("evidenceUrl")}
                  lang={lang("evidenceUrl")}
                  type="url"
                  values={values}
                  errors={errors}
                />
                <Small
                  name={`${base}.evidenceReference`}
                  label={t("evidenceReference")}
                  lang={lang("evidenceReference")}
                  type="text"
                  values={values}
                  errors={errors}
                />
              </div>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}

/** A few rows of evidence links; empty rows are ignored. */
export function EvidenceRows({ count, values, errors }: { count: number; values: Values; errors: Errors }) {
  const { t, lang } = useRowText("evidence");
  return (
    <fieldset id={fieldId("evidenceLinks")} className={BOX}>
      <legend lang={lang("legend")} className={LEGEND}>
        {t("legend")}
      </legend>
      <p lang={lang("intro")} className="text-sm text-[var(--color-muted)]">
        {t("intro")}
      </p>
      <FieldError name="evidenceLinks" errors={errors.evidenceLinks} />
      <ol className="mt-3 space-y-4">
        {Array.from({ length: count }, (_, i) => (
          <li key={i} className="grid gap-3 sm:grid-cols-2">
            <Small
              name={`evidenceLinks.${i}.title`}
              label={t("title", { n: i + 1 })}
              lang={lang("title")}
              type="text"
              values={values}
              errors={errors}
            />
            <Small
              name={`evidenceLinks.${i}.url`}
              label={t("url", { n: i + 1 })}
              lang={lang("url")}
              type="url"
              values={values}
              errors={errors}
            />
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
