/**
 * The quarterly report as an Excel workbook: Overview, Actions, Exceptions and Indicators sheets,
 * each with a bold, frozen header row and dates stored as real dates.
 */

import ExcelJS from "exceljs";
import { COMPLIANCE_LABELS, EXPECTED_COMPLIANCE_STATES } from "@/lib/periods/compliance";
import {
  CONFIDENCE_LABELS,
  CONFIDENCES,
  STAGE_LABELS,
  STAGES,
  SYSTEM_STATE_LABELS,
  SYSTEM_STATES,
} from "@/lib/status/vocabulary";
import { actionRows, columnsFor, type ActionRow } from "./report-rows";
import type { QuarterlyReport } from "./types";

const DATE_FORMAT = "d mmm yyyy";
const DATE_KEYS = new Set<keyof ActionRow>(["baselineDue", "forecastDue"]);

/** An ISO calendar date as a spreadsheet date (UTC midnight, so no time zone shifts the day). */
export function calendarDate(iso: string | null): Date | null {
  return iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null;
}

type Column = { header: string; width: number; date?: boolean };

function sheet(wb: ExcelJS.Workbook, name: string, columns: Column[], rows: unknown[][]) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.date ? { numFmt: DATE_FORMAT } : {},
  }));
  ws.getRow(1).font = { bold: true };
  for (const row of rows) ws.addRow(row);
  return ws;
}

const WIDTHS: Partial<Record<keyof ActionRow, number>> = { title: 50, workstream: 36, narrative: 80 };

export async function reportWorkbook(report: QuarterlyReport, notice: string | null = null): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Mahere";
  wb.title = `Quarterly report ${report.period.label}`;
  if (notice) {
    // First, so it is the sheet the workbook opens on.
    const ws = wb.addWorksheet("Notice");
    ws.getColumn(1).width = 100;
    ws.getCell(1, 1).value = notice;
    ws.getCell(1, 1).font = { bold: true };
    ws.getCell(1, 1).alignment = { wrapText: true };
  }
  const o = report.overview;

  const overview: unknown[][] = [
    ["Period", report.period.label],
    ["Version", report.version === "staff" ? "Staff version" : "Public version: published information only"],
    ["Period start", calendarDate(report.period.startsOn)],
    ["Period end", calendarDate(report.period.endsOn)],
    ["Closed", new Date(report.period.closedAt)],
    ["Plan version", report.period.planVersion ?? ""],
    ["Actions", o.actions],
    ...STAGES.map((s) => [`Stage: ${STAGE_LABELS[s]}`, o.byStage[s]]),
    ["Stage: Not yet reported", o.byStage.not_yet_reported],
    ...CONFIDENCES.map((c) => [`Confidence: ${CONFIDENCE_LABELS[c]}`, o.byConfidence[c]]),
    ["Confidence: No rating", o.byConfidence.no_rating],
    ...SYSTEM_STATES.map((s) => [`System state: ${SYSTEM_STATE_LABELS[s]}`, o.bySystemState[s]]),
  ];
  if (o.reporting) {
    overview.push(
      ...EXPECTED_COMPLIANCE_STATES.map((s) => [`Reporting: ${COMPLIANCE_LABELS[s]}`, o.reporting!.byState[s]]),
    );
    overview.push(["Reporting: not expected (finished)", o.reporting.notExpected]);
    overview.push(["Reporting: submitted late", o.reporting.submittedLate]);
  }
  const ov = sheet(
    wb,
    "Overview",
    [
      { header: "Measure", width: 36 },
      { header: "Value", width: 44 },
    ],
    overview,
  );
  for (const r of [4, 5]) ov.getCell(r, 2).numFmt = DATE_FORMAT;
  ov.getCell(6, 2).numFmt = "d mmm yyyy h:mm";

  const columns = columnsFor(report);
  sheet(
    wb,
    "Actions",
    columns.map((c) => ({ header: c.header, width: WIDTHS[c.key] ?? 16, date: DATE_KEYS.has(c.key) })),
    actionRows(report).map((row) =>
      columns.map((c) => (DATE_KEYS.has(c.key) ? calendarDate(row[c.key] as string | null) : (row[c.key] ?? null))),
    ),
  );

  const e = report.exceptions;
  const exceptions: unknown[][] = [
    ...e.atRisk.map((a) => ["At risk", a.code, a.title, ""]),
    ...e.unachievable.map((a) => ["Unachievable", a.code, a.title, ""]),
    ...e.slipped.map((a) => [
      "Slipped",
      a.code,
      a.title,
      [
        a.forecastDue && a.forecastDue > a.baselineDue ? `Forecast ${a.forecastDue}, baseline ${a.baselineDue}` : "",
        a.milestones.length ? `Milestones: ${a.milestones.join("; ")}` : "",
      ]
        .filter(Boolean)
        .join(". "),
    ]),
    ...e.stale.map((a) => ["Stale", a.code, a.title, ""]),
    ...(e.lateReporting ?? []).map((a) => [
      "Late reporting",
      a.code,
      a.title,
      `${a.leadAgency}: ${COMPLIANCE_LABELS[a.state]}${a.submittedLate ? ", submitted late" : ""}`,
    ]),
  ];
  sheet(
    wb,
    "Exceptions",
    [
      { header: "Exception", width: 18 },
      { header: "Code", width: 8 },
      { header: "Action", width: 50 },
      { header: "Detail", width: 60 },
    ],
    exceptions,
  );

  sheet(
    wb,
    "Indicators",
    [
      { header: "Code", width: 8 },
      { header: "Indicator", width: 50 },
      { header: "Unit", width: 12 },
      { header: "Direction", width: 12 },
      { header: "Baseline", width: 12 },
      { header: "Baseline date", width: 14, date: true },
      { header: "Target", width: 12 },
      { header: "Target date", width: 14, date: true },
      { header: "Value this period", width: 16 },
      { header: "Previous value", width: 14 },
      { header: "Previous period", width: 14 },
      { header: "Change", width: 12 },
      { header: "Trend", width: 10 },
      { header: "Owner", width: 10 },
    ],
    report.indicators.map((i) => [
      i.code,
      i.title,
      i.unit,
      i.direction,
      i.baseline.value,
      calendarDate(i.baseline.date),
      i.target.value,
      calendarDate(i.target.date),
      i.value,
      i.previous?.value ?? null,
      i.previous?.periodLabel ?? null,
      i.changeSincePrevious,
      i.trend,
      i.ownerAgency,
    ]),
  );

  return Buffer.from(await wb.xlsx.writeBuffer());
}
