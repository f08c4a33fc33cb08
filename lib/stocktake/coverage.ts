/**
 * The stocktake's coverage picture: how many accepted initiatives sit on each cell of two matrices,
 * recommendation × population group and region × kind of support, and which cells are gaps (no
 * initiative at all) or overlaps (at least the round's threshold). Each cell keeps two counts apart,
 * because TEC reads them differently: initiatives designed for a group against those that simply
 * reach many of its people, and initiatives based in a region against national ones that serve it
 * from afar. Pure, so the analysis page, the public list, the exports and the tests share one rule.
 */
import { POPULATION_REACH, type PopulationReach } from "./vocabulary";

/** What the coverage rules read of an initiative (a `StocktakeInitiative` has all of it). */
export type CoverageInitiative = {
  id: number;
  scale: string | null;
  regions: readonly string[];
  populations: readonly { group: string; designed: boolean }[];
  supports: readonly string[];
  recommendationCodes: readonly string[];
};

/** How an initiative serves a population group: designed for it, or reaching many of its people. */
export const POPULATION_WAYS = POPULATION_REACH;
export type PopulationWay = PopulationReach;

/** How an initiative serves a region: based there (regional or local), or national. */
export const REGION_WAYS = ["in_region", "national"] as const;
export type RegionWay = (typeof REGION_WAYS)[number];

export type CoverageMark = "gap" | "overlap" | null;

/** The smallest overlap threshold that means anything: one initiative alone never overlaps. */
export const MIN_OVERLAP_THRESHOLD = 2;

export type CoverageCell<W extends string> = {
  row: string;
  column: string;
  /** The initiatives on the cell, by the way they serve it (each initiative in one way only). */
  byWay: Record<W, number[]>;
  total: number;
  mark: CoverageMark;
};

export type CoverageMatrix<W extends string> = {
  rows: readonly string[];
  columns: readonly string[];
  ways: readonly W[];
  threshold: number;
  /** `cells[r][c]` is the cell of `rows[r]` and `columns[c]`. */
  cells: CoverageCell<W>[][];
  gaps: number;
  overlaps: number;
};

/** Gap when nobody serves the cell, overlap from the threshold up, otherwise nothing to mark. */
export function coverageMark(total: number, threshold: number): CoverageMark {
  assertThreshold(threshold);
  if (total === 0) return "gap";
  return total >= threshold ? "overlap" : null;
}

export function assertThreshold(threshold: number): void {
  if (!Number.isInteger(threshold) || threshold < MIN_OVERLAP_THRESHOLD) {
    throw new RangeError(`The overlap threshold must be a whole number of at least ${MIN_OVERLAP_THRESHOLD}.`);
  }
}

/** How the initiative serves the group, or null when it does not name it. */
export function populationWay(
  initiative: Pick<CoverageInitiative, "populations">,
  group: string,
): PopulationWay | null {
  const entry = initiative.populations.find((p) => p.group === group);
  if (!entry) return null;
  return entry.designed ? "designed" : "reaches";
}

/** A national initiative serves every region; a regional or local one the regions it names. */
export function regionWay(initiative: Pick<CoverageInitiative, "scale" | "regions">, region: string): RegionWay | null {
  if (initiative.scale === "national") return "national";
  return initiative.regions.includes(region) ? "in_region" : null;
}

function buildMatrix<W extends string>(
  initiatives: readonly CoverageInitiative[],
  rows: readonly string[],
  columns: readonly string[],
  ways: readonly W[],
  threshold: number,
  wayOf: (initiative: CoverageInitiative, row: string, column: string) => W | null,
): CoverageMatrix<W> {
  assertThreshold(threshold);
  let gaps = 0;
  let overlaps = 0;
  const cells = rows.map((row) =>
    columns.map((column) => {
      const byWay = Object.fromEntries(ways.map((w) => [w, [] as number[]])) as Record<W, number[]>;
      for (const initiative of initiatives) {
        const way = wayOf(initiative, row, column);
        if (way) byWay[way].push(initiative.id);
      }
      const total = ways.reduce((n, w) => n + byWay[w].length, 0);
      const mark = coverageMark(total, threshold);
      if (mark === "gap") gaps++;
      if (mark === "overlap") overlaps++;
      return { row, column, byWay, total, mark };
    }),
  );
  return { rows, columns, ways, threshold, cells, gaps, overlaps };
}

/** Rows are recommendation codes, columns population groups. */
export function recommendationPopulationCoverage(
  initiatives: readonly CoverageInitiative[],
  recommendationCodes: readonly string[],
  groups: readonly string[],
  threshold: number,
): CoverageMatrix<PopulationWay> {
  return buildMatrix(initiatives, recommendationCodes, groups, POPULATION_WAYS, threshold, (i, code, group) =>
    i.recommendationCodes.includes(code) ? populationWay(i, group) : null,
  );
}

/** Rows are regions, columns kinds of support. */
export function regionSupportCoverage(
  initiatives: readonly CoverageInitiative[],
  regions: readonly string[],
  supports: readonly string[],
  threshold: number,
): CoverageMatrix<RegionWay> {
  return buildMatrix(initiatives, regions, supports, REGION_WAYS, threshold, (i, region, support) =>
    i.supports.includes(support) ? regionWay(i, region) : null,
  );
}
