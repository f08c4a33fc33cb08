/** The quarterly report's CSV download: one row per action. */

import { toCsv } from "@/lib/public/csv";
import { actionRows, columnsFor } from "./report-rows";
import type { QuarterlyReport } from "./types";

/** With a `notice` (demonstration data), every row carries it in a last column, so no reader misses it. */
export function reportCsv(report: QuarterlyReport, notice: string | null = null): string {
  const columns = columnsFor(report);
  const header = columns.map((c) => c.header);
  const rows = actionRows(report).map((row) => columns.map((c) => row[c.key] ?? null));
  if (!notice) return toCsv(header, rows);
  return toCsv(
    [...header, "notice"],
    rows.map((r) => [...r, notice]),
  );
}
