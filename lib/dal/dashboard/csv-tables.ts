import "server-only";
import type { CsvValue } from "@/lib/public/csv";
import { CONFIDENCE_CATEGORIES, STAGE_CATEGORIES, categoryLabel } from "@/lib/dashboard/categories";
import { COMPLIANCE_LABELS } from "@/lib/periods/compliance";
import { complianceBoard } from "./compliance";
import type { DashboardScope } from "./scope";
import { unreportedActions } from "./stale";
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

const iso = (d: Date | null) => (d ? d.toISOString() : "");

/** The compliance board's grid: one row per action, under its lead agency. */
async function complianceTable(scope: DashboardScope): Promise<CsvTable> {
  const agencies = await complianceBoard(scope);
  return {
    header: [
      "period",
      "lead_agency",
      "action",
      "title",
      "reporting",
      "submitted_late",
      "first_submitted_at",
      "published_at",
    ],
    rows: agencies.flatMap((g) =>
      g.actions.map((a) => [
        scope.period.label,
        g.acronym,
        a.code,
        a.title,
        COMPLIANCE_LABELS[a.state],
        a.submittedLate ? "yes" : "no",
        iso(a.submittedAt),
        iso(a.publishedAt),
      ]),
    ),
  };
}

async function unreportedTable(scope: DashboardScope): Promise<CsvTable> {
  const actions = await unreportedActions(scope);
  return {
    header: [
      "period",
      "action",
      "title",
      "workstream",
      "lead_agency",
      "state",
      "last_published_at",
      "last_period",
      "periods_missed",
    ],
    rows: actions.map((a) => [
      scope.period.label,
      a.code,
      a.title,
      a.workstream,
      a.leadAgency,
      a.systemState,
      iso(a.lastPublishedAt),
      a.lastPeriod ?? "",
      a.periodsMissed,
    ]),
  };
}

/** Every widget's numbers as a table: the CSV download serves exactly what the widget shows. */
export const DASHBOARD_CSV: Record<string, (scope: DashboardScope) => Promise<CsvTable>> = {
  "mix-workstream": mixTable("workstream"),
  "mix-agency": mixTable("agency"),
  compliance: complianceTable,
  unreported: unreportedTable,
  ...widgetCsv,
};
