/** The quarterly report's CSV download: one row per action. */

import { toCsv } from "@/lib/public/csv";
import { actionRows, columnsFor } from "./report-rows";
import type { QuarterlyReport } from "./types";

export function reportCsv(report: QuarterlyReport): string {
  const columns = columnsFor(report);
  return toCsv(
    columns.map((c) => c.header),
    actionRows(report).map((row) => columns.map((c) => row[c.key] ?? null)),
  );
}
