import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { PageIntro } from "@/components/plan/page-intro";
import { CoverageSection } from "@/components/stocktake/coverage-section";
import { coverageViews, INITIATIVES_PATH } from "@/components/stocktake/coverage-views";
import { InitiativeFilterForm } from "@/components/stocktake/initiative-filter-form";
import { InitiativeList } from "@/components/stocktake/initiative-list";
import { RoundPicker } from "@/components/stocktake/round-picker";
import { uiText } from "@/i18n/ui-text";
import { loadPublicCoverage } from "@/lib/dal/stocktake/coverage";
import { hasInitiativeFilters, initiativesHref } from "@/lib/stocktake/initiative-filters";
import { pageMetadata } from "@/lib/seo/page-seo";

/** The list reads its filters from the query, so it is rendered for each request. */
export const dynamic = "force-dynamic";

/** Each query parameter's label on the form, for the summary of refused filters. */
const FILTER_LABEL_KEYS: Record<string, string> = {
  q: "filters.q",
  round: "round.label",
  region: "filters.region",
  region_way: "filters.regionWay",
  population: "filters.population",
  population_way: "filters.populationWay",
  support: "filters.support",
  recommendation: "filters.recommendation",
  scale: "filters.scale",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await uiText("coverage.list");
  // Every filtered view has the whole list as its canonical page.
  return pageMetadata({ title: t("title"), description: t("intro"), path: INITIATIVES_PATH });
}

/** The stocktake's accepted initiatives for anyone: searchable, filterable, with the coverage picture. */
export default async function StocktakeInitiativesPage({ searchParams }: Props) {
  const [{ t, L }, filterText] = await Promise.all([uiText("coverage.list"), uiText("coverage")]);
  const filterLabel = (field: string) => filterText.L(FILTER_LABEL_KEYS[field] ?? "filters.label");
  const coverage = await loadPublicCoverage(await searchParams);
  if (!coverage) {
    return (
      <PageIntro title={L("title")}>
        <p>{L("noRound")}</p>
      </PageIntro>
    );
  }
  const { filters, errors, listed, initiatives, round } = coverage;
  const filtered = hasInitiativeFilters(filters);
  const errorFields = Object.entries(errors).filter(([, messages]) => messages && messages.length > 0);
  const views = await coverageViews(coverage);
  return (
    <>
      <PageIntro title={L("title")} eyebrow={round.title}>
        <p>{L("intro")}</p>
      </PageIntro>
      <RoundPicker action={INITIATIVES_PATH} rounds={coverage.rounds} current={round} />
      {errorFields.length > 0 && (
        <div
          role="alert"
          aria-labelledby="filter-errors-heading"
          className="mt-6 border-l-4 border-red-800 bg-red-50 px-4 py-3"
        >
          <h2 id="filter-errors-heading" className="text-lg font-bold">
            {L("errorsTitle")}
          </h2>
          <p className="mt-1">{L("errorsBody")}</p>
          <ul className="mt-2 list-disc pl-6">
            {errorFields.map(([field, messages]) => (
              <li key={field}>
                <a href={field === "round" ? "#round-pick" : `#f-${field}`}>{filterLabel(field)}</a>:{" "}
                {messages!.join(" ")}
              </li>
            ))}
          </ul>
        </div>
      )}
      <InitiativeFilterForm coverage={coverage} />
      <section aria-labelledby="results-heading" className="mt-8">
        <div role="status">
          <h2 id="results-heading" className="text-2xl font-bold">
            {filtered
              ? L("resultsFiltered", { count: listed.length, total: initiatives.length })
              : L("resultsAll", { count: listed.length })}
          </h2>
        </div>
        <p className="mt-2 flex flex-wrap gap-x-6">
          {filtered && (
            <Link href={initiativesHref(INITIATIVES_PATH, { round: round.slug })} className="inline-block min-h-6">
              {L("clear")}
            </Link>
          )}
          <a href="#coverage-heading" className="inline-block min-h-6">
            {L("toCoverage")}
          </a>
        </p>
        {listed.length === 0 ? (
          <p className="mt-4">{L("none")}</p>
        ) : (
          <InitiativeList initiatives={listed} coverage={coverage} />
        )}
      </section>
      <section aria-labelledby="coverage-heading" className="mt-12">
        <h2 id="coverage-heading" className="text-2xl font-bold">
          {t("coverageHeading")}
        </h2>
        <p className="mt-2 max-w-3xl">{L("coverageIntro")}</p>
        <CoverageSection view={views.byRecommendation} headingLevel={3} />
        <CoverageSection view={views.byRegion} headingLevel={3} />
      </section>
    </>
  );
}
