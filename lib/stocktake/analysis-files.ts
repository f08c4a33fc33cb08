/** The downloads of /stocktake/analysis: each matrix as CSV, and both with the initiatives as XLSX. */
export const ANALYSIS_FILES = ["recommendation-population.csv", "region-support.csv", "coverage.xlsx"] as const;
export type AnalysisFile = (typeof ANALYSIS_FILES)[number];

export function isAnalysisFile(name: string): name is AnalysisFile {
  return (ANALYSIS_FILES as readonly string[]).includes(name);
}

/** A download's address for a round (the page's language does not change a data file). */
export function analysisFileHref(file: AnalysisFile, round: string): string {
  return `/stocktake/analysis/export/${file}?round=${encodeURIComponent(round)}`;
}
