/**
 * The coverage analysis as downloads: each matrix as CSV (one row per cell, UTF-8 with a BOM so
 * macrons survive), and the whole analysis as an XLSX workbook (both matrices and the initiatives
 * counted). Column names stay in English, as in the other downloads: a data format. Text that a
 * spreadsheet would take for a formula is defused in both.
 */
import ExcelJS from "exceljs";
import { defuseFormula, toCsv, type CsvValue } from "@/lib/public/csv";
import type { CoverageMatrix } from "./coverage";

/** Column names of each way a cell is served. */
const WAY_COLUMNS: Record<string, string> = {
  designed: "designed_for",
  reaches: "reaching_many_not_designed_for",
  in_region: "based_in_region",
  national: "national",
};

export type CoverageExport<W extends string> = {
  /** Sheet and file name, e.g. "recommendation-population". */
  name: string;
  rowName: string;
  columnName: string;
  matrix: CoverageMatrix<W>;
  rowLabel: (key: string) => string;
  columnLabel: (key: string) => string;
};

export type ExportTable = { name: string; header: string[]; rows: CsvValue[][] };

export function coverageTable<W extends string>(e: CoverageExport<W>): ExportTable {
  const { matrix } = e;
  return {
    name: e.name,
    header: [
      e.rowName,
      `${e.rowName}_label`,
      e.columnName,
      `${e.columnName}_label`,
      ...matrix.ways.map((w) => WAY_COLUMNS[w] ?? w),
      "total",
      "marking",
      "overlap_threshold",
    ],
    rows: matrix.cells
      .flat()
      .map((cell) => [
        cell.row,
        e.rowLabel(cell.row),
        cell.column,
        e.columnLabel(cell.column),
        ...matrix.ways.map((w) => cell.byWay[w].length),
        cell.total,
        cell.mark ?? "",
        matrix.threshold,
      ]),
  };
}

export function coverageCsv(table: ExportTable): string {
  return toCsv(table.header, table.rows);
}

function xlsxValue(value: CsvValue): ExcelJS.CellValue {
  if (value === undefined || value === "") return null;
  return typeof value === "string" ? defuseFormula(value) : value;
}

/** The workbook: an About sheet first (what was counted), then one sheet per table. */
export async function coverageWorkbook(about: [string, CsvValue][], tables: ExportTable[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Mahere";
  wb.title = "Stocktake coverage";
  const aboutSheet = wb.addWorksheet("About");
  aboutSheet.columns = [
    { header: "measure", width: 32 },
    { header: "value", width: 60 },
  ];
  aboutSheet.getRow(1).font = { bold: true };
  for (const [k, v] of about) aboutSheet.addRow([k, xlsxValue(v)]);
  for (const table of tables) {
    const ws = wb.addWorksheet(table.name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = table.header.map((h) => ({ header: h, width: Math.max(12, h.length + 2) }));
    ws.getRow(1).font = { bold: true };
    for (const row of table.rows) ws.addRow(row.map(xlsxValue));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
