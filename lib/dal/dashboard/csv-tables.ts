import "server-only";
import type { CsvValue } from "@/lib/public/csv";
import { CONFIDENCE_CATEGORIES, STAGE_CATEGORIES, categoryLabel } from "@/lib/dashboard/categories";
import type { DashboardScope } from "./scope";
import { statusMix, type MixGroup } from "./status-mix";
import { widgetCsv } from "./widget-csv";

export type CsvTable = { header: string[]; rows: CsvValue[][] };

function mixTable(by: MixGroup) {
  return async (scope: DashboardScope): Promise<CsvTable> => {
    const rows = await statusMix(scope, by);
    return {
      header: [
        "period",
        by === "workstream" ? "workstream" : "lead_agency",
        ...CONFIDENCE_CATEGORIES.map((k) => `confidence: ${categoryLabel(k)}`),
        ...STAGE_CATEGORIES.map((k) => `stage: ${categoryLabel(k)}`),
        "actions",
      ],
      rows: rows.map((r) => [
        scope.period.label,
        r.label,
        ...CONFIDENCE_CATEGORIES.map((k) => r.byConfidence[k]),
        ...STAGE_CATEGORIES.map((k) => r.byStage[k]),
        r.total,
      ]),
    };
  };
}

/** Every widget's numbers as a table: the CSV download serves exactly what the widget shows. */
export const DASHBOARD_CSV: Record<string, (scope: DashboardScope) => Promise<CsvTable>> = {
  "mix-workstream": mixTable("workstream"),
  "mix-agency": mixTable("agency"),
  ...widgetCsv,
};
