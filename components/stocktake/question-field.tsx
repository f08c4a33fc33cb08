"use client";

import { useUiText } from "@/i18n/translated-keys";
import { CheckboxGroup, TextField } from "@/components/indicators-admin/fields";
import { FieldError, fieldId, TextAreaField } from "@/components/staff/form-fields";
import type { PlanChoices } from "@/lib/dal/stocktake/plan-choices";
import { answerName, planLinkName, populationName } from "@/lib/stocktake/answer-input";
import type { PlanLinkAnswer, PopulationAnswer } from "@/lib/stocktake/answers";
import { NZ_REGIONS, POPULATION_GROUPS, SUPPORT_KINDS } from "@/lib/stocktake/vocabulary";
import type { SurveyQuestion } from "@/lib/dal/stocktake/survey";

export type QuestionText = { label: string; help: string | null; lang?: "mi" };

const asString = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const asStrings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);

/** One question of the survey, drawn for its kind, with the answer saved so far and its problems. */
export function QuestionField({
  question: q,
  text,
  value,
  errors,
  planChoices,
  locale,
}: {
  question: SurveyQuestion;
  text: QuestionText;
  value: unknown;
  errors: Record<string, string[]>;
  planChoices: PlanChoices;
  locale: "en" | "mi";
}) {
  const vocab = useUiText("stocktake.vocabulary");
  const groups = useUiText("staff.populationGroups");
  const { t } = useUiText("survey.form");
  const name = answerName(q.id);
  const required = q.required ? ` (${t("required")})` : "";
  const label = (
    <span lang={text.lang}>
      {text.label}
      {required && <span className="font-normal">{required}</span>}
    </span>
  );
  const hint = text.help ? <span lang={text.lang}>{text.help}</span> : undefined;
  const legend = `${text.label}${required}`;
  switch (q.kind) {
    case "text":
    case "number":
      return (
        <TextField
          name={name}
          label={label}
          hint={hint}
          errors={errors[name]}
          defaultValue={asString(value)}
          inputMode={q.kind === "number" ? "decimal" : "text"}
          width="w-full"
        />
      );
    case "date":
      return (
        <TextField
          name={name}
          label={label}
          hint={
            <>
              {hint} {t("dateHint")}
            </>
          }
          errors={errors[name]}
          defaultValue={asString(value)}
          width="sm:w-56"
        />
      );
    case "long_text":
      return (
        <TextAreaField
          name={name}
          label={label}
          hint={hint}
          errors={errors[name]}
          defaultValue={asString(value)}
          maxLength={q.limits.maxLength ?? 5000}
          rows={6}
        />
      );
    case "choice":
      return (
        <fieldset
          id={fieldId(name)}
          tabIndex={-1}
          aria-describedby={`${fieldId(name)}-error`}
          className="rounded border-2 border-slate-300 p-4"
        >
          <legend className="px-1 font-semibold">{legend}</legend>
          {text.help && <p className="text-sm text-[var(--color-muted)]">{text.help}</p>}
          <FieldError name={name} errors={errors[name]} />
          <ul className="mt-2 space-y-1">
            {q.options.map((o) => (
              <li key={o.value} className="flex items-start gap-3">
                <input
                  type="radio"
                  id={`${fieldId(name)}-${o.value}`}
                  name={name}
                  value={o.value}
                  defaultChecked={value === o.value}
                  className="mt-1 size-6 shrink-0 accent-[var(--color-brand)]"
                />
                <label htmlFor={`${fieldId(name)}-${o.value}`} className="min-h-6 py-0.5">
                  {locale === "mi" && o.labelMi ? <span lang="mi">{o.labelMi}</span> : o.label}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      );
    case "choices":
      return (
        <CheckboxGroup
          name={name}
          legend={legend}
          hint={text.help ?? undefined}
          options={q.options.map((o) => ({
            value: o.value,
            label: locale === "mi" && o.labelMi ? o.labelMi : o.label,
          }))}
          checked={asStrings(value)}
          errors={errors}
        />
      );
    case "region":
    case "support_kind": {
      const list = q.kind === "region" ? NZ_REGIONS : SUPPORT_KINDS;
      const key = q.kind === "region" ? "regions" : "supports";
      return (
        <CheckboxGroup
          name={name}
          legend={legend}
          hint={text.help ?? undefined}
          options={list.map((v) => ({
            value: v,
            label: <span lang={vocab.lang(`${key}.${v}`)}>{vocab.t(`${key}.${v}`)}</span>,
          }))}
          checked={asStrings(value)}
          errors={errors}
        />
      );
    }
    case "population_group": {
      const chosen = Array.isArray(value) ? (value as PopulationAnswer[]) : [];
      return (
        <fieldset
          id={fieldId(name)}
          tabIndex={-1}
          aria-describedby={`${fieldId(name)}-error`}
          className={`rounded border-2 p-4 ${errors[name]?.length ? "border-red-700" : "border-slate-300"}`}
        >
          <legend className="px-1 font-semibold">{legend}</legend>
          {text.help && <p className="text-sm text-[var(--color-muted)]">{text.help}</p>}
          <FieldError name={name} errors={errors[name]} />
          <div className="mt-2 space-y-3">
            {POPULATION_GROUPS.map((group) => {
              const found = chosen.find((c) => c.group === group);
              const current = found ? (found.designed ? "designed" : "reaches") : "";
              const input = populationName(q.id, group);
              return (
                <fieldset key={group} className="border-t border-slate-300 pt-2">
                  <legend lang={groups.lang(group)} className="font-semibold">
                    {groups.t(group)}
                  </legend>
                  <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
                    {(["", "designed", "reaches"] as const).map((reach) => {
                      const id = `${fieldId(input)}-${reach || "none"}`;
                      const key = reach ? `reach.${reach}` : "";
                      return (
                        <span key={reach} className="flex items-start gap-2">
                          <input
                            type="radio"
                            id={id}
                            name={input}
                            value={reach}
                            defaultChecked={current === reach}
                            className="mt-1 size-6 shrink-0 accent-[var(--color-brand)]"
                          />
                          <label htmlFor={id} className="min-h-6 py-0.5">
                            {reach ? <span lang={vocab.lang(key)}>{vocab.t(key)}</span> : t("notServed")}
                          </label>
                        </span>
                      );
                    })}
                  </div>
                </fieldset>
              );
            })}
          </div>
        </fieldset>
      );
    }
    case "plan_link": {
      const links = (value ?? { recommendations: [], workstreams: [] }) as PlanLinkAnswer;
      const options = (list: PlanChoices["recommendations"], prefix: string) =>
        list.map((c) => ({
          value: c.code,
          label: `${prefix} ${c.code}: ${locale === "mi" && c.titleMi ? c.titleMi : c.title}`,
        }));
      return (
        <div className="space-y-4">
          <p className="font-semibold" lang={text.lang}>
            {legend}
          </p>
          {text.help && <p className="text-sm text-[var(--color-muted)]">{text.help}</p>}
          <CheckboxGroup
            name={planLinkName(q.id, "recommendations")}
            legend={t("recommendations")}
            options={options(planChoices.recommendations, t("recommendation"))}
            checked={asStrings(links.recommendations)}
            errors={{ [planLinkName(q.id, "recommendations")]: errors[name] ?? [] }}
          />
          <CheckboxGroup
            name={planLinkName(q.id, "workstreams")}
            legend={t("workstreams")}
            options={options(planChoices.workstreams, t("workstream"))}
            checked={asStrings(links.workstreams)}
            errors={{}}
          />
        </div>
      );
    }
  }
}
