import { getTranslations } from "next-intl/server";
import type { StocktakeCoverage } from "@/lib/dal/stocktake/coverage";
import type { CoverageCell } from "@/lib/stocktake/coverage";
import { initiativesHref, type InitiativeFilters } from "@/lib/stocktake/initiative-filters";
import type { CoverageAxis, CoverageView } from "./coverage-types";

/** The public list, where every coverage cell opens (accepted initiatives are public). */
export const INITIATIVES_PATH = "/stocktake/initiatives";

/** The labels of the stocktake's lists, in the page's language. */
export async function coverageLabels() {
  const [vocabulary, groups, coverage] = await Promise.all([
    getTranslations("stocktake.vocabulary"),
    getTranslations("staff.populationGroups"),
    getTranslations("coverage"),
  ]);
  return {
    region: (key: string) => vocabulary(`regions.${key}`),
    support: (key: string) => vocabulary(`supports.${key}`),
    scale: (key: string) => vocabulary(`scales.${key}`),
    population: (key: string) => groups(key),
    populationShort: (key: string) => coverage(`groupsShort.${key}`),
    coverage,
  };
}

/** Both matrices of a round, labelled, each cell opening the list filtered to it. */
export async function coverageViews(coverage: StocktakeCoverage) {
  const labels = await coverageLabels();
  const t = labels.coverage;
  const round = coverage.round.slug;
  const axis = (keys: readonly string[], label: (k: string) => string, short?: (k: string) => string) =>
    keys.map((key): CoverageAxis => ({ key, label: label(key), short: short?.(key) }));
  const link =
    <W extends string>(
      rowField: keyof InitiativeFilters,
      columnField: keyof InitiativeFilters,
      wayField: keyof InitiativeFilters,
    ) =>
    (cell: CoverageCell<W>, way?: W) =>
      initiativesHref(INITIATIVES_PATH, { round, [rowField]: cell.row, [columnField]: cell.column, [wayField]: way });

  const byRecommendation: CoverageView<(typeof coverage.byRecommendation.ways)[number]> = {
    id: "recommendation-population",
    caption: t("matrices.recommendation-population"),
    rowHeader: t("axes.recommendation"),
    columnHeader: t("axes.population"),
    matrix: coverage.byRecommendation,
    rows: coverage.recommendations.map((r) => ({
      key: r.code,
      label: t("recommendationLabel", { number: r.number, title: r.title }),
    })),
    columns: axis(coverage.byRecommendation.columns, labels.population, labels.populationShort),
    href: link("recommendation", "population", "population_way"),
  };
  const byRegion: CoverageView<(typeof coverage.byRegion.ways)[number]> = {
    id: "region-support",
    caption: t("matrices.region-support"),
    rowHeader: t("axes.region"),
    columnHeader: t("axes.support"),
    matrix: coverage.byRegion,
    rows: axis(coverage.byRegion.rows, labels.region),
    columns: axis(coverage.byRegion.columns, labels.support),
    href: link("region", "support", "region_way"),
  };
  return { byRecommendation, byRegion };
}
