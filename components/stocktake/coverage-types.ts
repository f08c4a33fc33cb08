import type { CoverageCell, CoverageMatrix } from "@/lib/stocktake/coverage";

/** A row or a column of a coverage matrix: its key in the data and its label on the page. */
export type CoverageAxis = { key: string; label: string; short?: string };

/** A matrix with everything the page shows of it: labels, and where each cell's list opens. */
export type CoverageView<W extends string> = {
  id: string;
  caption: string;
  rowHeader: string;
  columnHeader: string;
  matrix: CoverageMatrix<W>;
  rows: readonly CoverageAxis[];
  columns: readonly CoverageAxis[];
  /** The list of the initiatives on a cell, or only those serving it one way. */
  href: (cell: CoverageCell<W>, way?: W) => string;
};
