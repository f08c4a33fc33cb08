/**
 * One row per action, in words, shared by the CSV and the XLSX downloads so both say the same.
 * The reporting column exists only in the staff version.
 */

import { COMPLIANCE_LABELS } from "@/lib/periods/compliance";
import { CONFIDENCE_LABELS, STAGE_LABELS, SYSTEM_STATE_LABELS } from "@/lib/status/vocabulary";
import type { QuarterlyReport, ReportAction } from "./types";

export type ActionRow = {
  code: string;
  title: string;
  workstream: string;
  leadAgency: string;
  stage: string;
  confidence: string;
  systemState: string;
  progress: number | null;
  baselineDue: string;
  forecastDue: string | null;
  reporting?: string;
  narrative: string;
};

export const ACTION_COLUMNS: { key: keyof ActionRow; header: string; staffOnly?: boolean }[] = [
  { key: "code", header: "Code" },
  { key: "title", header: "Action" },
  { key: "workstream", header: "Workstream" },
  { key: "leadAgency", header: "Lead agency" },
  { key: "stage", header: "Stage" },
  { key: "confidence", header: "Confidence" },
  { key: "systemState", header: "System state" },
  { key: "progress", header: "Progress (%)" },
  { key: "baselineDue", header: "Baseline due" },
  { key: "forecastDue", header: "Forecast due" },
  { key: "reporting", header: "Reporting", staffOnly: true },
  { key: "narrative", header: "Narrative" },
];

export function columnsFor(report: QuarterlyReport) {
  return ACTION_COLUMNS.filter((c) => !c.staffOnly || report.version === "staff");
}

export function reportingLabel(r: NonNullable<ReportAction["reporting"]>): string {
  return r.submittedLate ? `${COMPLIANCE_LABELS[r.state]} (submitted late)` : COMPLIANCE_LABELS[r.state];
}

export function actionRow(a: ReportAction, workstream: { number: number; title: string }): ActionRow {
  const row: ActionRow = {
    code: a.code,
    title: a.title,
    workstream: `${workstream.number}. ${workstream.title}`,
    leadAgency: a.leadAgency.acronym,
    stage: a.stage ? STAGE_LABELS[a.stage] : SYSTEM_STATE_LABELS.not_yet_reported,
    confidence: a.confidence ? CONFIDENCE_LABELS[a.confidence] : "",
    systemState: SYSTEM_STATE_LABELS[a.systemState],
    progress: a.progress?.percent ?? null,
    baselineDue: a.baselineDue,
    forecastDue: a.forecastDue,
    narrative: a.update?.narrative ?? "",
  };
  if (a.reporting) row.reporting = reportingLabel(a.reporting);
  return row;
}

export function actionRows(report: QuarterlyReport): ActionRow[] {
  return report.workstreams.flatMap((ws) => ws.actions.map((a) => actionRow(a, ws)));
}
