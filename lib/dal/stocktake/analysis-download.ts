import "server-only";
import type { Actor } from "@/lib/permissions/actor";
import type { AnalysisFile } from "@/lib/stocktake/analysis-files";
import { coverageCsv, coverageTable, coverageWorkbook, type ExportTable } from "@/lib/stocktake/coverage-export";
import { englishLabel } from "@/lib/stocktake/english-labels";
import { loadStocktakeAnalysis, type StocktakeAnalysis } from "./coverage";

export type AnalysisDownload = { body: Buffer; contentType: string; filename: string };

/** The accepted initiatives as a table: public fields only (the same as the public list). */
function initiativesTable(analysis: StocktakeAnalysis, label: (list: string, key: string) => string): ExportTable {
  const join = (list: string, keys: readonly string[]) => keys.map((k) => label(list, k)).join("; ");
  return {
    name: "initiatives",
    header: [
      "id",
      "organisation",
      "name",
      "scale",
      "regions",
      "designed_for",
      "reaching_many_not_designed_for",
      "kinds_of_support",
      "recommendations",
      "workstreams",
      "funding",
      "start_date",
      "end_date",
      "description",
    ],
    rows: analysis.initiatives.map((i) => [
      i.id,
      i.organisation,
      i.name,
      i.scale ? label("scales", i.scale) : null,
      join("regions", i.regions),
      join(
        "populations",
        i.populations.filter((p) => p.designed).map((p) => p.group),
      ),
      join(
        "populations",
        i.populations.filter((p) => !p.designed).map((p) => p.group),
      ),
      join("supports", i.supports),
      i.recommendationCodes.join("; "),
      i.workstreamCodes.join("; "),
      i.funding,
      i.startDate,
      i.endDate,
      i.description,
    ]),
  };
}

/**
 * A download of /stocktake/analysis for TEC monitors. Labels are the English ones (a data format,
 * like the other downloads), with their macrons: the CSV is UTF-8 with a byte order mark.
 */
export async function analysisDownload(
  actor: Actor,
  file: AnalysisFile,
  query: Record<string, string | string[] | undefined>,
): Promise<AnalysisDownload | null> {
  const analysis = await loadStocktakeAnalysis(actor, query);
  if (!analysis) return null;
  const label = englishLabel;
  const recommendation = (code: string) => analysis.recommendations.find((r) => r.code === code)?.title ?? code;
  const tables = {
    "recommendation-population": coverageTable({
      name: "recommendation-population",
      rowName: "recommendation",
      columnName: "population_group",
      matrix: analysis.byRecommendation,
      rowLabel: recommendation,
      columnLabel: (k) => label("populations", k),
    }),
    "region-support": coverageTable({
      name: "region-support",
      rowName: "region",
      columnName: "kind_of_support",
      matrix: analysis.byRegion,
      rowLabel: (k) => label("regions", k),
      columnLabel: (k) => label("supports", k),
    }),
  };
  const base = `mahere-stocktake-${analysis.round.slug}`;
  if (file === "coverage.xlsx") {
    const body = await coverageWorkbook(
      [
        ["round", analysis.round.title],
        ["round_closes_at", analysis.round.closesAt.toISOString()],
        ["overlap_threshold", analysis.round.overlapThreshold],
        ["accepted_initiatives_counted", analysis.initiatives.length],
        ["gap", "no initiative on the cell"],
        ["overlap", `${analysis.round.overlapThreshold} or more initiatives on the cell`],
      ],
      [tables["recommendation-population"], tables["region-support"], initiativesTable(analysis, label)],
    );
    return {
      body,
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      filename: `${base}-coverage.xlsx`,
    };
  }
  const name = file === "region-support.csv" ? "region-support" : "recommendation-population";
  return {
    body: Buffer.from(coverageCsv(tables[name]), "utf8"),
    contentType: "text/csv; charset=utf-8",
    filename: `${base}-${name}.csv`,
  };
}
