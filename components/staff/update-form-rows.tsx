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

function Check({ name, label, values, errors }: { name: string; label: string; values: Values; errors: Errors }) {
  return (
    <div className="flex items-start gap-3">
      <input
        type="checkbox"
        {...describedBy(name, errors[name])}
        defaultChecked={values[name] === "on"}
        className="mt-1 size-6 shrink-0 accent-[var(--color-brand)]"
      />
      <label htmlFor={fieldId(name)} className="font-semibold">
        {label}
      </label>
    </div>
  );
}

function Small({
  name,
  label,
  type,
  values,
  errors,
}: {
  name: string;
  label: string;
  type: string;
  values: Values;
  errors: Errors;
}) {
  return (
    <div>
      <label htmlFor={fieldId(name)} className="block text-sm font-semibold">
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
  return (
    <fieldset id={fieldId("milestoneCompletions")} className={BOX}>
      <legend className={LEGEND}>Milestones completed</legend>
      <p className="text-sm text-[var(--color-muted)]">
        Tick a milestone when it is done and give the date it was done. If it is not done yet, keep its forecast due
        date true: it cannot be in the past, nor after the action&rsquo;s own forecast.
      </p>
      <ol className="mt-3 space-y-4">
        {milestones.map((m, i) => {
          const base = `milestoneCompletions.${i}`;
          if (m.completedOn) {
            return (
              <li key={m.id}>
                <span className="font-semibold">{m.title}</span>: already completed on {formatDate(m.completedOn)}.
              </li>
            );
          }
          return (
            <li key={m.id} className="space-y-2">
              <input type="hidden" name={`${base}.milestoneId`} value={String(m.id)} />
              <Check
                name={`${base}.done`}
                label={`Done: ${m.title} (due ${formatDate(m.forecastDue ?? m.baselineDue)})`}
                values={values}
                errors={errors}
              />
              <FieldError name={`${base}.done`} errors={errors[`${base}.done`]} />
              <div className="flex flex-wrap gap-4 pl-9">
                <div className="sm:w-64">
                  <Small
                    name={`${base}.completedOn`}
                    label="Completed on"
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
                    label="Or, not done yet: forecast due"
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
  if (criteria.length === 0) return null;
  return (
    <fieldset id={fieldId("criterionAssessments")} className={BOX}>
      <legend className={LEGEND}>Completion criteria</legend>
      <p className="text-sm text-[var(--color-muted)]">
        To report the action complete, mark every criterion met, each with a link or a document reference.
      </p>
      <FieldError name="criterionAssessments" errors={errors.criterionAssessments} />
      <ol className="mt-3 space-y-5">
        {criteria.map((c, i) => {
          const base = `criterionAssessments.${i}`;
          return (
            <li key={c.id} className="space-y-2">
              <input type="hidden" name={`${base}.criterionId`} value={String(c.id)} />
              <Check name={`${base}.met`} label={`Met: ${c.description}`} values={values} errors={errors} />
              <FieldError name={`${base}.met`} errors={errors[`${base}.met`]} />
              <div className="grid gap-3 pl-9 sm:grid-cols-2">
                <Small
                  name={`${base}.evidenceUrl`}
                  label="Evidence link (https://…)"
                  type="url"
                  values={values}
                  errors={errors}
                />
                <Small
                  name={`${base}.evidenceReference`}
                  label="Or document reference"
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
  return (
    <fieldset id={fieldId("evidenceLinks")} className={BOX}>
      <legend className={LEGEND}>Evidence links</legend>
      <p className="text-sm text-[var(--color-muted)]">
        Published documents or pages that back this update. Leave spare rows empty.
      </p>
      <FieldError name="evidenceLinks" errors={errors.evidenceLinks} />
      <ol className="mt-3 space-y-4">
        {Array.from({ length: count }, (_, i) => (
          <li key={i} className="grid gap-3 sm:grid-cols-2">
            <Small
              name={`evidenceLinks.${i}.title`}
              label={`Title of link ${i + 1}`}
              type="text"
              values={values}
              errors={errors}
            />
            <Small
              name={`evidenceLinks.${i}.url`}
              label={`Web address of link ${i + 1}`}
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
