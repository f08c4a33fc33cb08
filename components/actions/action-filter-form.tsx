import { Link } from "@/i18n/navigation";
import { labelKey } from "@/lib/status/label-key";
import { CONFIDENCE_FILTERS, STAGE_FILTERS, type ActionFilters } from "@/lib/public/filter-actions";
import type { PublicAgency, PublicWorkstream } from "@/lib/public/types";
import { uiText } from "@/components/plan/ui-text";

export type FilterErrors = Partial<Record<keyof ActionFilters, string[]>>;

const FIELD = "mt-1 block min-h-11 w-full rounded border-2 border-slate-700 bg-white px-2 py-1.5";

function ErrorText({ id, errors }: { id: string; errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm font-semibold text-red-800">
      {errors.join(" ")}
    </p>
  );
}

/**
 * The /actions filters as a plain GET form: it works without JavaScript and every result is a
 * link that can be shared.
 */
export async function ActionFilterForm({
  filters,
  errors,
  workstreams,
  agencies,
}: {
  filters: ActionFilters;
  errors: FilterErrors;
  workstreams: readonly PublicWorkstream[];
  agencies: readonly PublicAgency[];
}) {
  const { t, L } = await uiText("actions.filters");
  const { L: L_ts } = await uiText("status");
  const describedBy = (field: keyof ActionFilters, hint?: string) =>
    [hint, errors[field]?.length ? `f-${field}-error` : undefined].filter(Boolean).join(" ") || undefined;
  const invalid = (field: keyof ActionFilters) => (errors[field]?.length ? true : undefined);

  return (
    <form method="get" action="/actions" role="search" aria-label={t("label")} className="mt-6">
      <div className="rounded border border-slate-300 bg-[var(--color-wash)] p-4">
        <div>
          <label htmlFor="f-q" className="font-semibold">
            {L("q")}
          </label>
          <p id="f-q-hint" className="text-sm text-[var(--color-muted)]">
            {L("qHint")}
          </p>
          <input
            id="f-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            maxLength={200}
            aria-describedby={describedBy("q", "f-q-hint")}
            aria-invalid={invalid("q")}
            className={`${FIELD} max-w-xl`}
          />
          <ErrorText id="f-q-error" errors={errors.q} />
        </div>
        <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <label htmlFor="f-workstream" className="font-semibold">
              {L("workstream")}
            </label>
            <select
              id="f-workstream"
              name="workstream"
              defaultValue={filters.workstream?.toString() ?? ""}
              aria-describedby={describedBy("workstream")}
              aria-invalid={invalid("workstream")}
              className={FIELD}
            >
              <option value="">{L("any")}</option>
              {workstreams.map((w) => (
                <option key={w.number} value={w.number}>
                  {w.number}. {w.title}
                </option>
              ))}
            </select>
            <ErrorText id="f-workstream-error" errors={errors.workstream} />
          </div>
          <div>
            <label htmlFor="f-agency" className="font-semibold">
              {L("agency")}
            </label>
            <select
              id="f-agency"
              name="agency"
              defaultValue={filters.agency ?? ""}
              aria-describedby={describedBy("agency", "f-agency-hint")}
              aria-invalid={invalid("agency")}
              className={FIELD}
            >
              <option value="">{L("any")}</option>
              {agencies.map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.acronym} – {a.name}
                </option>
              ))}
            </select>
            <p id="f-agency-hint" className="mt-1 text-sm text-[var(--color-muted)]">
              {L("agencyHint")}
            </p>
            <ErrorText id="f-agency-error" errors={errors.agency} />
          </div>
          <div>
            <label htmlFor="f-stage" className="font-semibold">
              {L_ts("stage.label")}
            </label>
            <select
              id="f-stage"
              name="stage"
              defaultValue={filters.stage ?? ""}
              aria-describedby={describedBy("stage")}
              aria-invalid={invalid("stage")}
              className={FIELD}
            >
              <option value="">{L("any")}</option>
              {STAGE_FILTERS.map((s) => (
                <option key={s} value={s}>
                  {L_ts(labelKey(s))}
                </option>
              ))}
            </select>
            <ErrorText id="f-stage-error" errors={errors.stage} />
          </div>
          <div>
            <label htmlFor="f-confidence" className="font-semibold">
              {L_ts("confidence.label")}
            </label>
            <select
              id="f-confidence"
              name="confidence"
              defaultValue={filters.confidence ?? ""}
              aria-describedby={describedBy("confidence")}
              aria-invalid={invalid("confidence")}
              className={FIELD}
            >
              <option value="">{L("any")}</option>
              {CONFIDENCE_FILTERS.map((c) => (
                <option key={c} value={c}>
                  {L_ts(labelKey(c))}
                </option>
              ))}
            </select>
            <ErrorText id="f-confidence-error" errors={errors.confidence} />
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2">
          <button
            type="submit"
            className="min-h-11 rounded bg-[var(--color-brand)] px-4 py-2 font-semibold text-white hover:bg-[var(--color-brand-dark)]"
          >
            {L("submit")}
          </button>
          <Link href="/actions" className="inline-block min-h-6 py-2">
            {L("clear")}
          </Link>
        </div>
      </div>
    </form>
  );
}
