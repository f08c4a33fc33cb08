import { Link } from "@/i18n/navigation";
import { uiText } from "@/i18n/ui-text";
import type { StocktakeCoverage } from "@/lib/dal/stocktake/coverage";
import { POPULATION_WAYS, REGION_WAYS } from "@/lib/stocktake/coverage";
import type { InitiativeFilterField } from "@/lib/stocktake/initiative-filters";
import { INITIATIVE_SCALES, NZ_REGIONS, POPULATION_GROUPS, SUPPORT_KINDS } from "@/lib/stocktake/vocabulary";
import { coverageLabels, INITIATIVES_PATH } from "./coverage-views";

const FIELD = "mt-1 block min-h-11 w-full rounded border-2 border-slate-700 bg-white px-2 py-1.5";

type Option = { value: string; label: string };

/**
 * The initiative list's search and filters as a plain GET form: it works without JavaScript, and
 * every result is an address that can be shared (the coverage cells link to the same addresses).
 */
export async function InitiativeFilterForm({ coverage }: { coverage: StocktakeCoverage }) {
  const [{ t, L }, labels] = await Promise.all([uiText("coverage.filters"), coverageLabels()]);
  const { filters, errors } = coverage;
  const describedBy = (field: InitiativeFilterField, hint?: string) =>
    [hint, errors[field]?.length ? `f-${field}-error` : undefined].filter(Boolean).join(" ") || undefined;

  const select = (field: InitiativeFilterField, label: string, options: Option[], any = t("any")) => (
    <div>
      <label htmlFor={`f-${field}`} className="font-semibold">
        {label}
      </label>
      <select
        id={`f-${field}`}
        name={field}
        defaultValue={filters[field] ?? ""}
        aria-describedby={describedBy(field)}
        aria-invalid={errors[field]?.length ? true : undefined}
        className={FIELD}
      >
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {errors[field]?.length ? (
        <p id={`f-${field}-error`} className="mt-1 text-sm font-semibold text-red-800">
          {errors[field]!.join(" ")}
        </p>
      ) : null}
    </div>
  );
  const ways = (keys: readonly string[]) => keys.map((w) => ({ value: w, label: labels.coverage(`waysShort.${w}`) }));

  return (
    <form method="get" action={INITIATIVES_PATH} role="search" aria-label={t("label")} className="mt-6">
      <input type="hidden" name="round" value={coverage.round.slug} />
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
            className={`${FIELD} max-w-xl`}
          />
        </div>
        <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {select(
            "region",
            t("region"),
            NZ_REGIONS.map((k) => ({ value: k, label: labels.region(k) })),
          )}
          {select("region_way", t("regionWay"), ways(REGION_WAYS), t("anyWay"))}
          {select(
            "population",
            t("population"),
            POPULATION_GROUPS.map((k) => ({ value: k, label: labels.population(k) })),
          )}
          {select("population_way", t("populationWay"), ways(POPULATION_WAYS), t("anyWay"))}
          {select(
            "support",
            t("support"),
            SUPPORT_KINDS.map((k) => ({ value: k, label: labels.support(k) })),
          )}
          {select(
            "recommendation",
            t("recommendation"),
            coverage.recommendations.map((r) => ({
              value: r.code,
              label: labels.coverage("recommendationLabel", { number: r.number, title: r.title }),
            })),
          )}
          {select(
            "scale",
            t("scale"),
            INITIATIVE_SCALES.map((k) => ({ value: k, label: labels.scale(k) })),
          )}
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2">
          <button
            type="submit"
            className="min-h-11 rounded bg-[var(--color-brand)] px-4 py-2 font-semibold text-white hover:bg-[var(--color-brand-dark)]"
          >
            {L("submit")}
          </button>
          <Link href={`${INITIATIVES_PATH}?round=${coverage.round.slug}`} className="inline-block min-h-6 py-2">
            {L("clear")}
          </Link>
        </div>
      </div>
    </form>
  );
}
