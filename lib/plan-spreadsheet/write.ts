/**
 * The plan in the layout as XLSX, as a zip of CSV files (one per sheet, UTF-8 with a BOM) and as
 * JSON. Text a spreadsheet would take for a formula (= + - @ tab CR at the start) is written with a
 * leading `'` in XLSX and CSV; reading strips it again, so a round trip changes nothing.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { defuseFormula, toCsv } from "@/lib/public/csv";
import { LAYOUT, SHEET_NAMES, type Column, type PlanSheets } from "./layout";

export const JSON_FORMAT = "mahere-plan";

function xlsxValue(column: Column, text: string): ExcelJS.CellValue {
  if (text === "") return null;
  switch (column.kind) {
    case "positiveInt":
      return Number(text);
    case "boolean":
      return text === "yes";
    case "date":
      return new Date(`${text}T00:00:00Z`);
    default:
      return defuseFormula(text);
  }
}

export async function planXlsx(sheets: PlanSheets): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Mahere";
  wb.title = "Action Plan";
  for (const name of SHEET_NAMES) {
    const layout = LAYOUT[name];
    const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = layout.columns.map((c) => ({
      header: c.key,
      width: c.width,
      style: c.kind === "date" ? { numFmt: "yyyy-mm-dd" } : {},
    }));
    ws.getRow(1).font = { bold: true };
    for (const row of sheets[name]) ws.addRow(layout.columns.map((c) => xlsxValue(c, row[c.key] ?? "")));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function planCsvZip(sheets: PlanSheets): Promise<Buffer> {
  const zip = new JSZip();
  for (const name of SHEET_NAMES) {
    const columns = LAYOUT[name].columns.map((c) => c.key);
    zip.file(
      `${name}.csv`,
      toCsv(
        columns,
        sheets[name].map((row) => columns.map((c) => row[c] ?? "")),
      ),
    );
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

export function planJson(sheets: PlanSheets): string {
  return `${JSON.stringify({ format: JSON_FORMAT, version: 1, sheets }, null, 1)}\n`;
}

export type ExportFormat = "xlsx" | "csv" | "json";

export const EXPORT_TYPES: Record<ExportFormat, { contentType: string; extension: string }> = {
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
  csv: { contentType: "application/zip", extension: "csv.zip" },
  json: { contentType: "application/json; charset=utf-8", extension: "json" },
};

export async function planFile(format: ExportFormat, sheets: PlanSheets): Promise<Buffer> {
  if (format === "xlsx") return planXlsx(sheets);
  if (format === "csv") return planCsvZip(sheets);
  return Buffer.from(planJson(sheets), "utf8");
}
